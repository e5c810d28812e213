import { InvalidPeriodError } from "../../../src/core/errors";
import { dayToIso } from "../../../src/core/dates";
import { PERIOD_EXAMPLES, parsePeriod } from "../../../src/core/periods";

function shown(text: string): [string, string, string] {
  const period = parsePeriod(text);
  return [period.label, dayToIso(period.start), dayToIso(period.end)];
}

describe("parsePeriod", () => {
  it.each([
    ["t/m Q3 2024", "t/m Q3 2024", "2024-01-01", "2024-09-30"],
    ["T/M q3 2024", "t/m Q3 2024", "2024-01-01", "2024-09-30"],
    ["tm Q3 2024", "t/m Q3 2024", "2024-01-01", "2024-09-30"],
    ["t.m. Q3 2024", "t/m Q3 2024", "2024-01-01", "2024-09-30"],
    ["tot en met Q3 2024", "t/m Q3 2024", "2024-01-01", "2024-09-30"],
    ["t/m Q4 2023", "t/m Q4 2023", "2023-01-01", "2023-12-31"],
    ["Q3 2024", "Q3 2024", "2024-07-01", "2024-09-30"],
    ["q1 2024", "Q1 2024", "2024-01-01", "2024-03-31"],
    ["2024-Q3", "Q3 2024", "2024-07-01", "2024-09-30"],
    ["2024 Q3", "Q3 2024", "2024-07-01", "2024-09-30"],
    ["kwartaal 3 2024", "Q3 2024", "2024-07-01", "2024-09-30"],
    ["Kwartaal 2 2024", "Q2 2024", "2024-04-01", "2024-06-30"],
    ["3e kwartaal 2024", "Q3 2024", "2024-07-01", "2024-09-30"],
    ["2024", "2024", "2024-01-01", "2024-12-31"],
    ["H1 2024", "H1 2024", "2024-01-01", "2024-06-30"],
    ["h2 2024", "H2 2024", "2024-07-01", "2024-12-31"],
    ["2024-H2", "H2 2024", "2024-07-01", "2024-12-31"],
    ["t/m H1 2024", "t/m H1 2024", "2024-01-01", "2024-06-30"],
    ["jan 2024", "januari 2024", "2024-01-01", "2024-01-31"],
    ["januari 2024", "januari 2024", "2024-01-01", "2024-01-31"],
    ["Feb 2024", "februari 2024", "2024-02-01", "2024-02-29"],
    ["2024-01", "januari 2024", "2024-01-01", "2024-01-31"],
    ["mrt 2023", "maart 2023", "2023-03-01", "2023-03-31"],
    ["t/m sep 2024", "t/m september 2024", "2024-01-01", "2024-09-30"],
    ["t/m september 2024", "t/m september 2024", "2024-01-01", "2024-09-30"],
    ["1-1-2024 t/m 30-9-2024", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    ["01-01-2024 T/M 30-09-2024", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    ["2024-01-01..2024-09-30", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    ["2024-01-01 .. 2024-09-30", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    [
      "1 januari 2024 tot en met 30 september 2024",
      "1-1-2024 t/m 30-9-2024",
      "2024-01-01",
      "2024-09-30",
    ],
    ["1-1-2024 – 30-9-2024", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    ["t/m 30-9-2024", "1-1-2024 t/m 30-9-2024", "2024-01-01", "2024-09-30"],
    ["  Q3   2024 ", "Q3 2024", "2024-07-01", "2024-09-30"],
  ])("reads %j", (text, label, start, end) => {
    expect(shown(text)).toEqual([label, start, end]);
  });

  it("reads every example the error message lists", () => {
    for (const example of PERIOD_EXAMPLES) expect(() => parsePeriod(example)).not.toThrow();
  });

  it("gives a label that reads back as the same period", () => {
    for (const example of PERIOD_EXAMPLES) {
      const period = parsePeriod(example);
      expect(parsePeriod(period.label)).toEqual(period);
    }
  });

  describe("edge cases", () => {
    it.each([
      "",
      "xyz",
      "Q5 2024",
      "Q0 2024",
      "H3 2024",
      "2024-13",
      "foo 2024",
      "Q3 24",
      "1899",
      "t/m",
      "31-2-2024 t/m 1-3-2024",
      "2024-Q3-extra",
    ])("throws InvalidPeriodError for %j", (text) => {
      expect(() => parsePeriod(text)).toThrow(InvalidPeriodError);
    });

    it("says which forms are accepted", () => {
      expect(() => parsePeriod("volgend kwartaal")).toThrow(
        'Onbekende periode: "volgend kwartaal". Gebruik bijvoorbeeld "t/m Q3 2024", "Q3 2024", "2024-Q3", "kwartaal 3 2024", "2024", ' +
          '"H1 2024", "jan 2024", "januari 2024", "2024-01", "t/m sep 2024", "t/m september 2024", "1-1-2024 t/m 30-9-2024" of ' +
          '"2024-01-01..2024-09-30".'
      );
    });

    it("keeps the input on the error", () => {
      try {
        parsePeriod(" Q9 2024 ");
        throw new Error("no error");
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidPeriodError);
        expect((error as InvalidPeriodError).input).toBe(" Q9 2024 ");
        expect((error as InvalidPeriodError).name).toBe("InvalidPeriodError");
        expect((error as InvalidPeriodError).message).toMatch(/^Onbekende periode: "Q9 2024"\./);
      }
    });

    it("rejects a range that ends before it starts, naming the problem", () => {
      expect(() => parsePeriod("30-9-2024 t/m 1-1-2024")).toThrow(
        /^Ongeldige periode: "30-9-2024 t\/m 1-1-2024": de begindatum ligt na de einddatum\. Gebruik bijvoorbeeld/
      );
    });

    it("accepts a one-day range", () => {
      expect(shown("3-1-2024 t/m 3-1-2024")).toEqual([
        "3-1-2024 t/m 3-1-2024",
        "2024-01-03",
        "2024-01-03",
      ]);
    });
  });
});
