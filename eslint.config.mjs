// ESLint flat config: Microsoft's Office add-in rules (sync discipline, null objects), React and
// Prettier as `yo office` projects use them, with typescript-eslint for .ts/.tsx.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const officeRules = officeAddins.configs.recommended.find((c) => c.rules?.["office-addins/call-sync-after-load"]).rules;

export default [
  { ignores: ["node_modules/", "dist/", "dist-cli/", "coverage/", "test-results/", "assets/", "bin/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat["jsx-runtime"],
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    settings: { react: { version: "detect" } },
    rules: {
      ...Object.fromEntries(Object.entries(officeRules).filter(([k]) => k.startsWith("office-addins/"))),
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain is pure: it imports only its own modules (siblings in src/wres), never a package,
    // another layer or node's and the browser's APIs (tsconfig.domain.json compiles it without
    // DOM, node or jest types).
    files: ["src/wres/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./)|\\.\\./",
              message: "src/wres is the pure domain: import only its own modules (./name), no package or other layer.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "src/wres is the pure domain: no dynamic import." },
        { selector: "CallExpression[callee.name='require']", message: "src/wres is the pure domain: no require." },
      ],
      "@typescript-eslint/triple-slash-reference": ["error", { lib: "never", path: "never", types: "never" }],
    },
  },
  {
    // Dependencies point one way: tests may use the tooling in scripts/, tooling never uses tests,
    // and the product in src/ uses neither.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/wres/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(scripts|test)/",
              message: "src/ is the product: it imports nothing from scripts/ or test/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The chart module is pure too (the pane, the HTML and the Word report draw with it): it
    // imports only its own modules and the domain's, never a package, React, the DOM or Office.
    files: ["src/charts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./|\\.\\./wres/)",
              message: "src/charts is pure: import only its own modules (./name) and the domain (../wres/name).",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "src/charts is pure: no dynamic import." },
      ],
    },
  },
  {
    files: ["scripts/**/*.{ts,js,mjs,cjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)test/",
              message: "scripts/ is tooling: it never imports from test/ (tests import from scripts/).",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='require'] > Literal[value=/(^|\\/)test\\//]",
          message: "scripts/ is tooling: it never requires from test/ (tests import from scripts/).",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
