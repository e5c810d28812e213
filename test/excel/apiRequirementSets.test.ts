// The Excel API check: every Office.js member the add-in's bundle uses must be in a
// requirement set the manifest declares, or inside an isSetSupported guard. See
// test/excel/apiCheck/apiRequirements.ts for what is collected and how guards are seen, and
// docs/taskpane.md ("Requirement sets") for what to do when this test fails.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyseBundle, analyseSnippet, ROOT, webpackEntries } from "./apiCheck/analyseSources";
import {
  compareVersions,
  findOffences,
  manifestSets,
  parseApiSets,
  setText,
  type ApiSet,
  type ApiUse,
} from "./apiCheck/apiRequirements";

/** Uses the analysis finds but that need no set of their own in Excel; each with its reason. */
const ALLOWED: readonly { api: string; file: string; reason: string }[] = [
  {
    api: "Office.AddinCommands.Event.completed",
    file: "src/commands/commands.ts",
    reason:
      "its JSDoc names Mailbox 1.3 for Outlook only; in Excel it belongs to function commands " +
      "(AddinCommands 1.1), which the manifest's ExecuteFunction control already requires",
  },
];

/**
 * Uses the type checker cannot see, with the set they need; each must still be in its file
 * (the text is searched), and is checked against the manifest like the others.
 */
const HIDDEN: readonly {
  api: string;
  file: string;
  text: string;
  requires: ApiSet;
  reason: string;
}[] = [
  {
    api: "CustomFunctions.Error",
    file: "src/functions/functionError.ts",
    text: "new runtime.Error(errorCode, message)",
    requires: { name: "CustomFunctionsRuntime", version: "1.2" },
    reason:
      "reached through globalThis so that the module also runs in Node; the Dutch message of " +
      "#WAARDE!/#N/B needs CustomFunctionsRuntime 1.2",
  },
];

const manifest = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");
const declared = manifestSets(manifest);
const bundle = analyseBundle();
const hiddenUses: ApiUse[] = HIDDEN.map((h) => ({
  file: h.file,
  line: 0,
  api: h.api,
  kind: "call",
  requires: [h.requires],
  guards: [],
}));
const allUses = [...bundle.uses, ...hiddenUses];

function isAllowed(use: ApiUse): boolean {
  return ALLOWED.some((a) => a.api === use.api && a.file === use.file);
}

/** Per set, the highest version an unguarded use needs (the manifest's minimum). */
function neededSets(uses: readonly ApiUse[]): Record<string, string> {
  const needed: Record<string, string> = {};
  for (const use of uses) {
    if (isAllowed(use) || use.requires.length !== 1) continue;
    const set = use.requires[0] as ApiSet;
    if (use.guards.some((g) => g.name === set.name)) continue;
    const version = set.version ?? "";
    const old = needed[set.name];
    if (old === undefined || (version && compareVersions(version, old) > 0))
      needed[set.name] = version;
  }
  return needed;
}

