/// <reference types="office-js" />
/**
 * A hand-written, STRICT fake of the part of Excel's object model the add-in uses, with Excel's
 * batch semantics: proxies queue commands, nothing is read or written until `context.sync()`,
 * which runs the queue in order. It throws wherever Excel is documented to throw, and also
 * wherever Excel's behaviour is not documented, so that no test can pass by assumption:
 *
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded, on objects and
 *   on the items of loaded collections alike;
 * - `*OrNullObject` methods give null objects as documented; calling a METHOD on a null object
 *   (`getRangeOrNullObject()` of a missing name, `getAbsoluteResizedRange` of a null range) fails
 *   the batch: what Excel does then is not documented;
 * - `NamedItem.getRange()` fails the batch unless the name is one range (documented: "throws an
 *   error if the named item's type is not a range"); on a multi-area or `#REF!` name too, and
 *   `getRangeOrNullObject()` on a multi-area name of type Range fails too (not documented);
 * - deleting a very hidden sheet, or the last visible one, fails; `activate` on a hidden sheet
 *   fails; writing to a protected sheet fails; adding or deleting sheets in a workbook whose
 *   structure is protected fails; a write of the wrong shape fails;
 * - a failing command rejects the sync. `failureMode` picks what stays applied: "partial" (as
 *   real Excel does: the commands before the failing one stay applied, a batch is not a
 *   transaction) or "atomic" (nothing of the sync applied). The add-in must be right under both.
 * - Excel on the web has listed workbook-level names in `worksheet.names` (office-js #1011):
 *   `webListsWorkbookNamesOnSheets` models that; only `scope` tells them apart.
 *
 * It counts syncs, records every write, and can fail a sync outright with an Office.js error code.
 *
 * Why not office-addin-mock: its mocks are static object trees whose `sync()` only marks loaded
 * properties; it cannot express null objects that depend on the workbook, collections loaded
 * through `items/` paths, or the order of queued writes, and it does not count syncs.
 */

import { cellRef, parseRangeReference, quoteSheet } from "../../src/wres/a1";

export type FakeValue = number | string | boolean | null | { readonly error: string };

export interface FakeCell {
  readonly value: FakeValue;
  readonly numberFormat?: string;
  /** The formula text when the cell holds one ("=SUM(B2:B4)"); its value is then the result. */
  readonly formula?: string;
  /** What the formula gives once Excel recalculates, when `value` is a stale cached result (manual calculation). */
  readonly fresh?: FakeValue;
}

