/* eslint-disable prettier/prettier -- generated */
// GENERATED from the KPI registry (src/core/kpis/kpiRegistry.ts) by
// `npm run functions:generate`: do not edit. One custom function per KPI; the build's
// CustomFunctionsMetadataPlugin reads the JSDoc below, like that of functions.ts.
import { guarded } from "../functionError";
import { readRecidiveOptions } from "../readArguments";
import { runKpiFunction } from "../runKpiFunction";

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
    runKpiFunction("registrations", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function infoadvies(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("infoAdvice", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function wachttijd(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanWaitDays", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function opgestart(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("started", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function behandeld(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("active", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function afgesloten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("closed", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function lopend(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("openAtEnd", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
    runKpiFunction("meanDurationClosed", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function doorlooptijdbehandeld(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanDurationActive", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function uniekeclienten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("uniqueClients", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function hulpvragen(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("helpQuestions", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
      filters: filters,
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
export function recidivepercentage(
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
      filters: filters,
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
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, zelfdeDomein, startveld),
    })
  );
}

/**
 * Telt de recidive trajecten ongeacht het hoofddomein: in de periode opgestarte casussen van een cliënt die eerder een afgesloten casus had. Gelijke vraag plus alleen nieuwe vragen.
 * @customfunction RECIDIVEELKDOMEIN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidive trajecten, elk hoofddomein.
 */
export function recidiveelkdomein(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidiveAnyDomain", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
    })
  );
}

/**
 * Telt de recidivisten ongeacht het hoofddomein: verschillende cliënten met een in de periode opgestarte casus na een eerdere, afgesloten casus.
 * @customfunction RECIDIVISTENELKDOMEIN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidivisten, elk hoofddomein.
 */
export function recidivistenelkdomein(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidivistsAnyDomain", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
    })
  );
}

/**
 * Telt de recidive trajecten (elk hoofddomein) van een cliënt met twee of meer eerdere casussen.
 * @customfunction RECIDIVEMEERDERE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidive trajecten met meerdere voorgaande casussen.
 */
export function recidivemeerdere(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidiveSeveralEarlier", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
    })
  );
}

/**
 * Telt de recidive trajecten met een gelijke vraag: minstens één hoofddomein gelijk aan dat van de vorige casus.
 * @customfunction RECIDIVEGELIJKEVRAAG
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidive trajecten met een gelijke vraag.
 */
export function recidivegelijkevraag(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidiveSameQuestion", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
    })
  );
}

/**
 * Telt de recidive trajecten met alleen nieuwe vragen: geen hoofddomein gelijk aan dat van de vorige casus.
 * @customfunction RECIDIVENIEUWEVRAGEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [minMaanden] Optioneel: minimaal aantal maanden tussen de afsluiting van de vorige casus en de nieuwe start (standaard 6).
 * @param [startveld] Optioneel: welke datum de start van een casus is: "start" (startdatum, of anders aanmelddatum; standaard) of "aanmelding" (aanmelddatum).
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal recidive trajecten met alleen nieuwe vragen.
 */
