/**
 * A test host over the in-memory workbook: `run` mimics `Excel.run` (a new context per
 * batch, pending operations synced when the batch ends, as Excel.run does) and the
 * settings mimic `Office.context.document.settings` with saveAsync.
 */
import type { ExcelHost } from "../../../src/excel/excelHost";
import type { SettingsStore } from "../../../src/excel/storedSettings";
import { FakeRequestContext } from "./fakeContext";
import type { FakeWorkbook } from "./fakeWorkbook";

/** Document settings in memory; `saved` is what a reopened workbook would find. */
export class FakeSettings implements SettingsStore {
  private readonly data = new Map<string, unknown>();
  saved: string | null = null;
  saveCount = 0;

  constructor(saved: string | null = null) {
    this.saved = saved;
    if (saved)
      for (const [k, v] of Object.entries(JSON.parse(saved) as Record<string, unknown>))
        this.data.set(k, v);
  }

  get(key: string): unknown {
    // Office hands out a copy; a caller mutating it must not change the document.
    const value = this.data.get(key);
    return value === undefined ? null : JSON.parse(JSON.stringify(value));
  }

  set(key: string, value: unknown): void {
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }

  async save(): Promise<void> {
    await Promise.resolve();
    this.saveCount++;
    this.saved = JSON.stringify(Object.fromEntries(this.data));
  }

  /** The settings a reopened copy of the saved workbook would have. */
  reopen(): FakeSettings {
    return new FakeSettings(this.saved);
  }
}

/** A host whose `run` works on the given workbook; every context created is kept. */
export function createFakeHost(
  book: FakeWorkbook,
  settings: FakeSettings = new FakeSettings()
): ExcelHost & {
  book: FakeWorkbook;
  settings: FakeSettings;
  contexts: FakeRequestContext[];
} {
  const contexts: FakeRequestContext[] = [];
  return {
    book,
    settings,
    contexts,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(book);
      contexts.push(context);
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
}
