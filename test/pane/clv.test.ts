// Lists that hold CLV's four inputs get a CLV column (seed 000, formula 6) over the settings' margin and
// discount rate, and the summary counts the customers above the seed's 5,000,000 line.
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../support/evaluate-model';
import { gradeTable } from '../../src/grading/grade-table';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { gradeIntoWorkbook, splitEarlierGrading } from '../../taskpane/app/grade-into-workbook';

const table = [
  ['客户名称', '距今天数', '订单数', '金额', '年收入', '预计合作年数', '获客成本', '维护成本'],
  ['甲', 10, 12, 600000, 2000000, 3, 300000, 200000], // 2,000,000 x 3 - 500,000 = 5,500,000
  ['乙', 45, 6, 250000, 1000, 2, 0, 0], // 2,000
  ['丙', 200, 1, 10, -5, 2, 0, 0], // negative revenue: #VALUE!, as CLV says
];

describe('CLV in one-click grading', () => {
  it('writes CLV beside the graded columns and counts the customers above 5,000,000', async () => {
    const wb = new MemoryWorkbook([{ name: '名单', cells: table.map((r) => [...r]) as never }]);
    const outcome = await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('graded');
    expect(wb.valueAt('名单', 0, 14)).toBe('客户终身价值');
    expect([wb.valueAt('名单', 1, 14), wb.valueAt('名单', 2, 14), wb.valueAt('名单', 3, 14)]).toEqual([5_500_000, 2000, { error: '#VALUE!' }]);
    const summary = wb.sheet('分级汇总')!.cells.map((row) => row.map((c) => (c && typeof c === 'object' && 'v' in c ? c.v : c)));
    expect(summary.find((row) => String(row[0]).startsWith('CLV 高于 500 万'))?.[1]).toBe(1);
    expect(splitEarlierGrading((await wb.readListAroundSelection())!).list.rows[0]).toHaveLength(8);
  });

  it('recalculates in a spreadsheet engine to the core\'s CLV with a margin and a discount rate', () => {
    const result = gradeTable('List', table, { preset: 'seed', asOf: 46327, clv: { margin: 0.5, rate: 0.1 } });
    const list = result.model.sheets[0];
    const value = evaluateModel(result.model);
    const at = (row: number) => value('List', row, 14) as number;
    // 2,000,000 x 0.5 x (1/1.1 + 1/1.21 + 1/1.331) - 500,000 = 1,000,000 x 2.486851991 - 500,000
    const want = 1_000_000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331) - 500_000;
    expect(at(1)).toBeCloseTo(want, 6);
    expect((list.rows[1][14] as { v: number }).v).toBeCloseTo(want, 6);
  });
});
