// The arguments of the generated KPI functions (src/functions/generated/kpiFunctions.ts): their
// Dutch names and help as Excel shows them. The English names and help are in
// locales/en-us.json under "parameters", keyed by these names.
import type { KpiParameter } from "../core";

/** One argument of a worksheet function. */
export interface WorksheetArgument {
  /** The Dutch parameter name Excel shows (`tabel`). */
  readonly name: string;
  /** Its TypeScript type in the wrapper (what Excel passes). */
  readonly type: string;
  /** Dutch help text. */
  readonly description: string;
}

const PERIOD_TEXT =
  'De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".';

/** The table arguments, by the table of `FunctionTables` they pass. */
export const TABLE_ARGUMENTS: Readonly<
  Record<"cases" | "zrm" | "activities" | "complaints", WorksheetArgument>
> = Object.freeze({
  cases: {
    name: "tabel",
    type: "unknown[][]",
    description:
      "De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.",
  },
  zrm: {
    name: "zrmtabel",
    type: "unknown[][]",
    description:
      "De ZRM-tabel (één rij per casus en domein) mét kopregel: casusnummer, domein, beginscore, eindscore, doelscore.",
  },
  activities: {
    name: "activiteitentabel",
    type: "unknown[][]",
    description:
      "De activiteitentabel (één rij per bijeenkomst) mét kopregel: activiteitnummer of naam, categorie, datum, aantal deelnemers.",
  },
  complaints: {
    name: "klachtentabel",
    type: "unknown[][]",
    description:
      "De klachtentabel mét kopregel (een kolom Datum), of alleen de kolom met datums zonder kopregel.",
  },
});

/** The period, the second argument of every KPI function after its tables. */
export const PERIOD_ARGUMENT: WorksheetArgument = {
  name: "periode",
  type: "unknown",
  description: PERIOD_TEXT,
};

/** The optional filter pairs, the last argument of every filterable KPI function. */
export const FILTERS_ARGUMENT: WorksheetArgument = {
  name: "filters",
  type: "unknown[][][]",
  description:
    'Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).',
};

/** The optional arguments of the KPI options (`KpiFunctionHelp.arguments`), by parameter id. */
export const OPTION_ARGUMENTS: Readonly<Partial<Record<KpiParameter["id"], WorksheetArgument>>> =
  Object.freeze({
    minGapMonths: {
      name: "minMaanden",
      type: "number",
      description:
        "Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).",
    },
    sameDomain: {
      name: "zelfdeDomein",
      type: "boolean",
      description:
        "Optioneel: WAAR als de nieuwe casus een hoofddomein moet delen met de vorige (standaard WAAR), ONWAAR voor elke terugkeer.",
    },
    startField: {
      name: "startveld",
      type: "string",
      description:
        'Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).',
    },
  });
