/**
 * The words and frequencies of the sample export: what a mid-sized Dutch welfare
 * organisation's registration system writes. Frequencies follow the seed reports
 * (Geestelijke gezondheid and Financiën on top, most ratings 7–8, "volgens plan" the
 * usual close reason).
 *
 * @module
 */

/** A weight table: value and relative frequency. */
export type WeightTable<T = string> = readonly (readonly [T, number])[];

/** Case type labels as the registration system writes them. */
export const CASE_TYPE_LABELS = {
  IT: "Individueel traject",
  LS: "Leun en steun",
  IA: "Informatie en advies",
} as const;

export type SampleCaseType = keyof typeof CASE_TYPE_LABELS;

/** Case type of a client's first case. */
export const FIRST_CASE_TYPES: WeightTable<SampleCaseType> = [
  ["IT", 42],
  ["LS", 12],
  ["IA", 46],
];

/** A returning client more often gets an individual or leun-en-steun case. */
export const RETURN_CASE_TYPES: WeightTable<SampleCaseType> = [
  ["IT", 55],
  ["LS", 27],
  ["IA", 18],
];

/** The five teams and their share of clients. */
export const TEAMS: WeightTable = [
  ["Team Noord", 25],
  ["Team Zuid", 22],
  ["Team Oost", 20],
  ["Team West", 18],
  ["Team Centrum", 15],
];

/** Staff initials per team (an unmapped column, as real exports have). */
export const STAFF: Readonly<Record<string, readonly string[]>> = {
  "Team Noord": ["AdV", "MB", "JK", "SvD"],
  "Team Zuid": ["EH", "RP", "LdG", "TM"],
  "Team Oost": ["NB", "KS", "YE"],
  "Team West": ["FO", "HJ", "WvL"],
  "Team Centrum": ["IB", "DZ", "CvR"],
};

/** Products per case type for clients of 18 and over (under 18: school social work or youth work). */
export const ADULT_PRODUCTS: Readonly<Record<SampleCaseType, WeightTable>> = {
  IT: [
    ["AMW", 45],
    ["SMW", 25],
    ["Huiselijk geweld", 15],
    ["OCO", 15],
  ],
  LS: [
    ["AMW", 60],
    ["SMW", 40],
  ],
  IA: [
    ["AMW", 50],
    ["SMW", 20],
    ["OCO", 30],
  ],
};

/** Who referred the client. */
export const REFERRERS: WeightTable = [
  ["Zelfmelder", 34],
  ["Huisarts", 14],
  ["Gemeente", 12],
  ["Wijkteam", 9],
  ["Onderwijs", 6],
  ["Zorgaanbieder", 6],
  ["Woningcorporatie", 5],
  ["Politie", 4],
  ["Veilig Thuis", 3],
  ["Overig", 5],
];

/** Domains with their share of main domains (seed reports: GGZ and Financiën on top). */
export const DOMAINS: WeightTable = [
  ["Geestelijke gezondheid", 22],
  ["Financiën", 20],
  ["Huiselijke relaties", 10],
  ["Huisvesting", 10],
  ["Tijdsbesteding", 7],
  ["Sociaal netwerk", 7],
  ["Lichamelijke gezondheid", 5],
  ["Werk & opleiding", 5],
  ["Maatschappelijke participatie", 4],
  ["Middelengebruik", 3],
  ["Opvoeding", 3],
  ["Instrumentele ADL", 2],
  ["Basale ADL", 1],
  ["Justitie", 1],
];

/** How the old registration system (2021) spelled some domains. */
export const OLD_DOMAIN_SPELLING: Readonly<Record<string, string>> = {
  Financiën: "Financien",
  Middelengebruik: "Verslaving",
};

/** Number of main domains per case type. */
export const DOMAIN_COUNTS: Readonly<Record<SampleCaseType, WeightTable<number>>> = {
  IT: [
    [1, 40],
    [2, 33],
    [3, 19],
    [4, 8],
  ],
  LS: [
    [1, 45],
    [2, 35],
    [3, 15],
    [4, 5],
  ],
  IA: [
    [1, 85],
    [2, 15],
  ],
};

/** Complexity as assessed at the start, as De Badde's export writes it. */
export const COMPLEXITY_LABELS = [
  "Niet complex, 1 probleem",
  "Redelijk complex, 2 of 3 problemen",
  "Complex, meer dan 3 problemen",
] as const;

/** Close reasons of individual and leun-en-steun cases (Buurtteamorganisatie Sociaal's list). */
export const CLOSE_REASONS: WeightTable = [
  ["Beëindigd volgens plan", 58],
  ["Beëindigd wegens externe omstandigheden", 7],
  ["Eenzijdig door de aanbieder beëindigd", 8],
  ["Eenzijdig door de cliënt beëindigd", 9],
  ["In overeenstemming voortijdig afgesloten", 10],
  ["Doorverwezen", 8],
];

/** Close reasons of information-and-advice contacts. */
export const IA_CLOSE_REASONS: WeightTable = [
  ["Informatie en advies gegeven", 70],
  ["Doorverwezen", 30],
];

/** Close reason of a registration that never became a case. */
export const NO_CONTACT_REASON = "Geen contact tot stand gekomen";

/** Client ratings: mostly 7 and 8, as in the seed reports. */
export const RATINGS: WeightTable<number> = [
  [5, 4],
  [6, 14],
  [7, 30],
  [8, 38],
  [9, 9],
  [10, 5],
];

/** "Kan zelfstandig verder" at closing; often unknown, as in the seed reports. */
export const CAN_CONTINUE_ALONE: WeightTable = [
  ["Ja", 48],
  ["Nee", 12],
  ["Onbekend", 30],
  ["", 10],
];

/** Age bands of clients at their first case: [min age, max age, weight]. */
export const AGE_BANDS: readonly (readonly [number, number, number])[] = [
  [12, 17, 8],
  [18, 26, 12],
  [27, 44, 32],
  [45, 54, 18],
  [55, 64, 14],
  [65, 92, 16],
];

/** Relative registrations per calendar month (January first): quieter in summer and December. */
export const MONTH_WEIGHTS: readonly number[] = [
  1.15, 1.05, 1.1, 1.0, 0.95, 1.0, 0.75, 0.7, 1.1, 1.1, 1.05, 0.8,
];

/** Relative registrations per year of the export. */
export const YEAR_WEIGHTS: Readonly<Record<number, number>> = {
  2021: 0.95,
  2022: 1.0,
  2023: 1.08,
  2024: 1.04,
};

/** Month names for dates typed as text ("15 maart 2024"). */
export const DUTCH_MONTHS: readonly string[] = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
