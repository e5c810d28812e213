/**
 * Writes report sheets (plans from {@link planReportSheet} and friends) into the workbook,
 * to sheets the add-in owns only, with a fixed number of `context.sync()` calls: three,
 * whatever the number of tables.
 *
 * 1. list the worksheets (ids, names), the add-in's marker names and whether the workbook
 *    structure is protected;
 * 2. for the owned sheets that still exist: their protection, charts and filter;
 * 3. every write: rename/add sheets, clear them, values, formats, charts, data bars.
 *
 * @module
 */
import { fitCellText } from "../core";
import type { ExcelRun } from "./excelHost";
import { UserFacingError } from "./officeErrorMessage";
import { loadOwnedSheets } from "./loadOwnedSheets";
import { planSheetTargets, type SheetTarget } from "./planSheetTargets";
import { markerName, newMarkerToken, staleMarkerNames } from "./sheetMarkers";
import { REPORT_COLORS } from "./reportStyle";
import type { CellStyle, SheetPlan } from "./sheetPlan";
import type { OwnedSheet } from "./storedSettings";

/** A plan with the name its sheet should get. */
export interface NamedSheetPlan {
  readonly name: string;
  readonly plan: SheetPlan;
}

/** What {@link writeSheetPlans} did. */
export interface WriteSheetPlansResult {
  /** The sheets written, with their ids. */
  readonly written: OwnedSheet[];
  /**
   * Every sheet the add-in owns now (for the settings): the ones written plus earlier owned
   * sheets that still exist and were not rewritten. Entries of deleted sheets are dropped.
   */
  readonly owned: OwnedSheet[];
  readonly targets: SheetTarget[];
  /** Owned sheets the user renamed: theirs now, left as they are (new sheets were written). */
  readonly released: { readonly sheetName: string; readonly renamedTo: string }[];
}

/**
 * Writes the plans to owned or new sheets and activates the first one.
 *
 * @param run - `Excel.run` (or a test double)
 * @param plans - the sheets to write, in order (report, Toelichting, Controle)
 * @param owned - the sheets the settings say the add-in owns
 * @param period - the period label recorded with the sheets
 * @returns the written sheets with their ids, and the targets chosen
 * @throws UserFacingError (Dutch) when an owned sheet or the workbook structure is protected
 */
export async function writeSheetPlans(
  run: ExcelRun,
  plans: readonly NamedSheetPlan[],
  owned: readonly OwnedSheet[],
  period: string
): Promise<WriteSheetPlansResult> {
  return run(async (context) => {
    const workbookProtection = context.workbook.protection;
    workbookProtection.load("protected");
    // The protection load above rides along with this sync.
    const { worksheets, names, existing, markers, resolved } = await loadOwnedSheets(
      context,
      owned
    );
    const targets = planSheetTargets(
      existing,
      owned,
      plans.map((p) => ({ kind: p.plan.kind, name: p.name })),
      markers
    );
    const needsStructure = targets.some((t) => t.action === "add" || t.currentName !== t.name);
    if (needsStructure && workbookProtection.protected) {
      throw new UserFacingError(
        "De structuur van de werkmap is beveiligd, dus Welzijnsmonitor kan geen rapportbladen toevoegen of hernoemen. " +
          "Hef de beveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw."
      );
    }
    const rewritten = targets.map((t) => {
      if (t.action !== "rewrite") return undefined;
      const sheet = worksheets.getItem(t.sheetId);
      sheet.protection.load("protected");
      sheet.charts.load("items/name");
      sheet.autoFilter.load("enabled");
      return sheet;
    });
    await context.sync();

    rewritten.forEach((sheet, i) => {
      if (sheet?.protection.protected) {
        throw new UserFacingError(
          `Het blad "${(targets[i] as SheetTarget & { currentName: string }).currentName}" is beveiligd, dus Welzijnsmonitor kan het rapport niet bijwerken. ` +
            "Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw."
        );
      }
    });
    const sheets = targets.map((target, i) => {
      const old = rewritten[i];
      if (!old) return worksheets.add(target.name);
      if (target.action === "rewrite" && target.currentName !== target.name) old.name = target.name;
      old.charts.items.forEach((chart) => chart.delete());
      const all = old.getRange();
      all.conditionalFormats.clearAll();
      all.clear("All");
      old.freezePanes.unfreeze();
      if (old.autoFilter.enabled) old.autoFilter.remove();
      return old;
    });
    sheets.forEach((sheet, i) => writePlan(sheet, (plans[i] as NamedSheetPlan).plan));
    // The second mark of ownership: a workbook name on A1 of each written sheet.
    const tokens = targets.map((target, i) => {
      if (target.action === "rewrite" && target.marker) return target.marker;
      const token = newMarkerToken();
      names.add(
        markerName(token),
        (sheets[i] as Excel.Worksheet).getRange("A1"),
        "Welzijnsmonitor: dit blad is door de invoegtoepassing gemaakt."
      );
      return token;
    });
    sheets[0]?.activate();
    sheets.forEach((sheet) => sheet.load("id,name"));

    const rewrittenIds = new Set(
      targets.flatMap((t) => (t.action === "rewrite" ? [t.sheetId] : []))
    );
    const kept = resolved.flatMap((r) =>
      r.sheet && !rewrittenIds.has(r.sheet.id)
        ? [{ ...r.entry, sheetName: r.sheet.name, sheetId: r.sheet.id }]
        : []
    );
    // Markers of sheets no longer owned (renamed by the user, deleted) are removed; only
    // names the add-in made, never a user's `Welzijnsmonitor_…` name.
    const stale = new Set(
      staleMarkerNames(names.items, {
        recorded: owned.flatMap((o) => (o.marker ? [o.marker] : [])),
        live: [...tokens, ...kept.flatMap((k) => (k.marker ? [k.marker] : []))],
        unmarkedSheets: resolved.flatMap((r) => (r.sheet && !r.entry.marker ? [r.sheet.name] : [])),
      })
    );
    for (const item of names.items) if (stale.has(item.name)) item.delete();
    await context.sync();

    const written: OwnedSheet[] = sheets.map((sheet, i) => {
      const plan = (plans[i] as NamedSheetPlan).plan;
      return {
        sheetName: sheet.name,
        kind: plan.kind,
        period,
        sheetId: sheet.id,
        marker: tokens[i] as string,
        ...(plan.statusCell ? { statusCell: plan.statusCell } : {}),
      };
    });
    const released = resolved.flatMap((r) =>
      r.renamedTo ? [{ sheetName: r.entry.sheetName, renamedTo: r.renamedTo }] : []
    );
    return { written, owned: [...written, ...kept], targets, released };
  });
}

