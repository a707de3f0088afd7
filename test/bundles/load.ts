// Loads the built bundles the way their hosts do: each in a fresh VM context holding only the globals
// that host provides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export type HostFunction = (...args: unknown[]) => unknown;

/**
 * Runs dist/sheets/Code.js as Apps Script does: plain script in one global scope. `session` stands in
 * for the Session service when a test needs a locale; without it the global is absent, as it may be
 * for custom functions.
 */
export function loadSheets(session?: { getActiveUserLocale(): string }, spreadsheetLocale?: string): Record<string, HostFunction> & { context: vm.Context } {
  const globals: Record<string, unknown> = session ? { Session: session } : {};
  // Custom functions may read the spreadsheet's own settings (File > Settings > Locale).
  if (spreadsheetLocale) globals.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => spreadsheetLocale }) };
  const context = vm.createContext(globals);
  vm.runInContext(readFileSync(join(DIST, 'sheets', 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return new Proxy({ context } as Record<string, HostFunction> & { context: vm.Context }, {
    get: (target, name: string) => (name === 'context' ? target.context : context[name]),
  });
}

/** A CustomFunctions.Error as the runtime defines it: a code and an optional message. */
export class FakeCustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

/** What the fake custom-functions runtime recorded. */
export interface ExcelRuntime {
  readonly associated: Map<string, HostFunction>;
}

/** The workbook a shared runtime can ask about through Excel.run: its regional format and date system. */
export interface FakeWorkbookDates {
  readonly culture?: string;
  readonly use1904?: boolean;
}

/**
 * Runs dist/excel/functions.js with only `Office` and `CustomFunctions` present (and `Excel`, when a test
 * gives the workbook's date settings), recording what it associates. The fake is the smallest that
 * matches the runtime's API: associate, Error, ErrorCode; Excel.run with load and sync.
 */
export function loadExcel(displayLanguage?: string, workbook?: FakeWorkbookDates): ExcelRuntime & { ready: Promise<void> } {
  const associated = new Map<string, HostFunction>();
  const CustomFunctions = {
    associate(id: string, fn: HostFunction) {
      if (associated.has(id)) throw new Error(`associated twice: ${id}`);
      associated.set(id, fn);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!',
      nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!',
    },
  };
  const Office = displayLanguage ? { context: { displayLanguage } } : {};
  const globals: Record<string, unknown> = { CustomFunctions, Office };
  const runs: Promise<unknown>[] = [];
  if (workbook) {
    const request = {
      application: { cultureInfo: { name: workbook.culture, load() {} } },
      workbook: { use1904DateSystem: workbook.use1904 ?? false, load() {} },
      sync: async () => {},
    };
    globals.Excel = { run: (batch: (ctx: typeof request) => Promise<unknown>) => { const p = batch(request); runs.push(p); return p; } };
  }
  const context = vm.createContext(globals);
  vm.runInContext(readFileSync(join(DIST, 'excel', 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  // The runtime asks Excel in turn; wait until every question was answered.
  const ready = (async () => { for (let i = 0; i < 5; i++) { await Promise.all(runs); await new Promise((r) => setTimeout(r, 0)); } })();
  return { associated, ready };
}

/** Reads one of the built metadata files. */
export function excelMetadata(file = 'functions.json'): { functions: ExcelFunctionMetadata[] } {
  return JSON.parse(readFileSync(join(DIST, 'excel', file), 'utf8'));
}

export interface ExcelFunctionMetadata {
  id: string;
  name: string;
  description: string;
  result: { type: string; dimensionality: string };
  parameters: { name: string; description: string; type: string; dimensionality: string; optional?: boolean }[];
}
