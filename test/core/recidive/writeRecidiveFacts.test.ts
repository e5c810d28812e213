import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { countCasesByClient } from "../../../src/core/recidive/caseTuples";
import { computeRecidiveFacts } from "../../../src/core/recidive/recidiveFacts";
import { recidiveFactInput } from "../../../src/core/recidive/recidiveFactInput";
import { RecidiveStatus } from "../../../src/core/recidive/recidiveStatus";
import { writeRecidiveFacts } from "../../../src/core/recidive/walkClientCases";
import type { CaseTable, RecidiveOptions } from "../../../src/core/types";
import { datasetArbitrary } from "../measures/referenceArbitraries";

/** The packed facts written with at most `rangeTuples` tuples scattered at a time. */
function factsInRanges(
  table: CaseTable,
  startField: RecidiveOptions["startField"],
  rangeTuples: number
): Int32Array {
  const packed = new Int32Array(table.size);
  writeRecidiveFacts(recidiveFactInput(table, startField), packed, rangeTuples);
  return packed;
}

describe("writeRecidiveFacts", () => {
  it("writes the same facts when the buckets are scattered one range at a time", () => {
    // One range holds every tuple (the engine's facts, which the reference tests check);
    // rangeTuples 1 scatters each bucket alone, 3 packs small buckets together.
    fc.assert(
      fc.property(
        datasetArbitrary,
        fc.constantFrom<RecidiveOptions["startField"]>("startedOn", "registeredOn"),
        fc.constantFrom(1, 3),
        (dataset, startField, rangeTuples) => {
          const whole = computeRecidiveFacts(dataset.cases, startField).packed;
          expect(factsInRanges(dataset.cases, startField, rangeTuples)).toEqual(whole);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("finds the earlier case of a client in another range than other clients", () => {
    const rows = [["Casusnummer", "Cliëntnummer", "Startdatum", "Einddatum", "Hoofddomeinen"]];
    // Twelve clients, so several buckets; client K12 has an earlier case closed in 2023.
    for (let k = 1; k <= 12; k++) rows.push([`c${k}`, `K${k}`, "1-3-2024", "", "Werk"]);
    rows.push(["e12", "K12", "1-1-2022", "1-2-2023", "Werk"]);
    const table = loadDataset({ cases: { rows }, asOf: isoToDay("2025-06-30") }).cases;
    expect(countCasesByClient(recidiveFactInput(table, "startedOn")).bucketStart.length).toBe(5);
    const packed = factsInRanges(table, "startedOn", 1);
    expect(Array.from(packed.subarray(0, 11))).toEqual(Array(11).fill(RecidiveStatus.noEarlier));
    // c12: an earlier case closed on 1-2-2023 that shares the domain.
    expect(packed[11]).toBe((isoToDay("2023-02-01") << 4) | 8 | RecidiveStatus.earlierClosed);
    expect(packed[12]).toBe(RecidiveStatus.noEarlier);
  });
});
