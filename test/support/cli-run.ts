// The built CLI as a person or a script runs it (`bin/crm-grader.mjs`, in its own process), and the
// workbook it writes read back sheet by sheet, every cell as its value (a formula's cached one).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxSheet } from '../../src/xlsx/read-xlsx';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'crm-grader.mjs');

/** Runs `crm-grader ...args`: exit code, stdout and stderr. */
export function runCli(...args: string[]): { code: number | null; out: string; err: string } {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'crm-grader.mjs'))) throw new Error('dist/cli/crm-grader.mjs is missing: run `node scripts/build.mjs`');
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A cell's value: a date or styled cell's `v`, an absent cell null. */
export const plain = (cell: unknown): unknown => (cell !== null && typeof cell === 'object' && 'v' in cell ? (cell as { v: unknown }).v : cell ?? null);

/** Every sheet of a workbook in tab order, each row's cells as their values. */
export function readWorkbook(path: string): { names: string[]; sheets: Map<string, unknown[][]> } {
  const bytes = readFileSync(path);
  let names: string[] = [];
  readXlsxSheet(bytes, (all) => { names = [...all]; return undefined; });
  const sheets = new Map(names.map((name) => [name, readXlsxSheet(bytes, () => name)!.rows.map((row) => Array.from(row, plain))]));
  return { names, sheets };
}

/** A date as the serial a spreadsheet stores (days since 1899-12-30), worked out from the calendar. */
export const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** The same day `months` months earlier (or later), the day kept or cut to the month's last: EDATE by hand. */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}