export interface FakeDefinedName {
  readonly name: string;
  /** As Excel states it: "=Sheet!$A$1:$B$2", "=#REF!", "=42". */
  readonly formula: string;
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheet {
  readonly name: string;
  readonly cells: Map<string, FakeCell>;
  readonly names: FakeDefinedName[];
  visibility?: FakeVisibility;
  /** Review → Protect Sheet: every write to it fails. */
  protected?: boolean;
  frozenRows?: number;
  /** The sheet's charts (worksheet.charts), in the order added. */
  charts?: FakeChart[];
}

/** A chart as Excel would hold it: what it was made from and what was set on it. */
export interface FakeChart {
  readonly type: string;
  /** The source range's address, e.g. "'WRES charts'!B3:D6". */
  readonly source: string;
  readonly seriesBy: string;
  title: string | null;
  position: { top?: number; left?: number; width?: number; height?: number };
  /** One series per column (seriesBy "Columns") or row of the source, as added. */
  readonly series: FakeChartSeriesData[];
}

export interface FakeChartSeriesData {
  /** The header cell's address (the series' name) and the cells below it (its values). */
  readonly name: string;
  readonly values: string;
  xAxisValues: string | null;
  chartType: string;
}

/** A write the add-in made, as Excel would see it. */
export type FakeWrite =
  | { readonly kind: "values" | "numberFormat" | "formulas"; readonly address: string; readonly data: unknown[][] }
  | { readonly kind: "add-sheet" | "delete-sheet" | "activate" | "clear-sheet"; readonly sheet: string }
  | { readonly kind: "select"; readonly address: string }
  | { readonly kind: "setting"; readonly key: string; readonly value: unknown }
  | { readonly kind: "insert-worksheets"; readonly base64: string }
  | { readonly kind: "add-name" | "delete-name"; readonly name: string; readonly formula?: string }
  | { readonly kind: "calculate"; readonly calculationType: string }
  | { readonly kind: "add-chart"; readonly sheet: string; readonly chartType: string; readonly source: string };

/** An error as Office.js rejects a sync with: a code, a message and debug information. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

interface Area {
  readonly sheet: FakeSheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** What Excel's NamedItem.type says of a definition (Excel.NamedItemType). */
export function nameType(formula: string): string {
  const f = formula.replace(/^=/, "").trim();
  if (f.includes("#REF!")) return "Error";
  if (/^[-+]?\d+$/.test(f)) return "Integer";
  if (/^[-+]?\d*\.\d+$/.test(f)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(f)) return "Boolean";
  if (f.startsWith('"')) return "String";
  if (f.startsWith("{")) return "Array";
  // Arithmetic on constants (=1+1): Excel gives the name the type of its value.
  if (/^[-+*/^().\d\s]+$/.test(f)) return "Double";
  // One range, several areas, or a formula such as OFFSET(…) that gives a range.
  return "Range";
}

const outsideGrid = (method: string) =>
  new FakeOfficeError("InvalidArgument", `${method}: the range would lie outside the worksheet grid.`);

const nullObjectMethod = (method: string) =>
  new FakeOfficeError(
    "FakeUndocumented",
    `${method} was called on a null object: what Excel does then is not documented, so the fake refuses it.`,
  );

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeDefinedName[] = [];
  readonly settings = new Map<string, unknown>();
  readonly writes: FakeWrite[] = [];
  /** Every context.sync of every run, in order: the number of commands each carried. */
  readonly syncs: number[] = [];
  /** The run options of every Excel.run, in order (undefined when none were given). */
  readonly runOptions: (Excel.RunOptions | undefined)[] = [];
  /** The next sync rejects with this error (and runs nothing). */
  failNextSync: FakeOfficeError | null = null;
  /** What stays applied when a command fails: real Excel keeps the commands before it ("partial"). */
  failureMode: "partial" | "atomic" = "partial";
  /** Application.calculationMode. */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** Review → Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Excel on the web's listing of workbook-level names in `worksheet.names` (office-js #1011). */
  webListsWorkbookNamesOnSheets = false;
  /** Commands that fail as some hosts make them fail (freezePanes on Excel 2019). */
  readonly faults: { freezePanes?: FakeOfficeError; addName?: FakeOfficeError } = {};
  /** What inserting a workbook's sheets does to this one (tests add the template's sheets and names). */
  onInsertWorksheets: ((book: FakeWorkbook, base64: string) => void) | null = null;

  sheet(name: string): FakeSheet {
    let s = this.findSheet(name);
    if (!s) {
      s = { name, cells: new Map(), names: [] };
      this.sheets.push(s);
    }
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  define(name: string, formula: string): void {
    this.names.push({ name, formula });
  }

  findName(name: string): FakeDefinedName | undefined {
    return this.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  }

  cell(sheet: string, row: number, column: number): FakeCell {
    return this.findSheet(sheet)?.cells.get(cellRef(row, column)) ?? { value: null };
  }

  /** Where a definition's formula points, when it is one range of an existing sheet; else null. */
  resolve(formula: string): Area | null {
    const parsed = parseRangeReference(formula.replace(/^=/, ""));
    if ("reason" in parsed) return null;
    const sheet = this.findSheet(parsed.sheet);
    return sheet ? { sheet, top: parsed.top, left: parsed.left, rows: parsed.rows, columns: parsed.columns } : null;
  }

  /** Runs a batch as Excel.run does, with a fresh context (and, as Excel.run(options, batch), its options). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> {
    this.runOptions.push(options);
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  }

  /** Everything a failed sync could have changed, to put back in "atomic" mode. */
  snapshot(): () => void {
    const sheets = this.sheets.map((s) => ({ ...s, cells: new Map(s.cells), names: [...s.names] }));
    const names = [...this.names];
    const settings = new Map(this.settings);
    const writes = this.writes.length;
    return () => {
      this.sheets.splice(0, this.sheets.length, ...sheets);
      this.names.splice(0, this.names.length, ...names);
      this.settings.clear();
      for (const [k, v] of settings) this.settings.set(k, v);
      this.writes.length = writes;
    };
  }
}

/** The request context: a queue of commands, run in order by sync(). */
export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private queue: (() => void)[] = [];
  syncCount = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.syncCount++;
    this.book.syncs.push(commands.length);
    const failure = this.book.failNextSync;
    if (failure) {
      this.book.failNextSync = null;
      throw failure;
    }
    const restore = this.book.snapshot();
    try {
      for (const command of commands) command();
    } catch (e) {
      if (this.book.failureMode === "atomic") restore();
      throw e;
    }
  }
}