/**
 * Queues everything one plan writes (no sync): each block as one values and one
 * numberFormat assignment — the number format first, so that text cells are already
 * text ('@') when their values arrive and are never taken for formulas. Text is cut to the
 * 32,767 characters a cell holds (`fitCellText`): a last guard, as the parse already cuts
 * every long text from the data (with a TEXT_TRUNCATED issue).
 */
function writePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const range = sheet.getRange(block.address);
    range.numberFormat = block.numberFormat as string[][];
    // Longer text than a cell holds would make Excel reject the request or repair the file.
    range.values = block.values.map((row) =>
      row.map((value) => (typeof value === "string" ? fitCellText(value) : value))
    ) as (string | number | boolean)[][];
  }
  for (const patch of plan.styles) applyStyle(sheet.getRange(patch.address), patch.style);
  plan.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
  });
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  sheet.showGridlines = plan.showGridlines;
  if (plan.autoFilter) sheet.autoFilter.apply(sheet.getRange(plan.autoFilter));
  for (const address of plan.dataBars) {
    const format = sheet.getRange(address).conditionalFormats.add("DataBar");
    format.dataBar.positiveFormat.fillColor = REPORT_COLORS.dataBar;
    format.dataBar.positiveFormat.gradientFill = false;
  }
  for (const chartPlan of plan.charts) {
    const chart = sheet.charts.add(
      chartPlan.type,
      sheet.getRange(chartPlan.dataAddress),
      chartPlan.seriesBy ?? "Columns"
    );
    // From the last: deleting a series moves the ones after it down by one.
    const dropped = [...(chartPlan.dropSeries ?? [])].sort((a, b) => b - a);
    for (const index of dropped) chart.series.getItemAt(index).delete();
    chartPlan.seriesNames?.forEach((name, index) => {
      chart.series.getItemAt(index).name = name;
    });
    chart.title.text = chartPlan.title;
    chart.legend.position = chartPlan.type === "Pie" ? "Right" : "Bottom";
    // Bars are drawn bottom-up; reversed, the largest group is on top as in the table.
    if (chartPlan.type === "BarClustered") chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(chartPlan.topLeft, chartPlan.bottomRight);
  }
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.borderBottom !== undefined) setBorder(format, "EdgeBottom", style.borderBottom);
  if (style.borderTop !== undefined) setBorder(format, "EdgeTop", style.borderTop);
  if (style.rowHeight !== undefined) format.rowHeight = style.rowHeight;
}

function setBorder(format: Excel.RangeFormat, edge: "EdgeBottom" | "EdgeTop", color: string): void {
  const border = format.borders.getItem(edge);
  border.style = "Continuous";
  border.color = color;
}
