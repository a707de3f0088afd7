// A list whose amount column is in 万元 (金额（万元）, read as ×10,000 for grading): the summary's
// revenue per segment is SUMIF over that column, so in 万元, and its header must say so in every
// language. Hand sums: 甲 60 + 乙 25 + 丙 5 = 90 万元; 甲 (555) and 乙 (333) share a segment: 85, 丙 (111) 5.
import { describe, expect, it } from 'vitest';
import { gradeTable } from '../../src/grading/grade-table';

const value = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell);
const LIST = [['客户名称', '最近购买日期', '订单数', '金额（万元）'], ['甲', '2026-10-20', 12, 60], ['乙', '2026-09-15', 6, 25], ['丙', '2026-05-01', 1, 5]];

describe('the summary of a 万元 list', () => {
  it.each([
    ['zh-CN', '金额（万元）', '合计'], ['zh-TW', '金額（萬元）', '合計'], ['en', 'Revenue (in 10,000s, 万元)', 'Total'],
  ] as const)('%s: revenue per segment is labelled %s and sums to 90', (lang, label, total) => {
    const r = gradeTable('List', LIST, { preset: 'seed', asOf: 46327, lang });
    const summary = r.model.sheets.find((s) => s.rows.some((row) => value(row[2]) === label))!;
    expect(summary).toBeDefined();
    const headerAt = summary.rows.findIndex((row) => value(row[2]) === label);
    const totalAt = summary.rows.findIndex((row, i) => i > headerAt && value(row[0]) === total);
    expect(totalAt).toBeGreaterThan(headerAt);
    expect(value(summary.rows[totalAt][2])).toBe(90);
    // 600,000 yuan is 60 万元: graded as 600,000 (M 5), summed as 60 under the 万元 header.
    const sums = summary.rows.slice(headerAt + 1, totalAt).map((row) => value(row[2])).filter((v) => v !== 0);
    // 555 and 333 are both at or above the seed's middle band in R, F and M: one segment, 60 + 25 = 85.
    expect(sums.sort((a, b) => Number(b) - Number(a))).toEqual([85, 5]);
  });

  it('its ABC classes are in 万元 too, under the same label (one unit on the sheet)', () => {
    const r = gradeTable('List', LIST, { preset: 'seed', asOf: 46327, lang: 'zh-CN' });
    const summary = r.model.sheets.find((s) => s.rows.some((row) => String(value(row[0])).startsWith('ABC 分类')))!;
    expect(summary).toBeDefined();
    const at = summary.rows.findIndex((row) => String(value(row[0])).startsWith('ABC 分类'));
    expect(value(summary.rows[at + 1][2])).toBe('金额（万元）');
    // By hand (SPEC: the smallest top set reaching 80% is A): 60 is 66.7% of 90, 60 + 25 = 94.4% reaches
    // 80%, so 甲 and 乙 are A (85 万元); 丙 takes it to 100%, reaching 95%: B (5); no C.
    const classes = summary.rows.slice(at + 2, at + 5).map((row) => [value(row[1]), value(row[2])]);
    expect(classes).toEqual([[2, 85], [1, 5], [0, 0]]);
  });

  it('a list in yuan keeps the plain label', () => {
    const r = gradeTable('List', [['客户名称', '最近购买日期', '订单数', '金额'], ['甲', '2026-10-20', 12, 600000]], { preset: 'seed', asOf: 46327, lang: 'zh-CN' });
    const labels = r.model.sheets.flatMap((s) => s.rows.flatMap((row) => row.map(value)));
    expect(labels).toContain('金额');
    expect(labels).not.toContain('金额（万元）');
  });
});
