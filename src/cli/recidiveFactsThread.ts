/**
 * The worker thread of {@link RecidiveFactsWorker}: computes the recidive facts of the jobs
 * it is sent, each into the job's shared `packed` array, and signals through the job's
 * `signal` (see `FactsSignal`). It holds no case data between jobs.
 *
 * @module
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { computeRecidiveFacts } from "../core/recidive/computeRecidiveFacts";
import type { RecidiveFactInput } from "../core/recidive/recidiveFactInput";
import { FactsSignal } from "./factsSignal";

/** One job: the columns, where the facts go, and the signal to set when they are there. */
export interface FactsJob {
  readonly input: RecidiveFactInput;
  readonly packed: Int32Array;
  readonly signal: Int32Array;
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

if (parentPort !== null) {
  const collect = collectGarbage();
  parentPort.on("message", (job: FactsJob) => {
    let outcome: number = FactsSignal.done;
    try {
      computeRecidiveFacts(job.input, job.packed);
    } catch {
      // The main thread computes them itself then.
      outcome = FactsSignal.failed;
    }
    Atomics.store(job.signal, 0, outcome);
    Atomics.notify(job.signal, 0);
    collect();
  });
  // The code is loaded: from now on the main thread may count on answers.
  const state = workerData as Int32Array;
  Atomics.store(state, 0, FactsSignal.done);
  Atomics.notify(state, 0);
}
