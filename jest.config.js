/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 30000,
  // The second reporter names, at the end, the suites skipped because Chromium or LibreOffice is missing.
  reporters: ["default", "<rootDir>/test/helpers/missing-programs-reporter.cjs"],
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module loads ESM-only code.
  moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
};
