/**
 * @module
 */
import type { Engine } from "../engine/Engine";
import { rowDimension } from "../engine/dimension";
import type { ZrmPairs } from "../engine/rowTables";
import {
  ageBandRows,
  columnRows,
  complexityRows,
  ratingClassRows,
  UNKNOWN_LABEL,
  usableDomainRows,
  type TableDimension,
  type TableRow,
} from "../engine/tableRows";
import { DEFAULT_AGE_BANDS } from "../kpis/resolveAgeBands";
import { findFieldDefinition } from "../mapping/fieldDefinitions";
import { isSelfReferral } from "../kpis/isSelfReferral";
import { FieldBit, type CaseField, type CategoryColumn } from "../types";
import type { DimensionSpec } from "./templateSpec";

/** A template's dimension, resolved on a dataset. */
export type ResolvedDimension =
  | {
      readonly ok: true;
      readonly table: TableDimension;
      /** Dutch name of the dimension (the default header of the label column). */
      readonly name: string;
      /** Rows in a fixed order (ratings, age bands, complexity levels): `natural` by default. */
      readonly fixedOrder: boolean;
    }
  | {
      readonly ok: false;
      /** Dutch name of the export column (or, with `table`, the table) that is missing. */
      readonly missing: string;
      /** True when what is missing is a whole table (the ZRM scores), not a column. */
      readonly table?: true;
    };

const fieldLabel = (field: CaseField): string =>
  findFieldDefinition("cases", field)?.label ?? field;

/**
 * Resolves a template's dimension on the engine's dataset: the rows of its groups, or the
 * export column it needs and the export does not have. Complexity is the export's own column
 * when mapped, else derived from the number of main domains. The activity fields break down the
 * meetings of the activities table (a row dimension); "Onbekend" holds the meetings without a
 * value. The ZRM domain breaks down the ZRM's (case, main domain) pairs by their own domain (a
 * row dimension; every pair has one). The engine keeps the result.
 *
 * @param engine - The engine of the dataset.
 * @param spec - The dimension.
 * @returns The dimension's rows, or the missing column.
 * @example
 * resolveDimension(engine, { field: "team" }); //=> { ok: true, name: "Team", table: … }
 * resolveDimension(engine, { column: "Wijk" }); //=> { ok: false, missing: "Wijk" } without that column
 */
export function resolveDimension(engine: Engine, spec: DimensionSpec): ResolvedDimension {
  const key = "column" in spec ? `column|${spec.column}` : `field|${JSON.stringify(spec)}`;
  return engine.derive(`templateDimension|${key}`, () => resolve(engine, spec));
}

function resolve(engine: Engine, spec: DimensionSpec): ResolvedDimension {
  const table = engine.dataset.cases;
  if ("column" in spec) {
    const wanted = spec.column.trim().toLowerCase();
    const extra = table.extras.find((e) => e.header.trim().toLowerCase() === wanted);
    if (extra === undefined) return { ok: false, missing: spec.column };
    return {
      ok: true,
      table: columnRows(extra.column, table.invalid, 0),
      name: extra.header,
      fixedOrder: false,
    };
  }
  if (spec.field === "activityCategory" || spec.field === "targetGroup") {
    const activities = engine.dataset.activities;
    const column = activities?.[spec.field === "activityCategory" ? "category" : "targetGroup"];
    const name = spec.field === "activityCategory" ? "Categorie" : "Doelgroep";
    // The activities table keeps no list of its mapped columns: a column without any value
    // (not in the export, or empty in every row) is missing.
    if (column === undefined || column.labels.length === 0)
      return { ok: false, missing: `${name} (activiteiten)` };
    return { ok: true, table: activityRows(column), name, fixedOrder: false };
  }
  if (spec.field === "zrmDomain") {
    const pairs = engine.rowTable("zrmPairs");
    if (pairs === null || !("domain" in pairs))
      return { ok: false, missing: "ZRM-scores", table: true };
    return {
      ok: true,
      table: zrmDomainRows(pairs as ZrmPairs, table.domainLabels),
      name: "Domein",
      fixedOrder: false,
    };
  }
  const mapped = (field: CaseField): boolean => table.mappedFields.has(field);
  const found = (
    dimension: TableDimension,
    name: string,
    fixedOrder = false
  ): ResolvedDimension => ({ ok: true, table: dimension, name, fixedOrder });
  switch (spec.field) {
    case "ageBand": {
      if (!mapped("birthDate") && !mapped("age"))
        return { ok: false, missing: fieldLabel("birthDate") };
      return found(ageBandRows(table, spec.edges ?? DEFAULT_AGE_BANDS), "Leeftijd", true);
    }
    case "rating":
      if (!mapped("rating")) return { ok: false, missing: fieldLabel("rating") };
      return found(ratingClassRows(table), "Klantoordeel", true);
    case "mainDomains":
      if (!mapped("mainDomains")) return { ok: false, missing: fieldLabel("mainDomains") };
      return found(usableDomainRows(table), "Hoofddomein");
    case "complexity":
      if (mapped("complexity"))
        return found(
          columnRows(table.complexity, table.invalid, FieldBit.complexity),
          fieldLabel("complexity")
        );
      if (!mapped("mainDomains")) return { ok: false, missing: fieldLabel("complexity") };
      return found(complexityRows(table), fieldLabel("complexity"), true);
    case "canContinueAlone":
    case "resolvedDirectly":
      if (!mapped(spec.field)) return { ok: false, missing: fieldLabel(spec.field) };
      return found(
        yesNoRows(table[spec.field], table.invalid, FieldBit[spec.field]),
        fieldLabel(spec.field),
        true
      );
    case "selfReferral":
      if (!mapped("referrer")) return { ok: false, missing: fieldLabel("referrer") };
      return found(
        selfReferralRows(table.referrer, table.invalid, FieldBit.referrer),
        "Verwijzer",
        true
      );
    case "partners":
      if (!mapped("partners")) return { ok: false, missing: fieldLabel("partners") };
      return found(
        listRows(table.partners.labels, table.partners.starts, table.partners.codes),
        fieldLabel("partners")
      );
    default:
      if (!mapped(spec.field)) return { ok: false, missing: fieldLabel(spec.field) };
      return found(
        columnRows(table[spec.field], table.invalid, FieldBit[spec.field]),
        fieldLabel(spec.field)
      );
  }
}

