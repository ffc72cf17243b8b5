// Jest configuration for the TypeScript binding (run from the repository root):
//   npx jest -c bindings/typescript/jest.config.cjs
// The tests call the REAL native addon (build/lib/tessera.node, or $TESSERA_ADDON); build it
// first with `npm run build`.
const path = require("node:path");

/** @type {import("jest").Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "..", ".."),
  testEnvironment: "node",
  testMatch: ["<rootDir>/bindings/typescript/test/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/bindings/typescript/tsconfig.test.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json", "node"],
  // Never pick up the compiled copy or other packages' tests.
  modulePathIgnorePatterns: ["<rootDir>/bindings/typescript/dist/"],
  testTimeout: 60000,
};
