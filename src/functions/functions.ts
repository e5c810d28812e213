// Custom functions of namespace WELZIJN (SPEC §7, docs/functies.md): thin wrappers over the
// engine's registry; the work is in runKpiFunction, runTableFunctions and loadFunctionData.
// One function per KPI is generated from the KPI registry into generated/kpiFunctions.ts
// (`npm run functions:generate`); this file holds the others. The build
// (CustomFunctionsMetadataPlugin, given both files) turns their JSDoc into functions.json and
// appends the CustomFunctions.associate calls, so these modules import cleanly in Node.
// (Line comments on purpose: a leading JSDoc block would become a function's description.)
// Excel passes an omitted optional argument as null.
import { previousYearPeriod } from "../core";
import { guarded } from "./functionError";
import { readPeriod, readRecidiveOptions } from "./readArguments";
import { runActivitiesFunction, runZrmGrowthFunction } from "./runGroupFunctions";
import { runRecidiveOverviewFunction } from "./runRecidiveOverview";
import { runKpisFunction, runTopFunction } from "./runTableFunctions";

export * from "./generated/kpiFunctions";

/**
 * Geeft het versienummer van de invoegtoepassing Welzijnsmonitor.
 * @customfunction VERSIE
 * @returns Het versienummer, bijvoorbeeld "0.1.0".
 */
export function version(): string {
  return "0.1.0";
}

/**
 * Geeft het recidiveoverzicht als tabel van twee kolommen: opgestart, recidive trajecten van elk hoofddomein, waarvan meerdere voorgaande casussen, waarvan gelijke vraag (zelfde hoofddomein: wat RECIDIVE telt) en alleen nieuwe vragen, heropening en nieuwe cliënten.
 * @customfunction RECIDIVEOVERZICHT
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Per regel van het overzicht de naam en het aantal casussen.
 */
export function recidiveOverzicht(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): Array<Array<string | number>> {
  return guarded(() =>
    runRecidiveOverviewFunction({
      tables: { cases: tabel },
      period: periode,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
      filters,
    })
  );
}

/**
 * Berekent de gemiddelde ZRM-groei (eindscore min beginscore) per hoofddomein over de casussen afgesloten in de periode; voor één domein één getal, anders een tabel.
 * @customfunction ZRMGROEI
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param zrmtabel De ZRM-tabel (één rij per casus en domein) mét kopregel: casusnummer, domein, beginscore, eindscore, doelscore.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [domein] Optioneel: één ZRM-domein, bijv. "Financiën"; leeg voor een tabel met alle hoofddomeinen.
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde groei op het domein, of per hoofddomein de naam en de gemiddelde groei (grootste eerst).
 */
export function zrmGroei(
  tabel: unknown[][],
  zrmtabel: unknown[][],
  periode: unknown,
  domein?: string,
  filters?: unknown[][][]
): Array<Array<string | number>> {
  return guarded(() =>
    runZrmGrowthFunction({
      tables: { cases: tabel, zrm: zrmtabel },
      period: periode,
      domain: domein,
      filters,
    })
  );
}

/**
 * Geeft de collectieve activiteiten per categorie in de periode: trajecten, bijeenkomsten en deelnemers; voor één categorie één getal.
 * @customfunction COLLECTIEF
 * @param activiteitentabel De activiteitentabel (één rij per bijeenkomst) mét kopregel: activiteitnummer of naam, categorie, datum, aantal deelnemers.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [categorie] Optioneel: één categorie (of "Totaal"); leeg voor een tabel met alle categorieën.
 * @param [maat] Optioneel: "trajecten" (standaard bij één categorie), "bijeenkomsten" of "deelnemers"; leeg in de tabel: alle drie.
 * @returns Het aantal voor de categorie, of een tabel met kopregel: per categorie de aantallen en een totaalrij.
 */
export function collectief(
  activiteitentabel: unknown[][],
  periode: unknown,
  categorie?: string,
  maat?: string
): Array<Array<string | number>> {
  return guarded(() =>
    runActivitiesFunction({
      tables: { activities: activiteitentabel },
      period: periode,
      category: categorie,
      measure: maat,
    })
  );
}

/**
 * Geeft de begin- en einddatum van een periode als twee datums naast elkaar (opmaken als datum).
 * @customfunction PERIODE
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns De begin- en einddatum als Excel-datums in één rij van twee cellen.
 */
export function periode(periode: unknown): number[][] {
  return guarded(() => {
    const period = readPeriod(periode);
    return [[period.start, period.end]];
  });
}

/**
 * Geeft de vergelijkingsperiode: dezelfde periode een jaar eerder, als tekst.
 * @customfunction VORIGJAAR
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns De periode een jaar eerder, bijvoorbeeld "t/m Q3 2023".
 */
export function vorigJaar(periode: unknown): string {
  return guarded(() => previousYearPeriod(readPeriod(periode)).label);
}

/**
 * Geeft de grootste groepen van een groepering in de periode, als tabel van twee kolommen: naam en aantal.
 * @customfunction TOP
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param groepering Waarnaar gegroepeerd wordt: "hoofddomein", "soort traject", "product", "team", "verwijzer", "afsluitreden", "leeftijd", "klantoordeel", "complexiteit" of "maand".
 * @param [aantal] Optioneel: hoeveel groepen (standaard 5).
 * @param [metTotaal] Optioneel: WAAR om de rijen Overig en Totaal toe te voegen.
 * @param [maat] Optioneel: welke waarde per groep: standaard die van het rapport (behandeld, afgesloten of opgestart); "doorlooptijd" bij soort traject en product; "opgestart", "afgesloten" of "wachttijd" bij team; "opgestart", "behandeld" of "afgesloten" bij maand.
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Per groep de naam en de waarde, grootste eerst.
 */
export function top(
  tabel: unknown[][],
  periode: unknown,
  groepering: unknown,
  aantal?: number,
  metTotaal?: boolean,
  maat?: string,
  filters?: unknown[][][]
): Array<Array<string | number>> {
  return guarded(() =>
    runTopFunction({
      tables: { cases: tabel },
      period: periode,
      group: groepering,
      count: aantal,
      withTotals: metTotaal,
      measure: maat,
      filters,
    })
  );
}

/**
 * Geeft de tabel Inzicht meetbare resultaten: per KPI vorig jaar, deze periode, verschil en verschil in procenten.
 * @customfunction KPIS
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [klachtentabel] Optioneel: de klachtentabel, voor de rij Klachten.
 * @param [opgemaakt] Optioneel: WAAR voor Nederlandse tekst ("4,8%", "+12") in plaats van getallen.
 * @returns De tabel met een kopregel en een rij per KPI.
 */
export function kpis(
  tabel: unknown[][],
  periode: unknown,
  klachtentabel?: unknown[][],
  opgemaakt?: boolean
): Array<Array<string | number>> {
  return guarded(() =>
    runKpisFunction({
      tables: {
        cases: tabel,
        ...(klachtentabel === undefined || klachtentabel === null
          ? {}
          : { complaints: klachtentabel }),
      },
      period: periode,
      formatted: opgemaakt,
    })
  );
}
