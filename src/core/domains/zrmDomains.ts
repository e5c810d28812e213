/**
 * The domains (leefgebieden) of the Zelfredzaamheid-Matrix and the spellings people use
 * for them in registration exports.
 *
 * @module
 */

/** The 13 standard ZRM domains (ZRM 2017), in the matrix's order. */
export const STANDARD_ZRM_DOMAINS: readonly string[] = [
  "Financiën",
  "Werk & opleiding",
  "Tijdsbesteding",
  "Huisvesting",
  "Huiselijke relaties",
  "Geestelijke gezondheid",
  "Lichamelijke gezondheid",
  "Middelengebruik",
  "Basale ADL",
  "Instrumentele ADL",
  "Sociaal netwerk",
  "Maatschappelijke participatie",
  "Justitie",
];

/**
 * Supplementary domains that organisations add to the matrix (ZRM-uitbreidingen such as
 * the parenting domains, and common local additions).
 */
export const SUPPLEMENTARY_ZRM_DOMAINS: readonly string[] = [
  "Opvoeding",
  "Sociaal-emotionele ondersteuning (Ouderschap)",
  "Zelfzorg",
  "Mobiliteit",
  "Zingeving",
  "Veiligheid",
  "Mantelzorg",
  "Taal",
  "Digitale vaardigheden",
];

/** Every known domain: the 13 standard ones followed by the supplementary ones. */
export const ZRM_DOMAINS: readonly string[] = [
  ...STANDARD_ZRM_DOMAINS,
  ...SUPPLEMENTARY_ZRM_DOMAINS,
];

/**
 * Other spellings per canonical domain (matched after `normalizeKey`, so case, spaces,
 * punctuation and diacritics do not matter). Older ZRM versions used Dagbesteding,
 * Verslaving and ADL-vaardigheden.
 */
export const ZRM_DOMAIN_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Financiën: [
    "Financien",
    "Financiële situatie",
    "Financieel",
    "Financiële problemen",
    "Geldzaken",
    "Schulden",
    "Financiën en schulden",
  ],
  "Werk & opleiding": [
    "Werk en opleiding",
    "Werk / opleiding",
    "Werk",
    "Opleiding",
    "Werk en scholing",
    "Werk en onderwijs",
    "Opleiding en werk",
  ],
  Tijdsbesteding: [
    "Tijdbesteding",
    "Dagbesteding",
    "Dagbesteding / tijdsbesteding",
    "Tijdsbesteding / dagbesteding",
    "Dagbesteding en tijdsbesteding",
  ],
  Huisvesting: ["Wonen", "Woonsituatie", "Huisvesting / wonen", "Woonruimte"],
  "Huiselijke relaties": [
    "Huiselijke relatie",
    "Relaties",
    "Gezinsrelaties",
    "Relaties thuis",
    "Huiselijke relaties / gezin",
  ],
  "Geestelijke gezondheid": [
    "Psychische gezondheid",
    "Psychisch welbevinden",
    "GGZ",
    "Geestelijke gezondheid / psychisch",
  ],
  "Lichamelijke gezondheid": [
    "Fysieke gezondheid",
    "Lichamelijk welbevinden",
    "Lichamelijke gezondheid / fysiek",
  ],
  Middelengebruik: [
    "Verslaving",
    "Verslavingen",
    "Middelen",
    "Alcohol en drugs",
    "Alcohol / drugs",
    "Middelengebruik / verslaving",
  ],
  "Basale ADL": [
    "ADL",
    "ADL vaardigheden",
    "ADL-vaardigheden",
    "Basale ADL vaardigheden",
    "Basale ADL-vaardigheden",
    "Algemene dagelijkse levensverrichtingen",
  ],
  "Instrumentele ADL": ["IADL", "Instrumentele ADL vaardigheden", "Instrumentele ADL-vaardigheden"],
  "Sociaal netwerk": [
    "Sociale netwerk",
    "Netwerk",
    "Sociaal netwerk en contacten",
    "Sociale contacten",
  ],
  "Maatschappelijke participatie": ["Participatie", "Maatschappelijke deelname"],
  Justitie: [
    "Justitie / politie",
    "Politie / justitie",
    "Politie en justitie",
    "Justitie en politie",
    "Justitiële contacten",
    "Politie",
  ],
  Opvoeding: ["Opvoedingsvaardigheden", "Opvoeding en ontwikkeling"],
  "Sociaal-emotionele ondersteuning (Ouderschap)": [
    "Sociaal - emotionele ondersteuning (Ouderschap)",
    "Sociaal emotionele ondersteuning",
    "Sociaal-emotionele ondersteuning",
    "Ouderschap",
    "Opvoeding / Sociaal-emotionele ondersteuning (Ouderschap)",
    "Opvoeding en Sociaal-emotionele ondersteuning (Ouderschap)",
  ],
  Zelfzorg: [],
  Mobiliteit: ["Vervoer"],
  Zingeving: ["Levensvragen"],
  Veiligheid: [],
  Mantelzorg: [],
  Taal: ["Taalvaardigheid", "Nederlandse taal"],
  "Digitale vaardigheden": ["Digitaal", "Digitale zelfredzaamheid"],
};
