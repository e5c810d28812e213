import { columnLetters as lettersOfIndex, type ChartKind } from "../core";

/** A cell of a sheet, 1-based. */
export interface SheetCell {
  readonly row: number;
  readonly column: number;
}

/**
 * One series of a {@link NativeChart}: a value column of the table, or a row of it in a line
 * over periods.
 */
export interface NativeChartSeries {
  /** The series' name, shown in the legend. */
  readonly name: string;
  /**
   * The cell that shows the name; none where no one cell shows it whole (a two-level header's
   * "Q1 2024: Gestart"), and the name is then written as text.
   */
  readonly nameCell?: SheetCell;
  /** The cells of the values, one per category. */
  readonly cells: readonly SheetCell[];
  /** The values as the cells hold them, one per category; null where a cell holds no number. */
  readonly values: readonly (number | null)[];
}

/** Where a chart sits on its sheet: a cell range, 1-based, `to` exclusive (Excel's anchor). */
export interface ChartAnchor {
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

/**
 * A native Excel chart over a table on a sheet: categories are cells of the table (the row
 * labels, or the period headers of a line over periods), each series cells of the same count.
 */
export interface NativeChart {
  /** The sheet's name, as in the workbook. */
  readonly sheet: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** The cells of the category labels, in order. */
  readonly categoryCells: readonly SheetCell[];
  readonly labels: readonly string[];
  readonly series: readonly NativeChartSeries[];
  /** The value axis' number format (invariant code). */
  readonly numFmt: string;
  readonly anchor: ChartAnchor;
}

/** Series colours: the report's dark blue first, then calm colours that print apart. */
const PALETTE = ["2F5597", "9DC3E6", "A9D18E", "F4B183", "FFD966", "8FAADC", "C9C9C9", "BF9000"];
const CAT_AXIS_ID = 50010;
const VAL_AXIS_ID = 50020;

/**
 * Escapes text for an XML element or a double-quoted attribute. An apostrophe stays as it is,
 * as Excel writes the quoted sheet names of its formulas (`'Blad 1'!$A$1`).
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (ch) => ESCAPES[ch] ?? ch);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
};

/** The column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  return lettersOfIndex(column - 1);
}

/**
 * An absolute reference to cells of a sheet: one range where they are one run along a row or a
 * column, else Excel's union of the runs in parentheses, as it writes a chart over columns that
 * are not side by side: `('Blad 1'!$B$5,'Blad 1'!$D$5:$E$5)`.
 *
 * @example
 * cellsRef('Rapport', [{ row: 5, column: 2 }, { row: 5, column: 3 }]) // "'Rapport'!$B$5:$C$5"
 */
export function cellsRef(sheet: string, cells: readonly SheetCell[]): string {
  const runs: { first: SheetCell; last: SheetCell; along?: "row" | "column" }[] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    const alongRow = cell.row === run?.last.row && cell.column === run.last.column + 1;
    const alongColumn = cell.column === run?.last.column && cell.row === run.last.row + 1;
    if (run !== undefined && alongRow && run.along !== "column") {
      run.last = cell;
      run.along = "row";
    } else if (run !== undefined && alongColumn && run.along !== "row") {
      run.last = cell;
      run.along = "column";
    } else runs.push({ first: cell, last: cell });
  }
  const refs = runs.map(({ first, last }) => {
    const quoted = `'${sheet.replace(/'/g, "''")}'!`;
    const a = `$${columnLetters(first.column)}$${first.row}`;
    const b = `$${columnLetters(last.column)}$${last.row}`;
    return quoted + (first === last ? a : `${a}:${b}`);
  });
  return refs.length === 1 ? (refs[0] ?? "") : `(${refs.join(",")})`;
}

function strRef(formula: string, texts: readonly string[]): string {
  const points = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly (number | null)[], numFmt: string): string {
  const points = values
    .map((v, i) =>
      v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`
    )
    .join("");
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(numFmt)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function solidFill(colour: string): string {
  return `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
}

function seriesXml(chart: NativeChart, series: NativeChartSeries, index: number): string {
  const colour = PALETTE[index % PALETTE.length] ?? "2F5597";
  const shape =
    chart.kind === "line"
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solidFill(colour)}</c:spPr></c:marker>`
      : chart.kind === "pie"
        ? `<c:spPr><a:ln w="12700">${solidFill("FFFFFF")}</a:ln></c:spPr>` +
          chart.labels
            .map(
              (_, i) =>
                `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${solidFill(PALETTE[i % PALETTE.length] ?? "2F5597")}<a:ln w="12700">${solidFill("FFFFFF")}</a:ln></c:spPr></c:dPt>`
            )
            .join("")
        : `<c:spPr>${solidFill(colour)}</c:spPr><c:invertIfNegative val="0"/>`;
  const cat = strRef(cellsRef(chart.sheet, chart.categoryCells), chart.labels);
  const val = numRef(cellsRef(chart.sheet, series.cells), series.values, chart.numFmt);
  const name =
    series.nameCell === undefined
      ? `<c:v>${escapeXml(series.name)}</c:v>`
      : strRef(cellsRef(chart.sheet, [series.nameCell]), [series.name]);
  const tail = chart.kind === "line" ? `<c:smooth val="0"/>` : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx>${name}</c:tx>` +
    `${shape}<c:cat>${cat}</c:cat><c:val>${val}</c:val>${tail}</c:ser>`
  );
}

function axesXml(chart: NativeChart): string {
  const horizontal = chart.kind === "bar";
  // A horizontal bar chart lists its categories top-down, as the table does.
  const catOrientation = horizontal ? "maxMin" : "minMax";
  const common = `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>`;
  return (
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${common}${text}<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350">${solidFill("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(chart.numFmt)}" sourceLinked="0"/>${common}${text}<c:crossAx val="${CAT_AXIS_ID}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plotXml(chart: NativeChart): string {
  if (chart.kind === "pie") {
    const last = chart.series[chart.series.length - 1];
    const series = last === undefined ? "" : seriesXml(chart, last, 0);
    return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  const series = chart.series.map((s, i) => seriesXml(chart, s, i)).join("");
  const axisIds = `<c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/>`;
  const body =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axisIds}</c:barChart>`;
  return body + axesXml(chart);
}

/**
 * The chart part (`xl/charts/chartN.xml`) of a native chart, in the DrawingML subset Excel
 * itself writes: a title, one plot (bar, line or pie) whose series refer to the sheet's cells
 * by formula (`c:f`) with cached values, axes by id, a legend below.
 *
 * @param chart - the chart
 * @returns the part's XML
 *
 * @example
 * nativeChartXml({ kind: 'column', sheet: 'Rapport', title: 'Leeftijd', ... }) // '<?xml …><c:chartSpace …>'
 */
export function nativeChartXml(chart: NativeChart): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-NL" sz="1200" b="1"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}<a:ln w="6350">${solidFill("D9D9D9")}</a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
