import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

// The rule in eslint.config.mjs that keeps the shells on the core's public API
// (src/core/index.ts). Snippets are linted by ESLint's Node API with the project's own config,
// as if they were files at the given paths, so that deleting or narrowing the rule fails here.
// ESLint loads eslint.config.mjs with a dynamic import, which Jest's module sandbox refuses, so
// the linting runs in a child Node process.
const ROOT = resolve(__dirname, "../..");
const RULE = "no-restricted-imports";
const SHELLS = ["cli", "excel", "functions", "taskpane", "xlsx", "commands"];

const LINT_SCRIPT = `
const { ESLint } = require("eslint");
const path = require("node:path");
const snippets = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === ${JSON.stringify(RULE)} });
(async () => {
  const found = {};
  for (const { file, code } of snippets) {
    const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
    found[file] = result.messages.map((m) => m.line + ":" + (m.ruleId ?? m.message));
  }
  process.stdout.write(JSON.stringify(found));
})();
`;

const DEEP_IMPORT = 'import { parsePeriod } from "../core/periods/parsePeriod";\n';

const SNIPPETS: readonly { file: string; code: string }[] = [
  ...SHELLS.map((shell) => ({ file: `src/${shell}/probe.ts`, code: DEEP_IMPORT })),
  {
    file: "src/functions/generated/probe.ts",
    code: [
      'import type { Day } from "../../core/types";',
      'import { cellToDay } from "../../core/dates";',
      'export { isValidDay } from "../../core/dates/isValidDay";',
      "",
    ].join("\n"),
  },
  {
    file: "src/cli/publicApi.ts",
    code: [
      'import { parsePeriod } from "../core";',
      'import type { Day } from "../core/index";',
      "",
    ].join("\n"),
  },
  { file: "src/core/report/probe.ts", code: DEEP_IMPORT },
  { file: "test/cli/probe.test.ts", code: DEEP_IMPORT },
];

let found: Record<string, string[]> = {};

beforeAll(() => {
  const output = execFileSync(process.execPath, ["-e", LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(SNIPPETS),
    encoding: "utf8",
  });
  found = JSON.parse(output) as Record<string, string[]>;
});

describe("core imports rule", () => {
  it.each(SHELLS)("reports a deep core import in src/%s", (shell) => {
    expect(found[`src/${shell}/probe.ts`]).toEqual([`1:${RULE}`]);
  });

  it("reports type imports, folder indexes and re-exports, and deeper shell folders", () => {
    expect(found["src/functions/generated/probe.ts"]).toEqual([
      `1:${RULE}`,
      `2:${RULE}`,
      `3:${RULE}`,
    ]);
  });

  it("allows the core's public API, src/core/index.ts", () => {
    expect(found["src/cli/publicApi.ts"]).toEqual([]);
  });

  it("leaves the core itself and the tests free to import modules", () => {
    expect(found["src/core/report/probe.ts"]).toEqual([]);
    expect(found["test/cli/probe.test.ts"]).toEqual([]);
  });
});
