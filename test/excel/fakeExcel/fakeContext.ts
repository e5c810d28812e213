/**
 * Office.js-shaped proxies over a {@link FakeWorkbook}, with Office's batching semantics:
 * every write and every `load` is queued and only carried out by `context.sync()`, in
 * order; a property that was not loaded and synced throws PropertyNotLoaded; a failing
 * operation rejects the sync with an OfficeExtension.Error-like `code`; each sync is
 * logged with its request and response size and fails past the 5 MB payload limit.
 * Strings starting with = + - @ written to a cell that is not text-formatted ('@') become
 * formulas, and digit strings become numbers, as in Excel.
 */
import {
  type FakeChartSeries,
  columnName,
  excelAddress,
  FakeOfficeError,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAreas,
  parseRect,
  rectToAddress,
  usedRect,
  type FakeCellFormat,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  type FakeValue,
  type FakeWorkbook,
  type Rect,
} from "./fakeWorkbook";

interface Op {
  readonly size: number;
  readonly run: () => number | void;
}

/** The request context: a queue of operations carried out by sync(). */
export class FakeRequestContext {
  private ops: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  /** context.sync() calls on this context (a batch of Excel.run). */
  syncCount = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues an operation; `run` may return the bytes it sends back (a load). */
  queue(run: () => number | void, size = 40): void {
    this.ops.push({ run, size });
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.ops;
    this.ops = [];
    const record = {
      requestBytes: ops.reduce((sum, op) => sum + op.size, 0),
      responseBytes: 0,
      operations: ops.length,
    };
    this.book.syncs.push(record);
    await Promise.resolve();
    if (this.book.cellEditMode && ops.length > 0) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (record.requestBytes > this.book.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    for (const op of ops) record.responseBytes += op.run() ?? 0;
    if (record.responseBytes > this.book.payloadLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }
}

/** Base of every proxy: loaded properties and null-object state. */
class FakeClientObject {
  protected loaded = new Map<string, unknown>();
  private synced = false;
  private isNull = false;

  constructor(protected readonly ctx: FakeRequestContext) {}

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.isNull;
  }

  /** Queues a load of the given properties (comma list or array). */
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.queue(() => {
      this.synced = true;
      const exists = this.exists();
      this.isNull = !exists;
      if (!exists) return 8;
      return this.fill(list);
    });
    return this;
  }

  /** Whether the object exists (false for a null object). */
  protected exists(): boolean {
    return true;
  }

  /** Fills `loaded` for the properties; returns the response bytes. */

