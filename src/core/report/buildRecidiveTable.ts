import {
  computeRecidiveBreakdown,
  type RecidiveBreakdown,
} from "../recidive/computeRecidiveBreakdown";
import type { ReportRow } from "../reportTable";
import type { Polarity } from "../types";
import { buildReportRow } from "./buildReportRow";
import { filterScope } from "./kpiRowLabel";
import {
  comparisonHeaders,
  resolveFilters,
  type BuiltTable,
  type ReportBuildContext,
} from "./reportBuildContext";
import type { RecidiveTableSpec } from "./reportTableSpec";
import type { RowSum } from "./publicationMarks";
import { publicationQuantity } from "./publicationQuantity";

/** Breakdown rows that show a quantity other tables show too (see `publicationQuantity`). */
const BREAKDOWN_QUANTITY: Readonly<Record<string, string>> = {
  started: "started",
  recidive: "recidive.any",
  sameQuestion: "recidive.same",
};

/**
 * The quantity a breakdown row shows, for report-wide publication mode. Counted from the
 * registration, "Opgestarte trajecten" are the cases registered in the period, which is not the
 * KPI "started": it is then a quantity of its own, twin of nothing.
 *
 * @param key - the breakdown row's key
 * @param startField - which date counts as the start (recidive options)
 * @returns the quantity's measure
 * @example
 * breakdownQuantity('started', 'startedOn') // 'started'
 * breakdownQuantity('started', 'registeredOn') // 'recidive.started'
 */
export function breakdownQuantity(key: string, startField: "startedOn" | "registeredOn"): string {
  const shared =
    key === "started" && startField === "registeredOn" ? undefined : BREAKDOWN_QUANTITY[key];
  return shared ?? `recidive.${key}`;
}

type BreakdownValue = (b: RecidiveBreakdown) => number | null;

interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly value: BreakdownValue;
  readonly polarity: Polarity;
  readonly definition: string;
}

/** Started cases without a clientId: never recidive, never new (SPEC §5). */
const withoutClient: BreakdownValue = (b) => b.started - b.recidive - b.reopened - b.newClients;

/**
 * The breakdown's rows. Their labels set them apart from the first table's rows: "Recidive
 * trajecten, elk hoofddomein" is not "Aantal recidive trajecten, zelfde hoofddomein", which is
 * this table's "waarvan gelijke vraag (zelfde hoofddomein)"; a scope ("IT+LS") keeps "Opgestarte
 * trajecten" from being read as the first table's "Opgestart" of every type.
 */
function breakdownRows(minGapMonths: number, scope: string): BreakdownRow[] {
  const within = scope === "" ? "" : ` (${scope})`;
  return [
    {
      key: "started",
      label: `Opgestarte trajecten${within}`,
      value: (b) => b.started,
      polarity: "neutral",
      definition: "Casussen met een start in de periode.",
    },
    {
      key: "recidive",
      label: `Recidive trajecten, elk hoofddomein${within}`,
      value: (b) => b.recidive,
      polarity: "down",
      definition:
        `Opgestarte casussen van een cliënt met een eerdere casus, waarbij alle eerdere casussen waren afgesloten en de vorige ` +
        `minstens ${minGapMonths} maanden vóór de start werd afgesloten (ongeacht het hoofddomein).`,
    },
    {
      key: "multiplePrevious",
      label: "waarvan meerdere voorgaande casussen",
      value: (b) => b.multiplePrevious,
      polarity: "neutral",
      definition: "Recidive trajecten van een cliënt met twee of meer eerdere casussen.",
    },
    {
      key: "sameQuestion",
      label: "waarvan gelijke vraag (zelfde hoofddomein)",
      value: (b) => b.sameQuestion,
      polarity: "down",
      definition:
        "Recidive trajecten met minstens één hoofddomein gelijk aan dat van de vorige casus.",
    },
    {
      key: "onlyNewQuestions",
      label: "waarvan alleen nieuwe vragen",
      value: (b) => b.onlyNewQuestions,
      polarity: "neutral",
      definition: "Recidive trajecten zonder hoofddomein gelijk aan dat van de vorige casus.",
    },
    {
      key: "reopened",
      label: `Heropening${within}`,
      value: (b) => b.reopened,
      polarity: "neutral",
      definition: `Opgestarte casussen van een cliënt van wie een eerdere casus nog liep of korter dan ${minGapMonths} maanden geleden werd afgesloten.`,
    },
    {
      key: "newClients",
      label: `Nieuwe cliënten${within}`,
      value: (b) => b.newClients,
      polarity: "neutral",
      definition: "Opgestarte casussen van een cliënt zonder eerdere casus.",
    },
    {
      key: "withoutClient",
      label: `Zonder cliëntnummer${within}`,
      value: withoutClient,
      polarity: "neutral",
      definition: "Opgestarte casussen zonder cliëntnummer: die tellen niet mee voor recidive.",
    },
  ];
}

