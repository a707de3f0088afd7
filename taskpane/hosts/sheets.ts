// The Workbook port in the Google Sheets sidebar: each call goes to the Apps Script server functions
// (functions/sheets-server.ts) through google.script.run, Google's own channel, nothing else.
import type { ColourRule, DefinedName, WorkbookCell, WorkbookSheet } from '../../src/xlsx/workbook-model';
import type { FoundList, WorkbookPort } from './workbook-port';
import { SHEETS_MAX_CELLS, type HostCapacity } from '../app/capacity';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a server function and resolves with its result. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** Rows written per server call: 5,000 rows of graded formulas (the code cell checks each row's inputs
 * as the custom functions do, about 500 characters) are about 3.5 MB of JSON. */
export const SHEETS_ROWS_PER_CALL = 5_000;

export class SheetsWorkbook implements WorkbookPort {
  async readListAroundSelection(): Promise<FoundList | undefined> {
    return (await call<FoundList | null>('crmReadList')) ?? undefined;
  }
  sheetNames(): Promise<string[]> {
    return call('crmSheetNames');
  }
  isBlockEmpty(sheetName: string, top: number, left: number, rows: number, columns: number): Promise<boolean> {
    return call('crmIsBlockEmpty', sheetName, top, left, rows, columns);
  }
  async writeBlock(sheetName: string, top: number, left: number, cells: readonly (readonly WorkbookCell[])[]): Promise<void> {
    // One call per slice of rows: each crosses google.script.run as a few megabytes at most, and each
    // server call stays far inside Apps Script's six-minute limit, however long the list.
    for (let start = 0; start < cells.length; start += SHEETS_ROWS_PER_CALL) {
      await call('crmWriteBlock', sheetName, top + start, left, cells.slice(start, start + SHEETS_ROWS_PER_CALL));
    }
  }
  setFilter(sheetName: string, range: string): Promise<void> {
    return call('crmSetFilter', sheetName, range);
  }
  setColours(sheetName: string, rules: readonly ColourRule[]): Promise<void> {
    return call('crmSetColours', sheetName, rules);
  }
  replaceSheet(sheet: WorkbookSheet): Promise<void> {
    return call('crmReplaceSheet', sheet);
  }
  async capacity(): Promise<HostCapacity> {
    return { maxRows: SHEETS_MAX_CELLS, maxColumns: 18_278, maxCells: SHEETS_MAX_CELLS, usedCells: await call<number>('crmUsedCells') };
  }
  async readSheet(name: string): Promise<unknown[][] | undefined> {
    return (await call<unknown[][] | null>('crmReadSheet', name)) ?? undefined;
  }
  deleteSheet(name: string): Promise<void> {
    return call('crmDeleteSheet', name);
  }
  defineNames(names: readonly DefinedName[]): Promise<void> {
    return call('crmDefineNames', names);
  }
  async loadState(): Promise<string | undefined> {
    return (await call<string | null>('crmLoadState')) ?? undefined;
  }
  saveState(json: string): Promise<void> {
    return call('crmSaveState', json);
  }
}
