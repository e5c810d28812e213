import { foldText } from "../text/foldText";
import { FieldBit } from "../types";
import { countResult, UNAVAILABLE, type KpiContext, type KpiResult } from "./kpiContext";
import { ScanBit } from "./periodScan";

/**
 * Counts the cases of the period scan with membership `bit` whose invalid mask does not
 * intersect `inputs` (the scan already dropped cases whose membership dates are invalid).
 *
 * @param context - The KPI context.
 * @param bit - A {@link ScanBit}.
 * @param inputs - {@link FieldBit}s the KPI reads besides the membership dates.
 * @returns The count as a KPI result.
 * @example
 * countMembers(context, ScanBit.started, 0) // { value: 285, n: 285 }
 */
export function countMembers(context: KpiContext, bit: number, inputs: number): KpiResult {
  const rows = context.scan.rows(bit);
  if (inputs === 0) return countResult(rows.length);
  const invalid = context.table.invalid;
  let count = 0;
  for (let k = 0; k < rows.length; k++)
    if (((invalid[rows[k] as number] as number) & inputs) === 0) count++;
  return countResult(count);
}

/**
 * infoAdvice (SPEC §4): cases of type IA with start in P, plus cases with resolvedDirectly =
 * yes and registeredOn in P; a case counts once. The second part is skipped when
 * resolvedDirectly is not mapped; each part leaves out cases whose own inputs are invalid.
 *
 * @param context - The KPI context.
 * @returns The count.
 * @example
 * computeInfoAdvice(context) // { value: 666, n: 666 }
 */
export function computeInfoAdvice(context: KpiContext): KpiResult {
  const { table, scan } = context;
  const { invalid, resolvedDirectly } = table;
  const isIa = Uint8Array.from(table.caseType.labels, (label) =>
    foldText(label) === "ia" ? 1 : 0
  );
  const codes = table.caseType.codes;
  const countedAsIa = (i: number): boolean => {
    const code = codes[i] as number;
    return code >= 0 && isIa[code] === 1 && ((invalid[i] as number) & FieldBit.caseType) === 0;
  };
  let count = 0;
  const started = scan.rows(ScanBit.started);
  for (let k = 0; k < started.length; k++) if (countedAsIa(started[k] as number)) count++;
  if (table.mappedFields.has("resolvedDirectly")) {
    const registered = scan.rows(ScanBit.registered);
    for (let k = 0; k < registered.length; k++) {
      const i = registered[k] as number;
      if (resolvedDirectly[i] !== 1 || ((invalid[i] as number) & FieldBit.resolvedDirectly) !== 0)
        continue;
      if ((scan.flags[i] as number) & ScanBit.started && countedAsIa(i)) continue;
      count++;
    }
  }
  return countResult(count);
}

/**
 * helpQuestions (SPEC §4): the number of main domains summed over the cases active in P.
 *
 * @param context - The KPI context.
 * @returns The sum, with n = the number of active cases counted.
 * @example
 * computeHelpQuestions(context) // { value: 1210, n: 524 }
 */
export function computeHelpQuestions(context: KpiContext): KpiResult {
  const { invalid, domainStart } = context.table;
  const rows = context.scan.rows(ScanBit.active);
  let sum = 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    if (((invalid[i] as number) & FieldBit.mainDomains) !== 0) continue;
    sum += (domainStart[i + 1] as number) - (domainStart[i] as number);
    n++;
  }
  return { value: sum, n };
}

/**
 * uniqueClients (SPEC §4): distinct clientIds over the cases active in P. Cases without a
 * clientId are not clients we can count and are left out.
 *
 * @param context - The KPI context.
 * @returns The count of distinct clients.
 * @example
 * computeUniqueClients(context) // { value: 498, n: 498 }
 */
export function computeUniqueClients(context: KpiContext): KpiResult {
  const { invalid, clientKey, clientIds } = context.table;
  const rows = context.scan.rows(ScanBit.active);
  const seen = new Uint8Array(clientIds.length);
  let count = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const client = clientKey[i] as number;
    if (client < 0 || ((invalid[i] as number) & FieldBit.clientId) !== 0 || seen[client] === 1)
      continue;
    seen[client] = 1;
    count++;
  }
  return countResult(count);
}

/**
 * complaints (SPEC §4): rows of the complaints table with a date in P. Complaints cannot be
 * tied to cases, so with a case filter the value is null rather than an unfiltered number.
 *
 * @param context - The KPI context.
 * @returns The count, or null without a complaints table or with a filter.
 * @example
 * computeComplaints(context) // { value: 2, n: 2 }
 */
export function computeComplaints(context: KpiContext): KpiResult {
  const complaints = context.dataset.complaints;
  if (complaints === undefined || context.mask !== null) return UNAVAILABLE;
  const { start, end } = context.period;
  let count = 0;
  for (let r = 0; r < complaints.size; r++) {
    const d = complaints.date[r] as number;
    if (d >= start && d <= end) count++;
  }
  return countResult(count);
}
