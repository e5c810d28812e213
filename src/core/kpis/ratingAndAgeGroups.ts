import { TallyBuilder, UNKNOWN_LABEL } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";

export { ageInYears } from "./ageInYears";

/**
 * byRating (SPEC §4): closed cases per rating 1..10, always all ten rows. A rating with
 * decimals counts at its rounded value (7,5 → 8); ratings outside 1..10 are left out.
 *
 * @param context - The group context.
 * @returns The tally.
 * @example
 * tallyByRating(context).buckets.map((b) => b.key) // ['1', '2', ..., '10']
 */
export function tallyByRating({ kpi }: GroupContext): GroupTally {
  const counts = kpi.stats.ratingClosed;
  const builder = new TallyBuilder(1, 10);
  for (let b = 0; b < 10; b++) {
    if ((counts[b] as number) > 0) builder.countMany(0, b, counts[b] as number);
  }
  return builder.build((b) => ({
    key: String(b + 1),
    label: String(b + 1),
    order: b,
    always: true,
  }));
}

/** Default lower bounds of the age bands (SPEC §4: 0–17, 18–26, 27–44, 45–54, 55–64, 65+). */
export const DEFAULT_AGE_BANDS: readonly number[] = Object.freeze([0, 18, 27, 45, 55, 65]);

/**
 * byAgeBand (SPEC §4): active cases per age band, the age taken at the case's start from the
 * birth date, else from the age column as recorded; no or an unusable age (or one below the
 * first bound) counts as "Onbekend".
 *
 * @param context - The group context (its `ageBands` are the lower bounds, ascending).
 * @returns The tally: every band, then "Onbekend" when it has cases.
 * @example
 * tallyByAgeBand(context).buckets.map((b) => b.label) // ['0–17', '18–26', '27–44', '45–54', '55–64', '65+']
 */
export function tallyByAgeBand({ kpi, ageBands }: GroupContext): GroupTally {
  // Per age 0..199 (index 1 + age; index 0 unknown), the active cases; then per band.
  const ages = kpi.stats.ageActive;
  const bands = ageBands.length;
  const counts = new Float64Array(bands + 1);
  counts[bands] = ages[0] as number;
  for (let years = 0; years < 200; years++) {
    let band = bands;
    for (let b = bands - 1; b >= 0; b--) {
      if (years >= (ageBands[b] as number)) {
        band = b;
        break;
      }
    }
    counts[band] = (counts[band] as number) + (ages[years + 1] as number);
  }
  const builder = new TallyBuilder(1, bands + 1);
  counts.forEach((count, band) => builder.countMany(0, band, count));
  return builder.build((b) => {
    if (b === bands) return { key: "", label: UNKNOWN_LABEL, order: b, unknown: true };
    const low = ageBands[b] as number;
    const next = ageBands[b + 1];
    return next === undefined
      ? { key: `${low}+`, label: `${low}+`, order: b, always: true }
      : { key: `${low}-${next - 1}`, label: `${low}–${next - 1}`, order: b, always: true };
  });
}
