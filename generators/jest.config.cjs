// Jest configuration for the generators (run from the repository root):
//   npx jest -c generators/jest.config.cjs
/** @type {import("jest").Config} */
module.exports = {
  displayName: "generators",
  rootDir: __dirname,
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/generators/test/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  // The emitter tests build ts-morph projects; give them room on slow machines.
  testTimeout: 60000,
};
