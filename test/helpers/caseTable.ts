/**
 * Builds CaseTables and Datasets from readable plain objects for KPI tests, so that a fixture
 * reads like the export it stands for:
 *
 *   buildCaseTable([{ caseId: 'c1', clientId: 'A', caseType: 'IT', startedOn: '2024-01-15', domains: ['Financiën'] }])
 *
 * Dates are ISO text; `invalid` lists fields whose value was present but unusable (the date
 * becomes INVALID_DAY, the FieldBit is set), the way the parser leaves them.
 */
import { isoToDay } from "../../src/core/dates/dayToIso";
import { CASE_FIELDS } from "../../src/core/mapping/fieldDefinitions";
import {
  FieldBit,
  type ActivityTable,
  type CaseField,
  type CaseTable,
  type CategoryColumn,
  type CategoryListColumn,
  type ComplaintTable,
  type Dataset,
  type DataIssue,
  type Period,
  type ZrmTable,
} from "../../src/core/types";

/** One case as a test writes it. */
export interface CaseRow {
  readonly caseId: string;
  readonly clientId?: string;
  readonly caseType?: string;
  readonly product?: string;
  readonly registeredOn?: string;
  readonly intakeOn?: string;
  readonly startedOn?: string;
  readonly closedOn?: string;
  readonly domains?: readonly string[];
  readonly closeReason?: string;
  readonly referrer?: string;
  readonly team?: string;
  readonly birthDate?: string;
  readonly age?: number;
  readonly resolvedDirectly?: boolean;
  readonly rating?: number;
  readonly canContinueAlone?: boolean;
  readonly complexity?: string;
  readonly weight?: string;
  readonly contacts?: number;
  readonly referredTo?: string;
  readonly partners?: readonly string[];
  /** Extra columns (no field uses them): header → value. */
  readonly extras?: Readonly<Record<string, string>>;
  /** Fields present but unusable. */
  readonly invalid?: readonly (keyof typeof FieldBit)[];
}

/** One ZRM row as a test writes it. */
export interface ZrmRow {
  readonly caseId: string;
  readonly domain: string;
  readonly begin?: number;
  readonly end?: number;
  readonly goal?: number;
}

/** One meeting of a collective activity as a test writes it. */
export interface ActivityRow {
  readonly id?: string;
  readonly category?: string;
  readonly targetGroup?: string;
  readonly date: string;
  readonly participants?: number;
}

/** Options: which case fields count as unmapped (all others are mapped). */
export interface BuildOptions {
  readonly unmapped?: readonly CaseField[];
}

const ALL_FIELDS: readonly CaseField[] = CASE_FIELDS.map((definition) => definition.field);

/**
 * A day number from ISO text ('2024-01-03'); NaN for undefined.
 *
 * @param iso - ISO date or undefined.
 * @returns The day.
 */
export function day(iso: string | undefined): number {
  return iso === undefined ? NaN : isoToDay(iso);
}

/**
 * A period from two ISO dates.
 *
 * @param label - The label.
 * @param start - ISO start.
 * @param end - ISO end.
 * @returns The period.
 */
export function period(label: string, start: string, end: string): Period {
  return { label, start: day(start), end: day(end) };
}

/** Interns labels case-insensitively, keeping the first spelling seen (as the parser does). */
class Interner {
  readonly labels: string[] = [];
  private readonly codes = new Map<string, number>();

  code(label: string | undefined): number {
    if (label === undefined || label.trim() === "") return -1;
    const folded = label.trim().toLowerCase();
    let code = this.codes.get(folded);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label.trim());
      this.codes.set(folded, code);
    }
    return code;
  }
}

function category(
  rows: readonly CaseRow[],
  pick: (row: CaseRow) => string | undefined
): CategoryColumn {
  const interner = new Interner();
  const codes = Int32Array.from(rows, (row) => interner.code(pick(row)));
  return { codes, labels: interner.labels };
}

