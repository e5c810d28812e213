import { FIELD_DEFINITIONS } from "../../src/core/mapping/fieldDefinitions";
import { fieldTypingName } from "../../src/core/mapping/findFieldByName";
import { ENGLISH_ALIASES } from "../../src/cli/parseCliArgs";
import { HELP_WIDTH, USAGE_TEXT } from "../../src/cli/usageText";

const ALIAS_LINE = "Engelse namen zoals --cases, --period, --out en --map werken ook.";

describe("USAGE_TEXT", () => {
  it("lists the --kolom field names per table in Dutch, from the field definitions", () => {
    expect(USAGE_TEXT).toContain(
      "  --kolom veld=Kolomkop    kolomkeuze verbeteren (herhaalbaar), bijvoorbeeld\n" +
        '                           --kolom "clientnummer=Klantnr"; voor een andere tabel met een\n'
    );
    expect(USAGE_TEXT).toContain(
      "                           casussen: casusnummer, clientnummer, soorttraject, product,\n"
    );
    expect(USAGE_TEXT).toContain(
      "                           zrm.: casusnummer, domein, beginscore, eindscore, doelscore\n"
    );
    expect(USAGE_TEXT).toContain("                           klachten.: datum\n");
    expect(USAGE_TEXT).toMatch(/^ {27}activiteiten\.: activiteitnummer, naamactiviteit,/m);
    // Every field of every table, wrapped or not.
    const listed = USAGE_TEXT.replace(/,\n {29}/g, ", ");
    for (const definitions of Object.values(FIELD_DEFINITIONS)) {
      const names = definitions.map(fieldTypingName).join(", ");
      expect(listed).toMatch(new RegExp(`^ {27}[a-z]+\\.?: ${names}$`, "m"));
    }
  });

  it("names every option by its Dutch name; English names only in the one alias line", () => {
    expect(USAGE_TEXT.split("\n").filter((line) => line === ALIAS_LINE)).toHaveLength(1);
    const withoutAliasLine = USAGE_TEXT.replace(ALIAS_LINE, "");
    for (const alias of ENGLISH_ALIASES.keys())
      expect({ alias, found: new RegExp(`--${alias}(?![\\w-])`).test(withoutAliasLine) }).toEqual({
        alias,
        found: false,
      });
    expect(USAGE_TEXT).not.toMatch(/welzijnsmonitor report/);
    for (const dutch of new Set(ENGLISH_ALIASES.values()))
      expect(USAGE_TEXT).toMatch(new RegExp(`--${dutch}(?![\\w-])`));
    expect(USAGE_TEXT).toContain(
      "Gebruik:\n  welzijnsmonitor rapport --casussen BESTAND --periode PERIODE [opties]\n"
    );
    expect(USAGE_TEXT).toContain(
      'Voorbeeld:\n  welzijnsmonitor rapport --casussen export.xlsx --periode "t/m Q3 2024" --uit rapport.xlsx\n'
    );
    expect(USAGE_TEXT).toContain("  -h, --hulp               deze hulp\n");
  });

  it(`has no line longer than ${HELP_WIDTH} characters`, () => {
    const long = USAGE_TEXT.split("\n").filter((line) => line.length > HELP_WIDTH);
    expect(long).toEqual([]);
  });
});
