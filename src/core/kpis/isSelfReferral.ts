import { foldText } from "../text/foldText";

const SELF_WORDS: ReadonlySet<string> = new Set([
  "zelf",
  "zelfmelder",
  "zelfmelders",
  "zelfmelding",
  "zelfaanmelder",
  "zelfaanmelding",
  "zelfverwijzer",
  "zelfverwijzing",
]);

/**
 * Whether a referrer (verwijzer) label means the client came on their own (SPEC §4
 * selfReferralPct): a word "zelf", "zelfmelder", "zelfmelding" (and the like), or the words
 * "eigen initiatief", compared case- and diacritic-insensitively word by word, so
 * "Zelfstandig ondernemer" is not a self-referral but "Cliënt zelf" is.
 *
 * @param label - The referrer label.
 * @returns True for a self-referral.
 * @example
 * isSelfReferral('Eigen initiatief') // true
 * isSelfReferral('Huisarts') // false
 */
export function isSelfReferral(label: string): boolean {
  const words = foldText(label)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (SELF_WORDS.has(word)) return true;
    if (word === "eigen" && words[k + 1] === "initiatief") return true;
  }
  return false;
}