  protected fill(_props: string[]): number {
    return 0;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Call load and sync first.`
  );
}

function sizeOf(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtection;
  readonly names: FakeNamedItemCollection;

  constructor(private readonly ctx: FakeRequestContext) {
    this.names = new FakeNamedItemCollection(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, areas } = this.selection();
      // Excel: "If there are multiple ranges selected, this method will throw an error."
      if (areas.length !== 1)
        throw new FakeOfficeError("InvalidSelection", "Multiple ranges are selected");
      return { sheet, rect: areas[0] as Rect };
    });
  }

  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.selection());
  }

  private selection(): { sheet: FakeSheet; areas: Rect[] } {
    const book = this.ctx.book;
    const sel = book.selection;
    const sheet = sel && book.findSheet(sel.sheetId);
    if (!sel || !sheet) throw new FakeOfficeError("InvalidSelection", "No selection");
    return { sheet, areas: parseAreas(sel.address) };
  }
}

/** RangeAreas (ExcelApi 1.9): the areas of a selection; loads address and areaCount. */
class FakeRangeAreas extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: () => { sheet: FakeSheet; areas: Rect[] }
  ) {
    super(ctx);
  }

  protected override fill(props: string[]): number {
    const { sheet, areas } = this.resolve();
    // Excel names the sheet in every area: "Export!A1:B5, Export!D1:D5".
    const address = areas.map((rect) => `${quote(sheet.name)}!${excelAddress(rect)}`).join(", ");
    for (const prop of props.length === 0 ? ["address", "areaCount"] : props) {
      if (prop === "address") this.loaded.set("address", address);
      if (prop === "areaCount") this.loaded.set("areaCount", areas.length);
    }
    return address.length + 40;
  }

  get address(): string {
    return this.get("address");
  }

  get areaCount(): number {
    return this.get("areaCount");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve().sheet);
  }
}

/** Workbook-scoped names: load items/name,items/value; add over a range; delete. */
class FakeNamedItemCollection extends FakeClientObject {
  get items(): FakeNamedItem[] {
    return this.get("items");
  }

  protected override fill(): number {
    const items = this.ctx.book.names.map((n) => new FakeNamedItem(this.ctx, n));
    this.loaded.set("items", items);
    return items.length * 60;
  }

  add(name: string, reference: FakeRange, comment = ""): void {
    this.ctx.queue(() => {
      const book = this.ctx.book;
      if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `Name ${name} exists`);
      const { sheet, rect } = reference.target();
      book.names.push({ name, sheetId: sheet.id, address: rectToAddress(rect), comment });
    });
  }
}

class FakeNamedItem {
  readonly name: string;
  readonly value: string;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly item: FakeName
  ) {
    this.name = item.name;
    this.value = ctx.book.nameValue(item);
  }

  delete(): void {
    this.ctx.queue(() => {
      this.ctx.book.names = this.ctx.book.names.filter((n) => n !== this.item);
    });
  }
}

class FakeWorkbookProtection extends FakeClientObject {
  get protected(): boolean {
    return this.get("protected");
  }
  protected override fill(): number {
    this.loaded.set("protected", this.ctx.book.structureProtected);
    return 16;
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  protected override fill(props: string[]): number {
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const items = this.ctx.book.sheets.map((sheet) => {
      const proxy = new FakeWorksheet(this.ctx, () => sheet);
      proxy.fillNow(sub.length > 0 ? sub : ["id", "name"]);
      return proxy;
    });
    this.loaded.set("items", items);
    return items.length * 80;
  }

  getItem(idOrName: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.book.findSheet(idOrName);
      if (!sheet)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource doesn't exist: ${idOrName}`
        );
      return sheet;
    });
  }

  getItemOrNullObject(idOrName: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.findSheet(idOrName) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const book = this.ctx.book;
      return book.findSheet(book.activeSheetId ?? "") ?? (book.sheets[0] as FakeSheet);
    });
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue(() => {
      const book = this.ctx.book;
      if (book.structureProtected)
        throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      created = book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The sheet was not added");
      return created;
    });
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeSheetProtection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;

  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => FakeSheet | null
  ) {
    super(ctx);
    this.protection = new FakeSheetProtection(ctx, () => this.target());
    this.charts = new FakeChartCollection(ctx, () => this.target());
    this.freezePanes = new FakeFreezePanes(ctx, () => this.target());
  }

  target(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist");
    return sheet;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  /** Fills properties immediately (for items of a collection being loaded). */
  fillNow(props: string[]): void {
    this.fill(props);
  }

  protected override fill(props: string[]): number {
    const sheet = this.target();
    const all = props.length === 0 ? ["id", "name", "position"] : props;
    for (const prop of all) {
      if (prop === "id") this.loaded.set("id", sheet.id);
      if (prop === "name") this.loaded.set("name", sheet.name);
      if (prop === "position") this.loaded.set("position", this.ctx.book.sheets.indexOf(sheet));
      if (prop === "protection/protected") this.loaded.set("protection/protected", sheet.protected);
    }
    return 40 * all.length;
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.ctx.queue(() => {
      const sheet = this.target();
      const book = this.ctx.book;
      if (book.structureProtected)
        throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      const other = book.findSheet(value);
      if (other && other !== sheet)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${value} exists`);
      sheet.name = value;
    });
  }

  get position(): number {
    return this.get("position");
  }

  set showGridlines(value: boolean) {
    this.ctx.queue(() => {
      this.target().showGridlines = value;
    });
  }

  get autoFilter(): FakeAutoFilter {
    this.filter ??= new FakeAutoFilter(this.ctx, () => this.target());
    return this.filter;
  }

  private filter: FakeAutoFilter | undefined;

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.target(),
      rect: address
        ? parseRect(address)
        : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS },
    }));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.target(),
      rect: { row, column, rowCount, columnCount },
    }));
  }

  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, rect: usedRect(sheet) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      const rect = usedRect(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.ctx.queue(() => {
      this.ctx.book.activeSheetId = this.target().id;
    });
  }

  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.target();
      assertWritable(sheet);
      const book = this.ctx.book;
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheetId !== sheet.id);
    });
  }
}

class FakeAutoFilter extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx);
  }

  get enabled(): boolean {
    return this.get("enabled");
  }

  protected override fill(): number {
    this.loaded.set("enabled", this.sheet().autoFilter !== null);
    return 16;
  }

  apply(range: FakeRange): void {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      assertWritable(sheet);
      sheet.autoFilter = rectToAddress(range.target().rect);
    });
  }

  remove(): void {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      if (sheet.autoFilter === null)
        throw new FakeOfficeError("InvalidOperation", "There is no AutoFilter to remove.");
      sheet.autoFilter = null;
    });
  }
}

class FakeSheetProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protected override fill(): number {
    this.loaded.set("protected", this.sheet().protected);
    return 16;
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet
  ) {}
  freezeRows(count: number): void {
    this.ctx.queue(() => {
      this.sheet().frozenRows = count;
    });
  }
  unfreeze(): void {
    this.ctx.queue(() => {
      this.sheet().frozenRows = 0;
    });
  }
}

export class FakeTableCollection extends FakeClientObject {
  get items(): FakeTableProxy[] {
    return this.get("items");
  }

  protected override fill(): number {
    const items = this.ctx.book.tables.map((table) => {
      const proxy = new FakeTableProxy(this.ctx, () => table);
      proxy.fillNow();
      return proxy;
    });
    this.loaded.set("items", items);
    return items.length * 60;
  }

  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => {
      const table = this.find(name);
      if (!table)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      return table;
    });
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => this.find(name) ?? null);
  }

  private find(name: string): FakeTable | undefined {
    return this.ctx.book.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}

export class FakeTableProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: () => FakeTable | null
  ) {
    super(ctx);
  }

  private target(): FakeTable {
    const table = this.resolve();
    if (!table) throw new FakeOfficeError("ItemNotFound", "The table does not exist");
    return table;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  fillNow(): void {
    this.fill();
  }

  protected override fill(): number {
    const table = this.target();
    this.loaded.set("name", table.name);
    this.loaded.set("id", table.id);
    return 40;
  }

  get name(): string {
    return this.get("name");
  }

  get id(): string {
    return this.get("id");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.sheetOf(this.target()));
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.target();
      return { sheet: this.sheetOf(table), rect: parseRect(table.address) };
    });
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.target();
      return { sheet: this.sheetOf(table), rect: { ...parseRect(table.address), rowCount: 1 } };
    });
  }

  private sheetOf(table: FakeTable): FakeSheet {
    const sheet = this.ctx.book.findSheet(table.sheetId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The table sheet does not exist");
    return sheet;
  }
}

type RangeTarget = { sheet: FakeSheet; rect: Rect };

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: () => RangeTarget | null
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.target());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.target());
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new FakeOfficeError("ItemNotFound", "The range does not exist");
    return target;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected override fill(props: string[]): number {
    const { sheet, rect } = this.target();
    let bytes = 0;
    for (const prop of props.length === 0 ? ["address", "values"] : props) {
      let value: unknown;
      if (prop === "values") {
        const values = readValues(sheet, rect);
        this.ctx.book.valueReads.push(values.reduce((cells, row) => cells + row.length, 0));
        value = values;
      } else if (prop === "numberFormat")
        value = readGrid(rect, (r, c) => sheet.formats.get(`${r}:${c}`)?.numberFormat ?? "General");
      else if (prop === "address") value = `${quote(sheet.name)}!${excelAddress(rect)}`;
      else if (prop === "rowCount") value = rect.rowCount;
      else if (prop === "columnCount") value = rect.columnCount;
      else if (prop === "rowIndex") value = rect.row;
      else if (prop === "columnIndex") value = rect.column;
      else continue;
      this.loaded.set(prop, value);
      bytes += sizeOf(value) + prop.length + 4;
    }
    return bytes;
  }

  get values(): FakeValue[][] {
    return this.get("values");
  }

  set values(values: FakeValue[][]) {
    this.ctx.queue(
      () =>
        writeGrid(this.target(), values, "values", (sheet, key, v) => setCellValue(sheet, key, v)),
      sizeOf(values)
    );
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.ctx.queue(
      () =>
        writeGrid(this.target(), formats, "numberFormat", (sheet, key, v) =>
          patchFormat(sheet, key, { numberFormat: String(v) })
        ),
      sizeOf(formats)
    );
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.target();
      return {
        sheet,
        rect: { row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 },
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.target();
      return {
        sheet,
        rect: {
          ...rect,
          rowCount: rect.rowCount + deltaRows,
          columnCount: rect.columnCount + deltaColumns,
        },
      };
    });
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      this.ctx.book.selection = { sheetId: sheet.id, address: rectToAddress(rect) };
      this.ctx.book.activeSheetId = sheet.id;
    });
  }

  clear(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      const inside = (key: string): boolean => {
        const [r, c] = key.split(":").map(Number) as [number, number];
        return (
          r >= rect.row &&
          r < rect.row + rect.rowCount &&
          c >= rect.column &&
          c < rect.column + rect.columnCount
        );
      };
      for (let r = rect.row; r < Math.min(sheet.values.length, rect.row + rect.rowCount); r++) {
        const row = sheet.values[r];
        if (!row) continue;
        for (let c = rect.column; c < Math.min(row.length, rect.column + rect.columnCount); c++)
          row[c] = "";
      }
      for (const key of [...sheet.formulas.keys()]) if (inside(key)) sheet.formulas.delete(key);
      for (const key of [...sheet.formats.keys()]) if (inside(key)) sheet.formats.delete(key);
    });
  }
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function readGrid<T>(rect: Rect, read: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.columnCount; c++) row.push(read(rect.row + r, rect.column + c));
    out.push(row);
  }
  return out;
}

function readValues(sheet: FakeSheet, rect: Rect): FakeValue[][] {
  const out: FakeValue[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const source = sheet.values[rect.row + r];
    const row: FakeValue[] = new Array<FakeValue>(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) {
      const key = `${rect.row + r}:${rect.column + c}`;
      row[c] = sheet.formulas.has(key) ? "#NAME?" : (source?.[rect.column + c] ?? "");
    }
    out.push(row);
  }
  return out;
}

function writeGrid(
  target: RangeTarget,
  grid: unknown,
  what: string,
  write: (sheet: FakeSheet, key: { row: number; column: number }, value: unknown) => void
): void {
  const { sheet, rect } = target;
  assertWritable(sheet);
  const scalar = !Array.isArray(grid);
  if (!scalar) {
    const rows = grid as unknown[][];
    if (
      rows.length !== rect.rowCount ||
      rows.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} ${rectToAddress(rect)}).`
      );
    }
  }
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      const value = scalar ? grid : (grid as unknown[][])[r]![c];
      write(sheet, { row: rect.row + r, column: rect.column + c }, value);
    }
  }
}

