// A strict double of the Excel JS API calls the Excel host makes, with Office.js's rules: a proxy's
/* eslint-disable @typescript-eslint/no-this-alias -- the fake hands out plain objects whose getters must reach the fake itself */
// properties throw PropertyNotLoaded until loaded and synced (and then hold what the sync read); writes
// are queued and applied at sync, where a values / formulas / numberFormat matrix that does not fit its
// range fails as in Excel (InvalidArgument); getItem and getUsedRange fail with ItemNotFound for what is
// not there; isNullObject is known only after a sync; every sync is recorded with the bytes it carries,
// and one over Excel on the web's 5 MB is refused (RequestPayloadSizeLimitExceeded). Excel.run syncs
// what is still queued when the batch ends. office-addin-mock (Microsoft's mock library) was weighed:
// it enforces load-before-read on objects built from plain data, but knows nothing of A1 ranges,
// dimensions, used ranges, ItemNotFound or request sizes, and copies its data per object, too heavy for
// a 1,048,576-row sheet; so the rules are written here, over the sheet of cells the tests already use.
import { columnIndex, columnLetters } from '../../src/xlsx/a1';

type Cell = string | number | boolean;

export class FakeSheet {
  /** Cells by row, then column: light enough to hold Excel's maximum column (1,048,576 rows). */
  readonly rows: (Cell | undefined)[][] = [];
  /** What a formula cell shows (the fake does not calculate): set by the test. */
  readonly shown = new Map<string, Cell>();
  /** Number formats set, by cell "r,c". */
  readonly formats = new Map<string, string>();
  /** The header filter's range. */
  filter = '';
  /** Charts added, as "type range title at from:to". */
  readonly charts: string[] = [];
  /** Conditional colours added, as "range = text -> fill". */
  readonly colours: string[] = [];
  /** Dynamic-array anchors ("r,c") and the address they spill to. */
  readonly spills = new Map<string, string>();
  /** Every cell written, as "r,c" (kept only while `recordWrites`; a million-row test checks bounds). */
  readonly written: string[] = [];
  recordWrites = true;
  /** The smallest box around every cell written since `resetWritten`. */
  writtenBox = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  frozenRows = 0;
  constructor(readonly name: string) {}
  get(r: number, c: number): Cell { return this.rows[r]?.[c] ?? ''; }
  set(r: number, c: number, v: Cell): void {
    if (this.recordWrites) this.written.push(`${r},${c}`);
    const box = this.writtenBox;
    if (r < box.top) box.top = r;
    if (r > box.bottom) box.bottom = r;
    if (c < box.left) box.left = c;
    if (c > box.right) box.right = c;
    (this.rows[r] ??= [])[c] = v === '' ? undefined : v;
  }
  resetWritten(): void {
    this.written.length = 0;
    this.writtenBox = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  }
  bounds() {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.rows.forEach((row, r) => row?.forEach((v, c) => {
      if (v === undefined) return;
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }));
    return { top, left, bottom, right };
  }
}

const columnLetter = (i: number) => columnLetters(i);

function parse(address: string) {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) throw new Error(`fake Excel: unsupported address ${address}`);
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: columnIndex(m[3] ?? m[1]) };
}

