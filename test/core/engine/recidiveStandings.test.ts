import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/dayToIso";
import {
  meetsRecidiveCondition,
  RECIDIVE_CONDITIONS,
  recidiveConditionColumn,
  type RecidiveConditionId,
} from "../../../src/core/engine/recidiveConditions";
import { RecidiveStanding, recidiveStandings } from "../../../src/core/engine/recidiveStandings";
import { referenceData } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { computeRecidiveFacts } from "../../../src/core/recidive/recidiveFacts";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import {
  datasetArbitrary,
  historyDatasetArbitrary,
  recidiveOptionsArbitrary,
} from "../measures/referenceArbitraries";

/** Every recidive condition, as the engine lists them. */
const CONDITIONS = [...RECIDIVE_CONDITIONS] as RecidiveConditionId[];

describe("recidiveStandings", () => {
  it("gives every recidive condition the plain rule's answer for every case", () => {
    fc.assert(
      fc.property(
        fc.oneof(datasetArbitrary, historyDatasetArbitrary),
        recidiveOptionsArbitrary,
        (dataset, options) => {
          const recidive = resolveRecidiveOptions(options);
          const table = dataset.cases;
          const facts = computeRecidiveFacts(table, recidive.startField);
          const standings = recidiveStandings(table, facts, recidive.minGapMonths);
          const all = Int32Array.from({ length: table.size }, (_, i) => i);
          const records = referenceData(dataset).cases;
          for (const id of CONDITIONS) {
            const column = recidiveConditionColumn(id, recidive, standings, all);
            const plain = records.map((c) => +meetsRecidiveCondition(id, c, records, recidive));
            expect([id, Array.from(column)]).toEqual([id, plain]);
          }
        }
      ),
      { numRuns: 150 }
    );
  });

  it("marks a returning case, its earlier cases and a new client", () => {
    const rows = [
      ["Casusnummer", "Cliëntnummer", "Startdatum", "Einddatum", "Hoofddomeinen"],
      ["1", "A", "1-1-2022", "1-2-2022", "Werk"],
      ["2", "A", "1-3-2022", "1-4-2023", "Werk"],
      ["3", "A", "1-3-2024", "", "Werk, Financiën"],
      ["4", "B", "1-3-2024", "", "Werk"],
      ["5", "", "1-3-2024", "", "Werk"],
    ];
    const table = loadDataset({ cases: { rows }, asOf: isoToDay("2025-06-30") }).cases;
    const standings = recidiveStandings(table, computeRecidiveFacts(table, "startedOn"), 6);
    const { hasClient, newClient, returning, several, sharesDomain } = RecidiveStanding;
    expect(Array.from(standings)).toEqual([
      hasClient | newClient,
      hasClient, // case 1 closed a month before: less than the gap of 6 months
      hasClient | returning | several | sharesDomain,
      hasClient | newClient,
      0,
    ]);
  });
});
