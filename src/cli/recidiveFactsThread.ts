/**
 * The worker thread of {@link RecidiveFactsWorker}: computes the recidive facts of the jobs
 * it is sent, each into the job's shared `packed` array, and the recidive tallies of periods
 * from those facts; signals each job through its `signal` (see `FactsSignal`) and posts
 * tallies on the port it was given. It holds no case data between jobs.
 *
 * @module
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { computeRecidiveFacts } from "../core/recidive/computeRecidiveFacts";
import {
  tallyRecidivePartitions,
  type PartitionedRecidive,
  type RecidivePartitionInput,
} from "../core/recidive/partitionedRecidive";
import type { RecidiveFactInput } from "../core/recidive/recidiveFactInput";
import { FactsSignal } from "./factsSignal";

/** What the thread is given at its start. */
export interface ThreadData {
  /** Set to `FactsSignal.done` once the code is loaded. */
  readonly state: Int32Array;
  /** Where tallies go. */
  readonly port: MessagePort;
}

/** Compute a table's facts into `packed`. */
export interface FactsJob {
  readonly kind: "facts";
  readonly input: RecidiveFactInput;
  readonly packed: Int32Array;
  readonly signal: Int32Array;
}

/** Tally one or two periods from facts computed before (their job's signal must say done). */
export interface TallyJob {
  readonly kind: "tallies";
  readonly id: number;
  readonly input: RecidivePartitionInput;
  readonly factsSignal: Int32Array;
  readonly signal: Int32Array;
}

/** A tally job's answer on the port: per period of the job, its tallies. */
export interface TallyAnswer {
  readonly id: number;
  readonly tallies: readonly PartitionedRecidive[];
}

/**
 * A full collection of this thread's (small) heap. The job's columns are SharedArrayBuffers
 * that live until both threads have let go of them, and this thread allocates too little to
 * collect by itself: without this, every table's columns (80 MB at a million cases) stayed in
 * memory until the process had grown by a gigabyte, and the main thread slowed down.
 */
function collectGarbage(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  setFlagsFromString("--no-expose-gc");
  return gc;
}

/** Quiet time after a job before the thread collects its heap. */
const IDLE_MS = 10;

function run(job: FactsJob | TallyJob, port: MessagePort): number {
  if (job.kind === "facts") {
    computeRecidiveFacts(job.input, job.packed);
    return FactsSignal.done;
  }
  // Tallies from facts that failed would be wrong: the main thread makes them itself then.
  if (Atomics.load(job.factsSignal, 0) !== FactsSignal.done) return FactsSignal.failed;
  const answer: TallyAnswer = { id: job.id, tallies: tallyRecidivePartitions(job.input) };
  port.postMessage(answer);
  return FactsSignal.done;
}

if (parentPort !== null) {
  const { state, port } = workerData as ThreadData;
  const collect = collectGarbage();
  let idle: ReturnType<typeof setTimeout> | undefined;
  parentPort.on("message", (job: FactsJob | TallyJob) => {
    clearTimeout(idle);
    let outcome: number;
    try {
      outcome = run(job, port);
    } catch {
      outcome = FactsSignal.failed;
    }
    Atomics.store(job.signal, 0, outcome);
    Atomics.notify(job.signal, 0);
    // Once no job has come for a while: a collection (a few ms) between a table's facts and
    // its tallies would only delay the tallies.
    idle = setTimeout(collect, IDLE_MS);
  });
  // The code is loaded: from now on the main thread may count on answers.
  Atomics.store(state, 0, FactsSignal.done);
  Atomics.notify(state, 0);
}
