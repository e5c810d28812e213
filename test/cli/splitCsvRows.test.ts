import fc from "fast-check";
import Papa from "papaparse";
import { csvRowChunks } from "../../src/cli/csvRowChunks";
import { detectDelimiter } from "../../src/cli/detectDelimiter";
import { CSV_STOP, splitCsvRows } from "../../src/cli/splitCsvRows";

type Rows = string[][];

/** Today's reading before this parser: Papa as readCsv configured it, trailing blank rows dropped. */
function papaRows(text: string, delimiter: string, newline?: "\r\n" | "\n" | "\r"): Rows {
  const rows = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false }).data;
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === "")) rows.pop();
  return rows;
}

function splitRows(pieces: string[], delimiter: string, chunkRows?: number): Rows {
  return [...splitCsvRows(pieces, { delimiter, chunkRows })].flatMap((chunk) => chunk.rows);
}

/** Cuts a text into pieces at the given offsets (anywhere: inside quotes, between CR and LF). */
function cut(text: string, at: readonly number[]): string[] {
  const offsets = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    pieces.push(text.slice(from, offset));
    from = offset;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const DELIMITERS = [";", ",", "\t"] as const;
const BREAKS = ["\r\n", "\n", "\r"] as const;

/** Text of a field: letters, spaces, and the characters CSV has to quote. */
const fieldText = fc
  .array(fc.constantFrom("a", "b", "é", " ", ";", ",", "\t", '"', "\n", "\r", "\r\n"), {
    maxLength: 6,
  })
  .map((chars) => chars.join(""));

/**
 * A field as a CSV writer writes it, for delimiter `d`: quoted (`""` for a
 * quote) when it must be or when the writer likes to, else as it is; an unquoted field may
 * hold a quote after its first character (an ordinary character for both parsers).
 */
function writeField(text: string, quoted: boolean, d: string): string {
  const special = [d, '"', "\n", "\r"].some((s) => text.includes(s));
  if (quoted || special) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Unquoted field text without specials, with a stray quote inside (not first) if asked. */
const plainText = (d: string, strayQuotes: boolean): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom("", "1", "Noord", "8,5", "3-1-2024", " x "), fc.boolean())
    .map(([text, quote]) =>
      strayQuotes && quote && text.length > 1 ? `${text[0]}"${text.slice(1)}` : text
    )
    .filter((text) => !text.includes(d));

/** Well-formed CSV text with one kind of line break. */
const csvText = (strayQuotes: boolean) =>
  fc
    .record({
      d: fc.constantFrom(...DELIMITERS),
      br: fc.constantFrom(...BREAKS),
      lastBreak: fc.boolean(),
      trailingBlank: fc.nat(2),
    })
    .chain(({ d, br, lastBreak, trailingBlank }) =>
      fc
        .array(
          fc.array(
            fc.oneof(
              fc.tuple(fieldText, fc.boolean()).map(([t, q]) => writeField(t, q, d)),
              plainText(d, strayQuotes)
            ),
            { minLength: 1, maxLength: 5 }
          ),
          { minLength: 1, maxLength: 8 }
        )
        .map((rows) => ({
          d,
          br,
          text:
            rows.map((fields) => fields.join(d)).join(br) +
            (lastBreak ? br : "") +
            br.repeat(trailingBlank),
        }))
    );

describe("splitCsvRows", () => {
  it("gives exactly Papa's rows on well-formed text, however the text is cut into pieces and rows into chunks", () => {
    fc.assert(
      fc.property(
        csvText(false),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        ({ d, text }, cuts, chunkRows) => {
          expect(splitRows(cut(text, cuts), d, chunkRows)).toEqual(papaRows(text, d));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("gives Papa's rows on text with quotes inside unquoted fields, when Papa is told the line break", () => {
    // Told nothing, Papa guesses the line break with a regular expression that pairs quotes;
    // a stray quote can mislead it (see the edge cases).
    fc.assert(
      fc.property(csvText(true), fc.array(fc.nat(), { maxLength: 6 }), ({ d, br, text }, cuts) => {
        expect(splitRows(cut(text, cuts), d, 3)).toEqual(papaRows(text, d, br));
      }),
      { numRuns: 1000 }
    );
  });

  it("gives each line its row when a file mixes CRLF, LF and CR", () => {
    const cell = fc.oneof(fieldText, fc.constantFrom("", "Noord", "1"));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...BREAKS), { minLength: 6, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, breaks, cuts) => {
          const written = rows.map((fields) =>
            fields.map((f) => writeField(f, false, ";")).join(";")
          );
          // A CR ending one line and an LF ending an empty next line are one CRLF.
          fc.pre(
            !written.some(
              (w, i) => i > 0 && w === "" && breaks[i - 1] === "\r" && breaks[i] !== "\r"
            )
          );
          const text = rows
            .map((fields, i) => fields.map((f) => writeField(f, false, ";")).join(";") + breaks[i])
            .join("");
          const expected = rows.slice();
          while (expected.length > 0 && (expected.at(-1) ?? []).every((f) => f === ""))
            expected.pop();
          expect(splitRows(cut(text, cuts), ";", 2)).toEqual(expected);
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("reads lines without quotes (the fast path) with their marks and a stop, whatever the pieces", () => {
    // Plain cells and every kind of line break: the rows that `readPlainRows` takes, and the
    // lone CRs, marks, stops and piece ends that must hand a row back to `readRow` (up to 40
    // lines, so that the loop is tried again after the rows it pauses for).
    const cell = fc.constantFrom("", "1", "Noord", "3-1-2024", " x ", "é");
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom("\r\n", "\n", "\r", "\r\n", "\n"), {
          minLength: 40,
          maxLength: 40,
        }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.option(fc.nat()),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...DELIMITERS),
        (rows, breaks, lastBreak, cuts, markSeeds, stopSeed, chunkRows, d) => {
          // A CR ending one line and an LF ending an empty next line are one CRLF.
          fc.pre(
            !rows.some(
              (fields, i) =>
                i > 0 &&
                fields.join("") === "" &&
                breaks[i - 1] === "\r" &&
                breaks[i] === "\n" &&
                (i < rows.length - 1 || lastBreak)
            )
          );
          const lines = rows.map((fields) => fields.join(d));
          const starts: number[] = [];
          let text = "";
          lines.forEach((line, i) => {
            starts.push(text.length);
            text += line + (i < lines.length - 1 || lastBreak ? breaks[i] : "");
          });
          // Marks on letters, each in the cell that holds it.
          const letters = [...text].flatMap((char, i) => (/[a-zé0-9]/.test(char) ? [i] : []));
          const marks = [
            ...new Set(
              markSeeds.flatMap((m) => (letters.length > 0 ? [letters[m % letters.length]!] : []))
            ),
          ].sort((a, b) => a - b);
          const cellOf = (offset: number): { rowIndex: number; column: number } => {
            const rowIndex = starts.filter((start) => start <= offset).length - 1;
            const before = text.slice(starts[rowIndex], offset);
            return { rowIndex, column: before.split(d).length - 1 };
          };
          const expectedMarked: {
            rowIndex: number;
            column: number;
            firstMark: number;
            markCount: number;
          }[] = [];
          marks.forEach((offset, index) => {
            const { rowIndex, column } = cellOf(offset);
            const last = expectedMarked.at(-1);
            if (last !== undefined && last.rowIndex === rowIndex && last.column === column)
              last.markCount++;
            else expectedMarked.push({ rowIndex, column, firstMark: index, markCount: 1 });
          });
          // A stop at the start of a line, or anywhere (inside a line it is passed over); as
          // at a real cut, never at the end of the text.
          const stopAt =
            stopSeed === null || text.length === 0
              ? undefined
              : stopSeed % 2 === 0
                ? starts[(stopSeed >> 1) % starts.length]!
                : (stopSeed >> 1) % text.length;
          const stop = stopAt !== undefined && stopAt < text.length ? stopAt : undefined;
          const pieces: (string | typeof CSV_STOP)[] = cut(text, [
            ...cuts,
            ...(stop === undefined ? [] : [stop]),
          ]);
          if (stop !== undefined) {
            let length = 0;
            const at = pieces.findIndex((piece) => {
              if (length === stop) return true;
              length += (piece as string).length;
              return false;
            });
            pieces.splice(at < 0 ? pieces.length : at, 0, CSV_STOP);
          }
          const chunks = [...splitCsvRows(pieces, { delimiter: d, marks, chunkRows })];
          const expected = rows.map((fields) => fields.slice());
          while (expected.length > 0 && (expected.at(-1) ?? []).every((f) => f === ""))
            expected.pop();
          expect(chunks.flatMap((chunk) => chunk.rows)).toEqual(expected);
          expect(chunks.flatMap((chunk) => chunk.markedCells)).toEqual(expectedMarked);
          const atStop = chunks.filter((chunk) => chunk.atStop === true);
          const stopRow = stop === undefined ? -1 : starts.indexOf(stop);
          if (stopRow >= 0 && stopRow < expected.length) {
            expect(atStop.map((chunk) => chunk.firstRowIndex)).toEqual([stopRow]);
            const position = chunks.indexOf(atStop[0]!);
            for (const chunk of chunks.slice(0, position))
              expect(chunk.firstRowIndex + chunk.rows.length).toBeLessThanOrEqual(stopRow);
          } else if (stopRow < 0) expect(atStop).toEqual([]);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("hands out chunks of at most chunkRows rows with the index of their first row", () => {
    const chunks = [...splitCsvRows(["a\n\n\nb\nc\nd\n\n"], { delimiter: ";", chunkRows: 2 })];
    expect(chunks.map((chunk) => [chunk.firstRowIndex, chunk.rows])).toEqual([
      [0, [["a"], [""]]],
      // The blank lines 2 and 3 are held back until line 4 shows they are not trailing.
      [2, [[""], ["b"]]],
      [4, [["c"], ["d"]]],
    ]);
  });

  it("finds the cells of marked characters, in quoted and unquoted fields and across pieces", () => {
    const text = 'a;b\nxé;"y\n;é"\n1;2é\n';
    const marks = [...text].flatMap((char, i) => (char === "é" ? [i] : []));
    const chunks = [...splitCsvRows(cut(text, [9, 13]), { delimiter: ";", marks, chunkRows: 2 })];
    expect(chunks.flatMap((chunk) => chunk.markedCells)).toEqual([
      { rowIndex: 1, column: 0, firstMark: 0, markCount: 1 },
      { rowIndex: 1, column: 1, firstMark: 1, markCount: 1 },
      { rowIndex: 2, column: 1, firstMark: 2, markCount: 1 },
    ]);
  });

  it("stops where a row starts exactly at a CSV_STOP, and reads on when resumed", () => {
    const chunks = [
      ...splitCsvRows(["a;b\n1;2\n", CSV_STOP, "\n3;4\n"], { delimiter: ";", chunkRows: 10 }),
    ];
    expect(chunks.map(({ firstRowIndex, rows, atStop }) => [firstRowIndex, rows, atStop])).toEqual([
      [
        0,
        [
          ["a", "b"],
          ["1", "2"],
        ],
        undefined,
      ],
      [2, [], true],
      [2, [[""], ["3", "4"]], undefined],
    ]);
  });

  it("passes over a CSV_STOP inside a quoted field with a line break", () => {
    const chunks = [...splitCsvRows(['a;"b\n', CSV_STOP, 'c"\n1;2\n'], { delimiter: ";" })];
    expect(chunks.some((chunk) => chunk.atStop)).toBe(false);
    expect(chunks.flatMap((chunk) => chunk.rows)).toEqual([
      ["a", "b\nc"],
      ["1", "2"],
    ]);
  });

  describe("edge cases", () => {
    it("reads an unclosed quote as an ordinary character, so the lines after it keep their rows", () => {
      const text = 'Casusnummer;Team\n1;"Noord\n2;Zuid\n3;West\n';
      expect(splitRows([text], ";")).toEqual([
        ["Casusnummer", "Team"],
        ["1", '"Noord'],
        ["2", "Zuid"],
        ["3", "West"],
      ]);
      // Papa took the rest of the file as one cell: cases 2 and 3 were lost.
      expect(papaRows(text, ";")).toEqual([
        ["Casusnummer", "Team"],
        ["1", "Noord\n2;Zuid\n3;West\n"],
      ]);
    });

    it("reads a quoted field followed by other text as it stands, up to the delimiter", () => {
      const text = 'Team;Wijk\n"Noord"-Oost;1\n2;"x"\n';
      expect(splitRows([text], ";")).toEqual([
        ["Team", "Wijk"],
        ['"Noord"-Oost', "1"],
        ["2", "x"],
      ]);
      expect(papaRows(text, ";")).toEqual([["Team", "Wijk"], ['Noord"-Oost;1\n2;"x']]);
    });

    it("reads an unclosed quote at the end of the file as it stands", () => {
      expect(splitRows(['a;"b'], ";")).toEqual([["a", '"b']]);
      expect(splitRows(['a;"b""'], ";")).toEqual([["a", '"b""']]);
    });

    it("gives a row per line where Papa, guessing one kind of line break, joined lines", () => {
      const text = "a;b\r\n1;2\n3;4\r5;6\r\n";
      expect(splitRows([text], ";")).toEqual([
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
        ["5", "6"],
      ]);
      expect(papaRows(text, ";")).toEqual([
        ["a", "b"],
        ["1", "2\n3", "4\r5", "6"],
      ]);
    });

    it("is not misled by a stray quote into a wrong kind of line break, as Papa was", () => {
      // A stray quote on line 1 pairs with the quote opening line 2 and hides the CRLF between.
      const text = '3"-1-2024;a\r\n"x\ny";b\r\nc;d\r\n';
      expect(splitRows([text], ";")).toEqual([
        ['3"-1-2024', "a"],
        ["x\ny", "b"],
        ["c", "d"],
      ]);
      expect(papaRows(text, ";")).toEqual([
        ['3"-1-2024', "a\r"],
        ["x\ny", "b\r"],
        ["c", "d\r"],
      ]);
    });

    it("drops spaces between a closing quote and the delimiter, as Papa does", () => {
      expect(splitRows(['"ab"  ;c\n"d" \t\r\n'], ";")).toEqual([["ab", "c"], ["d"]]);
      expect(splitRows(['"ab" \tc\n'], "\t")).toEqual([["ab", "c"]]);
    });

    it("ends a field with the delimiter at the end of the text", () => {
      expect(splitRows(["a;"], ";")).toEqual([["a", ""]]);
    });

    it("returns no rows for an empty text or blank lines only", () => {
      expect(splitRows([""], ";")).toEqual([]);
      expect(splitRows(["\r\n;;\n\n"], ";")).toEqual([]);
    });
  });
});

describe("csvRowChunks", () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it("gives Papa's rows for UTF-8 bytes with or without BOM, decoded in pieces of any size", () => {
    fc.assert(
      fc.property(
        csvText(false),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        ({ d, text }, bom, pieceBytes, chunkRows) => {
          const bytes = utf8((bom ? "\ufeff" : "") + text);
          const rows = [...csvRowChunks(bytes, { pieceBytes, chunkRows })].flatMap((c) => c.rows);
          const delimiter = detectDelimiter(text);
          expect(rows).toEqual(splitRows([text], delimiter));
          // Another delimiter than the one the text was written with may make it malformed.
          if (delimiter === d) expect(rows).toEqual(papaRows(text, delimiter));
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("reads UTF-16 decoded in pieces that cut its characters in half", () => {
    const text = "Casusnummer\tTeam\r\n1\tBrëdevoort\r\n";
    const bytes = new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
    const rows = [...csvRowChunks(bytes, { pieceBytes: 3 })].flatMap((c) => c.rows);
    expect(rows).toEqual([
      ["Casusnummer", "Team"],
      ["1", "Brëdevoort"],
    ]);
  });

  it("decides the delimiter on the first 20 lines even when they span many pieces", () => {
    const text = `Titel, met, komma's\n${"Casusnummer;Team\n".repeat(25)}`;
    const rows = [...csvRowChunks(utf8(text), { pieceBytes: 7 })].flatMap((c) => c.rows);
    expect(rows[1]).toEqual(["Casusnummer", "Team"]);
  });

  it("hands out chunks of 512 rows by default, each with the line of its first row", () => {
    const text = `Casusnummer;Team\n${Array.from({ length: 1199 }, (_, i) => `${i + 1};Noord\n`).join("")}`;
    const chunks = [...csvRowChunks(utf8(text))];
    expect(chunks.map((chunk) => [chunk.firstRowIndex, chunk.rows.length])).toEqual([
      [0, 512],
      [512, 512],
      [1024, 176],
    ]);
    expect(chunks[2]?.rows[175]).toEqual(["1199", "Noord"]);
  });

  it("yields an atCut chunk at a cut where a row starts, not for a file with bad bytes", () => {
    // The cut comes after the 20 lines the delimiter is decided on.
    const lines = ["Casusnummer;Team", ...Array.from({ length: 24 }, (_, i) => `${i + 1};Noord`)];
    const text = `${lines.join("\n")}\n`;
    const cutAt = text.indexOf("22;");
    const cut = [...csvRowChunks(Buffer.from(text), { cutAt })];
    expect(cut.every((chunk) => chunk.hasCut)).toBe(true);
    expect(
      cut.map(({ firstRowIndex, rows, atCut }) => [firstRowIndex, rows.length, atCut])
    ).toEqual([
      [0, 22, undefined],
      [22, 0, true],
      [22, 3, undefined],
    ]);
    const latin1 = Buffer.from(text.replace("Noord", "Noord\xe9"), "latin1");
    const chunks = [...csvRowChunks(latin1, { cutAt: latin1.indexOf("22;") })];
    expect(chunks.some((chunk) => chunk.atCut || chunk.hasCut)).toBe(false);
    expect(chunks.flatMap((chunk) => chunk.rows)).toHaveLength(25);
  });

  it("reports a bad byte in a later chunk at its own row", () => {
    const bytes = Uint8Array.from([
      ...utf8("Casusnummer;Team\n1;Brëdevoort\n2;Noord\n3;Zuid"),
      0xe9,
      ...utf8("\n"),
    ]);
    const chunks = [...csvRowChunks(bytes, { chunkRows: 2 })];
    expect(chunks.map((chunk) => chunk.readIssues.map((i) => [i.rowIndex, i.column]))).toEqual([
      [],
      [[3, 1]],
    ]);
    expect(chunks[1]?.rows[1]).toEqual(["3", "Zuidé"]);
  });
});