function categoryList(
  rows: readonly CaseRow[],
  pick: (row: CaseRow) => readonly string[] | undefined
): CategoryListColumn {
  const interner = new Interner();
  const starts = new Int32Array(rows.length + 1);
  const codes: number[] = [];
  rows.forEach((row, i) => {
    for (const label of pick(row) ?? []) {
      const code = interner.code(label);
      if (code >= 0 && !codes.slice(starts[i]).includes(code)) codes.push(code);
    }
    starts[i + 1] = codes.length;
  });
  return { starts, codes: Int32Array.from(codes), labels: interner.labels };
}

/** The headers of the extra columns the rows name, in first-seen order. */
function extraHeaders(rows: readonly CaseRow[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row.extras ?? {})))];
}

function dateColumn(
  rows: readonly CaseRow[],
  field: keyof typeof FieldBit,
  pick: (row: CaseRow) => string | undefined
) {
  return Float32Array.from(rows, (row) =>
    row.invalid?.includes(field) ? -Infinity : day(pick(row))
  );
}

function triState(value: boolean | undefined): number {
  return value === undefined ? -1 : value ? 1 : 0;
}

/**
 * Builds a CaseTable from plain case rows.
 *
 * @param rows - The cases.
 * @param options - Unmapped fields.
 * @param domainInterner - Shared domain code space (used by {@link buildDataset}).
 * @returns The table.
 */
export function buildCaseTable(
  given: readonly CaseRow[],
  options: BuildOptions = {},
  domainInterner = new Interner()
): CaseTable {
  const unmapped = new Set(options.unmapped ?? []);
  // An unmapped column is not read at all: its values are empty.
  const rows = given.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const field of unmapped) delete copy[field === "mainDomains" ? "domains" : field];
    return copy as unknown as CaseRow;
  });
  const clients = new Interner();
  const clientKey = Int32Array.from(rows, (row) =>
    row.invalid?.includes("clientId") ? -1 : clients.code(row.clientId)
  );
  const registeredOn = dateColumn(rows, "registeredOn", (r) => r.registeredOn);
  const startedOn = dateColumn(rows, "startedOn", (r) => r.startedOn);
  const invalid = Uint32Array.from(rows, (row) => {
    let bits = 0;
    for (const field of row.invalid ?? []) bits |= FieldBit[field];
    // The derived start is unusable when the date it comes from is.
    if (bits & FieldBit.startedOn || (row.startedOn === undefined && bits & FieldBit.registeredOn))
      bits |= FieldBit.start;
    return bits;
  });
  const start = Float32Array.from(rows, (row, i) => {
    if ((invalid[i] as number) & FieldBit.start) return NaN;
    return row.startedOn !== undefined ? (startedOn[i] as number) : (registeredOn[i] as number);
  });
  const domainStart = new Int32Array(rows.length + 1);
  const domainCodes: number[] = [];
  rows.forEach((row, i) => {
    for (const name of row.domains ?? []) domainCodes.push(domainInterner.code(name));
    domainStart[i + 1] = domainCodes.length;
  });
  return {
    size: rows.length,
    sheetRow: Int32Array.from(rows, (_, i) => i + 2),
    caseId: rows.map((row) => row.caseId),
    clientKey,
    clientIds: clients.labels,
    caseType: category(rows, (r) => r.caseType),
    product: category(rows, (r) => r.product),
    closeReason: category(rows, (r) => r.closeReason),
    referrer: category(rows, (r) => r.referrer),
    team: category(rows, (r) => r.team),
    complexity: category(rows, (r) => r.complexity),
    weight: category(rows, (r) => r.weight),
    referredTo: category(rows, (r) => r.referredTo),
    partners: categoryList(rows, (r) => r.partners),
    contacts: Float64Array.from(rows, (row) =>
      row.invalid?.includes("contacts") ? NaN : (row.contacts ?? NaN)
    ),
    extras: extraHeaders(rows).map((header) => ({
      header,
      column: category(rows, (r) => r.extras?.[header]),
    })),
    registeredOn,
    intakeOn: dateColumn(rows, "intakeOn", (r) => r.intakeOn),
    startedOn,
    closedOn: dateColumn(rows, "closedOn", (r) => r.closedOn),
    start,
    birthDate: dateColumn(rows, "birthDate", (r) => r.birthDate),
    age: Float64Array.from(rows, (row) => (row.invalid?.includes("age") ? NaN : (row.age ?? NaN))),
    rating: Float64Array.from(rows, (row) =>
      row.invalid?.includes("rating") ? NaN : (row.rating ?? NaN)
    ),
    resolvedDirectly: Int8Array.from(rows, (row) => triState(row.resolvedDirectly)),
    canContinueAlone: Int8Array.from(rows, (row) => triState(row.canContinueAlone)),
    domainStart,
    domainCodes: Int32Array.from(domainCodes),
    domainLabels: domainInterner.labels,
    invalid,
    mappedFields: new Set(ALL_FIELDS.filter((field) => !unmapped.has(field))),
  };
}

