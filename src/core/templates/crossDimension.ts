/**
 * @module
 */
import type { Dimension } from "../engine/dimension";

/**
 * The crosstab of two single-valued breakdowns as one: group `r · columns + c` holds the units
 * in row group r and column group c (a unit without a group in either is in none).
 *
 * @param rows - The rows' breakdown (single-valued).
 * @param columns - The columns' breakdown (single-valued).
 * @returns The combined breakdown; its keys are "row|column".
 * @throws {Error} When either breakdown is multi-valued (a template is checked for that first).
 * @example
 * const cross = crossDimension(teams, referrers);
 * evaluateMeasure(engine, rule, [period], cross, null)[0].groups[r * referrers.keys.length + c];
 */
export function crossDimension(rows: Dimension, columns: Dimension): Dimension {
  if (rows.kind !== "single" || columns.kind !== "single")
    throw new Error("Een kruistabel kan alleen over kenmerken met één waarde per casus.");
  const width = columns.keys.length;
  const keys = rows.keys.flatMap((row) => columns.keys.map((column) => `${row}|${column}`));
  let rowCodes = new Int32Array(0);
  // Two breakdowns of the rows of a table (the meetings by category and target group) cross
  // into a breakdown of those rows.
  const over = rows.over === "rows" && columns.over === "rows" ? { over: "rows" as const } : {};
  return {
    kind: "single",
    keys,
    ...over,
    codesOf: (units, out) => {
      if (rowCodes.length < units.length) rowCodes = new Int32Array(units.length);
      rows.codesOf(units, rowCodes);
      columns.codesOf(units, out);
      for (let k = 0; k < units.length; k++) {
        const r = rowCodes[k] as number;
        const c = out[k] as number;
        out[k] = r < 0 || c < 0 ? -1 : r * width + c;
      }
    },
  };
}
