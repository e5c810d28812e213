import type JSZip from "jszip";
import { escapeXml, nativeChartXml, type ChartAnchor, type NativeChart } from "./nativeChartXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${REL_NS}/drawing`;
const REL_CHART = `${REL_NS}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** 3 points in EMU (12,700 per point). */
const TOP_OFFSET_EMU = 38100;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/**
 * Where the elements before `<drawing>` in a worksheet end (CT_Worksheet's sequence): a
 * following tag is looked for only after them, since a conditional format nests `<extLst>`.
 */
const BEFORE_DRAWING = [
  "</sheetData>",
  "<sheetData/>",
  "</conditionalFormatting>",
  "</dataValidations>",
  "</hyperlinks>",
  "<printOptions",
  "<pageMargins",
  "<pageSetup",
  "</headerFooter>",
  "</rowBreaks>",
  "</colBreaks>",
  "</ignoredErrors>",
];
/** The elements that follow `<drawing>` in a worksheet. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** Thrown when a workbook package lacks what a chart needs (a programming error). */
export class ChartPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChartPackageError";
  }
}

/**
 * Adds native Excel charts to a workbook package. ExcelJS writes no charts, so the DrawingML
 * parts are written into the package it saved: per sheet with charts one drawing
 * (`xl/drawings/drawingN.xml` with a two-cell anchor per chart, and its relationships), one
 * `xl/charts/chartN.xml` per chart, the content types, and the sheet's `<drawing r:id>`.
 * A sheet that already has a drawing (pictures) is refused: ExcelJS would have written it.
 * The package is changed in place and compressed by the caller (`compressPackage`), so that
 * no part is deflated twice.
 *
 * @param zip - the package as ExcelJS wrote it (`workbook.xlsx.writeBuffer()`), opened
 * @param charts - the charts, each naming its sheet
 * @throws {ChartPackageError} when a chart names a sheet the workbook lacks, or the sheet has a drawing
 *
 * @example
 * const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
 * await addNativeCharts(zip, charts);
 */
export async function addNativeCharts(zip: JSZip, charts: readonly NativeChart[]): Promise<void> {
  if (charts.length === 0) return;
  const sheetPaths = await sheetPartsByName(zip);
  const bySheet = new Map<string, NativeChart[]>();
  for (const chart of charts)
    bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);
  let contentTypes = await readPart(zip, "[Content_Types].xml");
  let drawingNumber = countParts(zip, /^xl\/drawings\/drawing\d+\.xml$/);
  let chartNumber = countParts(zip, /^xl\/charts\/chart\d+\.xml$/);
  for (const [sheet, sheetCharts] of bySheet) {
    const sheetPath = sheetPaths.get(sheet);
    if (sheetPath === undefined) throw new ChartPackageError(`No sheet named '${sheet}'.`);
    let sheetXml = await readPart(zip, sheetPath);
    if (sheetXml.includes("<drawing "))
      throw new ChartPackageError(`Sheet '${sheet}' has a drawing.`);
    drawingNumber += 1;
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheetCharts.forEach((chart, i) => {
      chartNumber += 1;
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPath, nativeChartXml(chart));
      contentTypes = addOverride(contentTypes, `/${chartPath}`, CT_CHART);
      drawingRels.push(relationship(`rId${i + 1}`, REL_CHART, `../charts/chart${chartNumber}.xml`));
      anchors.push(anchorXml(chart.anchor, `rId${i + 1}`, chartNumber, chart.title));
    });
    zip.file(drawingPath, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(drawingRels));
    contentTypes = addOverride(contentTypes, `/${drawingPath}`, CT_DRAWING);

    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = zip.file(relsPath) === null ? relationshipsXml([]) : await readPart(zip, relsPath);
    const rId = freeRelationshipId(rels);
    zip.file(
      relsPath,
      rels.replace(
        "</Relationships>",
        `${relationship(rId, REL_DRAWING, `../drawings/drawing${drawingNumber}.xml`)}</Relationships>`
      )
    );
    sheetXml = insertDrawing(sheetXml, rId);
    zip.file(sheetPath, sheetXml);
  }
  zip.file("[Content_Types].xml", contentTypes);
}

async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new ChartPackageError(`The package has no part ${path}.`);
  return file.async("string");
}

function countParts(zip: JSZip, pattern: RegExp): number {
  return Object.keys(zip.files).filter((name) => pattern.test(name)).length;
}

/** Sheet name → part path, from the workbook and its relationships. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = await readPart(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) sheets.set(unescapeXml(name), target);
  }
  return sheets;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => {
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[entity] ?? "";
  });
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  return contentTypes.replace(
    "</Types>",
    `<Override PartName="${partName}" ContentType="${type}"/></Types>`
  );
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

function relationshipsXml(relationships: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${relationships.join("")}</Relationships>`;
}

function freeRelationshipId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

function insertDrawing(sheetXml: string, rId: string): string {
  const from = Math.max(0, ...BEFORE_DRAWING.map((tag) => sheetXml.lastIndexOf(tag)));
  const positions = AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag, from)).filter((i) => i >= 0);
  const at = Math.min(...positions);
  if (!Number.isFinite(at)) throw new ChartPackageError("The sheet part has no </worksheet>.");
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${rId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  return xml;
}

function anchorXml(anchor: ChartAnchor, rId: string, id: number, title: string): string {
  const marker = (column: number, row: number, rowOffset: number) =>
    `<xdr:col>${column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>${rowOffset}</xdr:rowOff>`;
  // A little below its first row's top, so that a renderer does not draw the chart's top
  // edge at the foot of the page before a page break.
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(anchor.fromColumn, anchor.fromRow, TOP_OFFSET_EMU)}</xdr:from>` +
    `<xdr:to>${marker(anchor.toColumn, anchor.toRow, 0)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Grafiek ${id}" descr="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function drawingXml(anchors: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
