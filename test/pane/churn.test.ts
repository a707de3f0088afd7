// Lists with per-period interaction and satisfaction columns get a churn-risk column (seed 000,
// formula 5) over the settings' m and n, recalculating to the core's figures.
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../support/evaluate-model';
import { gradeTable } from '../../src/grading/grade-table';
import { detectPeriodColumns } from '../../src/grading/period-columns';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { gradeIntoWorkbook, splitEarlierGrading } from '../../taskpane/app/grade-into-workbook';

const table = [
  ['Customer', 'Recency', 'Orders', 'Amount', 'Interactions 1', 'Interactions 2', 'Interactions 3', 'Satisfaction 1', 'Satisfaction 2', 'Satisfaction 3'],
  ['A', 10, 12, 600000, 4, 6, 5, 8, 8, 7], // sd(4,6,5) = 1; sd(8,8,7) = 0.57735 -> 1.57735
  ['B', 45, 6, 250000, 2, 'n/a', 4, 9, 9, 9], // text in a series -> #VALUE!, as CHURN_RISK says
];

describe('per-period columns', () => {
  it('are found from headers with a period marker', () => {
    expect(detectPeriodColumns(['客户', '互动次数1', '互动次数2', '满意度1月', '满意度2月', '满意度'])).toEqual({ interactions: [1, 2], satisfaction: [3, 4] });
    expect(detectPeriodColumns(['Interactions Jan', 'Interactions Feb', 'Notes'])).toEqual({ interactions: [0, 1], satisfaction: [] });
  });
});

describe('churn risk in one-click grading', () => {
  it('writes churn risk beside the graded columns, as the core computes it', async () => {
    const wb = new MemoryWorkbook([{ name: 'List', cells: table.map((r) => [...r]) as never }]);
    await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
    expect(wb.valueAt('List', 0, 16)).toBe('Churn risk');
    expect(wb.valueAt('List', 1, 16)).toBeCloseTo(1 + Math.sqrt(1 / 3), 9);
    expect(wb.valueAt('List', 2, 16)).toEqual({ error: '#VALUE!' });
    expect(splitEarlierGrading((await wb.readListAroundSelection())!).list.rows[0]).toHaveLength(10);
  });

  it('recalculates in a spreadsheet engine with the settings m and n, in cv mode too', () => {
    const result = gradeTable('List', table, { preset: 'seed', asOf: 46327, churn: { m: 2, n: 3, mode: 'cv' } });
    const list = result.model.sheets[0];
    const value = evaluateModel(result.model);
    // cv: 2 x 1/5 + 3 x 0.57735/7.6667
    const want = 2 * (1 / 5) + 3 * (Math.sqrt(1 / 3) / (23 / 3));
    expect(value('List', 1, 16)).toBeCloseTo(want, 9);
    expect((list.rows[1][16] as { v: number }).v).toBeCloseTo(want, 9);
    expect(String(value('List', 2, 16))).toBe('#VALUE!');
    expect(list.rows[2][16]).toMatchObject({ v: { error: '#VALUE!' } });
  });
});
