/**
 * The fields of each table as data (SPEC §2): id, kind, Dutch label, header synonyms, and
 * whether the field is required. The one list of fields: the `CaseField` type, the
 * `FieldBit`s, the case table's columns (`CaseFieldColumns`), the readers (chosen by kind),
 * the auto-mapper, the task pane's mapping rows, the CLI's field names, the messages and the
 * field table in docs/handleiding.md all derive from it. Adding a case field is one entry here
 * (and a `FieldBit` comes with it); the engine reads it as `table[field]`.
 *
 * @module
 */
import type { TableName } from "../types";

/**
 * How a field's cells are read: `id` (trimmed text, the number 123 ≡ "123"), `category` (one
 * label per cell), `categories` (several labels per cell, separated by ; , | / or a line
 * break), `date`, `number`, `count` (a whole number ≥ 0), `boolean` (yes/no/unknown),
 * `domains` (ZRM domains, several per cell).
 */
export type FieldKind =
  "id" | "category" | "categories" | "date" | "number" | "count" | "boolean" | "domains";

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

/** A case field also names what a KPI needs it for in messages ("cijfers die de einddatum nodig hebben"). */
export interface CaseFieldDefinition extends FieldDefinition {
  readonly noun: string;
}

/** The fields of the case table, in the order the task pane shows them. */
export const CASE_FIELDS = [
  {
    field: "caseId",
    noun: "het casusnummer",
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
    noun: "het cliëntnummer",
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
    noun: "het soort traject",
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
    noun: "het product",
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
    noun: "de aanmelddatum",
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
    noun: "de intakedatum",
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
    noun: "de startdatum",
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
    noun: "de einddatum",
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
    noun: "de hoofddomeinen",
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
    noun: "de afsluitreden",
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
    noun: "de verwijzer",
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
    noun: "het team",
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
    noun: "de leeftijd",
    label: "Geboortedatum",
    kind: "date",
    required: false,
    synonyms: ["geboortedatum", "geb datum", "geboren op", "geboren", "geboortedag"],
  },
  {
    field: "age",
    noun: "de leeftijd",
    label: "Leeftijd",
    kind: "number",
    required: false,
    synonyms: ["leeftijd", "leeftijd cliënt", "leeftijd klant", "age"],
  },
  {
    field: "resolvedDirectly",
    noun: '"direct opgelost"',
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
    noun: "het klantoordeel",
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
    noun: '"kan zelfstandig verder"',
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
    noun: "de complexiteit",
    label: "Complexiteit hulpvraag",
    kind: "category",
    required: false,
    synonyms: ["complexiteit hulpvraag", "complexiteit"],
  },
  {
    field: "weight",
    noun: "de zwaarte",
    label: "Zwaarte hulpvraag",
    kind: "category",
    required: false,
    synonyms: ["zwaarte hulpvraag", "zwaarte"],
  },
  {
    field: "contacts",
    noun: "het aantal contactmomenten",
    label: "Aantal contactmomenten",
    kind: "count",
    required: false,
    synonyms: [
      "aantal contactmomenten",
      "contactmomenten",
      "aantal gesprekken",
      "gesprekken",
      "aantal contacten",
      "contacten",
    ],
  },
  {
    field: "referredTo",
    noun: "de doorverwijzing",
    label: "Doorverwezen naar",
    kind: "category",
    required: false,
    synonyms: ["doorverwezen naar", "verwezen naar", "doorverwijzing", "doorverwijzing naar"],
  },
  {
    field: "partners",
    noun: "de samenwerkingspartners",
    label: "Samenwerkingspartners",
    kind: "categories",
    required: false,
    synonyms: [
      "samenwerkingspartners",
      "samenwerkingspartner",
      "ketenpartners",
      "ketenpartner",
      "betrokken partners",
      "partners",
    ],
  },
] as const satisfies readonly CaseFieldDefinition[];

/** The fields of the ZRM table. */
export const ZRM_FIELDS = [
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
] as const satisfies readonly FieldDefinition[];

/** The fields of the activity table. */
export const ACTIVITY_FIELDS = [
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
    kind: "count",
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
  {
    field: "targetGroup",
    label: "Doelgroep",
    kind: "category",
    required: false,
    synonyms: ["doelgroep", "doelgroepen", "voor wie"],
  },
] as const satisfies readonly FieldDefinition[];

/** The fields of the complaint table. */
export const COMPLAINT_FIELDS = [
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
] as const satisfies readonly FieldDefinition[];

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

/** A field of the case table. */
export type CaseField = (typeof CASE_FIELDS)[number]["field"];

/** The definition of case field `F`. */
type CaseFieldDefinitionOf<F extends CaseField> = Extract<
  (typeof CASE_FIELDS)[number],
  { readonly field: F }
>;

/** The kind of case field `F` (`CaseFieldKind<'closedOn'>` is `'date'`). */
export type CaseFieldKind<F extends CaseField> = CaseFieldDefinitionOf<F>["kind"];

/** The case fields of one kind (`CaseFieldOfKind<'date'>` is `'registeredOn' | … | 'birthDate'`). */
export type CaseFieldOfKind<K extends FieldKind> = Extract<
  (typeof CASE_FIELDS)[number],
  { readonly kind: K }
>["field"];

/** Fields of the optional tables. */
export type ZrmField = (typeof ZRM_FIELDS)[number]["field"];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number]["field"];
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number]["field"];

/**
 * The case fields of one kind, in list order.
 *
 * @param kind - The kind.
 * @returns The fields.
 * @example
 * caseFieldsOfKind('boolean'); //=> ['resolvedDirectly', 'canContinueAlone']
 */
export function caseFieldsOfKind<K extends FieldKind>(kind: K): readonly CaseFieldOfKind<K>[] {
  return CASE_FIELDS.filter((definition) => definition.kind === kind).map(
    (definition) => definition.field as CaseFieldOfKind<K>
  );
}
