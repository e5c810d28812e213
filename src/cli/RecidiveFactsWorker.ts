/**
 * A worker thread for the recidive facts (the command line's second core).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from "node:worker_threads";
import {
  provideRecidiveTallier,
  type PendingPartitionedRecidive,
} from "../core/recidive/getPartitionedRecidive";
import {
  recidivePartitionInput,
  type PartitionedRecidive,
} from "../core/recidive/partitionedRecidive";
import { provideRecidiveFacts } from "../core/recidive/recidiveFacts";
import { recidiveFactInput } from "../core/recidive/recidiveFactInput";
import type { CaseTable, Period, RecidiveOptions } from "../core/types";
import { FactsSignal } from "./factsSignal";
import type { FactsJob, TallyAnswer, TallyJob, ThreadData } from "./recidiveFactsThread";

/** Below this many cases the facts take a few milliseconds: not worth a message. */
export const MIN_WORKER_CASES = 20_000;

/** Largest share of text case ids (the rest whole numbers) with which a table is sent. */
const MAX_TEXT_ID_SHARE = 0.01;

/** Longest wait for a job before the main thread computes the facts itself. */
const JOB_TIMEOUT_MS = 60_000;

/** Options of {@link RecidiveFactsWorker.start}. */
export interface RecidiveFactsWorkerOptions {
  /** The thread's script; default the compiled `recidiveFactsThread.js` beside this file. */
  readonly script?: string;
  /** Smallest table to send; default {@link MIN_WORKER_CASES}. */
  readonly minCases?: number;
  /** Longest wait for a job, in ms; default 60 s. */
  readonly timeoutMs?: number;
}

/**
 * Computes a table's recidive facts, and from them the recidive tallies of the report's
 * periods, on a second thread while the main thread tallies the other KPIs
 * (`provideRecidiveFacts`, `provideRecidiveTallier`): at a million cases that takes about
 * half of the report phase off the main thread. The columns go over as they are: the parser
 * keeps them (and the scan its flags) in SharedArrayBuffers, so nothing is copied; the facts
 * come back in one, the tallies (a few numbers and the recidive clients) as a message. The
 * thread does nothing but compute (no file or network access) and keeps nothing between
 * tables.
 *
 * Whatever goes wrong (no thread script, a thread that fails or does not answer) the main
 * thread computes the facts itself: the result never depends on the thread.
 *
 * @example
 * const worker = RecidiveFactsWorker.start();
 * const dataset = loadDataset(input);
 * worker.prefetch(dataset.cases, 'startedOn');
 * const report = buildStandardReport(dataset, period);
 * await worker.close();
 */
export class RecidiveFactsWorker {
  private broken = false;
  private nextId = 0;
  /** Tallies read from the port before their job was waited for, by job id. */
  private readonly answers = new Map<number, readonly PartitionedRecidive[]>();

  private constructor(
    private readonly worker: Worker | null,
    private readonly state: Int32Array,
    private readonly port: MessagePort | null,
    private readonly minCases: number,
    private readonly timeoutMs: number
  ) {}

  /**
   * Starts the thread (it loads its code in the background; until it has, `prefetch` does
   * nothing). Without the thread's script (tests on the TypeScript sources) there is none.
   *
   * @param options - Script, smallest table and timeout.
   * @returns The worker.
   */
  static start(options: RecidiveFactsWorkerOptions = {}): RecidiveFactsWorker {
    const script = options.script ?? join(__dirname, "recidiveFactsThread.js");
    const state = new Int32Array(new SharedArrayBuffer(4));
    const minCases = options.minCases ?? MIN_WORKER_CASES;
    const timeoutMs = options.timeoutMs ?? JOB_TIMEOUT_MS;
    if (!existsSync(script)) return new RecidiveFactsWorker(null, state, null, minCases, timeoutMs);
    const { port1, port2 } = new MessageChannel();
    const data: ThreadData = { state, port: port2 };
    const worker = new Worker(script, { workerData: data, transferList: [port2] });
    worker.unref();
    port1.unref();
    const facts = new RecidiveFactsWorker(worker, state, port1, minCases, timeoutMs);
    worker.on("error", () => {
      facts.broken = true;
    });
    worker.on("exit", () => {
      facts.broken = true;
    });
    return facts;
  }

