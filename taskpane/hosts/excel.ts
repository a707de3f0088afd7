// The Workbook port on the Excel JS API. Every read and write is cut into chunks whose payload stays
// under 4 MB, because Excel on the web refuses any request over 5 MB (Office add-in resource limits).
import type { ColourRule, DefinedName, WorkbookCell, WorkbookSheet } from '../../src/xlsx/workbook-model';
import { hostFormulaCell } from '../../src/xlsx/host-cell';
import { formatRuns } from '../../src/xlsx/number-formats';
import { cellRef, columnLetters, widestRow } from '../../src/xlsx/a1';
import type { FoundList, WorkbookPort } from './workbook-port';
import { EXCEL_CAPACITY, type HostCapacity } from '../app/capacity';
import { callsCustomFunction, convertFormula } from '../../src/formulas/make-shareable';
import type { FrozenCell } from '../../src/formulas/shareable-report';
import type { Lang } from '../../src/i18n/lang';

/** The most bytes of cell data one request may carry: under Excel on the web's 5 MB limit, with room. */
export const MAX_REQUEST_BYTES = 4_000_000;
const SETTINGS_KEY = 'crmGrader.state';

/** Rough JSON size of a row, to cut blocks into requests under the limit. */
function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const c of row) n += typeof c === 'string' ? c.length * 3 + 3 : 12;
  return n;
}

/**
 * Splits rows into consecutive chunks of at most `maxBytes` each (a single huge row still gets its own).
 * @example chunkRows([[1], [2], [3]], 30).map((c) => c.rows.length) // [2, 1]
 */
export function chunkRows<T extends readonly unknown[]>(rows: readonly T[], maxBytes = MAX_REQUEST_BYTES): { start: number; rows: T[] }[] {
  const chunks: { start: number; rows: T[] }[] = [];
  let current: T[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
    if (current.length > 0 && bytes + b > maxBytes) {
      chunks.push({ start, rows: current });
      current = [];
      start = i;
      bytes = 0;
    }
    current.push(row);
    bytes += b;
  });
  if (current.length) chunks.push({ start, rows: current });
  return chunks;
}

/** Rows of one number-format request: a column run of [format] rows, about 1.5 MB at most. */
const FORMAT_ROWS_PER_REQUEST = 100_000;

/**
 * Sets number formats run by run. numberFormat takes one format per cell, so a long column run is sent
 * in slices, each request under the size limit.
 */
async function applyNumberFormats(context: Excel.RequestContext, sheet: Excel.Worksheet, runs: { range: string; format: string }[]): Promise<void> {
  for (const run of runs) {
    const [, col, first, last] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(run.range)!;
    for (let from = Number(first); from <= Number(last); from += FORMAT_ROWS_PER_REQUEST) {
      const to = Math.min(Number(last), from + FORMAT_ROWS_PER_REQUEST - 1);
      sheet.getRange(`${col}${from}:${col}${to}`).numberFormat = Array.from({ length: to - from + 1 }, () => [run.format]);
      await context.sync();
    }
  }
}

/** A rectangular block's A1 address from its 0-based corner and size. */
function address(top: number, left: number, rows: number, columns: number): string {
  return `${cellRef(top, left)}:${cellRef(top + rows - 1, left + columns - 1)}`;
}

/** What Make shareable did to a sheet. */
export interface ShareableReport {
  /** Custom-function formulas replaced by native ones. */
  readonly converted: number;
  /** Custom-function formulas no native formula can follow, replaced by the values they showed. */
  readonly frozen: number;
  /** Each frozen cell (A1 on the active sheet) and why, for the pane to tell the user. */
  readonly frozenCells: readonly FrozenCell[];
}

