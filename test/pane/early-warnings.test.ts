// Seed 000's early warnings, added as flags by one-click grading: quarterly orders down 30% or more ->
// health check; service response over 24 hours -> service alert.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { earlyWarnings } from '../../src/grading/early-warnings';
import { gradeTable } from '../../src/grading/grade-table';

describe('earlyWarnings', () => {
  it.each([
    [70, 100, 24, 'Health check'], // exactly 30% down
    [70.01, 100, 24, ''], // 29.99% down
    [50, 100, 25, 'Health check; Service alert'],
    [100, 0, 30, 'Service alert'], // no previous quarter to compare with
    ['', 100, '', ''],
  ])('this quarter %s, last %s, response %s h: %j', (q, last, hours, flags) => expect(earlyWarnings(q, last, hours, 'en')).toBe(flags));
  it('speaks Chinese', () => expect(earlyWarnings(10, 100, 48, 'zh-CN')).toBe('健康检查; 服务预警'));
});

describe('the warnings column', () => {
  it('recalculates in a spreadsheet engine to the same flags', () => {
    const table = [
      ['Customer', 'Recency', 'Orders', 'Amount', 'This quarter', 'Last quarter', 'Response hours'],
      ['A', 10, 12, 600000, 60, 100, 30],
      ['B', 45, 6, 250000, 90, 100, 2],
      ['C', 45, 6, 250000, 90, 100, 48],
    ];
    const result = gradeTable('List', table, { preset: 'seed', asOf: 46327 });
    const list = result.model.sheets[0];
    expect(list.rows[0][13]).toMatchObject({ v: 'Early warnings' });
    const plain = list.rows.map((row) => [...row].map((c) => {
      if (c && typeof c === 'object' && 'f' in c) return `=${(c as { f: string }).f.replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()')}`;
      return c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null;
    }));
    const hf = HyperFormula.buildFromSheets({ List: plain as never, S: [[0, 5], [31, 3], [91, 1]] }, { licenseKey: 'gpl-v3' },
      ['CRM_R_BANDS', 'CRM_F_BANDS', 'CRM_M_BANDS', 'CRM_SEGMENTS'].map((name) => ({ name, expression: '=S!$A$1:$B$3' })));
    const at = (row: number) => hf.getCellValue({ sheet: hf.getSheetId('List')!, row, col: 13 });
    expect([at(1), at(2), at(3)]).toEqual(['Health check; Service alert', '', 'Service alert']);
    expect([1, 2, 3].map((r) => (list.rows[r][13] as { v: string }).v)).toEqual(['Health check; Service alert', '', 'Service alert']);
  });
});
