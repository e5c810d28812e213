// ESLint: the Office add-in rules (eslint-plugin-office-addins: no sync in loops, load before
// read, ...) plus TypeScript and prettier, as office-addin-lint configures them.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "demo/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "no-undef": "off", // TypeScript checks this (and knows the DOM and Node types)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // ExcelJS objects look like Office.js proxies to these rules, but need no load/sync.
    files: ["src/xlsx/**/*.ts", "src/cli/**/*.ts", "test/xlsx/**/*.ts", "test/cli/**/*.ts", "scripts/**/*.js"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-navigational-load": "off",
    },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
  },
];
