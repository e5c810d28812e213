/**
 * The Dutch help text of the command line.
 *
 * @module
 */

/** What `welzijnsmonitor --help` prints. */
export const USAGE_TEXT = `Welzijnsmonitor: kwartaalrapportage uit een export van het registratiesysteem.

Gebruik:
  welzijnsmonitor report --cases BESTAND --period PERIODE [opties]

Bestanden (.xlsx, .csv of .txt; scheidingsteken ; , of tab; UTF-8, UTF-16 of Windows-1252):
  --cases BESTAND          de casussen (verplicht)
  --sheet NAAM             werkblad met de casussen (standaard het eerste)
  --zrm BESTAND            ZRM-scores (een rij per casus en domein)
  --activities BESTAND     bijeenkomsten van collectieve activiteiten
  --complaints BESTAND     klachten
  --zrm-sheet, --activities-sheet, --complaints-sheet NAAM
                           werkblad van die tabel (standaard het werkblad met
                           "ZRM", "Activiteit" of "Klacht" in de naam, anders het eerste)

Rapport:
  --period PERIODE         bijvoorbeeld "t/m Q3 2024", "Q3 2024", "2024", "H1 2024",
                           "jan 2024", "1-1-2024 t/m 30-9-2024" (verplicht)
  --map veld=Kolomkop      kolomkeuze verbeteren, bijvoorbeeld --map "clientId=Klantnr";
                           herhaalbaar; voor een andere tabel: --map "zrm.domain=Leefgebied"
  --out rapport.xlsx       schrijf het opgemaakte rapport als Excel-bestand (.xlsx);
                           een bestaand bestand wordt alleen vervangen als het een
                           eerder rapport van Welzijnsmonitor is, een invoerbestand nooit
  --overschrijven          bij --out ook een bestaand bestand vervangen dat geen
                           rapport is
  --json                   druk een JSON-object af met alle KPI's, groepen en meldingen
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
  -h, --help               deze hulp
  --versie                 versienummer

Omgeving:
  WELZIJNSMONITOR_THREADS=1
                           alles op één processorkern rekenen (standaard rekent een
                           tweede kern de recidive bij exports vanaf 20.000 casussen)

Uitvoer: exitstatus 0 bij succes (ook als er meldingen over de gegevens zijn),
2 bij een fout in de argumenten, een onleesbaar bestand, of als het rapport of de
uitvoer niet geschreven kan worden (dan blijft een bestaand rapport ongewijzigd).

Voorbeeld:
  welzijnsmonitor report --cases export.xlsx --period "t/m Q3 2024" --out rapport.xlsx
`;
