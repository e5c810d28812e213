import { normalizeKey } from "../text/normalizeKey";
import type { DomainMatch } from "./matchDomain";
import { canonicalDomainOfKey, matchDomain } from "./matchDomain";

const SEPARATORS = /[;,|/\r\n]+/;
/** Longest run of separated pieces tried as one known name ("Opvoeding / Sociaal-… (Ouderschap)"). */
const MAX_RUN = 4;

/**
 * Splits a cell that may hold several domains, separated by `;` `,` `|` `/` or a line
 * break (SPEC §2). Known names that themselves contain a separator
 * ("Opvoeding / Sociaal-emotionele ondersteuning (Ouderschap)", "Justitie/Politie",
 * "Dagbesteding/Tijdsbesteding") are recognised as a whole first: from left to right,
 * the longest run of pieces that together form a known name wins. `&` and `-` are not
 * separators ("Werk & opleiding", "Basale ADL" survive). Duplicates are kept: the caller
 * counts a domain once per case.
 *
 * @param text - The cell text.
 * @returns The matches in order; empty for an empty cell.
 * @example
 * splitDomainCell('Financiën; verslaving').map((d) => d.name); //=> ['Financiën', 'Middelengebruik']
 */
export function splitDomainCell(text: string): DomainMatch[] {
  const pieces = text.split(SEPARATORS).filter((piece) => normalizeKey(piece) !== "");
  const matches: DomainMatch[] = [];
  let index = 0;
  while (index < pieces.length) {
    let taken = 0;
    for (let run = Math.min(MAX_RUN, pieces.length - index); run >= 2; run--) {
      const canonical = canonicalDomainOfKey(
        normalizeKey(pieces.slice(index, index + run).join(""))
      );
      if (canonical !== undefined) {
        matches.push({ name: canonical, known: true });
        taken = run;
        break;
      }
    }
    if (taken === 0) {
      matches.push(matchDomain(pieces[index] ?? ""));
      taken = 1;
    }
    index += taken;
  }
  return matches;
}
