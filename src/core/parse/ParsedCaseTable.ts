import type { BatchInternResult } from "../text/BatchInterner";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import type {
  CaseColumnField,
  CaseField,
  CaseFieldColumns,
  CaseTable,
  DayColumn,
  ExtraColumn,
} from "../types";
import { UniqueIds } from "./UniqueIds";

/** What a parsed case table holds besides its ids: every column of {@link CaseTable}. */
export type CaseTableColumns = Omit<CaseTable, "caseId" | "caseIdAt" | "clientIds" | "clientCount">;

/** The client ids of a table without a client id column. */
const NO_IDS: readonly string[] = Object.freeze([]);

/** The field columns (`table.closedOn`, `table.team` …), set in the constructor from `CASE_FIELDS`. */
export interface ParsedCaseTable extends CaseFieldColumns {}

/**
 * The case table `parseCaseTable` returns: its columns, and the case and client ids, whose
 * texts are built on first access (`caseId`, `clientIds`; a million strings cost about
 * 0.1 s) while `caseIdAt` and `clientCount` answer without them.
 *
 * @example
 * const { table } = parseCaseTable(rows, mapping);
 * table.caseIdAt(0); //=> '1001', without building table.caseId
 */
// eslint-disable-next-line no-redeclare -- merged with the interface above: its field columns
export class ParsedCaseTable implements CaseTable {
  readonly size: number;
  readonly sheetRow: Int32Array;
  readonly caseIdAt: (i: number) => string;
  readonly clientKey: Int32Array;
  readonly clientCount: number;
  readonly start: DayColumn;
  readonly domainStart: Int32Array;
  readonly domainCodes: Int32Array;
  readonly domainLabels: readonly string[];
  readonly extras: readonly ExtraColumn[];
  readonly invalid: Uint32Array;
  readonly mappedFields: ReadonlySet<CaseField>;
  private caseIdTexts: readonly string[] | undefined;

  /**
   * @param parts - The table's columns.
   * @param ids - The case ids, case k's at position k.
   * @param clients - The client ids (keys are `parts.clientKey`), or undefined without a
   *   client id column.
   */
  constructor(
    private readonly parts: CaseTableColumns,
    private readonly ids: UniqueIds,
    private readonly clients: BatchInternResult | undefined
  ) {
    // The field columns first, in `CASE_FIELDS` order, so every parsed table has one shape.
    for (const { field, kind } of CASE_FIELDS)
      if (kind !== "id" && kind !== "domains")
        (this as Record<string, unknown>)[field] = parts[field as CaseColumnField];
    this.size = parts.size;
    this.sheetRow = parts.sheetRow;
    this.caseIdAt = (i: number): string => ids.textAt(i);
    this.clientKey = parts.clientKey;
    this.clientCount = clients ? clients.size : 0;
    this.start = parts.start;
    this.domainStart = parts.domainStart;
    this.domainCodes = parts.domainCodes;
    this.domainLabels = parts.domainLabels;
    this.extras = parts.extras;
    this.invalid = parts.invalid;
    this.mappedFields = parts.mappedFields;
    this.caseIdTexts = undefined;
  }

  /**
   * The same table with other domain labels (the ZRM table's, which extend these without
   * changing codes); the columns and ids are shared.
   *
   * @param domainLabels - The labels.
   * @returns The table.
   */
  withDomainLabels(domainLabels: readonly string[]): ParsedCaseTable {
    return new ParsedCaseTable({ ...this.parts, domainLabels }, this.ids, this.clients);
  }

  /** The case ids as text, built on first access. */
  get caseId(): readonly string[] {
    return (this.caseIdTexts ??= this.ids.texts());
  }

  /** The distinct client ids in first-seen order, built on first access. */
  get clientIds(): readonly string[] {
    return this.clients ? this.clients.texts : NO_IDS;
  }
}
