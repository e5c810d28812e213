/**
 * The fields of each table, their Dutch labels and the header synonyms the auto-mapper
 * recognises (SPEC §2). One place: the mapper, the parser, the task pane's dropdowns and
 * the error messages all read it.
 *
 * @module
 */
import type { TableName } from "../types";

/** How a field's cells are read. */
export type FieldKind = "id" | "category" | "date" | "number" | "boolean" | "domains" | "text";

/** One field of a table. */
export interface FieldDefinition {
  readonly field: string;
  /** Dutch label for dropdowns and messages ("Einddatum"). */
  readonly label: string;
  readonly kind: FieldKind;
  /** Header texts that mean this field (compared after `normalizeKey`). The label counts too. */
  readonly synonyms: readonly string[];
  readonly required: boolean;
}

const CASE_FIELDS: readonly FieldDefinition[] = [
  {
    field: "caseId",
    label: "Casusnummer",
    kind: "id",
    required: true,
    synonyms: [
      "casusnummer",
      "casusnr",
      "casus nr",
      "casus",
      "casus id",
      "dossiernummer",
      "dossiernr",
      "dossier",
      "trajectnummer",
      "trajectnr",
      "traject id",
      "case id",
      "zaaknummer",
      "registratienummer",
    ],
  },
  {
    field: "clientId",
    label: "Cliëntnummer",
    kind: "id",
    required: false,
    synonyms: [
      "cliëntnummer",
      "clientnr",
      "cliënt nr",
      "client id",
      "cliënt",
      "klantnummer",
      "klantnr",
      "klant id",
      "klant",
      "inwonernummer",
      "inwonernr",
      "bsn-pseudoniem",
      "pseudoniem",
      "persoonsnummer",
      "persoon id",
      "relatienummer",
    ],
  },
  {
    field: "caseType",
    label: "Soort traject",
    kind: "category",
    required: false,
    synonyms: [
      "soort traject",
      "type traject",
      "trajecttype",
      "ondersteuningsvorm",
      "vorm van ondersteuning",
      "casustype",
      "soort casus",
      "type casus",
      "soort ondersteuning",
      "type ondersteuning",
      "soort hulp",
      "type",
      "soort",
    ],
  },
  {
    field: "product",
    label: "Product",
    kind: "category",
    required: false,
    synonyms: [
      "product",
      "productgroep",
      "dienst",
      "dienstverlening",
      "werksoort",
      "subtype",
      "onderdeel",
      "regeling",
      "werkproces",
    ],
  },
  {
    field: "registeredOn",
    label: "Aanmelddatum",
    kind: "date",
    required: false,
    synonyms: [
      "aanmelddatum",
      "aanmeldingsdatum",
      "datum aanmelding",
      "aangemeld op",
      "datum aangemeld",
      "registratiedatum",
      "datum registratie",
      "aanmelding",
    ],
  },
  {
    field: "intakeOn",
    label: "Intakedatum",
    kind: "date",
    required: false,
    synonyms: [
      "intakedatum",
      "datum intake",
      "intake op",
      "intake",
      "eerste gesprek",
      "datum eerste gesprek",
      "datum kennismaking",
      "kennismakingsgesprek",
      "kennismaking",
    ],
  },
  {
    field: "startedOn",
    label: "Startdatum",
    kind: "date",
    required: false,
    synonyms: [
      "startdatum",
      "begindatum",
      "datum start",
      "datum begin",
      "datum opstart",
      "opgestart op",
      "gestart op",
      "startdatum traject",
      "begin traject",
      "start traject",
      "start",
    ],
  },
  {
    field: "closedOn",
    label: "Einddatum",
    kind: "date",
    required: false,
    synonyms: [
      "einddatum",
      "afsluitdatum",
      "datum afsluiting",
      "afgesloten op",
      "datum afgesloten",
      "datum einde",
      "einddatum traject",
      "beëindigd op",
      "datum beëindiging",
      "einde",
      "afsluiting",
    ],
  },
  {
    field: "mainDomains",
    label: "Hoofddomeinen",
    kind: "domains",
    required: false,
    synonyms: [
      "hoofddomeinen",
      "hoofddomein",
      "zrm domeinen",
      "zrm domein",
      "zrm hoofddomeinen",
      "zrm hoofddomein",
      "leefgebieden",
      "leefgebied",
      "levensgebieden",
      "domeinen",
      "domein",
    ],
  },
  {
    field: "closeReason",
    label: "Afsluitreden",
    kind: "category",
    required: false,
    synonyms: [
      "afsluitreden",
      "reden afsluiting",
      "reden van afsluiting",
      "reden afsluiten",
      "reden beëindiging",
      "beëindigingsreden",
      "reden einde",
      "uitstroomreden",
    ],
  },
  {
    field: "referrer",
    label: "Verwijzer",
    kind: "category",
    required: false,
    synonyms: [
      "verwijzer",
      "verwezen door",
      "doorverwezen door",
      "aanmelder",
      "aangemeld door",
      "bron aanmelding",
      "verwijsbron",
      "verwijzing",
      "bron",
    ],
  },
  {
    field: "team",
    label: "Team",
    kind: "category",
    required: false,
    synonyms: [
      "team",
      "buurtteam",
      "wijkteam",
      "locatie",
      "wijk",
      "vestiging",
      "werkgebied",
      "regio",
      "gebied",
    ],
  },
  {
    field: "birthDate",
    label: "Geboortedatum",
    kind: "date",
    required: false,
    synonyms: ["geboortedatum", "geb datum", "geboren op", "geboren", "geboortedag"],
  },
  {
    field: "age",
    label: "Leeftijd",
    kind: "number",
    required: false,
    synonyms: ["leeftijd", "leeftijd cliënt", "leeftijd klant", "age"],
  },
  {
    field: "resolvedDirectly",
    label: "Direct opgelost",
    kind: "boolean",
    required: false,
    synonyms: [
      "direct opgelost",
      "direct afgehandeld",
      "direct afgerond",
      "meteen opgelost",
      "opgelost bij aanmelding",
    ],
  },
  {
    field: "rating",
    label: "Klantoordeel",
    kind: "number",
    required: false,
    synonyms: [
      "klantoordeel",
      "rapportcijfer",
      "cijfer",
      "klanttevredenheid",
      "tevredenheid",
      "waardering",
      "oordeel cliënt",
      "cijfer cliënt",
    ],
  },
  {
    field: "canContinueAlone",
    label: "Kan zelfstandig verder",
    kind: "boolean",
    required: false,
    synonyms: [
      "kan zelfstandig verder",
      "kan verder zonder begeleiding",
      "verder zonder begeleiding",
      "zelfstandig verder",
      "zelfredzaam na afsluiting",
    ],
  },
  {
    field: "complexity",
    label: "Complexiteit hulpvraag",
    kind: "category",
    required: false,
    synonyms: ["complexiteit hulpvraag", "complexiteit"],
  },
  {
    field: "weight",
    label: "Zwaarte hulpvraag",
    kind: "category",
    required: false,
    synonyms: ["zwaarte hulpvraag", "zwaarte"],
  },
];