/** Writes one value the way Excel takes typed input. */
function setCellValue(sheet: FakeSheet, at: { row: number; column: number }, value: unknown): void {
  const key = `${at.row}:${at.column}`;
  const isText = sheet.formats.get(key)?.numberFormat === "@";
  let stored: FakeValue = value === null || value === undefined ? "" : (value as FakeValue);
  sheet.formulas.delete(key);
  if (typeof stored === "string" && !isText && stored.length > 1 && /^[=+\-@]/.test(stored)) {
    sheet.formulas.set(key, stored);
  } else if (typeof stored === "string" && !isText && /^-?\d+(\.\d+)?$/.test(stored)) {
    stored = Number(stored);
  }
  while (sheet.values.length <= at.row) sheet.values.push([]);
  const row = sheet.values[at.row] as FakeValue[];
  while (row.length < at.column) row.push("");
  row[at.column] = stored;
}

function patchFormat(
  sheet: FakeSheet,
  at: { row: number; column: number },
  patch: Partial<FakeCellFormat>
): void {
  const key = `${at.row}:${at.column}`;
  sheet.formats.set(key, { ...sheet.formats.get(key), ...patch });
}

class FakeRangeFormat {
  readonly font: Record<"bold" | "italic" | "size" | "color", unknown>;
  readonly fill: { color: string };
  readonly borders: { getItem(edge: string): { style: string; color: string } };

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: () => RangeTarget
  ) {
    const setter = (patch: (v: unknown) => Partial<FakeCellFormat>) => (value: unknown) =>
      this.patch(patch(value));
    this.font = writeOnly({
      bold: setter((v) => ({ bold: Boolean(v) })),
      italic: setter((v) => ({ italic: Boolean(v) })),
      size: setter((v) => ({ fontSize: Number(v) })),
      color: setter((v) => ({ fontColor: String(v) })),
    });
    this.fill = writeOnly({ color: setter((v) => ({ fill: String(v) })) });
    this.borders = {
      getItem: (edge: string) =>
        writeOnly({
          style: () => undefined,
          color: setter((v) =>
            edge === "EdgeTop" ? { borderTop: String(v) } : { borderBottom: String(v) }
          ),
        }),
    };
  }

  set horizontalAlignment(value: string) {
    this.patch({ horizontalAlignment: value });
  }
  set verticalAlignment(value: string) {
    this.patch({ verticalAlignment: value });
  }
  set wrapText(value: boolean) {
    this.patch({ wrapText: value });
  }
  set rowHeight(value: number) {
    this.ctx.queue(() => {
      const { sheet, rect } = this.range();
      assertWritable(sheet);
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, value);
    });
  }
  set columnWidth(value: number) {
    this.ctx.queue(() => {
      const { sheet, rect } = this.range();
      assertWritable(sheet);
      for (let c = rect.column; c < rect.column + rect.columnCount; c++)
        sheet.columnWidths.set(c, value);
    });
  }

  private patch(patch: Partial<FakeCellFormat>): void {
    this.ctx.queue(() => {
      const target = this.range();
      if (target.rect.rowCount * target.rect.columnCount > 1_000_000)
        throw new FakeOfficeError("RangeExceedsLimit", "too large");
      writeGrid(target, patch, "format", (sheet, at) => patchFormat(sheet, at, patch));
    });
  }
}

