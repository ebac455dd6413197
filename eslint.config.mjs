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