/**
 * The Dutch label and definition of every row of the recidive breakdown, without a scope, for
 * the definitions document (the report's Toelichting takes the same texts from its table).
 *
 * @param minGapMonths - the recidive option the texts name
 * @returns label and definition per row, in the table's order
 * @example
 * recidiveBreakdownDefinitions(6)[0] // { label: 'Opgestarte trajecten', definition: 'Casussen met een start in de periode.' }
 */
export function recidiveBreakdownDefinitions(
  minGapMonths: number
): { readonly label: string; readonly definition: string }[] {
  return breakdownRows(minGapMonths, "").map(({ label, definition }) => ({ label, definition }));
}

/**
 * Builds the recidive breakdown (SPEC §5, Mensenwerk Hogeland's table) over both periods:
 * started, recidive (steps 1–4), of which several earlier cases, same question, only new
 * questions; heropening, new clients and (when there are any) cases without a client id.
 *
 * @param spec - the table's definition (filter: IT and LS in the standard report)
 * @param context - dataset, periods and options
 * @returns the table with its publication info (started = recidive + heropening + nieuw +
 *   zonder cliëntnummer; recidive = gelijke vraag + alleen nieuwe vragen), or why it was left out
 *
 * @example
 * buildRecidiveTable({ kind: 'recidiveBreakdown', id: 'recidive', title: 'Recidive', keyLabel: 'Soort' }, context)
 */
export function buildRecidiveTable(
  spec: RecidiveTableSpec,
  context: ReportBuildContext
): BuiltTable {
  const { engine, dataset, period, previous, recidive } = context;
  const { filters, dropped } = resolveFilters(dataset, spec.filters, spec.unfilteredIfUnmapped);
  const options = { recidive, ...(filters === undefined ? {} : { filters }) };
  const current = computeRecidiveBreakdown(engine, period, options);
  const before = computeRecidiveBreakdown(engine, previous, options);
  if (current === null || before === null)
    return { omitted: "kolom Cliëntnummer, Einddatum of Startdatum ontbreekt" };

  // "Zonder cliëntnummer" only when there are such cases; the domain rows only when domains are mapped.
  const specs = breakdownRows(recidive.minGapMonths, filterScope(filters)).filter((r) =>
    r.key === "withoutClient"
      ? withoutClient(current) !== 0 || withoutClient(before) !== 0
      : r.value(current) !== null
  );
  const rows: ReportRow[] = specs.map((r) =>
    buildReportRow({
      label: r.label,
      key: r.key,
      previous: r.value(before),
      current: r.value(current),
      format: "count",
      polarity: r.polarity,
      deltaKind: "absolute",
    })
  );
  const at = (key: string): number => specs.findIndex((r) => r.key === key);
  const sums: RowSum[] = [
    {
      total: at("started"),
      parts: ["recidive", "reopened", "newClients", "withoutClient"].map(at),
    },
    { total: at("recidive"), parts: ["sameQuestion", "onlyNewQuestions"].map(at) },
  ]
    .map((sum) => ({ total: sum.total, parts: sum.parts.filter((i) => i >= 0) }))
    .filter((sum) => sum.total >= 0 && sum.parts.length > 0);
  const notes = [
    `Recidive: de vorige casus is minstens ${recidive.minGapMonths} maanden vóór de start afgesloten; ` +
      '"gelijke vraag" en "alleen nieuwe vragen" verdelen de recidive trajecten van elk hoofddomein naar het hoofddomein van de vorige casus' +
      (recidive.sameDomain
        ? '; "waarvan gelijke vraag" is wat "Aantal recidive trajecten, zelfde hoofddomein" telt.'
        : "."),
  ];
  if (dropped)
    notes.push("Geen soort traject in de export: recidive is over alle casussen geteld.");
  return {
    table: {
      id: spec.id,
      title: spec.title,
      headers: comparisonHeaders(dropped ? "Alle casussen" : spec.keyLabel, context),
      rows,
      notes,
    },
    publication: {
      rows: specs.map((r) => ({
        countsPersons: true,
        quantity: publicationQuantity(breakdownQuantity(r.key, recidive.startField), filters),
      })),
      sums,
    },
    definitions: specs.map((r) => ({ label: `Recidive: ${r.label}`, definition: r.definition })),
  };
}