/** An object whose properties can only be set (each set runs `setters[prop]`). */
function writeOnly<K extends string>(
  setters: Record<K, (value: unknown) => void>
): Record<K, never> & Record<K, unknown> {
  const object = {} as Record<K, unknown>;
  for (const key of Object.keys(setters) as K[]) {
    Object.defineProperty(object, key, {
      set: setters[key],
      get: () => {
        throw notLoaded(key);
      },
    });
  }
  return object as Record<K, never> & Record<K, unknown>;
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: () => RangeTarget
  ) {}

  add(type: string): { dataBar: { positiveFormat: { fillColor: string; gradientFill: boolean } } } {
    let format: FakeConditionalFormat | null = null;
    this.ctx.queue(() => {
      const { sheet, rect } = this.range();
      assertWritable(sheet);
      format = { type, address: rectToAddress(rect) };
      sheet.conditionalFormats.push(format);
    });
    const positiveFormat = writeOnly({
      fillColor: (v: unknown) =>
        this.ctx.queue(() => {
          if (format) format.fillColor = String(v);
        }),
      gradientFill: (v: unknown) =>
        this.ctx.queue(() => {
          if (format) format.gradientFill = Boolean(v);
        }),
    });
    return { dataBar: { positiveFormat } } as unknown as {
      dataBar: { positiveFormat: { fillColor: string; gradientFill: boolean } };
    };
  }

  clearAll(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.range();
      assertWritable(sheet);
      const whole = rect.rowCount >= MAX_ROWS;
      sheet.conditionalFormats = whole
        ? []
        : sheet.conditionalFormats.filter((f) => f.address !== rectToAddress(rect));
    });
  }
}

