// One jest run over every TypeScript project; each keeps its own config.
module.exports = {
  projects: ["<rootDir>/generators/jest.config.cjs", "<rootDir>/bindings/typescript/jest.config.cjs"],
};