/** The most bytes one request may carry on Excel on the web. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An error as Office.js raises it: an `OfficeExtension.Error` with a code. */
export class FakeOfficeError extends Error {
  constructor(readonly code: 'PropertyNotLoaded' | 'InvalidArgument' | 'ItemNotFound' | 'RequestPayloadSizeLimitExceeded', message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const notLoaded = (property: string) => new FakeOfficeError('PropertyNotLoaded',
  `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
const notFound = (what: string) => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
const misfit = (what: string, address: string) => new FakeOfficeError('InvalidArgument',
  `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what} of ${address})`);

/**
 * Properties that read as Office.js proxies do: each must be named in `load` and a sync must have run
 * since; the value is what the sync read.
 */
class Loadable {
  private readonly requested = new Set<string>();
  private readonly synced = new Map<string, unknown>();
  constructor(private readonly excel: FakeExcel, private readonly readers: Record<string, () => unknown>) {}
  load(props?: string | string[] | Record<string, unknown>): void {
    const names = props === undefined ? Object.keys(this.readers)
      : typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props);
    for (const n of names) this.requested.add(n.split('/')[0]);
    const wanted = [...this.requested];
    this.excel.queue(() => { for (const n of wanted) if (this.readers[n]) this.synced.set(n, this.readers[n]()); });
  }
  get(name: string): unknown {
    if (!this.synced.has(name)) throw notLoaded(name);
    return this.synced.get(name);
  }
}

/** Defines loadable getters on `target` for each reader, and `load` itself. */
function loadable<T extends object>(excel: FakeExcel, target: T, readers: Record<string, () => unknown>): T {
  const props = new Loadable(excel, readers);
  Object.defineProperty(target, 'load', { value: (p?: string | string[]) => { props.load(p); return target; }, enumerable: false });
  for (const name of Object.keys(readers)) {
    Object.defineProperty(target, name, { get: () => props.get(name), enumerable: false, configurable: true });
  }
  return target;
}

/** `isNullObject`, readable only once a sync has told whether the object exists. */
function nullable<T extends object>(excel: FakeExcel, target: T, exists: () => boolean): T & { isNullObject: boolean } {
  let known: boolean | undefined;
  excel.queue(() => { known = !exists(); });
  Object.defineProperty(target, 'isNullObject', {
    get: () => { if (known === undefined) throw notLoaded('isNullObject'); return known; }, enumerable: false,
  });
  return target as T & { isNullObject: boolean };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  /** Bytes of cell data each sync() carried. */
  readonly requests: number[] = [];
  pending = 0;
  /** Work queued for the next sync, in the order the host asked for it. */
  readonly queued: (() => void)[] = [];
  /** The date system the workbook reports. */
  use1904DateSystem = false;
  selection: { sheet: FakeSheet; row: number; column: number } | undefined;

  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name === name); }

  /** Queues work for the next sync. */
  queue(work: () => void): void { this.queued.push(work); }

  /** Adds bytes to the request being built. */
  carry(bytes: number): void { this.pending += bytes; }

  /** Runs the queued batch: in order, stopping at the first failure, which rejects the sync. */
  async sync(): Promise<void> {
    const work = this.queued.splice(0);
    const bytes = this.pending;
    this.pending = 0;
    this.requests.push(bytes);
    if (bytes > EXCEL_PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    for (const w of work) w();
  }

  private cells(sheet: FakeSheet, b: { top: number; left: number; bottom: number; right: number }, shown: boolean): Cell[][] {
    const out: Cell[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: Cell[] = [];
      for (let c = b.left; c <= b.right; c++) row.push((shown ? sheet.shown.get(`${r},${c}`) : undefined) ?? sheet.get(r, c));
      out.push(row);
    }
    return out;
  }

  /** A Range proxy over `address` (A1:B2, or a whole column B:B for formats) of a sheet. */
  range(sheet: FakeSheet, address: string): Record<string, unknown> {
    const excel = this;
    const column = /^[A-Z]+:[A-Z]+$/.test(address);
    const b = column ? { top: 0, left: 0, bottom: 0, right: 0 } : parse(address);
    const rows = b.bottom - b.top + 1, columns = b.right - b.left + 1;
    // A matrix must have the range's rows and columns exactly (Excel takes a single value for any size, not used here).
    const fits = (m: unknown[][]) => Array.isArray(m) && m.length === rows && m.every((r) => Array.isArray(r) && r.length === columns);
    const conditionalFormats = {
      clearAll: () => excel.queue(() => { for (let i = sheet.colours.length - 1; i >= 0; i--) if (sheet.colours[i].startsWith(`${address} `)) sheet.colours.splice(i, 1); }),
      add: () => {
        const format = { cellValue: { format: { fill: { color: '' } }, rule: { formula1: '', operator: '' } } };
        excel.queue(() => sheet.colours.push(`${address} ${format.cellValue.rule.operator} ${format.cellValue.rule.formula1} -> ${format.cellValue.format.fill.color}`));
        return format;
      },
    };
    let worksheet: Record<string, unknown> | undefined;
    const range: Record<string, unknown> = {
      __address: address,
      get worksheet() { return (worksheet ??= excel.worksheet(sheet, sheet.name)); },
      getCell: (i: number, j: number) => {
        const at = `${columnLetter(b.left + j)}${b.top + i + 1}`;
        return excel.range(sheet, `${at}:${at}`);
      },
      getSpillingToRangeOrNullObject: () => {
        const spill = sheet.spills.get(`${b.top},${b.left}`);
        const target = spill ? excel.range(sheet, spill) : loadable(excel, {}, { values: () => [] });
        return nullable(excel, target, () => spill !== undefined);
      },
      getUsedRangeOrNullObject: () => {
        let any = false;
        for (let r = b.top; r <= b.bottom && !any; r++) for (let c = b.left; c <= b.right; c++) if (sheet.get(r, c) !== '') { any = true; break; }
        return nullable(excel, {}, () => any);
      },
      format: { set columnWidth(_w: number) {} },
      conditionalFormats,
    };
    loadable(excel, range, {
      address: () => `${sheet.name}!${address}`,
      rowIndex: () => b.top, columnIndex: () => b.left, rowCount: () => rows, columnCount: () => columns,
      // What a read brings back counts in the request that carried it.
      values: () => { const v = excel.cells(sheet, b, true); excel.requests[excel.requests.length - 1] += JSON.stringify(v).length; return v; },
      formulas: () => excel.cells(sheet, b, false),
    });
    Object.defineProperty(range, 'values', {
      get: Object.getOwnPropertyDescriptor(range, 'values')!.get,
      set: (m: Cell[][]) => {
        excel.carry(JSON.stringify(m).length);
        excel.queue(() => {
          if (!fits(m)) throw misfit('values', address);
          m.forEach((row, i) => row.forEach((v, j) => {
            sheet.set(b.top + i, b.left + j, v);
            sheet.shown.delete(`${b.top + i},${b.left + j}`);
          }));
          // A value over a dynamic-array anchor ends its spill: the spilled cells go blank, as in Excel.
          const spill = sheet.spills.get(`${b.top},${b.left}`);
          if (spill) {
            const sb = parse(spill);
            for (let r = sb.top; r <= sb.bottom; r++) for (let c = sb.left; c <= sb.right; c++) if (r !== b.top || c !== b.left) sheet.shown.delete(`${r},${c}`);
            sheet.spills.delete(`${b.top},${b.left}`);
          }
        });
      },
    });
    Object.defineProperty(range, 'formulas', {
      get: Object.getOwnPropertyDescriptor(range, 'formulas')!.get,
      set: (m: Cell[][]) => {
        excel.carry(JSON.stringify(m).length);
        excel.queue(() => {
          if (!fits(m)) throw misfit('formulas', address);
          m.forEach((row, i) => row.forEach((v, j) => sheet.set(b.top + i, b.left + j, v)));
        });
      },
    });
    Object.defineProperty(range, 'numberFormat', {
      get: () => { throw notLoaded('numberFormat'); },
      set: (m: string[][]) => {
        excel.carry(JSON.stringify(m).length);
        excel.queue(() => {
          if (!fits(m)) throw misfit('numberFormat', address);
          m.forEach((row, i) => row.forEach((f, j) => sheet.formats.set(`${b.top + i},${b.left + j}`, f)));
        });
      },
    });
    return range;
  }

  /** A Worksheet proxy; `sheet` undefined for one asked for by a name that is not there. */
  private worksheet(sheet: FakeSheet | undefined, asked: string): Record<string, unknown> {
    const excel = this;
    if (!sheet) {
      // getItem of a missing sheet fails at the next sync; whatever was asked of it goes nowhere.
      excel.queue(() => { throw notFound(`worksheet '${asked}'`); });
      sheet = new FakeSheet(asked);
    }
    const s = sheet;
    const usedBox = (valuesOnly?: boolean) => {
      void valuesOnly;
      const b = s.bounds();
      return b.bottom < 0 ? undefined : `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`;
    };
    return loadable(excel, {
      getRange: (address: string) => excel.range(s, address),
      delete: () => excel.queue(() => { excel.sheets.splice(excel.sheets.indexOf(s), 1); }),
      freezePanes: { freezeRows: (n: number) => excel.queue(() => { s.frozenRows = n; }) },
      autoFilter: { apply: (range: Record<string, unknown>) => excel.queue(() => { s.filter = excel.peekAddress(range); }) },
      charts: {
        add: (type: string, range: Record<string, unknown>, _by: string) => {
          const chart = {
            title: { text: '' }, legend: { visible: true }, at: '', categories: '', setPosition(a: string, z: string) { chart.at = `${a}:${z}`; },
            // A bar chart's category labels (Office.js ChartSeries.setXAxisValues, ExcelApi 1.7).
            series: { getItemAt: (i: number) => ({ setXAxisValues: (r: Record<string, unknown>) => { if (i === 0) chart.categories = excel.peekAddress(r); } }) },
          };
          const where = excel.peekAddress(range);
          excel.queue(() => s.charts.push(`${type} ${where} "${chart.title.text}" ${chart.at}${chart.categories ? ` categories ${chart.categories}` : ''}`));
          return chart;
        },
      },
      getUsedRange: (valuesOnly?: boolean) => {
        const box = usedBox(valuesOnly);
        if (!box) { excel.queue(() => { throw notFound(`used range of '${s.name}'`); }); return excel.range(s, 'A1:A1'); }
        return excel.range(s, box);
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        const box = usedBox(valuesOnly);
        return nullable(excel, box ? excel.range(s, box) : loadable(excel, {}, { rowIndex: () => 0, columnIndex: () => 0, rowCount: () => 0, columnCount: () => 0, values: () => [] }), () => box !== undefined);
      },
    }, { name: () => s.name });
  }

  /** The address a range proxy covers, without loading it (the test's own bookkeeping). */
  peekAddress(range: Record<string, unknown>): string {
    return String((range as { __address?: string }).__address ?? '');
  }

  /** Installs `Excel.run` on the global object, as Office.js would. */
  install(): void {
    const excel = this;
    const worksheets: Record<string, unknown> = {
      getActiveWorksheet: () => excel.worksheet(excel.selection!.sheet, excel.selection!.sheet.name),
      getItem: (name: string) => excel.worksheet(excel.sheet(name), name),
      getItemOrNullObject: (name: string) => {
        const found = excel.sheet(name);
        return nullable(excel, found ? excel.worksheet(found, name) : { delete: () => undefined }, () => excel.sheet(name) !== undefined);
      },
      add: (name: string) => {
        const s = new FakeSheet(name);
        excel.queue(() => { excel.sheets.push(s); });
        return excel.worksheet(s, name);
      },
    };
    loadable(excel, worksheets, { items: () => excel.sheets.map((sh) => ({ name: sh.name })) });
    const names: Record<string, unknown> = {
      getItem: (name: string) => {
        excel.queue(() => { if (!excel.names.has(name)) throw notFound(`name '${name}'`); });
        return { delete: () => excel.queue(() => { excel.names.delete(name); }) };
      },
      getItemOrNullObject: (name: string) => nullable(excel, { delete: () => excel.queue(() => { excel.names.delete(name); }) }, () => excel.names.has(name)),
      add: (name: string, ref: string) => excel.queue(() => {
        if (excel.names.has(name)) throw new FakeOfficeError('InvalidArgument', `The name '${name}' already exists.`);
        excel.names.set(name, ref);
      }),
    };
    loadable(excel, names, { items: () => [...excel.names.keys()].map((name) => ({ name })) });
    const workbook: Record<string, unknown> = {
      getSelectedRange: () => ({
        getSurroundingRegion: () => {
          const sheet = excel.selection!.sheet;
          const b = sheet.bounds();
          const region = excel.range(sheet, `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`);
          return region;
        },
      }),
      worksheets,
      names,
    };
    loadable(excel, workbook, { use1904DateSystem: () => excel.use1904DateSystem });
    const context = { workbook, sync: () => excel.sync() };
    (globalThis as Record<string, unknown>).Excel = {
      // Excel.run runs what is still queued when the batch ends, as Office.js does.
      run: async (cb: (ctx: typeof context) => Promise<unknown>) => {
        const result = await cb(context);
        if (excel.queued.length || excel.pending) await excel.sync();
        return result;
      },
      ConditionalFormatType: { cellValue: 'CellValue' },
      ChartType: { xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers', columnClustered: 'ColumnClustered' },
      ChartSeriesBy: { columns: 'Columns' },
    };
  }
}

/** The document settings a fake Office holds: what the pane saved, and how many times it saved. */
export interface FakeOfficeSettings {
  readonly values: Map<string, unknown>;
  saves: number;
}

/**
 * Puts a global `Office` whose document settings behave as Office.js's (get / set / saveAsync succeeding),
 * where the pane keeps its saved choices; `removeFakeOffice` takes it away again.
 * @example const settings = installFakeOffice(); await host.saveState('{}'); settings.saves // 1
 */
export function installFakeOffice(values = new Map<string, unknown>()): FakeOfficeSettings {
  const state: FakeOfficeSettings = { values, saves: 0 };
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded' },
    context: { document: { settings: {
      get: (k: string) => values.get(k) ?? null,
      set: (k: string, v: unknown) => values.set(k, v),
      saveAsync: (cb: (r: { status: string }) => void) => { state.saves++; cb({ status: 'succeeded' }); },
    } } },
  };
  return state;
}

/** Takes away the globals a test's fakes put (`Excel` and `Office`). */
export function removeFakeOffice(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}
