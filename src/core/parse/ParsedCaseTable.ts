import type { BatchInternResult } from "../text/BatchInterner";
import type { CaseField, CaseTable, CategoryColumn, DayColumn, TriStateColumn } from "../types";
import { UniqueIds } from "./UniqueIds";

/** What a parsed case table holds besides its ids: every column of {@link CaseTable}. */
export type CaseTableColumns = Omit<CaseTable, "caseId" | "caseIdAt" | "clientIds" | "clientCount">;

/** The client ids of a table without a client id column. */
const NO_IDS: readonly string[] = Object.freeze([]);

const NO_CODES: CategoryColumn = { codes: new Int32Array(0), labels: [] };
const NO_DAYS = new Float32Array(0);
const NO_NUMBERS = new Float64Array(0);
const NO_ANSWERS = new Int8Array(0);

/**
 * The case table `parseCaseTable` returns: its columns, and the case and client ids, whose
 * texts are built on first access (`caseId`, `clientIds`; a million strings cost about
 * 0.1 s) while `caseIdAt` and `clientCount` answer without them.
 *
 * A class with an instance kept for good ({@link ParsedCaseTable.shape}) rather than an object
 * literal with getters: V8 gives such a literal hidden classes that die with the table, and
 * the parser's optimised code, which depends on them, was thrown away and rebuilt for every
 * table (see `readerShapes`).
 *
 * @example
 * const { table } = parseCaseTable(rows, mapping);
 * table.caseIdAt(0); //=> '1001', without building table.caseId
 */
export class ParsedCaseTable implements CaseTable {
  /** An instance kept for good, so that V8 keeps the hidden class of all instances. */
  static readonly shape = new ParsedCaseTable(
    {
      size: 0,
      sheetRow: new Int32Array(0),
      clientKey: new Int32Array(0),
      caseType: NO_CODES,
      product: NO_CODES,
      closeReason: NO_CODES,
      referrer: NO_CODES,
      team: NO_CODES,
      complexity: NO_CODES,
      weight: NO_CODES,
      registeredOn: NO_DAYS,
      intakeOn: NO_DAYS,
      startedOn: NO_DAYS,
      closedOn: NO_DAYS,
      start: NO_DAYS,
      birthDate: NO_DAYS,
      age: NO_NUMBERS,
      rating: NO_NUMBERS,
      resolvedDirectly: NO_ANSWERS,
      canContinueAlone: NO_ANSWERS,
      domainStart: new Int32Array(1),
      domainCodes: new Int32Array(0),
      domainLabels: [],
      invalid: new Uint32Array(0),
      mappedFields: new Set(),
    },
    new UniqueIds(0),
    undefined
  );

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