/** Throws unless every comma-separated load path is one the fake (and the real object) has. */
function checkPaths(paths: string, known: readonly string[], owner: string): string[] {
  const list = paths.split(",").map((x) => x.trim());
  for (const p of list) if (!known.includes(p)) throw new Error(`The fake ${owner} cannot load "${p}"`);
  return list;
}

/** A loaded item of a collection: reading one of its properties that was not loaded throws, as Office.js does. */
function loadedItem<T extends object>(values: T, known: readonly string[], owner: string): T {
  return new Proxy(values, {
    get(target, property) {
      if (typeof property === "string" && known.includes(property) && !(property in target)) {
        throw new FakeOfficeError("PropertyNotLoaded", `${owner}.${property} was read without being loaded`);
      }
      return Reflect.get(target, property) as unknown;
    },
  });
}

/** Loaded properties, readable only after the sync that loaded them. */
class Loadable {
  private readonly loadedValues = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(protected readonly context: FakeContext) {
    // isNullObject becomes known at the next sync, loaded or not (as Office.js does); a proxy
    // that cannot exist at all (getItem of a missing sheet) fails the sync here.
    context.enqueue(() => {
      this.nullObject = this.isNull();
      this.synced = true;
    });
  }

  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject was read before context.sync()");
    return this.nullObject;
  }

  /** Queues a command that fails the sync when this object is a null object (a method call on it). */
  protected refuseIfNull(method: string): void {
    this.context.enqueue(() => {
      if (this.isNull()) throw nullObjectMethod(method);
    });
  }

  protected queueLoad(properties: string, read: (property: string) => unknown): void {
    const names = properties.split(",").map((p) => p.trim());
    this.context.enqueue(() => {
      for (const p of names) this.loadedValues.set(p, this.isNull() ? undefined : read(p));
    });
  }

  protected loaded<T>(property: string): T {
    if (!this.loadedValues.has(property)) {
      throw new FakeOfficeError("PropertyNotLoaded", `${property} was read without load() and context.sync()`);
    }
    return this.loadedValues.get(property) as T;
  }
}

class FakeApplication extends Loadable {
  get calculationMode(): string {
    return this.loaded("calculationMode");
  }

  load(properties: string): this {
    checkPaths(properties, ["calculationMode"], "Application");
    this.queueLoad(properties, () => this.context.book.calculationMode);
    return this;
  }

  /** Recalculates: every stale formula result becomes what the formula gives. */
  calculate(calculationType: string): void {
    this.context.enqueue(() => {
      for (const sheet of this.context.book.sheets) {
        for (const [key, cell] of sheet.cells) {
          if (cell.fresh !== undefined) sheet.cells.set(key, { ...cell, value: cell.fresh, fresh: undefined });
        }
      }
      this.context.book.writes.push({ kind: "calculate", calculationType });
    });
  }
}

class FakeWorkbookProtection extends Loadable {
  get protected(): boolean {
    return this.loaded("protected");
  }
  load(properties: string): this {
    checkPaths(properties, ["protected"], "WorkbookProtection");
    this.queueLoad(properties, () => this.context.book.structureProtected);
    return this;
  }
}

class FakeWorkbookProxy {
  readonly names: FakeNamedItemCollection;
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly context: FakeContext) {
    this.names = new FakeNamedItemCollection(context, null);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  insertWorksheetsFromBase64(base64: string): { value: string[] } {
    this.context.enqueue(() => {
      const book = this.context.book;
      book.writes.push({ kind: "insert-worksheets", base64 });
      book.onInsertWorksheets?.(book, base64);
    });
    return { value: [] };
  }
}

const NAME_ITEM_PROPERTIES = ["name", "type", "formula", "scope", "visible"] as const;

