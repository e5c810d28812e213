/**
 * States of the shared Int32 through which {@link RecidiveFactsWorker}'s thread answers:
 * a job's signal, and the thread's "loaded" state (done = ready).
 */
export const FactsSignal = {
  pending: 0,
  done: 1,
  failed: 2,
} as const;