export function recidivenieuwevragen(
  tabel: unknown[][],
  periode: unknown,
  minMaanden?: number,
  startveld?: string,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("recidiveNewQuestions", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
      recidive: readRecidiveOptions(minMaanden, null, startveld),
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
export function klachten(
  klachtentabel: unknown[][],
  periode: unknown
): number {
  return guarded(() =>
    runKpiFunction("complaints", {
      tables: { complaints: klachtentabel },
      period: periode,
    })
  );
}

/**
 * Telt de collectieve trajecten: de verschillende activiteiten met een bijeenkomst in de periode.
 * @customfunction COLLECTIEVETRAJECTEN
 * @param activiteitentabel De activiteitentabel (één rij per bijeenkomst) mét kopregel: activiteitnummer of naam, categorie, datum, aantal deelnemers.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns Het aantal collectieve trajecten.
 */
export function collectievetrajecten(
  activiteitentabel: unknown[][],
  periode: unknown
): number {
  return guarded(() =>
    runKpiFunction("collectiveTrajects", {
      tables: { activities: activiteitentabel },
      period: periode,
    })
  );
}

/**
 * Telt de bijeenkomsten van collectieve activiteiten met een datum in de periode.
 * @customfunction BIJEENKOMSTEN
 * @param activiteitentabel De activiteitentabel (één rij per bijeenkomst) mét kopregel: activiteitnummer of naam, categorie, datum, aantal deelnemers.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns Het aantal bijeenkomsten.
 */
export function bijeenkomsten(
  activiteitentabel: unknown[][],
  periode: unknown
): number {
  return guarded(() =>
    runKpiFunction("meetings", {
      tables: { activities: activiteitentabel },
      period: periode,
    })
  );
}

/**
 * Telt de deelnemers opgeteld over de bijeenkomsten van collectieve activiteiten in de periode.
 * @customfunction DEELNEMERS
 * @param activiteitentabel De activiteitentabel (één rij per bijeenkomst) mét kopregel: activiteitnummer of naam, categorie, datum, aantal deelnemers.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @returns Het aantal deelnemers, of leeg als geen bijeenkomst een aantal heeft.
 */
export function deelnemers(
  activiteitentabel: unknown[][],
  periode: unknown
): number {
  return guarded(() =>
    runKpiFunction("participants", {
      tables: { activities: activiteitentabel },
      period: periode,
    })
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
export function zelfmelders(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("selfReferralPct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function nieuweclienten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("newClientPct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
      filters: filters,
    })
  );
}

/**
 * Berekent de gemiddelde eindscore op de ZRM over de hoofddomeinen van de casussen afgesloten in de periode.
 * @customfunction ZRMEINDSCORE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param zrmtabel De ZRM-tabel (één rij per casus en domein) mét kopregel: casusnummer, domein, beginscore, eindscore, doelscore.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde eindscore (1–5).
 */
export function zrmeindscore(
  tabel: unknown[][],
  zrmtabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("zrmMeanEndScore", {
      tables: { cases: tabel, zrm: zrmtabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent de gemiddelde ZRM-groei (eindscore min beginscore) over alle hoofddomeinen samen van de casussen afgesloten in de periode; per domein: ZRMGROEI.
 * @customfunction ZRMGROEITOTAAL
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param zrmtabel De ZRM-tabel (één rij per casus en domein) mét kopregel: casusnummer, domein, beginscore, eindscore, doelscore.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns De gemiddelde groei in scorepunten.
 */
export function zrmgroeitotaal(
  tabel: unknown[][],
  zrmtabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("zrmMeanGrowth", {
      tables: { cases: tabel, zrm: zrmtabel },
      period: periode,
      filters: filters,
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
    runKpiFunction("meanRating", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
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
export function zelfstandig(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("canContinueAlonePct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent het gemiddelde aantal contactmomenten van de casussen afgesloten in de periode.
 * @customfunction CONTACTMOMENTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het gemiddelde aantal contactmomenten.
 */
export function contactmomenten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("meanContacts", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent het percentage casussen afgesloten in de periode met meer dan 5 contactmomenten (als fractie).
 * @customfunction MEERDANVIJFCONTACTEN
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage met meer dan 5 contactmomenten, als fractie.
 */
export function meerdanvijfcontacten(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("overFiveContactsPct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent de aanmeldlijst: het gemiddelde over de maanden van de periode van het aantal wachtende casussen aan het eind van elke maand (aangemeld, nog niet gestart en niet afgesloten).
 * @customfunction AANMELDLIJST
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het gemiddelde aantal wachtenden.
 */
export function aanmeldlijst(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("waitingList", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Telt de casussen die op de einddatum van de periode wachten: aangemeld, nog niet gestart en niet afgesloten.
 * @customfunction WACHTEND
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het aantal wachtende casussen.
 */
export function wachtend(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("waitingAtEnd", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent het percentage afgesloten casussen met een onvoldoende klantoordeel (lager dan 6) onder die met een klantoordeel (als fractie).
 * @customfunction ONVOLDOENDE
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage onvoldoende als fractie.
 */
export function onvoldoende(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("insufficientRatingPct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}

/**
 * Berekent het percentage casussen afgesloten in de periode zonder doorverwijzing (Doorverwezen naar leeg, als fractie).
 * @customfunction ZONDERDOORVERWIJZING
 * @param tabel De casustabel: het hele bereik mét kopregel (bijv. Export!A:P of Tabel1[#Alles]), of kolommen zonder kopregel in de vaste volgorde.
 * @param periode De periode, bijv. "t/m Q3 2024", "Q3 2024", "2024" of "1-1-2024 t/m 30-9-2024".
 * @param [filters] Optionele filterparen: een veld (kolomkop of veldnaam, bijv. "soort traject") en een waarde (bijv. "IT", of {"IT";"LS"} voor meerdere).
 * @returns Het percentage zonder doorverwijzing als fractie.
 */
export function zonderdoorverwijzing(
  tabel: unknown[][],
  periode: unknown,
  filters?: unknown[][][]
): number {
  return guarded(() =>
    runKpiFunction("withoutReferralPct", {
      tables: { cases: tabel },
      period: periode,
      filters: filters,
    })
  );
}