/** A defined name as a collection's loaded item. */
function nameItem(n: FakeDefinedName, scope: string, paths: readonly string[], owner: string): object {
  const all: Record<string, unknown> = {
    name: n.name,
    type: nameType(n.formula),
    formula: n.formula,
    scope,
    visible: true,
  };
  const loaded = Object.fromEntries(paths.map((p) => p.replace(/^items\//, "")).map((p) => [p, all[p]]));
  return loadedItem(loaded, NAME_ITEM_PROPERTIES, owner);
}

class FakeNamedItemCollection extends Loadable {
  /** `sheet` null: the workbook's names; else the sheet's own (and, on the web, the workbook's too). */
  constructor(
    context: FakeContext,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(context);
  }

  get items(): { name: string; type: string; formula: string; scope: string }[] {
    return this.loaded("items");
  }

  private scoped(): { readonly n: FakeDefinedName; readonly scope: string }[] {
    const book = this.context.book;
    if (this.sheet === null) return book.names.map((n) => ({ n, scope: "Workbook" }));
    const own = this.sheet().names.map((n) => ({ n, scope: "Worksheet" }));
    return book.webListsWorkbookNamesOnSheets ? [...own, ...book.names.map((n) => ({ n, scope: "Workbook" }))] : own;
  }

  /** "items/name, items/type, items/formula, items/scope": every item with the properties asked for. */
  load(paths: string): this {
    const list = checkPaths(
      paths,
      NAME_ITEM_PROPERTIES.map((p) => `items/${p}`),
      "NamedItemCollection",
    );
    this.queueLoad("items", () => this.scoped().map(({ n, scope }) => nameItem(n, scope, list, "NamedItem")));
    return this;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name) ?? null, this.sheet ? "Worksheet" : "Workbook", this);
  }

  getItem(name: string): FakeNamedItem {
    this.context.enqueue(() => {
      if (!this.find(name)) throw new FakeOfficeError("ItemNotFound", `The name ${name} does not exist.`);
    });
    return this.getItemOrNullObject(name);
  }

  add(name: string, reference: string): FakeNamedItem {
    this.context.enqueue(() => {
      const book = this.context.book;
      if (book.faults.addName) throw book.faults.addName;
      if (this.find(name)) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      this.list().push({ name, formula });
      book.writes.push({ kind: "add-name", name, formula });
    });
    return this.getItemOrNullObject(name);
  }

  list(): FakeDefinedName[] {
    return this.sheet === null ? this.context.book.names : this.sheet().names;
  }

  private find(name: string): FakeDefinedName | undefined {
    return this.list().find((n) => n.name.toUpperCase() === name.toUpperCase());
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    context: FakeContext,
    private readonly definition: () => FakeDefinedName | null,
    private readonly scopeName: "Workbook" | "Worksheet",
    private readonly collection: FakeNamedItemCollection,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return this.definition() === null;
  }

  get formula(): string {
    return this.loaded("formula");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  get type(): string {
    return this.loaded("type");
  }

  load(properties: string): this {
    checkPaths(properties, ["scope", "formula", "type", "name"], "NamedItem");
    this.queueLoad(properties, (p) => {
      const d = this.definition();
      if (p === "scope") return this.scopeName;
      if (p === "type") return d && nameType(d.formula);
      return p === "name" ? d?.name : d?.formula;
    });
    return this;
  }

  /** The name's one range; fails the sync for a missing, non-range, multi-area or #REF! name. */
  private area(method: string): Area {
    const d = this.definition();
    if (!d) throw new FakeOfficeError("ItemNotFound", `${method}: the name does not exist.`);
    const area = this.context.book.resolve(d.formula);
    if (!area) throw new FakeOfficeError("InvalidArgument", `${method}: ${d.name} (${d.formula}) is not one range.`);
    return area;
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.area("getRange"));
  }

  /** Documented: a null object when the name's type is not Range. A null item, or a Range-typed name Excel cannot give as one range, fails. */
  getRangeOrNullObject(): FakeRange {
    this.refuseIfNull("getRangeOrNullObject");
    return new FakeRange(this.context, () => {
      const d = this.definition();
      if (d && nameType(d.formula) !== "Range") return null;
      return this.area("getRangeOrNullObject");
    });
  }

  delete(): void {
    this.refuseIfNull("delete");
    this.context.enqueue(() => {
      const d = this.definition();
      const list = this.collection.list();
      if (d) list.splice(list.indexOf(d), 1);
      if (d) this.context.book.writes.push({ kind: "delete-name", name: d.name });
    });
  }
}

function excelType(value: FakeValue): string {
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Boolean";
  return "Error";
}

function excelValue(value: FakeValue): unknown {
  if (value === null) return "";
  return typeof value === "object" ? value.error : value;
}

function addressOf(area: Area): string {
  const a = cellRef(area.top, area.left);
  const b = cellRef(area.top + area.rows - 1, area.left + area.columns - 1);
  return `${quoteSheet(area.sheet.name)}!${area.rows === 1 && area.columns === 1 ? a : `${a}:${b}`}`;
}

function refuseProtected(sheet: FakeSheet, what: string): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `${what}: the sheet ${sheet.name} is protected.`);
}