/**
 * A breakdown of the meetings by a column of their own (`rowDimension`): one row per label, and
 * "Onbekend" for a meeting with an empty or unusable cell (as the activities group does).
 */
function activityRows(column: CategoryColumn): TableDimension {
  const { labels } = column;
  const unknown = labels.length;
  const codes = column.codes.map((code) => (code < 0 ? unknown : code));
  const rows: TableRow[] = [
    ...labels.map((label, order): TableRow => ({ key: label, label, order })),
    { key: "", label: UNKNOWN_LABEL, order: unknown, unknown: true },
  ];
  return { dimension: rowDimension(codes, [...labels, ""]), rows };
}

/**
 * A breakdown of the ZRM pairs by their own domain (`rowDimension`): one row per domain label of
 * the case table; a pair is always in the row of its domain.
 */
function zrmDomainRows(pairs: ZrmPairs, labels: readonly string[]): TableDimension {
  const rows = labels.map((label, order): TableRow => ({ key: label, label, order }));
  return { dimension: rowDimension(pairs.domain, labels), rows };
}

const YES_NO_ROWS: readonly TableRow[] = [
  { key: "ja", label: "Ja", order: 0, always: true },
  { key: "nee", label: "Nee", order: 1, always: true },
  { key: "", label: "Onbekend", order: 2, unknown: true, always: true },
];

/** By a yes/no column: Ja, Nee, and Onbekend for an empty or unusable answer. */
function yesNoRows(column: Int8Array, invalid: Uint32Array, bit: number): TableDimension {
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const answer = column[i] as number;
      out[k] = answer < 0 || ((invalid[i] as number) & bit) !== 0 ? 2 : answer === 1 ? 0 : 1;
    }
  };
  return {
    dimension: { kind: "single", keys: YES_NO_ROWS.map((row) => row.key), codesOf },
    rows: YES_NO_ROWS,
  };
}

const SELF_REFERRAL_ROWS: readonly TableRow[] = [
  { key: "zelfmelder", label: "Zelfmelder", order: 0, always: true },
  { key: "overig", label: "Overige verwijzers", order: 1, always: true },
  { key: "", label: "Onbekend", order: 2, unknown: true },
];

/**
 * By referrer as zelfmelder or not (the rule of selfReferralPct, `isSelfReferral`): Zelfmelder,
 * Overige verwijzers, and Onbekend for an empty or unusable referrer.
 */
function selfReferralRows(
  column: CategoryColumn,
  invalid: Uint32Array,
  bit: number
): TableDimension {
  const groupOfLabel = Int32Array.from(column.labels, (label) => (isSelfReferral(label) ? 0 : 1));
  const { codes } = column;
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const code = codes[i] as number;
      out[k] =
        code < 0 || ((invalid[i] as number) & bit) !== 0 ? 2 : (groupOfLabel[code] as number);
    }
  };
  return {
    dimension: { kind: "single", keys: SELF_REFERRAL_ROWS.map((row) => row.key), codesOf },
    rows: SELF_REFERRAL_ROWS,
  };
}

/** A multi-valued breakdown by a list-of-categories column: a case is in the row of each of its categories. */
function listRows(
  labels: readonly string[],
  starts: Int32Array,
  members: Int32Array
): TableDimension {
  const rows = labels.map((label, order): TableRow => ({ key: label, label, order }));
  return { dimension: { kind: "multi", keys: labels, starts, members }, rows };
}
