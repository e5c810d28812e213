import { collapseWhitespace } from "../text/collapseWhitespace";
import { normalizeKey } from "../text/normalizeKey";
import { ZRM_DOMAINS, ZRM_DOMAIN_VARIANTS } from "./zrmDomains";

/** The result of matching a domain name. */
export interface DomainMatch {
  /** The canonical ZRM name, or the name as written (whitespace collapsed) when unknown. */
  readonly name: string;
  readonly known: boolean;
}

const CANONICAL_BY_KEY: ReadonlyMap<string, string> = new Map([
  ...ZRM_DOMAINS.map((name): [string, string] => [normalizeKey(name), name]),
  ...Object.entries(ZRM_DOMAIN_VARIANTS).flatMap(([name, variants]) =>
    variants.map((variant): [string, string] => [normalizeKey(variant), name])
  ),
]);

/** Prefixes that exports put before a domain name: a number ("1. Financiën") or "ZRM"/"domein". */
const PREFIX = /^(?:\d+|zrm|domein|zrmdomein)+/;

/**
 * Looks up the canonical ZRM domain of a key made by `normalizeKey`.
 *
 * @param key - A normalised name.
 * @returns The canonical name, or `undefined`.
 * @example
 * canonicalDomainOfKey('verslaving'); //=> 'Middelengebruik'
 */
export function canonicalDomainOfKey(key: string): string | undefined {
  const direct = CANONICAL_BY_KEY.get(key);
  if (direct !== undefined) return direct;
  const stripped = key.replace(PREFIX, "");
  return stripped === key || stripped === "" ? undefined : CANONICAL_BY_KEY.get(stripped);
}

/**
 * Matches one domain name to a ZRM domain, ignoring case, spaces, punctuation and
 * diacritics, and knowing common variants (Financien, Financiële situatie → Financiën;
 * Verslaving → Middelengebruik; ADL → Basale ADL; Dagbesteding → Tijdsbesteding;
 * Werk en opleiding → Werk & opleiding; Relaties → Huiselijke relaties; Fysieke
 * gezondheid → Lichamelijke gezondheid; Psychische gezondheid → Geestelijke
 * gezondheid; Justitie/Politie → Justitie). A leading number ("3. Huisvesting") is ignored.
 *
 * @param name - One domain name (not a list; see `splitDomainCell`).
 * @returns The canonical name and `known: true`, or the name as written and `known: false`.
 * @example
 * matchDomain('financien'); //=> { name: 'Financiën', known: true }
 * matchDomain('Overig'); //=> { name: 'Overig', known: false }
 */
export function matchDomain(name: string): DomainMatch {
  const canonical = canonicalDomainOfKey(normalizeKey(name));
  if (canonical !== undefined) return { name: canonical, known: true };
  return { name: collapseWhitespace(name), known: false };
}