const ZRM_FIELDS: readonly FieldDefinition[] = [
  {
    field: "caseId",
    label: "Casusnummer",
    kind: "id",
    required: true,
    synonyms: [
      "casusnummer",
      "casusnr",
      "casus nr",
      "casus",
      "casus id",
      "dossiernummer",
      "dossiernr",
      "trajectnummer",
      "trajectnr",
      "traject id",
      "case id",
    ],
  },
  {
    field: "domain",
    label: "Domein",
    kind: "domains",
    required: true,
    synonyms: ["domein", "hoofddomein", "leefgebied", "zrm domein", "domeinnaam", "levensgebied"],
  },
  {
    field: "beginScore",
    label: "Beginscore",
    kind: "number",
    required: false,
    synonyms: [
      "beginscore",
      "startscore",
      "score begin",
      "score start",
      "score intake",
      "nulmeting",
      "beginmeting",
      "eerste meting",
      "begin",
    ],
  },
  {
    field: "endScore",
    label: "Eindscore",
    kind: "number",
    required: false,
    synonyms: [
      "eindscore",
      "score eind",
      "score einde",
      "score afsluiting",
      "eindmeting",
      "laatste meting",
      "eind",
    ],
  },
  {
    field: "goalScore",
    label: "Doelscore",
    kind: "number",
    required: false,
    synonyms: ["doelscore", "score doel", "doel"],
  },
];

