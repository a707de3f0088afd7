// Lists that hold seed 002's four dimensions get a composite score and grade beside the RFM columns,
// as native formulas over the weights, cutoffs and labels on the settings sheet.
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../support/evaluate-model';
import { gradeTable } from '../../src/grading/grade-table';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { gradeIntoWorkbook, splitEarlierGrading } from '../../taskpane/app/grade-into-workbook';

const table = [
  ['Customer', 'Recency', 'Orders', 'Amount', 'Current value', 'Growth potential', 'Stability', 'Strategic importance'],
  ['A', 10, 12, 600000, 90, 90, 90, 90], // 90 -> Strategic
  ['B', 45, 6, 250000, 90, 80, 70, 60], // 0.4x90 + 0.3x80 + 0.2x70 + 0.1x60 = 80 -> Core
  ['C', 200, 1, 10, 120, 50, 50, 50], // 120 is outside 0-100 -> #VALUE!, as COMPOSITE_GRADE says
  ['D', 200, 1, 10, '', '', '', ''], // no dimensions: no composite
];

describe('composite grading of a list', () => {
  it('scores and grades each row as COMPOSITE_GRADE does, with the settings on the sheet', async () => {
    const wb = new MemoryWorkbook([{ name: 'List', cells: table.map((r) => [...r]) as never }]);
    const outcome = await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('graded');
    const cells = wb.sheet('List')!.cells;
    expect([cells[0][14], cells[0][15]]).toMatchObject([{ v: 'Composite score' }, { v: 'Grade' }]);
    expect([wb.valueAt('List', 1, 14), wb.valueAt('List', 1, 15)]).toEqual([90, 'Strategic']);
    expect([wb.valueAt('List', 2, 14), wb.valueAt('List', 2, 15)]).toEqual([80, 'Core']);
    expect([wb.valueAt('List', 3, 14), wb.valueAt('List', 3, 15)]).toEqual([{ error: '#VALUE!' }, { error: '#VALUE!' }]);
    expect(cells[4][14] ?? null).toBeNull();
    expect([...wb.names.keys()]).toEqual(expect.arrayContaining(['CRM_WEIGHTS', 'CRM_CUTOFFS', 'CRM_GRADE_LABELS']));
    const summary = wb.sheet('CRM Summary')!.cells.map((row) => row.map((c) => (c && typeof c === 'object' && 'v' in c ? c.v : c)));
    expect(summary.find((row) => row[0] === 'Core')?.[1]).toBe(1);
    // re-grading recognises the eight columns it wrote
    expect(splitEarlierGrading((await wb.readListAroundSelection())!).list.rows[0]).toHaveLength(8);
  });

  it('recalculates to the same figures in a spreadsheet engine, and follows edited weights', () => {
    const result = gradeTable('List', table, { preset: 'seed', asOf: 46327, composite: { weights: [1, 1, 1, 1] } });
    const list = result.model.sheets[0];
    const value = evaluateModel(result.model);
    const at = (row: number, col: number) => value('List', row, col);
    // equal weights: B scores (90 + 80 + 70 + 60) / 4 = 75 -> Core; A 90 -> Strategic
    expect([at(1, 14), at(1, 15)]).toEqual([90, 'Strategic']);
    expect([at(2, 14), at(2, 15)]).toEqual([75, 'Core']);
    expect([list.rows[2][14], list.rows[2][15]]).toMatchObject([{ v: 75 }, { v: 'Core' }]);
  });

  it('refuses weights that sum to zero, naming them', () => {
    expect(() => gradeTable('List', table, { preset: 'seed', asOf: 46327, composite: { weights: [0, 0, 0, 0] } }))
      .toThrow('Composite weights: the weights sum to zero');
    expect(() => gradeTable('List', table, { preset: 'seed', asOf: 46327, lang: 'zh-TW', composite: { weights: [0, 0, 0, 0] } }))
      .toThrow(/^綜合評分權重：權重之和為零$/);
  });
});
