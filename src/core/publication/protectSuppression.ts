import { auditPattern, hiddenComponents } from "./auditPattern";
import { indexAuditSystem } from "./auditSystem";
import type {
  AuditConstraint,
  AuditInterval,
  AuditVariable,
  ProtectSuppressionOptions,
  ProtectedSuppression,
} from "./auditTypes";
import { canBeProtected, findProtectingCells } from "./findProtectingCells";

/**
 * Adds secondary suppressions until every suppressed cell, primary or secondary, passes the
 * audit (τ-ARGUS style): while one fails, suppress the cells that a cheapest protection LP changes
 * (cost per unit of change is the caller's `cost`, so small cells are preferred to totals);
 * when no set of cells can protect it, suppress every published cell of one of its tables
 * (`groups`) and go on; when not even hiding every cell would protect it (what the marks
 * themselves say narrows it: two "<5" that add up to a "<5"), give up on it at once. Each round suppresses at least one more cell or gives up on one cell,
 * so it terminates; a cell that cannot be protected at all (its mark is narrower than
 * `required`) stays failing in `audit`. Only the hidden components that take in a new cell
 * are audited again.
 *
 * @param variables - published cells and auxiliaries; `suppressed` marks the primary pattern
 * @param constraints - the linear relations a reader knows
 * @param options - `maxRounds`: single-cell rounds before falling back to whole tables
 * @returns the full pattern, the secondary cells in order, the whole tables, and the audit of
 *   the primary suppressions under the final pattern
 * @throws {RangeError} as {@link auditSuppression}
 *
 * @example
 * const result = protectSuppression(variables, constraints);
 * result.secondary // ["lopend"]: the cheap cell, not the total
 * [...result.audit.values()].every((a) => a.passes) // true
 */
export function protectSuppression(
  variables: readonly AuditVariable[],
  constraints: readonly AuditConstraint[],
  options: ProtectSuppressionOptions = {}
): ProtectedSuppression {
  const maxRounds = options.maxRounds ?? Infinity;
  // A cell whose rule not even hiding every cell can meet gets the width that can be met.
  const own: AuditVariable[] = [...variables];
  const system = indexAuditSystem(own, constraints);
  const suppressed = variables.map((v) => v.published && v.suppressed);
  const primary = variables.flatMap((_, i) => (suppressed[i] ? [i] : []));
  const audit = auditPattern(system, suppressed, primary);
  const secondary: string[] = [];
  const wholeGroups: string[] = [];
  const givenUp = new Set<number>();
  const added: number[] = [];
  const stale = new Set<number>();
  let rounds = 0;
  const suppress = (i: number): void => {
    if (suppressed[i]) return;
    suppressed[i] = true;
    secondary.push(variables[i]!.id);
    added.push(i);
    // A secondary cell is a hidden cell like any other: it must pass the audit too.
    if (variables[i]!.published) primary.push(i);
  };
  /** The widest range hiding every cell can give a cell (0: none). */
  const widestRange = (t: number): number => {
    const all = variables.map(
      (v, i) => suppressed[i] === true || (v.published && Number.isFinite(v.cost))
    );
    const interval = auditPattern(system, all, [t]).get(t);
    return interval === undefined ? 0 : interval.max - interval.min;
  };
  for (;;) {
    const failing = primary.find((t) => !givenUp.has(t) && audit.get(t)?.passes !== true);
    if (failing === undefined) break;
    if (!canBeProtected(variables[failing]!)) {
      givenUp.add(failing);
      continue;
    }
    let cells = rounds < maxRounds ? findProtectingCells(system, suppressed, failing) : null;
    if (cells !== null && cells.every((i) => suppressed[i])) {
      // the relaxation is content with what is hidden, the integer audit is not
      cells = findProtectingCells(system, suppressed, failing, true);
    }
    rounds++;
    for (const i of cells ?? []) suppress(i);
    if (added.length === 0) {
      // Not even hiding every cell would do (what the "<5" marks say together narrows it): the
      // cell is then protected as far as hiding can, and given up when that is not at all.
      const widest = widestRange(failing);
      if (widest < own[failing]!.required) {
        if (widest <= 0) givenUp.add(failing);
        else {
          own[failing] = { ...own[failing]!, required: widest };
          for (const [t, interval] of auditPattern(system, suppressed, [failing]))
            audit.set(t, interval);
        }
        continue;
      }
      const group = variables[failing]!.groups.find((g) =>
        variables.some(
          (v, i) => !suppressed[i] && v.published && Number.isFinite(v.cost) && v.groups.includes(g)
        )
      );
      if (group === undefined) {
        givenUp.add(failing);
        continue;
      }
      wholeGroups.push(group);
      variables.forEach((v, i) => {
        if (v.published && Number.isFinite(v.cost) && v.groups.includes(group)) suppress(i);
      });
    }
    // Only hidden components that took in a new cell changed; the others keep their audit.
    const roots = hiddenComponents(
      system,
      variables.map((v, i) => !v.published || suppressed[i] === true)
    );
    const changed = new Set(added.map((i) => roots[i]!));
    added.length = 0;
    // Hiding more only widens ranges, so a passing cell still passes: audit the failing ones
    // now and the others once at the end, for their final ranges.
    const again = primary.filter((t) => changed.has(roots[t]!));
    for (const t of again) if (audit.get(t)?.passes === true) stale.add(t);
    const failingAgain = again.filter((t) => audit.get(t)?.passes !== true);
    for (const [t, interval] of auditPattern(system, suppressed, failingAgain))
      audit.set(t, interval);
  }
  for (const [t, interval] of auditPattern(system, suppressed, stale)) audit.set(t, interval);
  return {
    suppressed: new Set(variables.flatMap((v, i) => (suppressed[i] ? [v.id] : []))),
    secondary,
    wholeGroups,
    relaxed: new Map(
      own.flatMap((v, i) => (v.required < variables[i]!.required ? [[v.id, v.required]] : []))
    ),
    audit: new Map<string, AuditInterval>(
      primary.flatMap((t) => {
        const interval = audit.get(t);
        return interval === undefined ? [] : [[variables[t]!.id, interval]];
      })
    ),
  };
}
