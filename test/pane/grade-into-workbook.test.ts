// One-click grading through the Workbook port, on the in-browser workbook of the preview.
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { loadSheets } from '../bundles/load';
import { gradeIntoNewSheet, gradeIntoWorkbook, splitEarlierGrading } from '../../taskpane/app/grade-into-workbook';

function workbook() {
  // A list starting at C3 under a title, with someone's note two columns to the right of row 6.
  const cells: unknown[][] = [];
  cells[0] = [null, null, '客户名单'];
  cells[2] = [null, null, '客户名称', '距今天数', '订单数', '金额'];
  cells[3] = [null, null, '甲', 10, 12, 600000];
  cells[4] = [null, null, '乙', 45, 6, 250000];
  cells[5] = [null, null, '丙', 200, 'x', 10];
  const wb = new MemoryWorkbook([{ name: '名单', cells: cells as never }]);
  wb.selection = { sheet: '名单', row: 3, column: 3 };
  return wb;
}

describe('gradeIntoWorkbook', () => {
  it('writes the graded columns beside the list with formulas that point at the list where it is', async () => {
    const wb = workbook();
    const found = await wb.readListAroundSelection();
    expect(found).toMatchObject({ top: 2, left: 2 });
    const outcome = await gradeIntoWorkbook(wb, found!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('graded');
    // columns G.. (index 6..11): headers, then 555 / 333 and a problem row
    expect([6, 7, 8, 9, 10].map((c) => wb.valueAt('名单', 2, c))).toEqual(['R 分', 'F 分', 'M 分', 'RFM 代码', '客户类型']);
    expect([6, 7, 8, 9, 10].map((c) => wb.valueAt('名单', 3, c))).toEqual([5, 5, 5, 555, '重要价值客户']);
    expect([6, 7, 8, 9, 10].map((c) => wb.valueAt('名单', 4, c))).toEqual([3, 3, 3, 333, '重要价值客户']);
    expect(wb.valueAt('名单', 5, 11)).toBe("frequency：“x”不是数字");
    // the problem row caches #VALUE! in every graded column, as its formulas recalculate (text is a bad input)
    expect([6, 7, 8, 9, 10].map((c) => wb.sheet('名单')!.cells[5][c])).toEqual([6, 7, 8, 9, 10].map(() => expect.objectContaining({ v: { error: '#VALUE!' } })));
    // row 4 of the sheet (0-based 3): days in D4, orders in E4, read by the code cell J4; R and F read its digits
    expect(wb.sheet('名单')!.cells[3][9]).toMatchObject({ f: expect.stringContaining('VLOOKUP(D4,CRM_R_BANDS,2)*100+VLOOKUP(E4,CRM_F_BANDS,2)*10') });
    expect(wb.sheet('名单')!.cells[3][6]).toMatchObject({ f: 'IF(J4="","",INT(J4/100))' });
    expect(wb.sheet('名单')!.cells[3][7]).toMatchObject({ f: 'IF(J4="","",MOD(INT(J4/10),10))' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['名单', '分级设置', '分级汇总', '分级方法']);
    expect([...wb.names.keys()]).toEqual(['CRM_R_BANDS', 'CRM_F_BANDS', 'CRM_M_BANDS', 'CRM_AS_OF', 'CRM_SEGMENTS']);
    // the summary: customers per segment (2 important value customers), what to do, and the seed's rules
    const summary = wb.sheet('分级汇总')!.cells.map((row) => row.map((c) => (c && typeof c === 'object' && 'v' in c ? c.v : c)));
    const value = summary.find((row) => row[0] === '重要价值客户')!;
    expect([value[1], value[4]]).toEqual([2, '重点维护：每月高层互访，优先供货与服务。']);
    expect(summary.flat()).toContain('潜力指数高于 85：由总监牵头跟进。');
    // a header filter from the list's header (C3) over the graded columns (to L6)
    expect(wb.sheet('名单')!.filter).toBe('C3:L6');
    // the segment column K (index 10), rows 4..6, coloured by segment
    expect(wb.sheet('名单')!.colours).toContainEqual({ range: 'K4:K6', text: '重要价值客户', fill: 'B7E1A1' });
    // the title and the list are untouched
    expect(wb.valueAt('名单', 0, 2)).toBe('客户名单');
    expect(wb.valueAt('名单', 5, 4)).toBe('x');
  });

  it('writes nothing over a non-empty cell', async () => {
    const wb = workbook();
    wb.sheet('名单')!.cells[7] = [null, null, null, null, null, null, null, null, null, 'my note'];
    wb.sheet('名单')!.cells[5][9] = 'keep me';
    const found = await wb.readListAroundSelection();
    const outcome = await gradeIntoWorkbook(wb, found!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('occupied');
    expect(wb.valueAt('名单', 5, 9)).toBe('keep me');
    expect(wb.sheets).toHaveLength(1);
  });

  it('re-grades over its own earlier columns, with new thresholds', async () => {
    const wb = workbook();
    await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
    const { list, earlier } = splitEarlierGrading((await wb.readListAroundSelection())!);
    expect(earlier).toBe(true);
    expect(list.rows[0]).toEqual(['客户名称', '距今天数', '订单数', '金额']);
    const outcome = await gradeIntoWorkbook(wb, list, { preset: 'five', asOf: 46327 }, earlier);
    expect(outcome.kind).toBe('graded');
    // five-point: 10 days -> 5, 12 orders -> 5, 600,000 -> 5; 45 days -> 4, 6 orders -> 4, 250,000 -> 3
    expect([6, 7, 8, 9].map((c) => wb.valueAt('名单', 4, c))).toEqual([4, 4, 3, 443]);
    expect(wb.sheet('名单')!.cells[2]).toHaveLength(12);
  });

  it('lets a manual grade win over the computed segment, and keeps it through re-grading', async () => {
    const cells: unknown[][] = [
      ['Customer', 'Recency', 'Orders', 'Amount', 'Manual grade'],
      ['A', 10, 12, 600000, ''],
      ['B', 10, 12, 600000, 'Watch list'],
    ];
    const wb = new MemoryWorkbook([{ name: 'List', cells: cells as never }]);
    await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
    // Segment is column J (index 9): computed for A, the manual grade for B
    expect([wb.valueAt('List', 1, 9), wb.valueAt('List', 2, 9)]).toEqual(['Important value', 'Watch list']);
    expect(wb.sheet('List')!.cells[2][9]).toMatchObject({ f: 'IF(TRIM(E3)<>"",TRIM(E3),IF(I3="","",VLOOKUP(I3,CRM_SEGMENTS,2,FALSE)))' });
    const { list, earlier } = splitEarlierGrading((await wb.readListAroundSelection())!);
    await gradeIntoWorkbook(wb, list, { preset: 'five', asOf: 46327 }, earlier);
    expect([wb.valueAt('List', 2, 4), wb.valueAt('List', 2, 9)]).toEqual(['Watch list', 'Watch list']);
    // the summary counts the manual grade as its own group
    const summary = wb.sheet('CRM Summary')!.cells.map((row) => row.map((c) => (c && typeof c === 'object' && 'v' in c ? c.v : c)));
    expect(summary.find((row) => row[0] === 'Watch list')?.[1]).toBe(1);
  });

  it('writes to a new sheet when the cells beside the list are taken, leaving the original alone', async () => {
    const wb = workbook();
    wb.sheet('名单')!.cells[5][9] = 'keep me';
    const found = (await wb.readListAroundSelection())!;
    const before = JSON.stringify(wb.sheet('名单')!.cells);
    const result = await gradeIntoNewSheet(wb, found, { preset: 'seed', asOf: 46327 }, await wb.sheetNames());
    expect(result.sheetName).toBe('名单 (graded)');
    expect(JSON.stringify(wb.sheet('名单')!.cells)).toBe(before);
    // the copy starts at A1 with the list's header; the graded columns follow its four columns (E..)
    expect(wb.valueAt('名单 (graded)', 0, 0)).toBe('客户名称');
    expect([4, 5, 6, 7, 8].map((c) => wb.valueAt('名单 (graded)', 1, c))).toEqual([5, 5, 5, 555, '重要价值客户']);
    expect(wb.sheet('名单 (graded)')!.cells[1][4]).toMatchObject({ f: 'IF(H2="","",INT(H2/100))' });
    expect(wb.sheet('名单 (graded)')!.cells[1][7]).toMatchObject({ f: expect.stringContaining('VLOOKUP(B2,CRM_R_BANDS,2)*100') });
    const again = await gradeIntoNewSheet(wb, found, { preset: 'seed', asOf: 46327 }, await wb.sheetNames());
    expect(again.sheetName).toBe('名单 (graded 2)');
  });

  it('names the new sheet in the user\'s language', async () => {
    const wb = workbook();
    wb.sheet('名单')!.cells[5][9] = 'keep me';
    const found = (await wb.readListAroundSelection())!;
    expect((await gradeIntoNewSheet(wb, found, { preset: 'seed', asOf: 46327, lang: 'zh-TW' }, await wb.sheetNames())).sheetName).toBe('名单（已分級）');
    expect((await gradeIntoNewSheet(wb, found, { preset: 'seed', asOf: 46327, lang: 'zh-CN' }, await wb.sheetNames())).sheetName).toBe('名单（已分级）');
    expect((await gradeIntoNewSheet(wb, found, { preset: 'seed', asOf: 46327, lang: 'zh-CN' }, await wb.sheetNames())).sheetName).toBe('名单（已分级 2）');
  });

  it('writes plain values, or live custom functions, when the user picks that output', async () => {
    const values = workbook();
    await gradeIntoWorkbook(values, (await values.readListAroundSelection())!, { preset: 'seed', asOf: 46327, output: 'values' }, false);
    expect(values.sheet('名单')!.cells[3].slice(6, 11)).toEqual([5, 5, 5, 555, '重要价值客户']);
    expect(values.sheet('名单')!.cells[5].slice(6, 11)).toEqual([null, null, null, null, null]);

    const live = workbook();
    await gradeIntoWorkbook(live, (await live.readListAroundSelection())!,
      { preset: 'seed', asOf: 46327, output: 'functions', functionPrefix: 'CRM.' }, false);
    expect(live.sheet('名单')!.cells[3][6]).toMatchObject({
      f: 'CRM.RFM_SCORE(D4,E4,F4,CRM_R_BANDS,CRM_F_BANDS,CRM_M_BANDS,,"r")', v: 5,
    });
    // the same call, made on the built Sheets bundle with the settings' tables, gives the cached value
    const sheets = loadSheets();
    const bands = (from: number[], score: number[]) => from.map((f, i) => [f, score[i]]);
    expect(sheets.RFM_SCORE(45, 6, 250000, bands([0, 31, 91], [5, 3, 1]), bands([0, 5, 10], [1, 3, 5]), bands([0, 200000, 500000], [1, 3, 5]), '', 'r'))
      .toBe(live.valueAt('名单', 4, 6));
  });
});