/** What {@link buildDataset} takes besides the cases. */
export interface DatasetParts extends BuildOptions {
  readonly zrm?: readonly ZrmRow[];
  readonly activities?: readonly ActivityRow[];
  /** ISO dates of complaints. */
  readonly complaints?: readonly string[];
  readonly issues?: readonly DataIssue[];
}

/**
 * Builds a Dataset: the case table plus the optional tables (absent unless given).
 *
 * @param rows - The cases.
 * @param parts - Optional tables, issues and unmapped fields.
 * @returns The dataset.
 */
export function buildDataset(rows: readonly CaseRow[], parts: DatasetParts = {}): Dataset {
  const domains = new Interner();
  const cases = buildCaseTable(rows, parts, domains);
  const index = new Map(rows.map((row, i) => [row.caseId, i]));
  const dataset: { -readonly [K in keyof Dataset]: Dataset[K] } = {
    cases,
    issues: parts.issues ?? [],
  };
  if (parts.zrm !== undefined) dataset.zrm = buildZrm(parts.zrm, index, domains);
  if (parts.activities !== undefined) dataset.activities = buildActivities(parts.activities);
  if (parts.complaints !== undefined) dataset.complaints = buildComplaints(parts.complaints);
  return dataset;
}

function buildZrm(
  rows: readonly ZrmRow[],
  index: ReadonlyMap<string, number>,
  domains: Interner
): ZrmTable {
  return {
    size: rows.length,
    sheetRow: Int32Array.from(rows, (_, i) => i + 2),
    caseIndex: Int32Array.from(rows, (row) => index.get(row.caseId) ?? -1),
    domainCode: Int32Array.from(rows, (row) => domains.code(row.domain)),
    beginScore: Float64Array.from(rows, (row) => row.begin ?? NaN),
    endScore: Float64Array.from(rows, (row) => row.end ?? NaN),
    goalScore: Float64Array.from(rows, (row) => row.goal ?? NaN),
  };
}

function buildActivities(rows: readonly ActivityRow[]): ActivityTable {
  const ids = new Interner();
  const categories = new Interner();
  const targetGroups = new Interner();
  return {
    size: rows.length,
    sheetRow: Int32Array.from(rows, (_, i) => i + 2),
    activityKey: Int32Array.from(rows, (row) => ids.code(row.id)),
    activityIds: ids.labels,
    category: {
      codes: Int32Array.from(rows, (row) => categories.code(row.category)),
      labels: categories.labels,
    },
    targetGroup: {
      codes: Int32Array.from(rows, (row) => targetGroups.code(row.targetGroup)),
      labels: targetGroups.labels,
    },
    date: Float32Array.from(rows, (row) => day(row.date)),
    participants: Float64Array.from(rows, (row) => row.participants ?? NaN),
  };
}

function buildComplaints(dates: readonly string[]): ComplaintTable {
  return {
    size: dates.length,
    sheetRow: Int32Array.from(dates, (_, i) => i + 2),
    date: Float32Array.from(dates, (d) => day(d)),
  };
}
