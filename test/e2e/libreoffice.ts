// Real LibreOffice, headless: recalculates a workbook and exports every sheet as CSV.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseCsv } from '../../src/xlsx/read-csv';
import { findSoffice } from '../../scripts/system-deps.mjs';

// SOFFICE_PATH, else soffice / libreoffice on the PATH, else the usual places (scripts/system-deps.mjs).
const SOFFICE = findSoffice();

/** Every sheet of `xlsxPath` as LibreOffice computes it, by sheet name. */
export function recalculateWithLibreOffice(xlsxPath: string): Map<string, string[][]> {
  if (!SOFFICE) throw new Error('LibreOffice not found: install it (Debian: apt-get install libreoffice-calc) or set SOFFICE_PATH');
  const out = mkdtempSync(join(tmpdir(), 'crm-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'crm-lo-profile-'));
  // Filter options: comma, double quote, UTF-8, from row 1, ..., -1 = every sheet to its own file.
  execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, xlsxPath],
  { stdio: 'pipe', timeout: 120_000 });
  const stem = xlsxPath.replace(/^.*[\\/]/, '').replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out)) {
    sheets.set(file.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, file), 'utf8')));
  }
  return sheets;
}

/** Edits the XML parts of an .xlsx file in place. */
export function editXlsx(path: string, edit: (name: string, xml: string) => string): void {
  const files = unzipSync(readFileSync(path));
  for (const name of Object.keys(files)) {
    if (name.endsWith('.xml')) files[name] = strToU8(edit(name, strFromU8(files[name])));
  }
  writeFileSync(path, zipSync(files));
}

// Removes every formula's cached value (shared formulas too), so the figures can only come from recalculation.
export { stripCachedValues } from '../support/sheet-formulas';