/** Formatting is accepted on unprotected sheets and not otherwise recorded. */
class FakeRangeFormat {
  readonly font: { bold: boolean };
  constructor(private readonly touch: (what: string) => void) {
    this.font = {
      set bold(_value: boolean) {
        touch("font.bold");
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "font.bold was not loaded");
      },
    };
  }
  set columnWidth(_value: number) {
    this.touch("columnWidth");
  }
  set wrapText(_value: boolean) {
    this.touch("wrapText");
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeContext,
    /** Where the range is; null for a null object; throws when the range cannot exist. */
    private readonly area: () => Area | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat((what) =>
      this.context.enqueue(() => refuseProtected(this.at(`format.${what}`).sheet, `format.${what}`)),
    );
  }

  protected override isNull(): boolean {
    return this.area() === null;
  }

  /** Where the range is, inside a command (a chart's source or axis): a null range fails. */
  areaForChart(): Area {
    return this.at("charts");
  }

  /** Where the range is, inside a command: a null range there is a method call on a null object. */
  private at(method: string): Area {
    const a = this.area();
    if (!a) throw nullObjectMethod(method);
    return a;
  }

  private grid<T>(f: (cell: FakeCell) => T): T[][] {
    const a = this.at("load");
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.columns }, (_, c) => f(this.context.book.cell(a.sheet.name, a.top + r, a.left + c))),
    );
  }

  load(properties: string): this {
    checkPaths(
      properties,
      ["address", "rowCount", "columnCount", "values", "valueTypes", "numberFormat", "formulas"],
      "Range",
    );
    this.queueLoad(properties, (p) => {
      const a = this.at("load");
      switch (p) {
        case "address":
          return addressOf(a);
        case "rowCount":
          return a.rows;
        case "columnCount":
          return a.columns;
        case "values":
          return this.grid((c) => excelValue(c.value));
        case "valueTypes":
          return this.grid((c) => excelType(c.value));
        case "numberFormat":
          return this.grid((c) => c.numberFormat ?? "General");
        default:
          return this.grid((c) => c.formula ?? excelValue(c.value));
      }
    });
    return this;
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(data: unknown[][]) {
    this.write("values", data);
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.write("numberFormat", data);
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(data: unknown[][]) {
    this.write("formulas", data);
  }

  private write(kind: "values" | "numberFormat" | "formulas", data: unknown[][]): void {
    this.context.enqueue(() => {
      const a = this.at(kind);
      refuseProtected(a.sheet, kind);
      if (data.length !== a.rows || data.some((row) => row.length !== a.columns)) {
        throw new FakeOfficeError("InvalidArgument", `${kind} of the wrong size for ${addressOf(a)}`);
      }
      this.context.book.writes.push({ kind, address: addressOf(a), data });
      data.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = cellRef(a.top + r, a.left + c);
          const old = a.sheet.cells.get(key) ?? { value: null };
          if (kind === "numberFormat") a.sheet.cells.set(key, { ...old, numberFormat: String(v) });
          else if (kind === "formulas" && typeof v === "string" && v.startsWith("=")) {
            a.sheet.cells.set(key, { ...old, formula: v, value: null });
          } else a.sheet.cells.set(key, { numberFormat: old.numberFormat, value: v === "" ? null : (v as FakeValue) });
        }),
      );
    });
  }

  /** Clears contents and formats (the whole used part of the range). */
  clear(): void {
    this.context.enqueue(() => {
      const a = this.at("clear");
      refuseProtected(a.sheet, "clear");
      for (const key of [...a.sheet.cells.keys()]) a.sheet.cells.delete(key);
      this.context.book.writes.push({ kind: "clear-sheet", sheet: a.sheet.name });
    });
  }

  getAbsoluteResizedRange(rows: number, columns: number): FakeRange {
    this.refuseIfNull("getAbsoluteResizedRange");
    return new FakeRange(this.context, () => {
      const a = this.at("getAbsoluteResizedRange");
      if (a.top + rows > MAX_ROWS || a.left + columns > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The resized range is outside the grid.");
      }
      return { ...a, rows, columns };
    });
  }

  /** A range derived from this one; `derive` throws where Excel throws (outside the grid). */
  private derived(method: string, derive: (a: Area) => Area): FakeRange {
    this.refuseIfNull(method);
    return new FakeRange(this.context, () => {
      const a = derive(this.at(method));
      if (a.top < 0 || a.left < 0 || a.rows < 1 || a.columns < 1) throw outsideGrid(method);
      if (a.top + a.rows > MAX_ROWS || a.left + a.columns > MAX_COLUMNS) throw outsideGrid(method);
      return a;
    });
  }

  getEntireRow(): FakeRange {
    return this.derived("getEntireRow", (a) => ({ ...a, left: 0, columns: MAX_COLUMNS }));
  }

  getEntireColumn(): FakeRange {
    return this.derived("getEntireColumn", (a) => ({ ...a, top: 0, rows: MAX_ROWS }));
  }

  /** Documented: the cell may lie outside the range, "so long as it stays within the worksheet grid". */
  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", (a) => ({ ...a, top: a.top + row, left: a.left + column, rows: 1, columns: 1 }));
  }

  /** Documented: "If the resulting range is forced outside the bounds of the worksheet grid, an error will be thrown." */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("getOffsetRange", (a) => ({ ...a, top: a.top + rowOffset, left: a.left + columnOffset }));
  }

  /** The bottom-right corner moved; a range of no rows or columns, or one past the grid, fails (not documented). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", (a) => ({
      ...a,
      rows: a.rows + deltaRows,
      columns: a.columns + deltaColumns,
    }));
  }

  getLastRow(): FakeRange {
    return this.derived("getLastRow", (a) => ({ ...a, top: a.top + a.rows - 1, rows: 1 }));
  }

  /** The smallest range holding both; ranges of two sheets fail (not documented). */
  getBoundingRect(other: FakeRange): FakeRange {
    other.refuseIfNull("getBoundingRect");
    return this.derived("getBoundingRect", (a) => {
      const b = other.at("getBoundingRect");
      if (a.sheet !== b.sheet) throw new FakeOfficeError("InvalidArgument", "getBoundingRect: ranges of two sheets.");
      const top = Math.min(a.top, b.top);
      const left = Math.min(a.left, b.left);
      const bottom = Math.max(a.top + a.rows, b.top + b.rows);
      const right = Math.max(a.left + a.columns, b.left + b.columns);
      return { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left };
    });
  }

  private intersection(other: FakeRange): Area | null {
    const a = this.at("getIntersection");
    const b = other.at("getIntersection");
    if (a.sheet !== b.sheet) return null;
    const top = Math.max(a.top, b.top);
    const left = Math.max(a.left, b.left);
    const bottom = Math.min(a.top + a.rows, b.top + b.rows);
    const right = Math.min(a.left + a.columns, b.left + b.columns);
    return bottom > top && right > left
      ? { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left }
      : null;
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.refuseIfNull("getIntersectionOrNullObject");
    return new FakeRange(this.context, () => this.intersection(other));
  }

  getIntersection(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const i = this.intersection(other);
      if (!i) throw new FakeOfficeError("InvalidArgument", "The ranges do not intersect.");
      return i;
    });
  }

  select(): void {
    this.context.enqueue(() =>
      this.context.book.writes.push({ kind: "select", address: addressOf(this.at("select")) }),
    );
  }
}

