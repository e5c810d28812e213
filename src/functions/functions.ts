// Custom functions of namespace WELZIJN (SPEC §7, docs/functies.md): thin wrappers over the
// engine's registry; the work is in runKpiFunction, runTableFunctions and loadFunctionData.
// The build (CustomFunctionsMetadataPlugin) turns the JSDoc below into functions.json and
// appends the CustomFunctions.associate calls, so this module imports cleanly in Node.
// (Line comments on purpose: a leading JSDoc block would become a function's description.)
// Excel passes an omitted optional argument as null.
import { previousYearPeriod } from "../core/periods/previousYearPeriod";
import { guarded } from "./functionError";
import { readPeriod, readRecidiveOptions } from "./readArguments";
import { runKpiFunction } from "./runKpiFunction";
import { runActivitiesFunction, runZrmGrowthFunction } from "./runGroupFunctions";
import { runRecidiveOverviewFunction } from "./runRecidiveOverview";
import { runKpisFunction, runTopFunction } from "./runTableFunctions";

/**
 * Geeft het versienummer van de invoegtoepassing Welzijnsmonitor.
 * @customfunction VERSIE
 * @returns Het versienummer, bijvoorbeeld "0.1.0".
 */
export function version(): string {
  return "0.1.0";
}

/**
 * Telt de aanmeldingen: casussen met een aanmelddatum in de periode.
 * @customfunction AANMELDINGEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal aanmeldingen.
 */
