// The Apps Script entry: the build wraps this module in one IIFE (global `CRMGrader`) and emits one
// top-level `function NAME(...)` per catalog entry that forwards here, so Sheets lists each function.
import { CALLS, type Call } from './calls';
import { invoke } from './invoke';
import { CellError } from '../src/cells/cell-error';
import { SerialDate, type OutCell } from '../src/cells/output';
import { serialToDate } from '../src/cells/dates';
import { toLang, type Lang } from '../src/i18n/lang';
import type { DateConvention } from '../src/cells/coerce';
import { dateOrderForLocale } from '../src/cells/date-text';

declare const Session: { getActiveUserLocale(): string } | undefined;

/** The user's language in Sheets; English where Session is absent or refuses (custom functions). */
function sheetsLang(): Lang {
  try {
    return typeof Session === 'undefined' ? 'en' : toLang(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

declare const SpreadsheetApp: { getActiveSpreadsheet(): { getSpreadsheetLocale(): string } | null } | undefined;

/** The day/month order of the spreadsheet's locale (File > Settings), for year-last date text. Sheets
 * hands date cells over as Dates and has no 1904 system, so the order is all it needs. */
function sheetsDates(): DateConvention {
  try {
    const sheet = typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
    return { order: dateOrderForLocale(sheet?.getSpreadsheetLocale()) };
  } catch {
    return {};
  }
}

const ERROR_PREFIX = { value: '#VALUE!', na: '#N/A' } as const;

/** A result cell as Sheets shows it inside an array: an error as its text, a date as a Date. */
function toSheetsCell(cell: OutCell): unknown {
  if (typeof cell !== 'object') return cell;
  if (cell instanceof CellError) return `${ERROR_PREFIX[cell.code]} ${cell.message}`;
  return serialToDate((cell as SerialDate).serial);
}

/**
 * Calls one function as Sheets does: a one-cell result is returned as a scalar, and as a thrown
 * `Error(message)` when it is an error (Sheets shows the message on the cell); a longer result is a 2-D
 * array with errors as "#VALUE! message" text, so one bad row cannot blank the column.
 */
function runForSheets(name: string, call: Call, args: unknown[]): unknown {
  const outcome = invoke(name, call, args, sheetsLang(), sheetsDates());
  if ('error' in outcome) throw new Error(outcome.error.message);
  const grid = outcome.grid;
  if (grid.length === 1 && grid[0].length === 1) {
    const only = grid[0][0];
    if (only instanceof CellError) throw new Error(only.message);
    return toSheetsCell(only);
  }
  // In place, touching only error and date cells: a million-row result is not copied.
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) if (typeof row[c] === 'object') row[c] = toSheetsCell(row[c]) as OutCell;
  }
  return grid;
}

/** Every function by name, for the generated top-level stubs. */
export const functions: Record<string, (...args: unknown[]) => unknown> = {};
for (const [name, call] of Object.entries(CALLS)) functions[name] = (...args: unknown[]) => runForSheets(name, call, args);

/** The sidebar's server functions and the menu, declared at the top level by the build too. */
export { SERVER_FUNCTIONS as server } from './sheets-server';
