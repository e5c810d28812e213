import { dayToIso } from "../../../src/core/dates";
import { parsePeriod, previousYearPeriod } from "../../../src/core/periods";
import { day } from "../../helpers/rows";

function previous(text: string): [string, string, string] {
  const period = previousYearPeriod(parsePeriod(text));
  return [period.label, dayToIso(period.start), dayToIso(period.end)];
}

describe("previousYearPeriod", () => {
  it.each([
    ["t/m Q3 2024", "t/m Q3 2023", "2023-01-01", "2023-09-30"],
    ["Q3 2024", "Q3 2023", "2023-07-01", "2023-09-30"],
    ["2024", "2023", "2023-01-01", "2023-12-31"],
    ["H1 2024", "H1 2023", "2023-01-01", "2023-06-30"],
    ["januari 2024", "januari 2023", "2023-01-01", "2023-01-31"],
    ["t/m september 2024", "t/m september 2023", "2023-01-01", "2023-09-30"],
    ["1-1-2024 t/m 30-9-2024", "1-1-2023 t/m 30-9-2023", "2023-01-01", "2023-09-30"],
    ["15-3-2024 t/m 14-6-2024", "15-3-2023 t/m 14-6-2023", "2023-03-15", "2023-06-14"],
  ])("compares %j with %j", (text, label, start, end) => {
    expect(previous(text)).toEqual([label, start, end]);
  });

  describe("edge cases", () => {
    it("maps 29 February to 28 February", () => {
      expect(previous("29-2-2024 t/m 31-3-2024")).toEqual([
        "28-2-2023 t/m 31-3-2023",
        "2023-02-28",
        "2023-03-31",
      ]);
      expect(previous("februari 2024")).toEqual(["februari 2023", "2023-02-01", "2023-02-28"]);
    });

    it("keeps a month-end end at the month end a year earlier", () => {
      expect(previous("februari 2025")).toEqual(["februari 2024", "2024-02-01", "2024-02-29"]);
      expect(previous("1-2-2025 t/m 28-2-2025")).toEqual([
        "1-2-2024 t/m 29-2-2024",
        "2024-02-01",
        "2024-02-29",
      ]);
      expect(previous("t/m Q1 2025")).toEqual(["t/m Q1 2024", "2024-01-01", "2024-03-31"]);
    });

    it("labels a hand-made period by its date range", () => {
      expect(
        previousYearPeriod({
          label: "Mijn periode",
          start: day("2024-02-10"),
          end: day("2024-05-20"),
        })
      ).toEqual({
        label: "10-2-2023 t/m 20-5-2023",
        start: day("2023-02-10"),
        end: day("2023-05-20"),
      });
    });

    it("does not trust a label that disagrees with the range", () => {
      const period = previousYearPeriod({
        label: "Q3 2024",
        start: day("2024-07-01"),
        end: day("2024-07-31"),
      });
      expect(period.label).toBe("1-7-2023 t/m 31-7-2023");
    });

    it("can be applied twice", () => {
      const period = previousYearPeriod(previousYearPeriod(parsePeriod("t/m Q3 2024")));
      expect([period.label, dayToIso(period.start), dayToIso(period.end)]).toEqual([
        "t/m Q3 2022",
        "2022-01-01",
        "2022-09-30",
      ]);
    });
  });
});
