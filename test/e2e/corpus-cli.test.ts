// The header corpus (test/grading/header-corpus.ts) at the CLI's boundary: every customer-list shape
// written as the file its system exports (a CSV for the CSV shapes, an .xlsx with date cells for the
// others), graded by the built CLI with no --map, and every customer's RFM code in the workbook it
// writes compared with the seed's bands applied by hand. A refusal must exit 3 with a question and the
// --map line that settles it; a wrong code fails the test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateToSerial, isDate } from '../../src/cells/dates';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import { AS_OF, customersFor, LISTS, type ListShape } from '../grading/header-corpus';
import { readWorkbook, runCli } from '../support/cli-run';
import { seedRfmCode } from '../support/seed-rules';

const dir = mkdtempSync(join(tmpdir(), 'crm-corpus-'));
const CODE_LABELS = ['RFM code', 'RFM 代码', 'RFM 代碼'];

/** A CSV field as an exporter writes it: quoted when it holds a comma, a quote or a line break. */
const csvField = (cell: unknown) => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** An .xlsx cell: a JS Date (a Sheets-only form) becomes the date cell Excel would hold. */
const xlsxCell = (cell: unknown): WorkbookCell => (isDate(cell) ? { v: dateToSerial(cell), style: 'date' } : cell as WorkbookCell);

/** Writes the shape's export of `k`'s customers; returns its path. */
function exportFile(shape: ListShape, k: number): string {
  const customers = customersFor(k);
  const rows = [...(shape.title ?? []), shape.columns.map((c) => c.header), ...customers.map((cu) => shape.columns.map((c) => c.cell(cu)))];
  if (shape.csv) {
    const path = join(dir, `${k}.csv`);
    writeFileSync(path, rows.map((row) => row.map(csvField).join(',')).join('\n'));
    return path;
  }
  const path = join(dir, `${k}.xlsx`);
  writeFileSync(path, writeXlsx({ sheets: [{ name: 'Export', rows: rows.map((row) => row.map(xlsxCell)) }], names: [] }));
  return path;
}

describe('the header corpus through the built CLI, with no --map', () => {
  const outcomes: { name: string; kind: 'right' | 'refused' }[] = [];

  it.each(LISTS.map((shape, k) => [shape.name, shape, k] as const))('%s', (_name, shape, k) => {
    const input = exportFile(shape, k);
    const output = join(dir, `${k}-graded.xlsx`);
    const run = runCli('grade', input, '-o', output, '--as-of', AS_OF);
    if (run.code === 3) {
      // A question, never a guess: the CLI names what to add.
      expect(run.err).toContain('--map');
      outcomes.push({ name: shape.name, kind: 'refused' });
      return;
    }
    expect(shape.lacks, `the export lacks ${shape.lacks}: it must be refused`).toBeUndefined();
    expect(run.code, run.err).toBe(0);
    const sheet = readWorkbook(output).sheets.values().next().value as unknown[][];
    const headerAt = sheet.findIndex((row) => row.some((c) => CODE_LABELS.includes(String(c))));
    const codeAt = sheet[headerAt].findIndex((c) => CODE_LABELS.includes(String(c)));
    const expected = customersFor(k).map((c) => seedRfmCode(c.days, c.orders, c.amount));
    expect(sheet.slice(headerAt + 1, headerAt + 1 + expected.length).map((row) => row[codeAt])).toEqual(expected);
    outcomes.push({ name: shape.name, kind: 'right' });
  });

  it('grades nine in ten right through the CLI (the others refused with a question, none wrong)', () => {
    expect(outcomes).toHaveLength(LISTS.length);
    const right = outcomes.filter((o) => o.kind === 'right').length;
    console.log(`corpus through the CLI: ${right} of ${LISTS.length} graded right, ${LISTS.length - right} refused: ${outcomes.filter((o) => o.kind === 'refused').map((o) => o.name).join(', ')}`);
    expect(right / LISTS.length).toBeGreaterThanOrEqual(0.9);
  });
});