const ACTIVITY_FIELDS: readonly FieldDefinition[] = [
  {
    field: "activityId",
    label: "Activiteitnummer",
    kind: "id",
    required: false,
    synonyms: [
      "activiteitnummer",
      "activiteitnr",
      "activiteit id",
      "activiteitcode",
      "trajectnummer",
      "traject id",
      "groepsnummer",
    ],
  },
  {
    field: "activityName",
    label: "Naam activiteit",
    kind: "id",
    required: false,
    synonyms: [
      "naam activiteit",
      "activiteitnaam",
      "activiteit",
      "naam",
      "omschrijving",
      "titel",
      "naam groep",
      "groep",
    ],
  },
  {
    field: "category",
    label: "Categorie",
    kind: "category",
    required: false,
    synonyms: ["categorie", "soort activiteit", "type activiteit", "thema", "vorm", "soort"],
  },
  {
    field: "date",
    label: "Datum",
    kind: "date",
    required: true,
    synonyms: ["datum", "datum bijeenkomst", "bijeenkomst", "datum activiteit", "datum uitvoering"],
  },
  {
    field: "participants",
    label: "Aantal deelnemers",
    kind: "number",
    required: false,
    synonyms: [
      "aantal deelnemers",
      "deelnemers",
      "aantal bezoekers",
      "bezoekers",
      "opkomst",
      "aantal",
    ],
  },
];

const COMPLAINT_FIELDS: readonly FieldDefinition[] = [
  {
    field: "date",
    label: "Datum",
    kind: "date",
    required: true,
    synonyms: [
      "datum",
      "datum klacht",
      "klachtdatum",
      "ontvangen op",
      "datum ontvangst",
      "ingediend op",
      "datum melding",
    ],
  },
];

/** The field definitions of every table, in the order the task pane shows them. */
export const FIELD_DEFINITIONS: Readonly<Record<TableName, readonly FieldDefinition[]>> = {
  cases: CASE_FIELDS,
  zrm: ZRM_FIELDS,
  activities: ACTIVITY_FIELDS,
  complaints: COMPLAINT_FIELDS,
};

/** Fields of which at least one must be mapped, beyond the `required` ones (activities: id or name). */
export const REQUIRED_ONE_OF: Readonly<Record<TableName, readonly (readonly string[])[]>> = {
  cases: [],
  zrm: [],
  activities: [["activityId", "activityName"]],
  complaints: [],
};

/** Dutch names of the tables, as messages name them. */
export const TABLE_LABELS: Readonly<Record<TableName, string>> = {
  cases: "casussen",
  zrm: "ZRM-scores",
  activities: "activiteiten",
  complaints: "klachten",
};

/**
 * The definition of one field of a table.
 *
 * @param table - The table.
 * @param field - The field name.
 * @returns The definition, or `undefined` for an unknown field.
 * @example
 * findFieldDefinition('cases', 'closedOn')?.label; //=> 'Einddatum'
 */
export function findFieldDefinition(table: TableName, field: string): FieldDefinition | undefined {
  return FIELD_DEFINITIONS[table].find((definition) => definition.field === field);
}
