// Shared formulas (ECMA-376 Part 1, 18.3.1.40): the graded columns are written once per run of rows,
// and every cell, read as Excel reads it (the run's first formula moved down to its row), means exactly
// the formula the row's builder gives it; runs end at blank rows and at rows whose formula differs.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { gradeLedger } from '../../src/grading/grade-ledger';
import { gradeTable } from '../../src/grading/grade-table';
import { columnLetters } from '../../src/xlsx/a1';
import { typeCsvField } from '../../src/xlsx/read-csv';
import { sharedRoles } from '../../src/xlsx/shared-formulas';
import { fileFormula } from '../../src/xlsx/sheet-xml';
import { isFormula, type WorkbookCell, type WorkbookModel } from '../../src/xlsx/workbook-model';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { sharedData } from '../support/shared-data';
import { sheetFormulas, shiftFormulaRows, type SheetFormula } from '../support/sheet-formulas';

const AS_OF = isoToSerial('2026-11-01');

/** Writes a model and reads its first sheet's formulas back, shared ones expanded. */
function writtenFormulas(model: WorkbookModel): Map<string, SheetFormula> {
  return sheetFormulas(strFromU8(unzipSync(writeXlsx(model))['xl/worksheets/sheet1.xml']));
}

/** Every formula the model's first sheet holds, by cell, as the file stores its text. */
function modelFormulas(model: WorkbookModel): Map<string, string> {
  const formulas = new Map<string, string>();
  model.sheets[0].rows.forEach((row, r) => row.forEach((cell, c) => {
    if (isFormula(cell)) formulas.set(`${columnLetters(c)}${r + 1}`, fileFormula(cell.f));
  }));
  return formulas;
}

/** Each written formula means the model's formula of its cell, and no cell has a formula it should not. */
function expectSameFormulas(model: WorkbookModel) {
  const written = writtenFormulas(model), wanted = modelFormulas(model);
  expect([...written.keys()].sort()).toEqual([...wanted.keys()].sort());
  for (const [at, text] of wanted) expect(written.get(at)!.text, at).toBe(text);
  // Each group's range holds exactly its first cell and the cells that follow it.
  const members = new Map<number, number>();
  for (const f of written.values()) if (f.si !== undefined) members.set(f.si, (members.get(f.si) ?? 0) + 1);
  const xml = strFromU8(unzipSync(writeXlsx(model))['xl/worksheets/sheet1.xml']);
  for (const m of xml.matchAll(/ref="[A-Z]+(\d+):[A-Z]+(\d+)" si="(\d+)"/g)) {
    expect(members.get(Number(m[3])), `group ${m[3]}`).toBe(Number(m[2]) - Number(m[1]) + 1);
  }
  return written;
}

const stored = (formulas: Map<string, SheetFormula>, column: string) => [...formulas]
  .filter(([at]) => at.replace(/\d+/, '') === column).map(([at, f]) => `${at.replace(/[A-Z]+/, '')}:${f.stored}`);

describe('sharedRoles: runs of one key down a column', () => {
  const cell = (f: string, shared?: string): WorkbookCell => ({ f, v: 1, ...(shared ? { shared } : {}) });

  it('groups two or more cells, first cell with the range, numbered in the order written', () => {
    const rows: WorkbookCell[][] = [
      ['id', 'score'],
      [1, cell('A2*2', 'x')],
      [2, cell('A3*2', 'x')],
      [3, cell('A4*2', 'x')],
      [],
      [5, cell('A6*2', 'x')],
      [6, cell('A7*2', 'x')],
      [7, cell('A8+1', 'y')],
      [8, cell('A9*2')],
      [9, cell('A10*2', 'x')],
    ];
    const roles = sharedRoles(rows, 0, { next: 0 });
    expect(roles[1]?.[1]).toMatchObject({ si: 0, ref: 'B2:B4', master: true, xml: '<f t="shared" ref="B2:B4" si="0">' });
    expect(roles[2]?.[1]).toMatchObject({ si: 0, master: false, xml: '<f t="shared" si="0"/>' });
    expect(roles[3]?.[1]).toMatchObject({ si: 0, master: false });
    // the blank row ends the run; the next starts a group of its own
    expect(roles[4]).toBeUndefined();
    expect(roles[5]?.[1]).toMatchObject({ si: 1, ref: 'B6:B7', master: true });
    expect(roles[6]?.[1]).toMatchObject({ si: 1, master: false });
    // a single cell of a key, a formula without one: written as they are
    for (const j of [0, 7, 8, 9]) expect(roles[j]?.[1], `row ${j + 1}`).toBeUndefined();
    // the list's own column never shares
    expect(roles.every((r) => r?.[0] === undefined)).toBe(true);
  });

  it('numbers the rows of a later window from its first row and carries the group numbers on', () => {
    const groups = { next: 7 };
    const roles = sharedRoles([[cell('C4096', 'k')], [cell('C4097', 'k')]], 4095, groups);
    expect(roles[0]?.[0]).toMatchObject({ si: 7, ref: 'A4096:A4097' });
    expect(groups.next).toBe(8);
  });

  it('ends a run where a cell of the column holds a value instead', () => {
    const roles = sharedRoles([[cell('B1', 'k')], [cell('B2', 'k')], [5], [cell('B4', 'k')]], 0, { next: 0 });
    expect(roles[0]?.[0]).toMatchObject({ ref: 'A1:A2' });
    expect(roles[3]).toBeUndefined();
  });
});

