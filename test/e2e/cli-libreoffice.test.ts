// The shareable workbook proven in real LibreOffice: 2,000 customers graded by the CLI, cached values
// removed, recalculated, and every graded cell compared with the core; then one band edited on the
// settings sheet, and the grades move exactly as the core predicts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/crm-grader';
import { isoToSerial, serialToIso } from '../../src/cells/dates';
import { scoreByBands, type BandTable } from '../../src/models/band-table';
import { SEED_TABLES } from '../../src/models/rfm';
import { value8Segment } from '../../src/models/segments';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';
import { formulaCount } from '../support/sheet-formulas';
import { readWorkbook } from '../support/cli-run';

const AS_OF = '2026-11-01';
const N = 2000;

interface Customer { id: string; name: string; last: string; orders: number | string; amount: number | string }

/** A seeded list with a few planted problems: text amounts, a blank count, a purchase after as-of. */
function customers(): Customer[] {
  let s = 7;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const asOf = isoToSerial(AS_OF);
  return Array.from({ length: N }, (_, i) => ({
    id: `C${String(i + 1).padStart(5, '0')}`,
    name: `客户${i + 1}`,
    last: serialToIso(asOf - Math.floor(rand() * 200) + (i === 17 ? 230 : 0)),
    orders: i === 99 ? '' : Math.floor(rand() * 16),
    amount: i === 1234 ? 'n/a' : Math.round(rand() * 800_000),
  }));
}

/** What RFM_SCORE says of a row that cannot be graded: #VALUE! for a bad input (text, a purchase after
 * as-of), else #N/A for a missing one; undefined for a row that can be graded. */
function rowError(c: Customer): string | undefined {
  const days = isoToSerial(AS_OF) - isoToSerial(c.last);
  if (days < 0 || (typeof c.amount === 'string' && c.amount !== '')) return '#VALUE!';
  return c.orders === '' || c.amount === '' ? '#N/A' : undefined;
}

/** The core's grade of one customer with the given tables; null where the row cannot be graded. */
function expected(c: Customer, tables: { r: BandTable; f: BandTable; m: BandTable }) {
  const days = isoToSerial(AS_OF) - isoToSerial(c.last);
  if (rowError(c) || typeof c.orders !== 'number' || typeof c.amount !== 'number') return null;
  const r = scoreByBands(days, tables.r), f = scoreByBands(c.orders, tables.f), m = scoreByBands(c.amount, tables.m);
  return [String(r), String(f), String(m), String(r * 100 + f * 10 + m), value8Segment(r, f, m).en];
}

const list = customers();
const dir = mkdtempSync(join(tmpdir(), 'crm-cli-'));
const csv = join(dir, 'customers.csv');
const xlsx = join(dir, 'graded.xlsx');
let stderr = '';
let cached: unknown[][];

beforeAll(() => {
  const lines = ['Customer ID,Customer Name,Last Purchase Date,Orders,Amount',
    ...list.map((c) => `${c.id},${c.name},${c.last},${c.orders},${c.amount}`)];
  writeFileSync(csv, lines.join('\n'));
  const code = main(['grade', csv, '-o', xlsx, '--as-of', AS_OF], { out: () => true, err: (s) => { stderr += s; return true; } });
  expect(code).toBe(0);
  cached = readWorkbook(xlsx).sheets.get('customers')!;
});

/** The graded columns (R, F, M, code, segment) of every customer row as LibreOffice computed them. */
function gradedColumns(sheets: Map<string, string[][]>): string[][] {
  const sheet = sheets.get('customers');
  if (!sheet) throw new Error(`no customers sheet among ${[...sheets.keys()].join(', ')}`);
  expect(sheet[0].slice(5, 10)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
  return sheet.slice(1, N + 1).map((row) => row.slice(5, 10));
}

describe('crm-grader grade, recalculated by LibreOffice', () => {
  it('reports the planted problems on stderr', () => {
    expect(stderr).toContain('Orders: blank cells in row 101');
    expect(stderr).toContain("Amount: not numbers ('n/a') in row 1236");
    expect(stderr).toContain('Last Purchase Date: dates after the as-of date');
    expect(stderr).toContain(`graded ${N - 3} customers, 3 rows could not be graded`);
  });

  it('recalculates every graded cell to the core\'s result', () => {
    let formulas = 0;
    editXlsx(xlsx, (name, text) => {
      if (!name.startsWith('xl/worksheets/')) return text;
      const stripped = stripCachedValues(text);
      formulas += formulaCount(stripped);
      expect(stripped).not.toMatch(/<\/f><v>/);
      return stripped;
    });
    // five graded formulas per gradable customer row, plus the summary's
    expect(formulas).toBeGreaterThan(5 * (N - 1));
    const rows = gradedColumns(recalculateWithLibreOffice(xlsx));
    let checked = 0, errors = 0;
    rows.forEach((row, i) => {
      const want = expected(list[i], SEED_TABLES);
      const error = rowError(list[i]);
      if (want) expect(row, `row ${i + 2}`).toEqual(want);
      else expect(row, `row ${i + 2}`).toEqual([error, error, error, error, error]);
      // what the file showed before recalculation is what LibreOffice recalculates
      const shown = cached[i + 1].slice(5, 10).map((v) => (typeof v === 'object' && v !== null && 'error' in v ? (v as { error: string }).error : String(v)));
      expect(shown, `row ${i + 2} cached`).toEqual(row);
      if (error) errors++;
      checked++;
    });
    expect(checked).toBe(N);
    expect(errors).toBe(3);
  });

  it('moves the grades exactly as the core predicts when a band is edited on the settings sheet', () => {
    // F band "5 purchases score 3" becomes "8 purchases score 3": on the settings sheet (sheet 2), the F
    // table sits in columns D:E from row 6, so its second row is D7.
    editXlsx(xlsx, (name, text) => (name === 'xl/worksheets/sheet2.xml'
      ? text.replace(/(<c r="D7"[^>]*>)<v>5<\/v>/, '$1<v>8</v>')
      : name.startsWith('xl/worksheets/') ? stripCachedValues(text) : text));
    const edited = { ...SEED_TABLES, f: { from: [0, 8, 10], score: [1, 3, 5] } };
    const rows = gradedColumns(recalculateWithLibreOffice(xlsx));
    let moved = 0;
    rows.forEach((row, i) => {
      const want = expected(list[i], edited);
      if (want) expect(row, `row ${i + 2}`).toEqual(want);
      if (want && want[1] !== expected(list[i], SEED_TABLES)![1]) moved++;
    });
    // customers with 5-7 orders drop from F 3 to F 1: about 3/16 of the list
    expect(moved).toBeGreaterThan(200);
  });
});
