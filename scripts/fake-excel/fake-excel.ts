/// <reference types="office-js" />
/**
 * A hand-written fake of the part of Excel's object model the add-in uses, with Excel's batch
 * semantics: proxies queue commands, nothing is read or written until `context.sync()`, which
 * runs the queue in order; reading a property that was not loaded and synced throws, as Office.js
 * does. It counts syncs, models null objects (`*OrNullObject`, propagating through navigation)
 * and collections loaded with `items/…` paths, records every write, and can fail a sync with an
 * Office.js error code.
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
}

export interface FakeDefinedName {
  readonly name: string;
  /** As Excel states it: "=Sheet!$A$1:$B$2", "=#REF!", "=42". */
  readonly formula: string;
}

export interface FakeSheet {
  readonly name: string;
  readonly cells: Map<string, FakeCell>;
  readonly names: FakeDefinedName[];
  frozenRows?: number;
  boldRanges?: string[];
}

/** A write the add-in made, as Excel would see it. */
export type FakeWrite =
  | { readonly kind: "values" | "numberFormat" | "formulas"; readonly address: string; readonly data: unknown[][] }
  | { readonly kind: "add-sheet" | "delete-sheet" | "activate"; readonly sheet: string }
  | { readonly kind: "select"; readonly address: string }
  | { readonly kind: "setting"; readonly key: string; readonly value: unknown }
  | { readonly kind: "insert-worksheets"; readonly base64: string };

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

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeDefinedName[] = [];
  readonly settings = new Map<string, unknown>();
  readonly writes: FakeWrite[] = [];
  /** Every context.sync of every run, in order: the number of commands each carried. */
  readonly syncs: number[] = [];
  /** The next sync rejects with this error (and runs nothing). */
  failNextSync: FakeOfficeError | null = null;

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

  cell(sheet: string, row: number, column: number): FakeCell {
    return this.findSheet(sheet)?.cells.get(cellRef(row, column)) ?? { value: null };
  }

  /** Where a definition's formula points, when it is one range of an existing sheet; else null (a null object). */
  resolve(formula: string): Area | null {
    const parsed = parseRangeReference(formula.replace(/^=/, ""));
    if ("reason" in parsed) return null;
    const sheet = this.findSheet(parsed.sheet);
    return sheet ? { sheet, top: parsed.top, left: parsed.left, rows: parsed.rows, columns: parsed.columns } : null;
  }

  /** Runs a batch as Excel.run does, with a fresh context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  }
}

/** The request context: a queue of commands, run in order by sync(). */
export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: (() => void)[] = [];
  syncCount = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
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
    for (const command of commands) command();
  }
}

/** Throws unless every comma-separated load path is one the fake (and the real object) has. */
function checkPaths(paths: string, known: readonly string[], owner: string): void {
  for (const p of paths.split(",").map((x) => x.trim())) {
    if (!known.includes(p)) throw new Error(`The fake ${owner} cannot load "${p}"`);
  }
}

/** Loaded properties, readable only after the sync that loaded them. */
class Loadable {
  private readonly loadedValues = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(protected readonly context: FakeContext) {
    // isNullObject becomes known at the next sync, loaded or not (as Office.js does).
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

class FakeWorkbookProxy {
  readonly names: FakeNamedItemCollection;
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly context: FakeContext) {
    this.names = new FakeNamedItemCollection(context, () => context.book.names);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  insertWorksheetsFromBase64(base64: string): { value: string[] } {
    this.context.enqueue(() => this.context.book.writes.push({ kind: "insert-worksheets", base64 }));
    return { value: [] };
  }
}

class FakeNamedItemCollection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly source: () => FakeDefinedName[],
  ) {
    super(context);
  }

  get items(): { name: string; formula: string }[] {
    return this.loaded("items");
  }

