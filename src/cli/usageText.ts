/**
 * The Dutch help text of the command line.
 *
 * @module
 */
import { BUILT_IN_TEMPLATES, FIELD_DEFINITIONS, fieldTypingName } from "../core";
import type { TableName } from "../core";
import { DUTCH_TABLE_PREFIXES } from "./splitMapOverrides";

/** The help's width: no line is longer (the generated field list wraps at it). */
export const HELP_WIDTH = 92;

/** Where the descriptions of the options start. */
const DESCRIPTION_INDENT = " ".repeat(27);

const TABLES: readonly TableName[] = ["cases", "zrm", "activities", "complaints"];

/**
 * Items after a lead, separated by ", " and wrapped at {@link HELP_WIDTH}; continuation lines
 * are indented two spaces more than the first.
 */
function wrapList(indent: string, lead: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = `${indent}${lead}`;
  items.forEach((item, index) => {
    const text = index < items.length - 1 ? `${item},` : item;
    const next = line.endsWith(" ") ? `${line}${text}` : `${line} ${text}`;
    if (next.length > HELP_WIDTH && line.trim() !== lead.trim()) {
      lines.push(line);
      line = `${indent}  ${text}`;
    } else {
      line = next;
    }
  });
  lines.push(line);
  return lines;
}

/**
 * The field names `--kolom` takes, per table: each field's Dutch label as `fieldTypingName`
 * makes it (`clientnummer`, `soorttraject`), from the field definitions.
 */
function fieldNameLines(): string[] {
  return TABLES.flatMap((table) =>
    wrapList(
      DESCRIPTION_INDENT,
      table === "cases" ? "casussen:" : `${DUTCH_TABLE_PREFIXES[table]}.:`,
      FIELD_DEFINITIONS[table].map(fieldTypingName)
    )
  );
}

/** The template names `--sjabloon` takes, from the built-in templates. */
function templateLines(): string[] {
  return wrapList(DESCRIPTION_INDENT, "Een van:", [
    "standaard",
    ...BUILT_IN_TEMPLATES.map((template) => template.id),
    "of een eigen sjabloon (.json)",
  ]);
}

/** What `welzijnsmonitor --hulp` prints. */
export const USAGE_TEXT = `Welzijnsmonitor: kwartaalrapportage uit een export van het registratiesysteem.

Gebruik:
  welzijnsmonitor rapport --casussen BESTAND --periode PERIODE [opties]

Engelse namen zoals --cases, --period, --out en --map werken ook.

Bestanden (.xlsx, .csv of .txt; scheidingsteken ; , of tab; UTF-8, UTF-16 of Windows-1252):
  --casussen BESTAND       de casussen (verplicht)
  --werkblad NAAM          werkblad met de casussen (standaard het eerste)
  --zrm BESTAND            ZRM-scores (een rij per casus en domein)
  --activiteiten BESTAND   bijeenkomsten van collectieve activiteiten
  --klachten BESTAND       klachten
  --zrm-werkblad, --activiteiten-werkblad, --klachten-werkblad NAAM
                           werkblad van die tabel (standaard het werkblad met
                           "ZRM", "Activiteit" of "Klacht" in de naam, anders het eerste)

Rapport:
  --periode PERIODE        bijvoorbeeld "t/m Q3 2024", "Q3 2024", "2024", "H1 2024",
                           "jan 2024", "1-1-2024 t/m 30-9-2024" (verplicht)
  --kolom veld=Kolomkop    kolomkeuze verbeteren (herhaalbaar), bijvoorbeeld
                           --kolom "clientnummer=Klantnr"; voor een andere tabel met een
                           voorvoegsel, bijvoorbeeld --kolom "zrm.domein=Leefgebied".
                           Het veld is een van deze namen (hoofdletters, accenten en
                           spaties tellen niet mee: "Cliëntnummer" en "Soort traject"
                           mogen ook):
${fieldNameLines().join("\n")}
  --uit rapport.xlsx       schrijf het opgemaakte rapport als Excel-bestand (.xlsx);
                           een bestaand bestand wordt alleen vervangen als het een
                           eerder rapport van Welzijnsmonitor is zonder eigen
                           werkbladen, een invoerbestand nooit
  --overschrijven          bij --uit ook een bestaand bestand vervangen dat geen
                           rapport is of eigen werkbladen heeft
  --json                   druk een JSON-object af met alle KPI's, groepen en meldingen
  --sjabloon NAAM|BESTAND  rapport volgens een sjabloon (met --json ook de tabellen).
${templateLines().join("\n")}
  --organisatie NAAM       naam van de organisatie, onder de titel van het rapport
  --publicatie             kleine aantallen afschermen (onder 5 personen: "<5")
  --drempel 5|10           drempel voor het afschermen (standaard 5); zet --publicatie aan
  --recidive-maanden N     minimale tijd tussen vorige en nieuwe casus (standaard 6)
  --recidive-zelfde-domein ja|nee
                           recidive alleen bij een gedeeld hoofddomein (standaard ja)
  --peildatum D-M-JJJJ     exportdatum (standaard vandaag; ook JJJJ-MM-DD):
                           latere datums worden gemeld als toekomstig
  --vroegste-datum D-M-JJJJ
                           eerdere datums van casussen, bijeenkomsten en klachten
                           worden gemeld als vermoedelijke standaardwaarde (zoals
                           1-1-1900) en tellen niet mee (standaard 1-1-1990)

Overig:
  -h, --hulp               deze hulp
  --versie                 versienummer

Uitvoer: exitstatus 0 bij succes (ook als er meldingen over de gegevens zijn),
2 bij een fout in de argumenten, een onleesbaar bestand, of als het rapport of de
uitvoer niet geschreven kan worden (lukt het rapport niet, dan blijft een bestaand
rapport ongewijzigd; lukt alleen de uitvoer niet, dan is het rapport wel geschreven).

Voorbeeld:
  welzijnsmonitor rapport --casussen export.xlsx --periode "t/m Q3 2024" --uit rapport.xlsx
`;