class FakeWorksheet extends Loadable {
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly names: FakeNamedItemCollection;
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeContext,
    /** The sheet; null for a null object; throws when it must exist and does not. */
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context);
    this.freezePanes = {
      freezeRows: (n) =>
        context.enqueue(() => {
          const s = this.at("freezePanes.freezeRows");
          if (context.book.faults.freezePanes) throw context.book.faults.freezePanes;
          refuseProtected(s, "freezePanes");
          s.frozenRows = n;
        }),
    };
    this.names = new FakeNamedItemCollection(context, () => this.at("names"));
    this.charts = new FakeChartCollection(context, () => this.at("charts"));
  }

  protected override isNull(): boolean {
    return this.sheet() === null;
  }

  private at(method: string): FakeSheet {
    const s = this.sheet();
    if (!s) throw nullObjectMethod(method);
    return s;
  }

  get visibility(): string {
    return this.loaded("visibility");
  }
  get name(): string {
    return this.loaded("name");
  }

  load(properties: string): this {
    checkPaths(properties, ["name", "visibility"], "Worksheet");
    this.queueLoad(properties, (p) => {
      const s = this.at("load");
      return p === "name" ? s.name : (s.visibility ?? "Visible");
    });
    return this;
  }

  delete(): void {
    this.context.enqueue(() => {
      const book = this.context.book;
      const s = this.at("delete");
      if (book.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
      if (s.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", "A very hidden sheet cannot be deleted.");
      const visible = book.sheets.filter((x) => (x.visibility ?? "Visible") === "Visible");
      if (visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be deleted.");
      }
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.writes.push({ kind: "delete-sheet", sheet: s.name });
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      const s = this.at("activate");
      if ((s.visibility ?? "Visible") !== "Visible") {
        throw new FakeOfficeError("InvalidOperation", `The sheet ${s.name} is hidden and cannot be activated.`);
      }
      this.context.book.writes.push({ kind: "activate", sheet: s.name });
    });
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.at("getRangeByIndexes"), top, left, rows, columns }));
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): FakeRange {
    if (address !== undefined) throw new Error("The fake's Worksheet.getRange takes no address");
    return new FakeRange(this.context, () => ({
      sheet: this.at("getRange"),
      top: 0,
      left: 0,
      rows: MAX_ROWS,
      columns: MAX_COLUMNS,
    }));
  }
}