  /** "items/name", "items/name, items/formula": every item, with its name and formula. */
  load(paths: string): this {
    checkPaths(paths, ["items/name", "items/formula"], "NamedItemCollection");
    this.queueLoad("items", () => this.source().map((n) => ({ name: n.name, formula: n.formula })));
    return this;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name) ?? null, "Workbook");
  }

  getItem(name: string): FakeNamedItem {
    this.context.enqueue(() => {
      if (!this.find(name)) throw new FakeOfficeError("ItemNotFound", `The name ${name} does not exist.`);
    });
    return this.getItemOrNullObject(name);
  }

  private find(name: string): FakeDefinedName | undefined {
    return this.source().find((n) => n.name.toUpperCase() === name.toUpperCase());
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    context: FakeContext,
    private readonly definition: () => FakeDefinedName | null,
    private readonly scopeName: "Workbook" | "Worksheet",
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

  load(properties: string): this {
    checkPaths(properties, ["scope", "formula"], "NamedItem");
    this.queueLoad(properties, (p) => (p === "scope" ? this.scopeName : this.definition()?.formula));
    return this;
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const d = this.definition();
      return d ? this.context.book.resolve(d.formula) : null;
    });
  }

  getRange(): FakeRange {
    const range = this.getRangeOrNullObject();
    this.context.enqueue(() => {
      const d = this.definition();
      if (!d || !this.context.book.resolve(d.formula)) throw new FakeOfficeError("InvalidReference", "Not a range.");
    });
    return range;
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

/** Formatting is accepted and not checked. */
class FakeRangeFormat {
  readonly font = {
    set bold(_value: boolean) {},
  };
  set columnWidth(_value: number) {}
  set wrapText(_value: boolean) {}
}

export class FakeRange extends Loadable {
  readonly format = new FakeRangeFormat();

  constructor(
    context: FakeContext,
    private readonly area: () => Area | null,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return this.area() === null;
  }

  private at(): Area {
    const a = this.area();
    if (!a) throw new FakeOfficeError("InvalidReference", "The range does not exist.");
    return a;
  }

  private grid<T>(f: (cell: FakeCell) => T): T[][] {
    const a = this.at();
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.columns }, (_, c) => f(this.context.book.cell(a.sheet.name, a.top + r, a.left + c))),
    );
  }

  load(properties: string): this {
    this.queueLoad(properties, (p) => {
      const a = this.at();
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
        case "formulas":
          return this.grid((c) => c.formula ?? excelValue(c.value));
        default:
          throw new Error(`The fake does not load Range.${p}`);
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
      const a = this.at();
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

  getAbsoluteResizedRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.area();
      if (!a) return null;
      if (a.top + rows > MAX_ROWS || a.left + columns > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The resized range is outside the grid.");
      }
      return { ...a, rows, columns };
    });
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.area();
      const b = other.area();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      const bottom = Math.min(a.top + a.rows, b.top + b.rows);
      const right = Math.min(a.left + a.columns, b.left + b.columns);
      return bottom > top && right > left
        ? { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left }
        : null;
    });
  }

  select(): void {
    this.context.enqueue(() => this.context.book.writes.push({ kind: "select", address: addressOf(this.at()) }));
  }
}

class FakeWorksheet {
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly names: FakeNamedItemCollection;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    this.freezePanes = {
      freezeRows: (n) => context.enqueue(() => void (this.sheet().frozenRows = n)),
    };
    this.names = new FakeNamedItemCollection(context, () => this.sheet().names);
  }

  delete(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.book.sheets.splice(this.context.book.sheets.indexOf(s), 1);
      this.context.book.writes.push({ kind: "delete-sheet", sheet: s.name });
    });
  }

  activate(): void {
    this.context.enqueue(() => this.context.book.writes.push({ kind: "activate", sheet: this.sheet().name }));
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), top, left, rows, columns }));
  }
}

class FakeWorksheetCollection extends Loadable {
  get items(): { name: string; names: { items: { name: string; formula: string }[] } }[] {
    return this.loaded("items");
  }

  /** "items/name, items/names/items/name, items/names/items/formula": every sheet, with its names. */
  load(paths: string): this {
    checkPaths(paths, ["items/name", "items/names/items/name", "items/names/items/formula"], "WorksheetCollection");
    this.queueLoad("items", () =>
      this.context.book.sheets.map((s) => ({
        name: s.name,
        names: { items: s.names.map((n) => ({ name: n.name, formula: n.formula })) },
      })),
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
    const sheet = this.existing(name);
    this.context.enqueue(() => void sheet());
    return new FakeWorksheet(this.context, sheet);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(() => {
      if (this.context.book.findSheet(name)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      }
      this.context.book.sheet(name);
      this.context.book.writes.push({ kind: "add-sheet", sheet: name });
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
