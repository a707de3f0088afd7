// The smallest fake of the Excel JS API calls the Excel host makes: sheets of cells, ranges by A1
/* eslint-disable @typescript-eslint/no-this-alias -- the fake hands out plain objects whose getters must reach the fake itself */
// address, names, and a context whose every sync() is recorded with the bytes it would send.
import { columnIndex } from '../../src/xlsx/a1';

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

const columnLetter = (i: number) => String.fromCharCode(65 + i);

function parse(address: string) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`fake Excel: unsupported address ${address}`);
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  /** Bytes of cell data each sync() carried. */
  readonly requests: number[] = [];
  private pending = 0;
  /** Work the real API does when the batch runs (a format's properties are read at sync). */
  readonly afterSync: (() => void)[] = [];
  selection: { sheet: FakeSheet; row: number; column: number } | undefined;

  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name === name); }

  private range(sheet: FakeSheet, address: string) {
    const excel = this;
    const column = /^[A-Z]+:[A-Z]+$/.test(address);
    const conditionalFormats = {
      clearAll: () => { for (let i = sheet.colours.length - 1; i >= 0; i--) if (sheet.colours[i].startsWith(`${address} `)) sheet.colours.splice(i, 1); },
      add: () => {
        const format = { cellValue: { format: { fill: { color: '' } }, rule: { formula1: '', operator: '' } } };
        excel.afterSync.push(() => sheet.colours.push(`${address} ${format.cellValue.rule.operator} ${format.cellValue.rule.formula1} -> ${format.cellValue.format.fill.color}`));
        return format;
      },
    };
    const b = column ? undefined : parse(address);
    return {
      address,
      worksheet: { get name() { return sheet.name; }, load() {} },
      load() {},
      get values() {
        const out: Cell[][] = [];
        for (let r = b!.top; r <= b!.bottom; r++) {
          const row: Cell[] = [];
          for (let c = b!.left; c <= b!.right; c++) row.push(sheet.shown.get(`${r},${c}`) ?? sheet.get(r, c));
          out.push(row);
        }
        excel.pending += JSON.stringify(out).length;
        return out;
      },
      get formulas() {
        const out: Cell[][] = [];
        for (let r = b!.top; r <= b!.bottom; r++) {
          const row: Cell[] = [];
          for (let c = b!.left; c <= b!.right; c++) row.push(sheet.get(r, c));
          out.push(row);
        }
        return out;
      },
      set formulas(rows: Cell[][]) {
        if (rows.length !== b!.bottom - b!.top + 1 || rows.some((r) => r.length !== b!.right - b!.left + 1)) throw new Error(`fake Excel: ${address} does not fit the values`);
        excel.pending += JSON.stringify(rows).length;
        rows.forEach((row, i) => row.forEach((v, j) => sheet.set(b!.top + i, b!.left + j, v)));
      },
      set values(rows: Cell[][]) {
        rows.forEach((row, i) => row.forEach((v, j) => {
          sheet.set(b!.top + i, b!.left + j, v);
          sheet.shown.delete(`${b!.top + i},${b!.left + j}`);
        }));
        // A value over a dynamic-array anchor ends its spill: the spilled cells go blank, as in Excel.
        const spill = sheet.spills.get(`${b!.top},${b!.left}`);
        if (spill) {
          const sb = parse(spill);
          for (let r = sb.top; r <= sb.bottom; r++) for (let c = sb.left; c <= sb.right; c++) if (r !== b!.top || c !== b!.left) sheet.shown.delete(`${r},${c}`);
          sheet.spills.delete(`${b!.top},${b!.left}`);
        }
      },
      set numberFormat(rows: string[][]) {
        if (rows.length !== b!.bottom - b!.top + 1) throw new Error(`fake Excel: numberFormat does not fit ${address}`);
        excel.pending += JSON.stringify(rows).length;
        rows.forEach((row, i) => row.forEach((f, j) => sheet.formats.set(`${b!.top + i},${b!.left + j}`, f)));
      },
      getCell: (i: number, j: number) => excel.range(sheet, `${columnLetter(b!.left + j)}${b!.top + i + 1}:${columnLetter(b!.left + j)}${b!.top + i + 1}`),
      getSpillingToRangeOrNullObject: () => {
        const spill = sheet.spills.get(`${b!.top},${b!.left}`);
        if (!spill) return { isNullObject: true, load() {} };
        // Loaded now, as a sync would load it before the anchor is overwritten in the same batch.
        const target = excel.range(sheet, spill);
        const snapshot = target.values;
        return { isNullObject: false, load() {}, get values() { return snapshot; }, set values(v: Cell[][]) { target.values = v; } };
      },
      getUsedRangeOrNullObject() {
        let any = false;
        for (let r = b!.top; r <= b!.bottom && !any; r++) for (let c = b!.left; c <= b!.right; c++) if (sheet.get(r, c) !== '') { any = true; break; }
        return { isNullObject: !any };
      },
      format: { set columnWidth(_w: number) {} },
      conditionalFormats,
    };
  }

  /** Installs `Excel.run` on the global object, as Office.js would. */
  install(): void {
    const excel = this;
    const worksheetApi = (sheet: FakeSheet) => ({
      name: sheet.name,
      getRange: (address: string) => excel.range(sheet, address),
      delete: () => excel.sheets.splice(excel.sheets.indexOf(sheet), 1),
      freezePanes: { freezeRows: (n: number) => { sheet.frozenRows = n; } },
      isNullObject: false,
      autoFilter: { apply: (range: { address?: string }) => { sheet.filter = range.address ?? ''; } },
      charts: {
        add: (type: string, range: { address?: string }, _by: string) => {
          const chart = { title: { text: '' }, legend: { visible: true }, at: '', setPosition(a: string, b: string) { chart.at = `${a}:${b}`; } };
          excel.afterSync.push(() => sheet.charts.push(`${type} ${range.address} "${chart.title.text}" ${chart.at}`));
          return chart;
        },
      },
      getUsedRangeOrNullObject: () => {
        const b = sheet.bounds();
        return { isNullObject: b.bottom < 0, rowIndex: b.top, columnIndex: b.left, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1, load() {} };
      },
    });
    const context = {
      workbook: {
        use1904DateSystem: false,
        load() {},
        getSelectedRange: () => ({
          getSurroundingRegion: () => {
            const sheet = excel.selection!.sheet;
            const b = sheet.bounds();
            return { ...excel.range(sheet, `A1:A1`), rowIndex: b.top, columnIndex: b.left, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1,
              worksheet: { ...worksheetApi(sheet), load() {} } };
          },
        }),
        worksheets: {
          getActiveWorksheet: () => worksheetApi(excel.selection!.sheet),
          items: [] as { name: string }[],
          load() { this.items = excel.sheets.map((sh) => ({ name: sh.name })); },
          getItem: (name: string) => worksheetApi(excel.sheet(name)!),
          getItemOrNullObject: (name: string) => {
            const s = excel.sheet(name);
            return s ? worksheetApi(s) : { isNullObject: true, delete() {} };
          },
          add: (name: string) => {
            const s = new FakeSheet(name);
            excel.sheets.push(s);
            return worksheetApi(s);
          },
        },
        names: {
          items: [] as { name: string }[],
          load() { this.items = [...excel.names.keys()].map((name) => ({ name })); },
          getItemOrNullObject: (name: string) => ({ isNullObject: !excel.names.has(name), delete: () => excel.names.delete(name) }),
          add: (name: string, ref: string) => { excel.names.set(name, ref); },
        },
      },
      sync: async () => {
        excel.afterSync.splice(0).forEach((f) => f());
        excel.requests.push(excel.pending);
        excel.pending = 0;
      },
    };
    (globalThis as Record<string, unknown>).Excel = {
      run: (cb: (ctx: typeof context) => Promise<unknown>) => cb(context),
      ConditionalFormatType: { cellValue: 'CellValue' },
      ChartType: { xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers' },
      ChartSeriesBy: { columns: 'Columns' },
    };
  }
}
