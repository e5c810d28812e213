import { levenshtein } from "../text/levenshtein";
import type { TableName } from "../types";
import type { MappingConfidence } from "./columnMapping";
import { FIELD_DEFINITIONS } from "./fieldDefinitions";
import { normalizeKey } from "../text/normalizeKey";

/** A possible field for one header, with a strength used to break ties. */
export interface HeaderCandidate {
  readonly field: string;
  readonly confidence: MappingConfidence;
  /** Higher is better among candidates of the same confidence (length of the matched text). */
  readonly score: number;
  /** Position of the field in its table's definitions (earlier wins a tie). */
  readonly fieldOrder: number;
}

interface SynonymKey {
  readonly field: string;
  readonly key: string;
  readonly fieldOrder: number;
}

/** Synonym keys per table, a lookup table. The field name and Dutch label count as synonyms. */
const SYNONYM_KEYS: ReadonlyMap<TableName, readonly SynonymKey[]> = new Map(
  (Object.entries(FIELD_DEFINITIONS) as [TableName, (typeof FIELD_DEFINITIONS)[TableName]][]).map(
    ([table, definitions]) => [table, synonymKeys(definitions)]
  )
);

function synonymKeys(definitions: (typeof FIELD_DEFINITIONS)[TableName]): readonly SynonymKey[] {
  const keys: SynonymKey[] = [];
  definitions.forEach((definition, fieldOrder) => {
    const texts = new Set(
      [definition.field, definition.label, ...definition.synonyms].map(normalizeKey)
    );
    for (const key of texts)
      if (key !== "") keys.push({ field: definition.field, key, fieldOrder });
  });
  return keys;
}

/**
 * The tables none of whose synonym keys holds a digit: there a key of digits alone (an id,
 * a date, an amount in a data row) equals no synonym, holds none (each has a letter) and is
 * held by none, and has no trailing number after a letter, so it matches nothing.
 */
const DIGIT_FREE_TABLES: ReadonlySet<TableName> = new Set(
  [...SYNONYM_KEYS].filter(([, keys]) => keys.every(({ key }) => !/\d/.test(key))).map(([t]) => t)
);
const DIGITS_ONLY = /^\d+$/;

/** The shortest synonym that may be found inside a longer header ("team" in "Buurtteam Noord"). */
const MIN_CONTAINED_SYNONYM = 4;
/** The shortest header that may be found inside a longer synonym ("Reden" in "reden afsluiting"). */
const MIN_CONTAINED_HEADER = 5;
/** Fields whose header may end in a number, one column each ("Hoofddomein 1", "Leefgebied 2"). */
const NUMBERED_FIELDS: ReadonlySet<string> = new Set(["mainDomains"]);
const TRAILING_NUMBER = /^(.*?[a-z])\d+$/;

function allowedDistance(length: number): number {
  if (length >= 10) return 2;
  return length >= 5 ? 1 : 0;
}

/** The header's equal and containing matches (confidence high or medium), best per field. */
function strongCandidates(key: string, synonyms: readonly SynonymKey[]): HeaderCandidate[] {
  const best = new Map<string, HeaderCandidate>();
  const rank = { high: 3, medium: 2, low: 1 } as const;
  const offer = (candidate: HeaderCandidate): void => {
    const current = best.get(candidate.field);
    if (
      current === undefined ||
      rank[candidate.confidence] > rank[current.confidence] ||
      (candidate.confidence === current.confidence && candidate.score > current.score)
    ) {
      best.set(candidate.field, candidate);
    }
  };

  const numbered = TRAILING_NUMBER.exec(key)?.[1];
  const containingFields = new Set<string>();
  for (const synonym of synonyms) {
    if (synonym.key.length > key.length && synonym.key.includes(key))
      containingFields.add(synonym.field);
  }
  for (const synonym of synonyms) {
    const { field, fieldOrder } = synonym;
    if (
      synonym.key === key ||
      (numbered !== undefined && NUMBERED_FIELDS.has(field) && synonym.key === numbered)
    ) {
      offer({ field, confidence: "high", score: synonym.key.length, fieldOrder });
    } else if (synonym.key.length >= MIN_CONTAINED_SYNONYM && key.includes(synonym.key)) {
      offer({ field, confidence: "medium", score: synonym.key.length, fieldOrder });
    } else if (
      key.length >= MIN_CONTAINED_HEADER &&
      containingFields.size === 1 &&
      synonym.key.includes(key)
    ) {
      offer({ field, confidence: "medium", score: key.length, fieldOrder });
    }
  }
  return [...best.values()];
}

/**
 * Every field a header could mean in a table, with a confidence: `high` when the header
 * equals a synonym (after `normalizeKey`: case, spaces, punctuation and diacritics
 * ignored; for main domains also with a trailing number), `medium` when it contains a
 * synonym of at least 4 characters or is (5+ characters and for one field only) contained
 * in one, `low` when it is within a small edit distance of a synonym and nothing better
 * exists.
 *
 * @param header - The header text.
 * @param table - The table.
 * @returns The candidates, best per field, unsorted; empty when nothing matches.
 * @example
 * matchHeader('Datum aanmelding', 'cases')[0]; //=> { field: 'registeredOn', confidence: 'high', ... }
 */
export function matchHeader(header: string, table: TableName): HeaderCandidate[] {
  const key = normalizeKey(header);
  if (key === "") return [];
  const synonyms = SYNONYM_KEYS.get(table) ?? [];
  const strong = strongCandidates(key, synonyms);
  if (strong.length > 0) return strong;

  const maxDistance = allowedDistance(key.length);
  if (maxDistance === 0) return [];
  const best = new Map<string, HeaderCandidate>();
  for (const synonym of synonyms) {
    if (synonym.key.length < 5) continue;
    const distance = levenshtein(key, synonym.key, maxDistance);
    if (distance > maxDistance) continue;
    const score = synonym.key.length - distance * 10;
    const current = best.get(synonym.field);
    if (current === undefined || score > current.score)
      best.set(synonym.field, {
        field: synonym.field,
        confidence: "low",
        score,
        fieldOrder: synonym.fieldOrder,
      });
  }
  return [...best.values()];
}

/**
 * How much a cell looks like a header of the table, for finding the header row: 2 when it
 * equals a synonym, 1 when it contains one or is contained in one (`matchHeader`'s high
 * and medium matches), else 0. Near misses do not count, so no edit distances are computed.
 *
 * @param header - The cell text.
 * @param table - The table.
 * @returns 2, 1 or 0.
 * @example
 * headerStrength('Startdatum', 'cases'); //=> 2
 * headerStrength('Individueel traject', 'cases'); //=> 0
 */
export function headerStrength(header: string, table: TableName): number {
  const key = normalizeKey(header);
  if (key === "") return 0;
  if (DIGIT_FREE_TABLES.has(table) && DIGITS_ONLY.test(key)) return 0;
  let strength = 0;
  for (const candidate of strongCandidates(key, SYNONYM_KEYS.get(table) ?? [])) {
    if (candidate.confidence === "high") return 2;
    strength = 1;
  }
  return strength;
}
