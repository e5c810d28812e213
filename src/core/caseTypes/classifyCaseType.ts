import { collapseWhitespace } from "../text/collapseWhitespace";
import { foldText } from "../text/foldText";
import type { CaseTypeMap } from "./caseTypeMap";

/** Keywords this short (ia, it, ls, i&a) match whole words only; longer ones match word starts. */
const WHOLE_WORD_MAX_LENGTH = 3;
const WORD = /[a-z0-9&]+/g;

/** Splits a folded label into words; "I & A" is joined to "i&a" first. */
function wordsOf(folded: string): string[] {
  const joined = folded.replace(/\b([a-z])\s*&\s*([a-z])\b/g, "$1&$2");
  return joined.match(WORD) ?? [];
}

function matchesKeyword(words: readonly string[], keyword: string): boolean {
  const key = foldText(keyword);
  if (key.length <= WHOLE_WORD_MAX_LENGTH) return words.includes(key);
  return words.some((word) => word.startsWith(key));
}

/**
 * Groups a case-type label into a report form (SPEC §2): with the default map `IT`
 * (individueel, traject, maatwerk), `LS` (leun, steun), `IA` (informatie, advies, i&a,
 * ia); any other label stays itself (whitespace collapsed).
 *
 * Rules: an explicit `values` entry wins (case- and diacritic-insensitive); otherwise the
 * keyword groups are tried in order. A keyword of up to three characters must be a whole
 * word ("ia" matches "IA" and "I & A" but not "media"); a longer keyword must start a word
 * ("steun" matches "steuncontact" but not "ondersteuning"; "traject" matches "trajecten").
 *
 * @param label - The case type as written in the export.
 * @param map - The grouping; usually `DEFAULT_CASE_TYPE_MAP` or the user's edit of it.
 * @returns The group, or the label itself; '' for an empty label.
 * @example
 * classifyCaseType('Leun- en steuncontact', DEFAULT_CASE_TYPE_MAP); //=> 'LS'
 * classifyCaseType('Informatie en advies traject', DEFAULT_CASE_TYPE_MAP); //=> 'IA'
 * classifyCaseType('Individuele ondersteuning', DEFAULT_CASE_TYPE_MAP); //=> 'IT'
 * classifyCaseType('Groepsaanbod', DEFAULT_CASE_TYPE_MAP); //=> 'Groepsaanbod'
 */
export function classifyCaseType(label: string, map: CaseTypeMap): string {
  const own = collapseWhitespace(label);
  if (own === "") return "";
  const folded = foldText(own);
  if (map.values) {
    for (const [value, group] of Object.entries(map.values)) {
      if (foldText(value) === folded) return group;
    }
  }
  const words = wordsOf(folded);
  for (const { group, keywords } of map.keywords) {
    if (keywords.some((keyword) => matchesKeyword(words, keyword))) return group;
  }
  return own;
}
