// Shared formulas in real LibreOffice: a list whose runs of shared formulas are broken by a blank row
// and by a row whose formula reads a number from text (50万), graded by the built CLI, cached values
// removed, recalculated. Every graded cell after each break must come out as the seed's rules say.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, runCli } from '../support/cli-run';
import { seedGrade } from '../support/seed-rules';
import { formulaCount, sheetFormulas } from '../support/sheet-formulas';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'crm-lo-shared-'));
const xlsx = join(dir, 'list-graded.xlsx');
// Days since the last purchase, orders, amount; null: a blank row.
const ROWS: ([number, number, number | string] | null)[] = [
  [10, 12, 600_000], [45, 6, 250_000], [200, 1, 1_000], [5, 3, 900_000], [95, 10, 50_000],
  null,
  [31, 5, 200_000], [0, 0, 0], [60, 20, '50万'], [120, 9, 499_999], [30, 4, 700_000], [91, 11, 300_000],
];

let cached: unknown[][];
let recalculated: string[][];
let xml: string;

beforeAll(() => {
  const csv = join(dir, 'list.csv');
  writeFileSync(csv, ['Customer ID,Recency,Orders,Amount', ...ROWS.map((r, i) => (r ? `C${i},${r.join(',')}` : ''))].join('\n'));
  const run = runCli('grade', csv, '-o', xlsx, '--as-of', '2026-11-01');
  expect(run.code, run.err).toBe(0);
  xml = strFromU8(unzipSync(readFileSync(xlsx))['xl/worksheets/sheet1.xml']);
  cached = readWorkbook(xlsx).sheets.get('list')!;
  editXlsx(xlsx, (name, text) => (name.startsWith('xl/worksheets/') ? stripCachedValues(text) : text));
  recalculated = recalculateWithLibreOffice(xlsx).get('list')!;
}, 180_000);

describe('shared formulas broken by a blank row, recalculated by LibreOffice', () => {
  it('writes the runs the list has: cut at the blank row 7 and around the 50万 row 10', () => {
    // Columns: A id, B-D inputs, E-G R/F/M scores, H code, I segment.
    expect(xml).toContain('<f t="shared" ref="H2:H6" si="');
    expect(xml).toContain('<f t="shared" ref="H8:H9" si="');
    expect(xml).toContain('<f t="shared" ref="H11:H13" si="');
    expect(xml).toContain('<f t="shared" ref="E8:E13" si="');
    const formulas = sheetFormulas(xml);
    expect(formulas.get('H10')?.stored).toBe('plain');
    expect(formulas.get('H10')?.text).toContain('VLOOKUP(500000,CRM_M_BANDS,2)');
    expect(formulas.get('H12')?.text).toContain('VLOOKUP(D12,CRM_M_BANDS,2)');
    // what stripping left: every graded cell of the 11 customers still a formula, none with a value
    const stripped = stripCachedValues(xml);
    expect(formulaCount(stripped)).toBe(5 * 11);
    expect(stripped).not.toMatch(/<\/f><v>|<f t="shared" si="\d+"\/><v>/);
  });

  it('recalculates every row, before and after each break, to the seed\'s grade and to what was cached', () => {
    ROWS.forEach((input, i) => {
      const row = i + 1;
      if (!input) {
        expect(recalculated[row].slice(4, 9).join(''), `row ${row + 1}`).toBe('');
        return;
      }
      const [days, orders, amount] = input;
      const grade = seedGrade(days, orders, typeof amount === 'number' ? amount : 500_000)!;
      const want = [grade.r, grade.f, grade.m, grade.code, grade.segment].map(String);
      expect(recalculated[row].slice(4, 9), `row ${row + 1}`).toEqual(want);
      expect(cached[row].slice(4, 9).map(String), `row ${row + 1} cached`).toEqual(want);
    });
  });
});
