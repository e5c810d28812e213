// Runner of WELZIJN.RECIDIVEOVERZICHT: the recidive breakdown of SPEC §5 (Mensenwerk Hogeland's
// table) for one period, from the engine's computeRecidiveBreakdown.
import { computeRecidiveBreakdown, getKpi, resolveRecidiveOptions } from "../core";
import type { RecidiveBreakdown, RecidiveOptions } from "../core";
import { FunctionInputError } from "./functionError";
import { loadFunctionData, type FunctionTables } from "./loadFunctionData";
import { missingKpiInputs } from "./missingKpiInputs";
import { readPeriod } from "./readArguments";
import { readFilters } from "./readFilters";
import type { SpilledTable } from "./runTableFunctions";

/** The arguments of a RECIDIVEOVERZICHT call. */
export interface RecidiveOverviewCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly recidive?: Partial<RecidiveOptions>;
  readonly filters?: unknown;
}

/**
 * The rows of the overview, labelled as the report's Recidive table labels them. The domain
 * rows are left out when the table has no main domains (the engine gives null).
 */
const ROWS: readonly {
  readonly label: string;
  readonly value: (b: RecidiveBreakdown) => number | null;
}[] = [
  { label: "Opgestarte trajecten", value: (b) => b.started },
  { label: "Recidive trajecten, elk hoofddomein", value: (b) => b.recidive },
  { label: "waarvan meerdere voorgaande casussen", value: (b) => b.multiplePrevious },
  { label: "waarvan gelijke vraag (zelfde hoofddomein)", value: (b) => b.sameQuestion },
  { label: "waarvan alleen nieuwe vragen", value: (b) => b.onlyNewQuestions },
  { label: "Heropening", value: (b) => b.reopened },
  { label: "Nieuwe cliënten", value: (b) => b.newClients },
];

/**
 * WELZIJN.RECIDIVEOVERZICHT: the recidive breakdown for one period as two columns, label and
 * count: cases started in the period; recidive cases (steps 1–4 of SPEC §5, with or without a
 * shared main domain), of which with several earlier cases, with the same question (a main
 * domain shared with the previous case: what RECIDIVE counts) and with only new questions;
 * heropening (the client's earlier case still open, or closed less than the gap ago); new
 * clients. Started cases without a client id are in the first row only.
 *
 * @param call - The arguments (recidive options: minGapMonths and startField; sameDomain does
 *   not change the breakdown, which shows both sides).
 * @returns The spilled table.
 * @throws {@link FunctionInputError} naming the column the table lacks (Cliëntnummer, Einddatum,
 *   the start).
 * @example
 * runRecidiveOverviewFunction({ tables: { cases }, period: 't/m Q3 2024' })[1] // ['Recidive trajecten, elk hoofddomein', 1]
 */
export function runRecidiveOverviewFunction(call: RecidiveOverviewCall): SpilledTable {
  const period = readPeriod(call.period);
  const { dataset, engine, cases } = loadFunctionData(call.tables);
  const filters = readFilters(call.filters, cases.mapping);
  const recidive = resolveRecidiveOptions({ ...call.recidive, sameDomain: false });
  const breakdown = computeRecidiveBreakdown(engine, period, {
    recidive,
    ...(filters.length > 0 ? { filters } : {}),
  });
  if (breakdown === null) {
    const missing = missingKpiInputs(getKpi("recidive"), dataset, recidive);
    throw new FunctionInputError(
      "WELZIJN.RECIDIVEOVERZICHT kan niet berekend worden: de tabel mist " +
        (missing.length > 1
          ? `de kolommen ${missing.join(", ")}.`
          : `de kolom ${missing[0] ?? "die nodig is"}.`)
    );
  }
  return ROWS.flatMap(({ label, value }) => {
    const n = value(breakdown);
    return n === null ? [] : [[label, n]];
  });
}