class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx);
  }

  get items(): FakeChartProxy[] {
    return this.get("items");
  }

  protected override fill(): number {
    const items = this.sheet().charts.map(
      (chart) => new FakeChartProxy(this.ctx, this.sheet, () => chart)
    );
    this.loaded.set("items", items);
    return 40 * items.length;
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    let chart: FakeChart | null = null;
    this.ctx.queue(() => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const { rect } = source.target();
      if (seriesBy !== "Columns" && seriesBy !== "Rows")
        throw new FakeOfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
      const series = [];
      if (seriesBy === "Columns") {
        for (let c = rect.column + 1; c < rect.column + rect.columnCount; c++) {
          series.push({
            name: String(sheet.values[rect.row]?.[c] ?? ""),
            valuesAddress: rectToAddress({
              row: rect.row + 1,
              column: c,
              rowCount: rect.rowCount - 1,
              columnCount: 1,
            }),
          });
        }
      } else {
        // By rows: one series per row after the first (the categories), named by its label.
        for (let r = rect.row + 1; r < rect.row + rect.rowCount; r++) {
          series.push({
            name: String(sheet.values[r]?.[rect.column] ?? ""),
            valuesAddress: rectToAddress({
              row: r,
              column: rect.column + 1,
              rowCount: 1,
              columnCount: rect.columnCount - 1,
            }),
          });
        }
      }
      chart = {
        name: `Grafiek ${sheet.charts.length + 1}`,
        type,
        sourceAddress: rectToAddress(rect),
        seriesBy,
        series,
        title: "",
        legendPosition: "Right",
        reversePlotOrder: false,
        topLeft: "A1",
        bottomRight: `${columnName(7)}15`,
      };
      sheet.charts.push(chart);
    });
    return new FakeChartProxy(this.ctx, this.sheet, () => {
      if (!chart) throw new FakeOfficeError("InvalidObjectPath", "chart not added");
      return chart;
    });
  }
}