/** Excel.ChartSeriesBy: "Auto", "Columns" or "Rows". */
const SERIES_BY = ["Auto", "Columns", "Rows"];

/**
 * worksheet.charts: only `add`, the chart's title text, position and size, and its series by
 * position (setXAxisValues, chartType). Every property is write-only here: reading one throws
 * PropertyNotLoaded, as Office.js does for what was not loaded. Excel's guess of series names
 * from a header row ("Auto") is not modelled: the fake takes the first row of a "Columns"
 * source as the names, which is what the add-in asks for, and refuses "Auto".
 */
class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    let chart: FakeChart | null = null;
    if (!(source instanceof FakeRange)) throw new Error("The fake's charts.add takes a Range proxy");
    this.context.enqueue(() => {
      const sheet = this.sheet();
      refuseProtected(sheet, "charts.add");
      if (!SERIES_BY.includes(seriesBy))
        throw new FakeOfficeError("InvalidArgument", `charts.add: seriesBy ${seriesBy}`);
      if (seriesBy !== "Columns") {
        throw new FakeOfficeError("FakeUndocumented", 'The fake models seriesBy "Columns" only.');
      }
      const a = source.areaForChart();
      if (a.sheet !== sheet)
        throw new FakeOfficeError("InvalidArgument", "charts.add: the source is on another sheet.");
      if (a.rows < 2)
        throw new FakeOfficeError("InvalidArgument", "charts.add: a header row and at least one value row.");
      const series = Array.from({ length: a.columns }, (_, c) => ({
        name: addressOf({ ...a, left: a.left + c, rows: 1, columns: 1 }),
        values: addressOf({ ...a, top: a.top + 1, left: a.left + c, rows: a.rows - 1, columns: 1 }),
        xAxisValues: null,
        chartType: type,
      }));
      chart = { type, source: addressOf(a), seriesBy, title: null, position: {}, series };
      (sheet.charts ??= []).push(chart);
      this.context.book.writes.push({ kind: "add-chart", sheet: sheet.name, chartType: type, source: chart.source });
    });
    return new FakeChartProxy(this.context, () => {
      if (!chart) throw new Error("The fake's chart was used before charts.add ran");
      return chart;
    });
  }
}