/** The Excel host of the Workbook port. */
export class ExcelWorkbook implements WorkbookPort {
  /**
   * Make shareable: on the active sheet, every custom-function formula becomes the native formula that
   * computes the same on every input (or, where none can, the value it showed, with the reason), so a
   * colleague without the add-in sees grades, not #NAME?. The native formulas need no settings sheet:
   * omitted band tables are the seed's, written into each formula.
   */
  async makeShareable(lang: Lang, _asOf?: number): Promise<ShareableReport> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject();
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      // use1904DateSystem (ExcelApi 1.16) is missing from older typings; dates are checked in its count.
      const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
      workbook.load('use1904DateSystem');
      await context.sync();
      let converted = 0;
      const frozenCells: FrozenCell[] = [];
      if (used.isNullObject) return { converted, frozen: 0, frozenCells };
      const ctx = { lang, system: workbook.use1904DateSystem ? 1904 as const : 1900 as const };
      const rowsPerChunk = Math.max(1, Math.floor(MAX_REQUEST_BYTES / (used.columnCount * 128)));
      for (let r = 0; r < used.rowCount; r += rowsPerChunk) {
        const n = Math.min(rowsPerChunk, used.rowCount - r);
        const range = sheet.getRange(address(used.rowIndex + r, used.columnIndex, n, used.columnCount));
        range.load('formulas,values');
        await context.sync();
        // Only the cells that change are written: rewriting a whole block would clear the cells a
        // dynamic-array formula spills into.
        const spills: Excel.Range[] = [];
        range.formulas.forEach((row, i) => row.forEach((f, j) => {
          if (typeof f !== 'string' || !callsCustomFunction(f)) return;
          const conversion = convertFormula(f, ctx);
          const cell = range.getCell(i, j);
          if ('native' in conversion) {
            converted++;
            cell.formulas = [[conversion.native]];
          } else {
            // No native formula follows it: keep what it showed, all of it when it spilled.
            frozenCells.push({ cell: cellRef(used.rowIndex + r + i, used.columnIndex + j), reason: conversion.frozen });
            const spill = cell.getSpillingToRangeOrNullObject();
            spill.load('values');
            spills.push(spill);
            cell.values = [[range.values[i][j]]];
          }
        }));
        await context.sync();
        for (const spill of spills) if (!spill.isNullObject) spill.values = spill.values.map((row) => [...row]);
        if (spills.length) await context.sync();
      }
      return { converted, frozen: frozenCells.length, frozenCells };
    });
  }

  async readListAroundSelection(): Promise<FoundList | undefined> {
    return Excel.run(async (context) => {
      const region = context.workbook.getSelectedRange().getSurroundingRegion();
      region.load('rowIndex,columnIndex,rowCount,columnCount');
      region.worksheet.load('name');
      await context.sync();
      if (region.rowCount === 0) return undefined;
      const sheet = region.worksheet;
      // Values are read in row chunks sized from the width, so no response exceeds the limit either.
      const rowsPerChunk = Math.max(1, Math.floor(MAX_REQUEST_BYTES / (region.columnCount * 64)));
      const rows: unknown[][] = [];
      for (let r = 0; r < region.rowCount; r += rowsPerChunk) {
        const n = Math.min(rowsPerChunk, region.rowCount - r);
        const chunk = sheet.getRange(address(region.rowIndex + r, region.columnIndex, n, region.columnCount));
        chunk.load('values');
        await context.sync();
        for (const row of chunk.values) rows.push(row);
      }
      return { sheetName: sheet.name, top: region.rowIndex, left: region.columnIndex, rows };
    });
  }

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async isBlockEmpty(sheetName: string, top: number, left: number, rows: number, columns: number): Promise<boolean> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheetName)
        .getRange(address(top, left, rows, columns)).getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
  }

  async writeBlock(sheetName: string, top: number, left: number, cells: readonly (readonly WorkbookCell[])[]): Promise<void> {
    const columns = widestRow(cells);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // Rows are turned into the host's formula text one request at a time: Excel's maximum column
      // (1,048,576 rows) as formula text at once would be over a gigabyte.
      let chunk: (string | number | boolean)[][] = [], start = 0, bytes = 0;
      const send = async () => {
        sheet.getRange(address(top + start, left, chunk.length, columns)).formulas = chunk;
        await context.sync();
        start += chunk.length;
        chunk = [];
        bytes = 0;
      };
      for (const row of cells) {
        const hostRow = Array.from({ length: columns }, (_, c) => hostFormulaCell(row[c]));
        const b = rowBytes(hostRow);
        if (chunk.length > 0 && bytes + b > MAX_REQUEST_BYTES) await send();
        chunk.push(hostRow);
        bytes += b;
      }
      if (chunk.length) await send();
      await applyNumberFormats(context, sheet, formatRuns(cells, top, left));
    });
  }

  async setFilter(sheetName: string, range: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.autoFilter.apply(sheet.getRange(range));
      await context.sync();
    });
  }

  async setColours(sheetName: string, rules: readonly ColourRule[]): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // The segment column is the add-in's own: its earlier rules go before the new ones come.
      for (const range of new Set(rules.map((r) => r.range))) sheet.getRange(range).conditionalFormats.clearAll();
      for (const rule of rules) {
        const format = sheet.getRange(rule.range).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
        format.cellValue.format.fill.color = `#${rule.fill}`;
        format.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      }
      await context.sync();
    });
  }

  async capacity(): Promise<HostCapacity> {
    return EXCEL_CAPACITY;
  }

  async readSheet(name: string): Promise<unknown[][] | undefined> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values');
      await context.sync();
      if (used.isNullObject) return [];
      // The used range may start below or right of A1: pad so row and column numbers stay the sheet's.
      const pad = Array.from({ length: used.columnIndex }, () => null);
      return [...Array.from({ length: used.rowIndex }, () => []), ...used.values.map((row) => [...pad, ...row])];
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  }

  async replaceSheet(model: WorkbookSheet): Promise<void> {
    await Excel.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(model.name);
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      const sheet = context.workbook.worksheets.add(model.name);
      await context.sync();
      const columns = Math.max(1, widestRow(model.rows));
      const rows = model.rows.map((row) => Array.from({ length: columns }, (_, c) => hostFormulaCell(row[c])));
      for (const chunk of chunkRows(rows)) {
        sheet.getRange(address(chunk.start, 0, chunk.rows.length, columns)).formulas = chunk.rows;
        await context.sync();
      }
      await applyNumberFormats(context, sheet, formatRuns(model.rows, 0, 0));
      model.widths?.forEach((w, i) => {
        if (w) sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = w * 7;
      });
      if (model.frozenRows) sheet.freezePanes.freezeRows(model.frozenRows);
      for (const chart of model.charts ?? []) {
        const [x0] = chart.x.split(':');
        const [, y1] = chart.y.split(':');
        // A bar chart's series is its values column alone, with the categories (stage names) set apart.
        const added = chart.kind === 'bar'
          ? sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(chart.y), Excel.ChartSeriesBy.columns)
          : sheet.charts.add(Excel.ChartType.xyscatterLinesNoMarkers, sheet.getRange(`${x0}:${y1}`), Excel.ChartSeriesBy.columns);
        if (chart.kind === 'bar') added.series.getItemAt(0).setXAxisValues(sheet.getRange(chart.x));
        added.title.text = chart.title;
        added.legend.visible = false;
        added.setPosition(cellRef(chart.at.row, chart.at.column), cellRef(chart.at.row + chart.size.rows, chart.at.column + chart.size.columns));
      }
      await context.sync();
    });
    if (model.colours?.length) await this.setColours(model.name, model.colours);
  }

  async defineNames(names: readonly DefinedName[]): Promise<void> {
    await Excel.run(async (context) => {
      for (const n of names) {
        const existing = context.workbook.names.getItemOrNullObject(n.name);
        await context.sync();
        if (!existing.isNullObject) existing.delete();
        context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
      }
      await context.sync();
    });
  }

  async loadState(): Promise<string | undefined> {
    const value = Office.context.document.settings.get(SETTINGS_KEY);
    return typeof value === 'string' ? value : undefined;
  }

  async saveState(json: string): Promise<void> {
    Office.context.document.settings.set(SETTINGS_KEY, json);
    // A colleague who opens the graded workbook and has the add-in gets the pane at once.
    Office.context.document.settings.set('Office.AutoShowTaskpaneWithDocument', true);
    await new Promise<void>((resolve, reject) => Office.context.document.settings.saveAsync((r) =>
      (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)))));
  }
}
