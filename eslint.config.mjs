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
    // The shells (everything in src/ but the core) use the core only through its public API,
    // src/core/index.ts: that file is the seam, and a name a shell needs is added there on
    // purpose. Tests may reach into core modules.
    files: ["src/**/*.ts"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/core/*", "!**/core/index"],
              message:
                "Shells use the core only through its public API: import from the core folder (src/core/index.ts), not from a module inside it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
  },
];
