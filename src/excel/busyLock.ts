/**
 * One busy lock for the task pane and the ribbon command. Both run in the add-in's shared
 * runtime (one window) but come from two bundles, each with its own copy of this module,
 * so the lock lives on `globalThis` under a registered symbol. A change is announced with
 * {@link BUSY_EVENT} so the pane can disable its buttons while the ribbon works.
 *
 * @module
 */
import { BUSY_EVENT } from "./paneEvents";

/** Who holds the lock. */
export type BusyOwner = "pane" | "ribbon";

/** `detail` of {@link BUSY_EVENT}. */
export interface BusyChange {
  readonly owner: BusyOwner;
  readonly busy: boolean;
}

const KEY = Symbol.for("welzijnsmonitor.busy");

type LockHolder = { [KEY]?: BusyOwner };

/**
 * Takes the lock when it is free.
 *
 * @param owner - the pane or the ribbon
 * @returns a release function, or null when the other (or the same) side is busy
 *
 * @example
 * const release = acquireBusy('ribbon');
 * if (!release) return; // the pane is writing a report
 * try { … } finally { release(); }
 */
export function acquireBusy(owner: BusyOwner): (() => void) | null {
  const holder = globalThis as LockHolder;
  if (holder[KEY]) return null;
  holder[KEY] = owner;
  announce({ owner, busy: true });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (holder[KEY] === owner) delete holder[KEY];
    announce({ owner, busy: false });
  };
}

/**
 * Who holds the lock now.
 *
 * @returns the owner, or null when nobody is busy
 */
export function busyOwner(): BusyOwner | null {
  return (globalThis as LockHolder)[KEY] ?? null;
}

function announce(detail: BusyChange): void {
  const target = (globalThis as { window?: EventTarget }).window;
  if (target && typeof CustomEvent !== "undefined")
    target.dispatchEvent(new CustomEvent(BUSY_EVENT, { detail }));
}
