/**
 * The audit of what was published: the relations are derived again from the plain numbers,
 * every cell marked as the published output marks it ("<5" small, "–*" hidden, primary or
 * secondary alike), and every hidden count is audited. A cell that fails is one a reader can
 * narrow further than the rule allows.
 */
import type { Engine } from "../../../src/core/engine/Engine";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { auditSuppression } from "../../../src/core/publication/auditSuppression";
import { derivePublicationSystem } from "../../../src/core/publication/derivePublicationSystem";
import { publishCells } from "../../../src/core/publication/publishCells";
import type {
  PublicationCell,
  PublicationMark,
} from "../../../src/core/publication/publicationCell";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import { buildGroupTable } from "../../../src/core/report/buildGroupTable";
import { buildKpiTable } from "../../../src/core/report/buildKpiTable";
import { buildRecidiveTable } from "../../../src/core/report/buildRecidiveTable";
import { DEFAULT_TOP_N } from "../../../src/core/report/buildStandardReport";
import { createReportBuildContext } from "../../../src/core/report/reportBuildContext";
import {
  reportCellId,
  reportPublicationCells,
  type PublishedTableInput,
} from "../../../src/core/report/reportPublicationCells";
import { STANDARD_REPORT_TABLES } from "../../../src/core/report/standardReportTables";
import type { Report } from "../../../src/core/reportTable";
import { templateCell } from "../../../src/core/templates/suppressTemplateTables";
import type { RenderedTable } from "../../../src/core/templates/renderedTable";
import type { Period } from "../../../src/core/types";

/** A hidden count a reader can narrow further than the rule allows. */
export interface AuditFailure {
  /** Table id, row key and column. */
  readonly cell: string;
  readonly value: number;
  readonly mark: PublicationMark;
  readonly min: number;
  readonly max: number;
  /** The audit's interval is the LP relaxation's only (a large component). */
  readonly exact: boolean;
  /**
   * The engine's own audit (protectSuppression on the primary pattern) reports this cell as
   * one it could not protect; false: the engine believed the published pattern protects it.
   */
  readonly reported: boolean;
  /** The cell's table was hidden whole by the engine. */
  readonly wholeTable: boolean;
}

/** The standard report's tables with their publication info, as `buildStandardReport` builds them. */
export function standardReportInputs(engine: Engine, period: Period): PublishedTableInput[] {
  const context = createReportBuildContext({
    engine,
    period,
    previous: previousYearPeriod(period),
    recidive: resolveRecidiveOptions(),
    topN: DEFAULT_TOP_N,
  });
  return STANDARD_REPORT_TABLES.flatMap((spec): PublishedTableInput[] => {
    const built =
      spec.kind === "kpis"
        ? buildKpiTable(spec, context)
        : spec.kind === "group"
          ? buildGroupTable(spec, context)
          : buildRecidiveTable(spec, context);
    return "omitted" in built ? [] : [{ table: built.table, ...built.publication }];
  });
}

/**
 * Audits a published standard report against the plain one.
 *
 * @param plain - the report's tables with their publication info (`standardReportInputs`)
 * @param published - the same report built in publication mode
 * @param period - the current period (the comparison period is a year earlier)
 * @param threshold - the publication threshold
 * @returns the hidden counts that fail the audit
 */
export function auditPublishedReport(
  plain: readonly PublishedTableInput[],
  published: Report,
  period: Period,
  threshold: number
): AuditFailure[] {
  const periods = { previous: previousYearPeriod(period), current: period };
  const { cells, sums } = reportPublicationCells(plain, periods, threshold);
  const marks = new Map<string, PublicationMark>();
  const names = new Map<string, string>();
  plain.forEach(({ table }, t) => {
    const out = published.tables.find((x) => x.id === table.id);
    if (out === undefined) throw new Error(`table ${table.id} missing from the published report`);
    table.rows.forEach((row, r) => {
      for (const column of ["previous", "current"] as const) {
        const id = reportCellId(t, r, column);
        names.set(id, `${table.id}:${row.key}${row.isTotal ? "(Totaal)" : ""}:${column}`);
        const mark = out.rows[r]?.suppressed?.[column];
        if (mark !== undefined) marks.set(id, mark);
      }
    });
  });
  return auditMarked(cells, sums, marks, names, threshold);
}

/**
 * Audits a template's published tables against the plain ones (same tables, same order).
 *
 * @param plain - the rendered tables without publication (values and sources)
 * @param published - the same tables in publication mode
 * @param threshold - the publication threshold
 * @returns the hidden counts that fail the audit
 */
export function auditPublishedTemplate(
  plain: readonly RenderedTable[],
  published: readonly RenderedTable[],
  threshold: number
): AuditFailure[] {
  const cells: PublicationCell[] = [];
  const marks = new Map<string, PublicationMark>();
  const names = new Map<string, string>();
  plain.forEach((table, t) => {
    const out = published[t];
    if (out?.id !== table.id) throw new Error(`table ${table.id} missing from the publication`);
    table.rows.forEach((row, r) =>
      row.values.forEach((value, c) => {
        const source = row.sources?.[c];
        if (value === null || source === undefined || source === null) return;
        const id = `${t}:${r}:${c}`;
        cells.push(templateCell(id, table.id, value, source, threshold));
        names.set(id, `${table.id}:${row.key}:${table.columns[c]?.header ?? c}`);
        const mark = out.rows[r]?.suppressed?.[c] ?? null;
        if (mark !== null) marks.set(id, mark);
      })
    );
  });
  return auditMarked(cells, [], marks, names, threshold);
}

function auditMarked(
  cells: readonly PublicationCell[],
  sums: Parameters<typeof derivePublicationSystem>[1],
  marks: ReadonlyMap<string, PublicationMark>,
  names: ReadonlyMap<string, string>,
  threshold: number
): AuditFailure[] {
  // What the engine itself concluded on the primary pattern, as the publication runs it.
  const outcome = publishCells(cells, sums, threshold);
  const whole = outcome.wholeTables;
  const marked = cells.map((cell): PublicationCell => {
    const { primary: _, ...rest } = cell;
    const mark = marks.get(cell.id);
    return mark === undefined ? rest : { ...rest, primary: mark };
  });
  const system = derivePublicationSystem(marked, sums, threshold);
  const audit = auditSuppression(system.variables, system.constraints);
  const failures: AuditFailure[] = [];
  const seen = new Set<string>();
  for (const cell of marked) {
    const variable = system.variableOf.get(cell.id);
    const interval = variable === undefined ? undefined : audit.get(variable);
    if (variable === undefined || interval === undefined || interval.passes || seen.has(variable))
      continue;
    seen.add(variable);
    failures.push({
      cell: names.get(cell.id) ?? cell.id,
      value: cell.value,
      mark: cell.primary ?? "hidden",
      min: interval.min,
      max: interval.max,
      exact: interval.exact,
      // The engine itself said the rule could not be met, and kept it as wide as hiding can.
      reported: interval.max - interval.min >= (outcome.narrowed.get(variable) ?? Infinity) - 1e-9,
      wholeTable: whole.has(cell.table),
    });
  }
  return failures;
}
