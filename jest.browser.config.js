/** Browser tests: the built task pane in headless Chromium (run after `npm run build`). */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  roots: ["<rootDir>/test/browser"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 60000,
  maxWorkers: 1,
};