describe("Excel API requirement sets", () => {
  it("analyses every webpack entry and what it imports", () => {
    expect(webpackEntries().map((f) => f.slice(ROOT.length + 1))).toEqual([
      "src/taskpane/taskpane.ts",
      "src/functions/functions.ts",
      "src/commands/commands.ts",
    ]);
    expect(bundle.files).toEqual(
      expect.arrayContaining([
        "src/excel/writeSheetPlans.ts",
        "src/excel/listDataSources.ts",
        "src/excel/readSource.ts",
        "src/excel/storedSettings.ts",
        "src/functions/functionError.ts",
      ])
    );
    expect(bundle.uses.length).toBeGreaterThan(250);
  });

  it("reads the sets the manifest declares, with ExcelApi 1.1 implied by the Workbook host", () => {
    expect(declared.map(setText).sort()).toEqual([
      "CustomFunctionsRuntime 1.2",
      "ExcelApi 1.9",
      "Settings",
      "SharedRuntime 1.1",
    ]);
  });

  it("uses no member outside the declared sets unless an isSetSupported guard covers it", () => {
    const offences = findOffences(allUses, declared).filter((o) => !isAllowed(o.use));
    expect(offences.map((o) => o.text)).toEqual([]);
  });

  it("needs exactly the declared versions: ExcelApi 1.9 is the lowest the code allows", () => {
    expect(neededSets(allUses)).toEqual({
      ExcelApi: "1.9",
      SharedRuntime: "1.1",
      Settings: "",
      CustomFunctionsRuntime: "1.2",
    });
  });

  it("finds the members that need ExcelApi 1.9 where they are used", () => {
    const at19 = bundle.uses
      .filter((u) => u.requires.some((r) => r.name === "ExcelApi" && r.version === "1.9"))
      .map((u) => `${u.file} ${u.api}`);
    expect([...new Set(at19)].sort()).toEqual([
      "src/excel/listDataSources.ts Excel.RangeAreas.address",
      "src/excel/listDataSources.ts Excel.RangeAreas.areaCount",
      "src/excel/listDataSources.ts Excel.RangeAreas.load",
      "src/excel/listDataSources.ts Excel.RangeAreas.worksheet",
      "src/excel/listDataSources.ts Excel.Workbook.getSelectedRanges",
      "src/excel/writeSheetPlans.ts Excel.AutoFilter.apply",
      "src/excel/writeSheetPlans.ts Excel.AutoFilter.enabled",
      "src/excel/writeSheetPlans.ts Excel.AutoFilter.load",
      "src/excel/writeSheetPlans.ts Excel.AutoFilter.remove",
      "src/excel/writeSheetPlans.ts Excel.Worksheet.autoFilter",
    ]);
  });

  it("lists in docs/excel-checklist.md every declared set and every ExcelApi version used", () => {
    const doc = readFileSync(resolve(ROOT, "docs/excel-checklist.md"), "utf8");
    const section = doc.slice(doc.indexOf("## Vereiste API-sets"));
    for (const set of declared.filter((d) => d.name !== "ExcelApi" || d.version !== "1.1")) {
      expect(section).toMatch(
        new RegExp(
          `^\\| ${set.name} +\\| ${set.version ? set.version.replace(".", "\\.") : "–"} +\\|`,
          "m"
        )
      );
    }
    const documented = [...section.matchAll(/^\| (1\.\d+) +\|/gm)].map((m) => m[1]);
    const used = new Set(
      bundle.uses.flatMap((u) =>
        u.requires.flatMap((r) => (r.name === "ExcelApi" && r.version ? [r.version] : []))
      )
    );
    expect(documented).toEqual([...used].sort((a, b) => compareVersions(b, a)));
  });

  it("keeps every allow-list and hidden entry true to the code", () => {
    for (const allowed of ALLOWED) {
      expect(bundle.uses.some((u) => u.api === allowed.api && u.file === allowed.file)).toBe(true);
    }
    for (const hidden of HIDDEN) {
      expect(readFileSync(resolve(ROOT, hidden.file), "utf8")).toContain(hidden.text);
    }
  });

  it("fails against the manifest as it was before the check (SharedRuntime only)", () => {
    const old = manifestSets(
      manifest.replace(
        /<Sets([^>]*)>[\s\S]*?<\/Sets>/,
        '<Sets$1><Set Name="SharedRuntime" MinVersion="1.1"/></Sets>'
      )
    );
    const texts = findOffences(allUses, old)
      .filter((o) => !isAllowed(o.use))
      .map((o) => o.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^src\/excel\/listDataSources\.ts:\d+ Excel\.Workbook\.getSelectedRanges \(call\) needs ExcelApi 1\.9$/
        ),
        expect.stringMatching(
          /^src\/excel\/writeSheetPlans\.ts:\d+ Excel\.AutoFilter\.apply \(call\) needs ExcelApi 1\.9$/
        ),
        "src/functions/functionError.ts:0 CustomFunctions.Error (call) needs CustomFunctionsRuntime 1.2",
      ])
    );
  });

  describe("the checker itself", () => {
    const declared19: ApiSet[] = [
      { name: "ExcelApi", version: "1.9" },
      { name: "SharedRuntime", version: "1.1" },
    ];
    const offences = (code: string) =>
      findOffences(analyseSnippet(code), declared19).map((o) => o.text);

    it("catches a call to an ExcelApi 1.15 member", () => {
      expect(
        offences(`export async function f(context: Excel.RequestContext) {
  const range = context.workbook.getSelectedRange();
  range.getDependents();
}`)
      ).toEqual(["snippet.ts:3 Excel.Range.getDependents (call) needs ExcelApi 1.15"]);
    });

    it("accepts it inside an if on isSetSupported with that version or higher", () => {
      expect(
        offences(`export async function f(context: Excel.RequestContext) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) {
    context.workbook.getSelectedRange().getDependents();
  }
  const g = Office.context.requirements.isSetSupported("ExcelApi", "1.16") && context.workbook.getSelectedRange().getDependents();
  return g;
}`)
      ).toEqual([]);
    });

    it("refuses a guard on a lower version or another set, and the else branch", () => {
      expect(
        offences(`export async function f(context: Excel.RequestContext) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) context.workbook.getSelectedRange().getDependents();
  if (Office.context.requirements.isSetSupported("WordApi", "1.15")) context.workbook.getSelectedRange().getDependents();
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) return;
  else context.workbook.getSelectedRange().getDependents();
}`)
      ).toEqual([
        "snippet.ts:2 Excel.Range.getDependents (call) needs ExcelApi 1.15",
        "snippet.ts:3 Excel.Range.getDependents (call) needs ExcelApi 1.15",
        "snippet.ts:5 Excel.Range.getDependents (call) needs ExcelApi 1.15",
      ]);
    });

    it("accepts what follows an early return on an unsupported set", () => {
      expect(
        offences(`export async function f(context: Excel.RequestContext) {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.15")) {
    return "niet beschikbaar";
  }
  await Excel.run(async (ctx) => { ctx.workbook.getSelectedRange().getDependents(); });
  return context.workbook.getSelectedRange().getDependents();
}`)
      ).toEqual([]);
    });

    it("follows a helper called only under a guard, and catches one unguarded call of it", () => {
      const helper = `function dependents(context: Excel.RequestContext) {
  return context.workbook.getSelectedRange().getDependents();
}
export function f(context: Excel.RequestContext) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) dependents(context);
}`;
      expect(offences(helper)).toEqual([]);
      expect(
        offences(`${helper}\nexport const g = (c: Excel.RequestContext) => dependents(c);`)
      ).toEqual(["snippet.ts:2 Excel.Range.getDependents (call) needs ExcelApi 1.15"]);
    });

    it("resolves load() strings, paths through items, set() literals and writes", () => {
      const uses = analyseSnippet(`export function f(context: Excel.RequestContext) {
  const tables = context.workbook.tables;
  tables.load("items/name, items/legacyId");
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load(["autoFilter", "tabId"]);
  sheet.getRange("A1").set({ format: { columnWidth: 40 } });
  context.workbook.application.calculationMode;
  context.workbook.application.calculationMode = "Manual";
  const { showGridlines } = sheet;
  return showGridlines;
}`);
      const seen = (kind: string) =>
        uses
          .filter((u) => u.kind === kind)
          .map((u) => `${u.line} ${u.api} ${u.requires.map(setText).join("|")}`);
      expect(seen("load")).toEqual([
        "3 Excel.TableCollection.items ExcelApi 1.1",
        "3 Excel.Table.name ExcelApi 1.1",
        "3 Excel.TableCollection.items ExcelApi 1.1",
        "3 Excel.Table.legacyId ExcelApi 1.8",
        "5 Excel.Worksheet.autoFilter ExcelApi 1.9",
        "5 Excel.Worksheet.tabId ExcelApi 1.14",
      ]);
      expect(seen("literal")).toEqual([
        "6 Excel.Interfaces.RangeUpdateData.format ExcelApi 1.1",
        "6 Excel.Interfaces.RangeFormatUpdateData.columnWidth ExcelApi 1.2",
      ]);
      expect(seen("write")).toEqual(["8 Excel.Application.calculationMode ExcelApi 1.8"]);
      expect(seen("read")).toEqual(
        expect.arrayContaining([
          "7 Excel.Application.calculationMode ExcelApi 1.1",
          "9 Excel.Worksheet.showGridlines ExcelApi 1.8",
        ])
      );
    });
  });

  describe("edge cases", () => {
    it("reads every form of requirement text in the declarations", () => {
      expect(parseApiSets("* [Api set: ExcelApi 1.9]", "call")).toEqual([
        { name: "ExcelApi", version: "1.9" },
      ]);
      expect(parseApiSets("* [Api set: ExcelApi 1.1 for get, 1.8 for set]", "read")).toEqual([
        { name: "ExcelApi", version: "1.1" },
      ]);
      expect(
        parseApiSets("* [Api set: ExcelApi 1.1 for getting the name; 1.4 for setting it.]", "write")
      ).toEqual([{ name: "ExcelApi", version: "1.4" }]);
      expect(
        parseApiSets("* [Api set: ExcelApi 1.1 for String,Integer; 1.7 for Array]", "read")
      ).toEqual([{ name: "ExcelApi", version: "1.7" }]);
      expect(
        parseApiSets(
          "* [Api set: ExcelApi 1.9, ExcelApi Preview for null `destinationRange`]",
          "call"
        )
      ).toEqual([{ name: "ExcelApi", version: "1.9" }]);
      expect(
        parseApiSets(
          "* **Requirement set**: {@link https://learn.microsoft.com/x | SharedRuntime 1.1}",
          "call"
        )
      ).toEqual([{ name: "SharedRuntime", version: "1.1" }]);
      expect(
        parseApiSets("* **Requirement set**: {@link https://x#settings | Settings}", "call")
      ).toEqual([{ name: "Settings", version: null }]);
      expect(
        parseApiSets("* **Requirement set**: {@link https://x#methods | Not in a set}", "call")
      ).toEqual([]);
      expect(
        parseApiSets(
          "* **Requirement sets**:\n *\n * - {@link https://a | KeyboardShortcuts 1.1}\n *\n * - {@link https://b | SharedRuntime 1.1}\n */",
          "call"
        )
      ).toEqual([
        { name: "KeyboardShortcuts", version: "1.1" },
        { name: "SharedRuntime", version: "1.1" },
      ]);
    });

    it("takes DefaultMinVersion for a Set without MinVersion", () => {
      const sets = manifestSets(
        '<Hosts><Host Name="Workbook"/></Hosts><Requirements><Sets DefaultMinVersion="1.3"><Set Name="ExcelApi"/></Sets></Requirements>'
      );
      expect(sets).toEqual([
        { name: "ExcelApi", version: "1.3" },
        { name: "Settings", version: null },
      ]);
    });

    it("compares versions as numbers, not text", () => {
      expect(compareVersions("1.10", "1.9")).toBe(1);
      expect(compareVersions("1.9", "1.9")).toBe(0);
      expect(compareVersions("1.2", "1.15")).toBe(-1);
    });
  });
});