/** Properties of a chart proxy that may be set; none may be read (the fake loads nothing of a chart). */
class FakeChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): FakeChartSeriesProxy };

  constructor(
    private readonly context: FakeContext,
    private readonly chart: () => FakeChart,
  ) {
    const set = (apply: (c: FakeChart) => void) => context.enqueue(() => apply(chart()));
    this.title = {
      set text(value: string) {
        set((c) => (c.title = value));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "chart.title.text was read without being loaded");
      },
    };
    this.series = { getItemAt: (index) => new FakeChartSeriesProxy(context, chart, index) };
  }

  private place(key: "top" | "left" | "width" | "height", value: number): void {
    this.context.enqueue(() => {
      if (!Number.isFinite(value) || value < 0) throw new FakeOfficeError("InvalidArgument", `chart.${key}: ${value}`);
      this.chart().position[key] = value;
    });
  }
  set top(value: number) {
    this.place("top", value);
  }
  set left(value: number) {
    this.place("left", value);
  }
  set width(value: number) {
    this.place("width", value);
  }
  set height(value: number) {
    this.place("height", value);
  }
  get top(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "chart.top was read without being loaded");
  }
  get left(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "chart.left was read without being loaded");
  }
  get width(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "chart.width was read without being loaded");
  }
  get height(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "chart.height was read without being loaded");
  }
}

class FakeChartSeriesProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly chart: () => FakeChart,
    private readonly index: number,
  ) {}

  /** The series at `index`; a position past the last fails the sync, as getItemAt does. */
  private at(): FakeChartSeriesData {
    const s = this.chart().series[this.index];
    if (!s)
      throw new FakeOfficeError("InvalidArgument", `series.getItemAt(${this.index}): the chart has no such series.`);
    return s;
  }

  setXAxisValues(source: FakeRange): void {
    this.context.enqueue(() => {
      const a = source.areaForChart();
      this.at().xAxisValues = addressOf(a);
    });
  }

  set chartType(value: string) {
    this.context.enqueue(() => (this.at().chartType = value));
  }
  get chartType(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "series.chartType was read without being loaded");
  }
}

const SHEET_ITEM_PROPERTIES = ["name", "visibility", "protection", "names"] as const;
const SHEET_PATHS = [
  "items/name",
  "items/visibility",
  "items/protection/protected",
  ...NAME_ITEM_PROPERTIES.map((p) => `items/names/items/${p}`),
];

class FakeWorksheetCollection extends Loadable {
  get items(): {
    name: string;
    visibility: string;
    protection: { protected: boolean };
    names: { items: { name: string; formula: string; scope: string; type: string }[] };
  }[] {
    return this.loaded("items");
  }

  /** "items/name, items/visibility, items/protection/protected, items/names/items/…": every sheet, with what is asked. */
  load(paths: string): this {
    const list = checkPaths(paths, SHEET_PATHS, "WorksheetCollection");
    const namePaths = list.filter((p) => p.startsWith("items/names/")).map((p) => p.replace(/^items\/names\//, ""));
    this.queueLoad("items", () =>
      this.context.book.sheets.map((s) => {
        const item: Record<string, unknown> = {};
        if (list.includes("items/name")) item.name = s.name;
        if (list.includes("items/visibility")) item.visibility = s.visibility ?? "Visible";
        if (list.includes("items/protection/protected")) item.protection = { protected: s.protected === true };
        if (namePaths.length > 0) {
          const scoped = [
            ...s.names.map((n) => ({ n, scope: "Worksheet" })),
            ...(this.context.book.webListsWorkbookNamesOnSheets
              ? this.context.book.names.map((n) => ({ n, scope: "Workbook" }))
              : []),
          ];
          item.names = { items: scoped.map(({ n, scope }) => nameItem(n, scope, namePaths, "NamedItem")) };
        }
        return loadedItem(item, SHEET_ITEM_PROPERTIES, "Worksheet");
      }),
    );
    return this;
  }

  private existing(name: string): () => FakeSheet {
    return () => {
      const s = this.context.book.findSheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The sheet ${name} does not exist.`);
      return s;
    };
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.existing(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.findSheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(() => {
      const book = this.context.book;
      if (book.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
      if (book.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      book.sheet(name);
      book.writes.push({ kind: "add-sheet", sheet: name });
    });
    return new FakeWorksheet(this.context, this.existing(name));
  }
}

class FakeSetting extends Loadable {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }
  protected override isNull(): boolean {
    return !this.context.book.settings.has(this.key);
  }
  get value(): unknown {
    return this.loaded("value");
  }
  load(properties: string): this {
    checkPaths(properties, ["value"], "Setting");
    this.queueLoad(properties, () => this.context.book.settings.get(this.key));
    return this;
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }

  add(key: string, value: unknown): void {
    this.context.enqueue(() => {
      this.context.book.settings.set(key, value);
      this.context.book.writes.push({ kind: "setting", key, value });
    });
  }
}
