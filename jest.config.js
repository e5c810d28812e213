/** Jest: TypeScript through ts-jest (type-checked), tests under test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js",
  },
  setupFiles: ["<rootDir>/test/setupFastCheck.js"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
};
