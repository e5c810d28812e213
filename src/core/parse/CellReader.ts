import type { IssueCode } from "../types";
import type { IssueCollector } from "./IssueCollector";

/** Where a cell reader reads and how it reports. */
export interface CellTarget {
  readonly column: number;
  readonly header: string;
  /** Sentence saying what happens to the row when the value is unusable. */
  readonly consequence: string;
  /** Per-row invalid mask to mark (cases); absent for tables without one. */
  readonly invalid?: Uint32Array;
  readonly bit?: number;
}

/**
 * Base of the per-cell readers. The table parsers walk the rows once, row by row (the
 * rows are separate arrays, so reading a whole row at a time is several times faster
 * than reading one column over all rows), and hand each mapped cell to its reader, which
 * writes output position `k` of a typed column. One reader class per value kind keeps
 * every call site monomorphic.
 */
export class CellReader {
  readonly column: number;
  readonly header: string;
  protected readonly consequence: string;
  protected invalid: Uint32Array | undefined;
  protected readonly bit: number;

  /**
   * @param target - Column, header, consequence and invalid mask.
   * @param issues - Where problems go.
   */
  constructor(
    target: CellTarget,
    protected readonly issues: IssueCollector
  ) {
    this.column = target.column;
    this.header = target.header;
    this.consequence = target.consequence;
    this.invalid = target.invalid;
    this.bit = target.bit ?? 0;
  }

  /**
   * A text longer than a cell holds, cut, with its TEXT_TRUNCATED warning at row index `r`
   * (see `IssueCollector.fitText`).
   */
  protected fitText(text: string, r: number): string {
    return this.issues.fitText(text, r, this.column, this.header);
  }

  /** Points the reader at the table's grown invalid mask (when it marks one). */
  protected moveInvalid(invalid: Uint32Array): void {
    if (this.invalid !== undefined) this.invalid = invalid;
  }

  /** Marks position `k` invalid and reports an error for row index `r`. */
  protected fail(k: number, r: number, code: IssueCode, body: string): void {
    if (this.invalid !== undefined) this.invalid[k]! |= this.bit;
    this.issues.add(code, "error", r, this.column, this.header, body);
  }
}