  /** Whether the thread has loaded its code and can take tables. */
  get ready(): boolean {
    return !this.broken && Atomics.load(this.state, 0) === FactsSignal.done;
  }

  /**
   * Waits (blocking) until the thread has loaded its code, at most `timeoutMs`.
   *
   * @param timeoutMs - Longest wait.
   * @returns Whether it is ready.
   */
  waitUntilReady(timeoutMs: number): boolean {
    if (this.worker === null || this.broken) return false;
    Atomics.wait(this.state, 0, FactsSignal.pending, timeoutMs);
    return this.ready;
  }

  /**
   * Sends a table's facts to the thread and registers them with the core, which waits for
   * them when it needs them (and computes them itself if the thread fails); registers the
   * thread as the table's recidive tallier for the same start field.
   *
   * @param table - The case table (the dataset's, as the report reads it).
   * @param startField - The recidive start field of the report.
   * @returns Whether the thread took the table (false: too small, more than 1% text case
   *   ids, not ready, or broken).
   */
  prefetch(table: CaseTable, startField: RecidiveOptions["startField"]): boolean {
    if (this.worker === null || !this.ready || table.size < this.minCases) return false;
    const input = recidiveFactInput(table, startField);
    // Text case ids would be copied to the thread one string at a time: at a million cases
    // that costs more than the thread saves.
    if (input.caseIds.texts.length > table.size * MAX_TEXT_ID_SHARE) return false;
    this.forgetAnswers();
    const job: FactsJob = {
      kind: "facts",
      input,
      packed: new Int32Array(new SharedArrayBuffer(4 * table.size)),
      signal: new Int32Array(new SharedArrayBuffer(4)),
    };
    this.worker.postMessage(job);
    provideRecidiveFacts(table, startField, () => (this.wait(job.signal) ? job.packed : null));
    provideRecidiveTallier(table, (periods, flags, options) =>
      options.startField === startField ? this.tally(table, job, periods, flags, options) : null
    );
    return true;
  }

  /** Sends the tallies of periods to the thread (after the facts job, which it needs). */
  private tally(
    table: CaseTable,
    facts: FactsJob,
    periods: readonly Period[],
    flags: readonly Uint8Array[],
    options: RecidiveOptions
  ): PendingPartitionedRecidive | null {
    if (this.worker === null || this.broken) return null;
    const job: TallyJob = {
      kind: "tallies",
      id: this.nextId++,
      input: recidivePartitionInput(
        table,
        periods.map((period, q) => ({
          flags: flags[q] as Uint8Array,
          start: period.start,
          end: period.end,
        })),
        options,
        { startDay: facts.input.startDay, packed: facts.packed }
      ),
      factsSignal: facts.signal,
      signal: new Int32Array(new SharedArrayBuffer(4)),
    };
    this.worker.postMessage(job);
    return () => (this.wait(job.signal) ? this.answer(job.id) : null);
  }

  /** Drops the answers of earlier tables that were never asked for. */
  private forgetAnswers(): void {
    this.answers.clear();
    while (this.port !== null && receiveMessageOnPort(this.port) !== undefined);
  }

  /** The tallies of a job that has signalled done, read from the port. */
  private answer(id: number): readonly PartitionedRecidive[] | null {
    for (;;) {
      const kept = this.answers.get(id);
      if (kept !== undefined) {
        this.answers.delete(id);
        return kept;
      }
      const received = this.port === null ? undefined : receiveMessageOnPort(this.port);
      if (received === undefined) return null;
      const { id: other, tallies } = received.message as TallyAnswer;
      this.answers.set(other, tallies);
    }
  }

  /**
   * Stops the thread.
   *
   * @returns When it has stopped.
   */
  async close(): Promise<void> {
    this.broken = true;
    this.port?.close();
    if (this.worker !== null) await this.worker.terminate();
  }

  /** Waits (blocking, at most `timeoutMs`) for a job; whether it was done. */
  private wait(signal: Int32Array): boolean {
    if (Atomics.load(signal, 0) === FactsSignal.pending && !this.broken)
      Atomics.wait(signal, 0, FactsSignal.pending, this.timeoutMs);
    const outcome = Atomics.load(signal, 0);
    if (outcome === FactsSignal.pending) this.broken = true;
    return outcome === FactsSignal.done;
  }
}
