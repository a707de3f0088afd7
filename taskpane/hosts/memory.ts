import type { ColourRule, DefinedName, LineChart, WorkbookCell, WorkbookSheet } from '../../src/xlsx/workbook-model';
import type { FoundList, WorkbookPort } from './workbook-port';
import { EXCEL_CAPACITY, type HostCapacity } from '../app/capacity';

/** One sheet of the in-browser workbook. */
export interface MemorySheet {
  name: string;
  cells: WorkbookCell[][];
  colours?: ColourRule[];
  charts?: LineChart[];
  /** The header filter's range, as A1. */
  filter?: string;
}

const isEmpty = (cell: WorkbookCell) => cell === null || cell === undefined || cell === '';
const shown = (cell: WorkbookCell): unknown => (typeof cell === 'object' && cell !== null ? ('v' in cell ? cell.v : undefined) : cell);

/**
 * The in-browser workbook behind the standalone preview and the tests: sheets of cells, names, the
 * selection and the saved state, all in memory. Nothing leaves the page.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  readonly names = new Map<string, DefinedName>();
  selection = { sheet: '', row: 0, column: 0 };
  private state: string | undefined;

  constructor(sheets: MemorySheet[] = []) {
    this.sheets.push(...sheets);
    if (sheets[0]) this.selection = { sheet: sheets[0].name, row: 0, column: 0 };
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The value a cell shows (a formula's cached value). */
  valueAt(sheetName: string, row: number, column: number): unknown {
    return shown(this.sheet(sheetName)?.cells[row]?.[column]);
  }

  async readListAroundSelection(): Promise<FoundList | undefined> {
    const sheet = this.sheet(this.selection.sheet) ?? this.sheets[0];
    if (!sheet) return undefined;
    // The block around the selection, as Excel's current region: grow from the selected cell while the
    // row above or below, or the column left or right, holds data. Rows grow in one sweep per pass, so
    // a 50,000-row list costs a few passes over it, not one pass per row.
    let top = this.selection.row, bottom = this.selection.row, left = this.selection.column, right = this.selection.column;
    const rowHasData = (r: number) => {
      const row = sheet.cells[r];
      if (!row) return false;
      for (let c = Math.max(0, left - 1); c <= right + 1; c++) if (!isEmpty(row[c])) return true;
      return false;
    };
    const colHasData = (c: number) => {
      for (let r = top; r <= bottom; r++) if (!isEmpty(sheet.cells[r]?.[c])) return true;
      return false;
    };
    for (let grew = true; grew;) {
      grew = false;
      while (top > 0 && rowHasData(top - 1)) { top--; grew = true; }
      while (bottom + 1 < sheet.cells.length && rowHasData(bottom + 1)) { bottom++; grew = true; }
      while (left > 0 && colHasData(left - 1)) { left--; grew = true; }
      while (colHasData(right + 1)) { right++; grew = true; }
    }
    const rows = sheet.cells.slice(top, bottom + 1).map((row) => (row ?? []).slice(left, right + 1).map(shown));
    if (!rows.some((row) => row.some((c) => !isEmpty(c as WorkbookCell)))) return undefined;
    return { sheetName: sheet.name, top, left, rows };
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async isBlockEmpty(sheetName: string, top: number, left: number, rows: number, columns: number): Promise<boolean> {
    const cells = this.sheet(sheetName)?.cells ?? [];
    for (let r = top; r < top + rows; r++) {
      for (let c = left; c < left + columns; c++) if (!isEmpty(cells[r]?.[c])) return false;
    }
    return true;
  }

  async writeBlock(sheetName: string, top: number, left: number, block: readonly (readonly WorkbookCell[])[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet '${sheetName}'`);
    block.forEach((row, r) => row.forEach((cell, c) => {
      if (cell === undefined) return;
      (sheet.cells[top + r] ??= [])[left + c] = cell;
    }));
  }

  async setFilter(sheetName: string, range: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (sheet) sheet.filter = range;
  }

  async setColours(sheetName: string, rules: readonly ColourRule[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    const ranges = new Set(rules.map((r) => r.range));
    sheet.colours = [...(sheet.colours ?? []).filter((r) => !ranges.has(r.range)), ...rules];
  }

  async replaceSheet(sheet: WorkbookSheet): Promise<void> {
    const cells = sheet.rows.map((row) => [...row]);
    const existing = this.sheet(sheet.name);
    const extras = { colours: [...(sheet.colours ?? [])], charts: [...(sheet.charts ?? [])] };
    if (existing) Object.assign(existing, { cells, ...extras });
    else this.sheets.push({ name: sheet.name, cells, ...extras });
  }

  /** The preview's workbook is a spreadsheet like Excel's; its download opens in Excel. */
  async capacity(): Promise<HostCapacity> {
    return EXCEL_CAPACITY;
  }

  async readSheet(name: string): Promise<unknown[][] | undefined> {
    return this.sheet(name)?.cells.map((row) => (row ?? []).map(shown));
  }

  async deleteSheet(name: string): Promise<void> {
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.sheets.splice(at, 1);
  }

  async defineNames(names: readonly DefinedName[]): Promise<void> {
    for (const n of names) this.names.set(n.name, n);
  }

  async loadState(): Promise<string | undefined> {
    return this.state;
  }

  async saveState(json: string): Promise<void> {
    this.state = json;
  }
}
