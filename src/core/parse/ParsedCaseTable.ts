import type { BatchInternResult } from "../text/BatchInterner";
import type { CaseField, CaseTable, CategoryColumn, DayColumn, TriStateColumn } from "../types";
import { UniqueIds } from "./UniqueIds";

/** What a parsed case table holds besides its ids: every column of {@link CaseTable}. */
export type CaseTableColumns = Omit<CaseTable, "caseId" | "caseIdAt" | "clientIds" | "clientCount">;

/** The client ids of a table without a client id column. */
const NO_IDS: readonly string[] = Object.freeze([]);

/**
 * The case table `parseCaseTable` returns: its columns, and the case and client ids, whose
 * texts are built on first access (`caseId`, `clientIds`; a million strings cost about
 * 0.1 s) while `caseIdAt` and `clientCount` answer without them.
 *
 * @example
 * const { table } = parseCaseTable(rows, mapping);
 * table.caseIdAt(0); //=> '1001', without building table.caseId
 */
export class ParsedCaseTable implements CaseTable {
  readonly size: number;
  readonly sheetRow: Int32Array;
  readonly caseIdAt: (i: number) => string;
  readonly clientKey: Int32Array;
  readonly clientCount: number;
  readonly caseType: CategoryColumn;
  readonly product: CategoryColumn;
  readonly closeReason: CategoryColumn;
  readonly referrer: CategoryColumn;
  readonly team: CategoryColumn;
  readonly complexity: CategoryColumn;
  readonly weight: CategoryColumn;
  readonly registeredOn: DayColumn;
  readonly intakeOn: DayColumn;
  readonly startedOn: DayColumn;
  readonly closedOn: DayColumn;
  readonly start: DayColumn;
  readonly birthDate: DayColumn;
  readonly age: Float64Array;
  readonly rating: Float64Array;
  readonly resolvedDirectly: TriStateColumn;
  readonly canContinueAlone: TriStateColumn;
  readonly domainStart: Int32Array;
  readonly domainCodes: Int32Array;
  readonly domainLabels: readonly string[];
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
    this.size = parts.size;
    this.sheetRow = parts.sheetRow;
    this.caseIdAt = (i: number): string => ids.textAt(i);
    this.clientKey = parts.clientKey;
    this.clientCount = clients ? clients.size : 0;
    this.caseType = parts.caseType;
    this.product = parts.product;
    this.closeReason = parts.closeReason;
    this.referrer = parts.referrer;
    this.team = parts.team;
    this.complexity = parts.complexity;
    this.weight = parts.weight;
    this.registeredOn = parts.registeredOn;
    this.intakeOn = parts.intakeOn;
    this.startedOn = parts.startedOn;
    this.closedOn = parts.closedOn;
    this.start = parts.start;
    this.birthDate = parts.birthDate;
    this.age = parts.age;
    this.rating = parts.rating;
    this.resolvedDirectly = parts.resolvedDirectly;
    this.canContinueAlone = parts.canContinueAlone;
    this.domainStart = parts.domainStart;
    this.domainCodes = parts.domainCodes;
    this.domainLabels = parts.domainLabels;
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
