// `--settings earlier.xlsx`: the settings sheet of a workbook graded before, read back with the same
// reader and validation as the pane's (a band a person edited is taken; a broken one is refused with
// its table and row), so this month's file is graded as last month's was.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { cellValue } from '../src/grading/data-problems';
import { readSettingsSheet, SettingsError, type EditedSettings } from '../src/formulas/read-settings';
import { LANGS } from '../src/i18n/lang';
import { workbookLabel } from '../src/i18n/workbook-labels';
import { readXlsxSheet } from '../src/xlsx/read-xlsx';

/** A settings file that cannot be used: exit 3, saying why. */
export class SettingsFileError extends Error {}

/**
 * The bands, as-of date and as-of rule of the settings sheet of `path` (named in any of the three
 * languages). A file that is missing, not a workbook, without a settings sheet or with a broken one is
 * a SettingsFileError that says which.
 * @example readSettingsFile('november-graded.xlsx') // { tables: { r: ..., f: ..., m: ... }, asOf: 46356, asOfRule: 'latestOrder', sheetName: 'CRM Settings' }
 */
export function readSettingsFile(path: string): EditedSettings & { readonly sheetName: string } {
  const names = LANGS.map((lang) => workbookLabel('settingsSheet', lang));
  const fail = (why: string): never => { throw new SettingsFileError(`--settings ${path}: ${why}`); };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  if (extname(path).toLowerCase() !== '.xlsx') fail('not a workbook graded before (an .xlsx file with a settings sheet)');
  let sheet;
  try {
    sheet = readXlsxSheet(bytes, (sheets) => sheets.find((name) => names.includes(name)));
  } catch {
    return fail('cannot be read as an .xlsx workbook');
  }
  if (!sheet) return fail(`has no settings sheet (${names.join(', ')}): give a workbook that crm-grader or the add-in graded`);
  try {
    // Cells as the pane's hosts pass them: a date is its serial number.
    const cells = sheet.rows.map((row) => Array.from(row, cellValue));
    return { ...readSettingsSheet(cells, sheet.name, 'en'), sheetName: sheet.name };
  } catch (e) {
    if (e instanceof SettingsError) return fail(`its settings sheet cannot be used: ${e.message}`);
    throw e;
  }
}
