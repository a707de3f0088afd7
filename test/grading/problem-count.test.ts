// A data problem that lists only its first rows (the embedded engine fetches ten of a long list) is
// still said with its full count, as when every row is listed.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/grading/grade-table';

describe('a data problem with a count beyond its listed rows', () => {
  const first = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23];

  it('says the count and how many more there are, in each language', () => {
    const problem = { kind: 'afterAsOf', column: 'Order date', rows: first, examples: [], asOf: '2026-03-15', count: 25 } as const;
    expect(describeProblem(problem, 'en')).toBe('Order date: 25 order lines after 2026-03-15, left out (rows 5, 7, 9, 11, 13, 15, 17, 19, 21, 23 and 15 more)');
    expect(describeProblem(problem, 'zh-CN')).toContain('25 条订单晚于 2026-03-15');
    expect(describeProblem(problem, 'zh-CN')).toContain('等 25 行');
  });

  it('reads the same as the list of every row it stands for', () => {
    const all = Array.from({ length: 25 }, (_, i) => 5 + 2 * i);
    const listed = { kind: 'afterAsOf', column: 'Order date', rows: all, examples: [], asOf: '2026-03-15' } as const;
    expect(describeProblem({ ...listed, rows: first, count: 25 }, 'en')).toBe(describeProblem(listed, 'en'));
  });
});
