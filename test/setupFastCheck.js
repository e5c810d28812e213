// fast-check: random seeds while developing (to find new counterexamples), one fixed seed on
// CI (CI=true) so that a submission's result does not depend on luck. FC_SEED=n replays a run.
const fc = require("fast-check");

const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.CI
    ? 20241007
    : undefined;
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