export function aanmeldingen(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("registrations", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt informatie en advies (opgestart of direct opgelost): casussen van het type IA met een start in de periode, plus direct opgeloste aanmeldingen in de periode. Niet de IA-casussen in behandeling: die telt BEHANDELD met het filter "soort traject"; "IA".
 * @customfunction INFOADVIES
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal casussen informatie en advies, opgestart of direct opgelost.
 */
export function infoAdvies(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("infoAdvice", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent de gemiddelde wachttijd in dagen tussen aanmelding en intake, over de casussen met een intake in de periode.
 * @customfunction WACHTTIJD
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde wachttijd in dagen.
 */
export function wachttijd(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("meanWaitDays", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de opgestarte casussen: startdatum (of anders aanmelddatum) in de periode.
 * @customfunction OPGESTART
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal opgestarte casussen.
 */
export function opgestart(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("started", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de casussen in behandeling: gestart vóór of op de einddatum en niet afgesloten vóór de begindatum van de periode.
 * @customfunction BEHANDELD
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal behandelde casussen.
 */
export function behandeld(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("active", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de afgesloten casussen: einddatum in de periode.
 * @customfunction AFGESLOTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal afgesloten casussen.
 */
export function afgesloten(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("closed", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de casussen die op de einddatum van de periode nog lopen.
 * @customfunction LOPEND
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal lopende casussen.
 */
export function lopend(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("openAtEnd", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent de gemiddelde doorlooptijd in dagen van start tot afsluiting, over de casussen afgesloten in de periode.
 * @customfunction DOORLOOPTIJD
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde doorlooptijd in dagen.
 */
export function doorlooptijd(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanDurationClosed", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent de gemiddelde doorlooptijd in dagen over de casussen in behandeling; lopende casussen tellen tot de einddatum.
 * @customfunction DOORLOOPTIJDBEHANDELD
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde doorlooptijd in dagen.
 */
export function doorlooptijdBehandeld(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanDurationActive", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de verschillende cliënten met een casus in behandeling in de periode.
 * @customfunction UNIEKECLIENTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal unieke cliënten.
 */
export function uniekeClienten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("uniqueClients", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de hulpvragen: de hoofddomeinen opgeteld over de casussen in behandeling.
 * @customfunction HULPVRAGEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal hulpvragen.
 */
export function hulpvragen(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("helpQuestions", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Telt de recidive trajecten, standaard met een zelfde hoofddomein als de vorige casus: in de periode opgestarte casussen van een cliënt die eerder een afgesloten casus had. Telt alle soorten traject; het rapport telt IT en LS (filter "soort traject"; {"IT";"LS"}).
 * @customfunction RECIDIVE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [zelfdeDomein] Optioneel: WAAR als de nieuwe casus een hoofddomein moet delen met de vorige (standaard WAAR), ONWAAR voor elke terugkeer.
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidive trajecten.
 */
export function recidive(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  zelfdeDomein?: boolean,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidive", {
      tables: { cases: tabel },
      period: periode,
      filters,
      recidive: readRecidiveOptions(minMaanden, zelfdeDomein, startveld),
    })
  );
}

/**
 * Berekent het percentage recidive: recidive trajecten (standaard met een zelfde hoofddomein) gedeeld door opgestarte casussen met hetzelfde filter (als fractie).
 * @customfunction RECIDIVEPERCENTAGE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [zelfdeDomein] Optioneel: WAAR als de nieuwe casus een hoofddomein moet delen met de vorige (standaard WAAR), ONWAAR voor elke terugkeer.
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage recidive als fractie (0,048 = 4,8%).
 */
export function recidivePercentage(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  zelfdeDomein?: boolean,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidivePct", {
      tables: { cases: tabel },
      period: periode,
      filters,
      recidive: readRecidiveOptions(minMaanden, zelfdeDomein, startveld),
    })
  );
}

/**
 * Telt de recidivisten: verschillende cliënten met een recidive traject in de periode.
 * @customfunction RECIDIVISTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [zelfdeDomein] Optioneel: WAAR als de nieuwe casus een hoofddomein moet delen met de vorige (standaard WAAR), ONWAAR voor elke terugkeer.
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidivisten.
 */
export function recidivisten(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  zelfdeDomein?: boolean,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidivists", {
      tables: { cases: tabel },
      period: periode,
      filters,
      recidive: readRecidiveOptions(minMaanden, zelfdeDomein, startveld),
    })
  );
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
 * Telt de klachten met een datum in de periode.
 * @customfunction KLACHTEN
 * @param klachtentabel De klachtentabel mét kopregel (een kolom Datum), of alleen de kolom met datums zonder kopregel.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns Het aantal klachten.
 */
export function klachten(klachtentabel: unknown[][], periode: unknown): number {
  return guarded(() =>
    runKpiFunction("complaints", { tables: { complaints: klachtentabel }, period: periode })
  );
}

/**
 * Berekent het percentage zelfmelders onder de opgestarte casussen met een bekende verwijzer (als fractie).
 * @customfunction ZELFMELDERS
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage zelfmelders als fractie.
 */
export function zelfmelders(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("selfReferralPct", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent het percentage nieuwe cliënten: opgestarte casussen van cliënten zonder eerdere casus (als fractie).
 * @customfunction NIEUWECLIENTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage nieuwe cliënten als fractie.
 */
export function nieuweClienten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("newClientPct", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent het percentage behaalde doelscores (ZRM) over de hoofddomeinen van de casussen afgesloten in de periode (als fractie).
 * @customfunction DOELSCORE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param zrmtabel De ZRM-tabel (één rij per casus en domein) mét kopregel: casusnummer, domein, beginscore, eindscore, doelscore.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage behaalde doelscores als fractie.
 */
export function doelscore(
  tabel: unknown[][],
  zrmtabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("goalReachedPct", {
      tables: { cases: tabel, zrm: zrmtabel },
      period: periode,
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
 * Berekent het gemiddelde klantoordeel (rapportcijfer 1–10) van de casussen afgesloten in de periode.
 * @customfunction KLANTOORDEEL
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het gemiddelde klantoordeel.
 */
export function klantoordeel(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanRating", { tables: { cases: tabel }, period: periode, filters })
  );
}

/**
 * Berekent het percentage afgesloten casussen waarbij de cliënt zelfstandig verder kan (als fractie).
 * @customfunction ZELFSTANDIG
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage dat zelfstandig verder kan, als fractie.
 */
export function zelfstandig(tabel: unknown[][], periode: unknown, filters?: unknown[][][]): number {
  return guarded(() =>
    runKpiFunction("canContinueAlonePct", { tables: { cases: tabel }, period: periode, filters })
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
