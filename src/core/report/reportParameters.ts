import { dayToText } from "../dates/dayToIso";
import type { Period, RecidiveOptions } from "../types";

/** What the parameters list of a report says, besides the tables left out. */
export interface ReportParameterInput {
  readonly period: Period;
  readonly previous: Period;
  readonly recidive: RecidiveOptions;
  readonly topN: number;
  readonly threshold: number | undefined;
  readonly omitted: readonly { readonly title: string; readonly reason: string }[];
  /** Whether the export has a case type (else recidive is counted over all cases). */
  readonly hasCaseType: boolean;
}

/**
 * The report's parameters as Dutch label/value pairs for the "Toelichting" sheet: periods with
 * their dates, the recidive parameters, the top N, publication mode and the tables left out.
 *
 * @param input - periods, options and omitted tables
 * @returns label/value pairs
 *
 * @example
 * reportParameters({ period, previous, recidive, topN: 5, threshold: undefined, omitted: [], hasCaseType: true })[0]
 * // { label: 'Periode', value: 't/m Q3 2024 (1-1-2024 t/m 30-9-2024)' }
 */
export function reportParameters(input: ReportParameterInput): { label: string; value: string }[] {
  const { recidive } = input;
  const parameters = [
    { label: "Periode", value: periodText(input.period) },
    { label: "Vergelijkingsperiode", value: periodText(input.previous) },
    {
      label: "Recidive: geteld over",
      value: input.hasCaseType
        ? "opgestarte individuele trajecten (IT) en leun en steun (LS)"
        : "alle opgestarte casussen (geen soort traject in de export)",
    },
    {
      label: "Recidive: minimale tussenpoos",
      value: recidive.minGapMonths === 1 ? "1 maand" : `${recidive.minGapMonths} maanden`,
    },
    { label: "Recidive: gelijk hoofddomein vereist", value: recidive.sameDomain ? "ja" : "nee" },
    {
      label: "Recidive: startdatum",
      value:
        recidive.startField === "registeredOn"
          ? "aanmelddatum"
          : "startdatum (of aanmelddatum als die ontbreekt)",
    },
    { label: "Hoofddomeinen ZRM: top", value: String(input.topN) },
    {
      label: "Publicatiemodus",
      value:
        input.threshold === undefined
          ? "uit: alle aantallen zichtbaar (interne versie)"
          : `aan: aantallen van minder dan ${input.threshold} personen afgeschermd`,
    },
  ];
  for (const { title, reason } of input.omitted)
    parameters.push({ label: `Niet opgenomen: ${title}`, value: reason });
  return parameters;
}

function periodText(period: Period): string {
  return `${period.label} (${dayToText(period.start)} t/m ${dayToText(period.end)})`;
}