class FakeChartProxy {
  readonly series: { getItemAt(index: number): { delete(): void; name: string } };
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    private readonly chart: () => FakeChart
  ) {
    const set = (apply: (chart: FakeChart, v: unknown) => void) => (v: unknown) =>
      this.ctx.queue(() => {
        apply(this.chart(), v);
      });
    this.series = {
      // Like Excel, the index is resolved when the batch runs: after earlier deletions.
      getItemAt: (index: number) => {
        const at = (): FakeChartSeries => {
          const chart = this.chart();
          const series = chart.series[index];
          if (series === undefined)
            throw new FakeOfficeError("ItemNotFound", `chart series ${index} not found`);
          return series;
        };
        const item = writeOnly({
          name: (v: unknown) =>
            this.ctx.queue(() => {
              at().name = String(v);
            }),
        }) as unknown as { delete(): void; name: string };
        item.delete = () =>
          this.ctx.queue(() => {
            at();
            this.chart().series.splice(index, 1);
          });
        return item;
      },
    };
    this.title = writeOnly({ text: set((c, v) => (c.title = String(v))) }) as unknown as {
      text: string;
    };
    this.legend = writeOnly({
      position: set((c, v) => (c.legendPosition = String(v))),
    }) as unknown as { position: string };
    this.axes = {
      categoryAxis: writeOnly({
        reversePlotOrder: set((c, v) => (c.reversePlotOrder = Boolean(v))),
      }) as unknown as {
        reversePlotOrder: boolean;
      },
    };
  }

  setPosition(topLeft: string, bottomRight: string): void {
    this.ctx.queue(() => {
      const chart = this.chart();
      chart.topLeft = topLeft;
      chart.bottomRight = bottomRight;
    });
  }

  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      assertWritable(sheet);
      sheet.charts = sheet.charts.filter((c) => c !== this.chart());
    });
  }
}