describe('shiftFormulaRows: a shared formula as Excel reads it on a later row', () => {
  it('moves relative rows only; absolute rows, names, functions and quoted text stay', () => {
    expect(shiftFormulaRows('IF(ISTEXT(C2),TRIM(C2)="A2",VLOOKUP(D2,CRM_F_BANDS,2))+$E$2+E$2+$E2+LOG10(F2)', 10))
      .toBe('IF(ISTEXT(C12),TRIM(C12)="A2",VLOOKUP(D12,CRM_F_BANDS,2))+$E$2+E$2+$E12+LOG10(F12)');
  });
});

describe('a graded list written with shared formulas means what its rows say', () => {
  // Every optional column (composite, CLV, churn, early warnings), a manual grade, blank rows,
  // ungradable rows (a blank count, a bad amount) and inputs the formulas take as numbers read from
  // text (50万, a yyyymmdd date), which change the formula's text.
  const header = ['Customer', 'Last Purchase', 'Orders', 'Amount', 'Manual Grade', 'Current Value', 'Growth Potential', 'Stability',
    'Strategic Importance', 'Annual Revenue', 'Years', 'Acquisition Cost', 'Maintenance Cost', 'Interactions 1', 'Interactions 2',
    'Satisfaction 1', 'Satisfaction 2', 'This Quarter', 'Last Quarter', 'Response Hours'];
  const rows: unknown[][] = [];
  for (let i = 0; i < 60; i++) {
    if (i === 20 || i === 21 || i === 45) { rows.push([]); continue; }
    const date = i === 33 ? '20261001' : `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const orders = i === 12 ? '' : String(i % 13);
    const amount = i === 27 ? 'n/a' : i === 38 ? '50万' : String(1000 * ((i * 37) % 900));
    const models = [i % 100, (i * 7) % 100, (i * 3) % 100, (i * 11) % 100, 10_000 * i, 1 + (i % 9), 500 + i, 100 + i, i % 20, (i + 3) % 20, i % 5, (i + 1) % 5,
      1000 * i, 1200 * i, i % 4 === 0 ? '' : 2 * i];
    rows.push([`C${i}`, date, orders, amount, i % 17 === 0 ? 'VIP' : '', ...models].map((v) => typeCsvField(String(v))));
  }
  const graded = gradeTable('List', [header, ...rows], { preset: 'seed', asOf: AS_OF });

  it('has every optional column it is meant to test', () => {
    const head = graded.model.sheets[0].rows[0].map((c) => (typeof c === 'object' && c !== null && 'v' in c ? c.v : c));
    for (const label of ['RFM code', 'Composite score', 'Grade', 'CLV', 'Churn risk', 'Early warnings']) expect(head).toContain(label);
  });

  it('gives every cell the formula of its row: shared ones moved down to it, the rest as written', () => {
    const written = expectSameFormulas(graded.model);
    const codeColumn = columnLetters(graded.model.sheets[0].rows[0].findIndex((c) => typeof c === 'object' && c !== null && 'v' in c && c.v === 'RFM code'));
    // Data rows are sheet rows 2-61. The code column: one run up to the blank rows 22-23; rows 35 and 40
    // read numbers from text (20261001, 50万) in their formula, so they stand alone and end the runs
    // around them; row 47 is blank. The ungradable rows 14 and 29 keep the formula (only their value differs).
    const code = stored(written, codeColumn);
    expect(code.filter((s) => s.endsWith(':master'))).toEqual(['2:master', '24:master', '36:master', '41:master', '48:master']);
    expect(code.filter((s) => s.endsWith(':plain'))).toEqual(['35:plain', '40:plain']);
    expect(code).toHaveLength(57);
    // The R score reads the code cell whatever the inputs: only the blank rows end its runs.
    expect(stored(written, columnLetters(5 + 15)).filter((s) => !s.endsWith(':follower'))).toEqual(['2:master', '24:master', '48:master']);
  });

  it('writes each run\'s text once: a fraction of the formulas are stored in full', () => {
    const written = writtenFormulas(graded.model);
    const full = [...written.values()].filter((f) => f.stored !== 'follower').length;
    expect(written.size).toBeGreaterThan(500);
    expect(full).toBeLessThan(written.size / 5);
  });
});

describe('a graded ledger with predictions, written with shared formulas', () => {
  it('gives every customer row the formulas of its row, P(alive) and expected value included', () => {
    const cdnow = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 3000).map((l) => {
      const [, id, ymd, , amount] = l.trim().split(/\s+/);
      return [id, `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, Number(amount)];
    });
    const graded = gradeLedger('CDNOW', [['Customer ID', 'Order date', 'Amount'], ...cdnow], { preset: 'seed', lang: 'en', asOf: isoToSerial('1997-09-30'), btyd: true });
    const head = graded.model.sheets[0].rows[0];
    expect(head).toContain('Probability still active');
    const written = expectSameFormulas(graded.model);
    const pAlive = columnLetters(head.indexOf('Probability still active'));
    const column = stored(written, pAlive);
    expect(column.length).toBe(graded.model.sheets[0].rows.length - 1);
    // One run down the column, cut only where the writer's window of 256 rows ends (rows 257, 513...).
    const starts = column.filter((s) => !s.endsWith(':follower'));
    expect(starts[0]).toBe('2:master');
    expect(starts.slice(1)).toEqual(Array.from({ length: starts.length - 1 }, (_, k) => `${257 + 256 * k}:master`));
    expect(starts.length).toBe(Math.ceil(graded.model.sheets[0].rows.length / 256));
  });
});
