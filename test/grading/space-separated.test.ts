// A fixed-width text export read into one column (CDNOW_sample.txt, the field's benchmark, has no commas):
// refused as what it is, in the list's language, instead of "column not found".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeTable, TableError } from '../../src/grading/grade-table';
import { spaceSeparatedLine } from '../../src/grading/space-separated';
import { sharedData } from '../support/shared-data';

const refusal = (rows: unknown[][], lang?: 'en' | 'zh-CN') => {
  try {
    gradeTable('List', rows, { preset: 'seed', asOf: 46327, ...(lang ? { lang } : {}) });
  } catch (e) {
    if (e instanceof TableError) return e.message;
    throw e;
  }
  return 'graded';
};

describe('a list whose fields are separated by spaces', () => {
  it('CDNOW_sample.txt as a one-column list is refused, showing its first line', () => {
    const lines = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').slice(0, 30).filter(Boolean);
    expect(lines).toHaveLength(30);
    expect(refusal(lines.map((l) => [l]))).toBe('each row is read as one column, whose text looks like fields separated by spaces (“00004 0001 19970101  2   29.33”); save the file with its fields separated by commas or tabs (CSV), or split it into columns first (Excel: Data > Text to Columns)');
  });

  it('says it in the list\'s language; a header line with more words than the data lines is allowed', () => {
    const rows = [['客户编号  下单日期  件数  金额'], ['C1 2026-10-01 2 100'], ['C2 2026-10-02 1 50']];
    expect(refusal(rows)).toBe('每一行都被读成了一列，其内容看起来是用空格分隔的多个字段（“客户编号  下单日期  件数  金额”）；请将文件另存为以逗号或制表符分隔的 CSV，或先把它拆分成多列（Excel：数据 > 分列）');
  });

  it('is not claimed for lists with columns, numbers, or lines of different field counts', () => {
    expect(spaceSeparatedLine([['Customer', 'Orders'], ['C1', 3]])).toBeUndefined();
    expect(spaceSeparatedLine([['a b c'], [12]])).toBeUndefined();
    expect(spaceSeparatedLine([['Acme Trading Co'], ['Beta Ltd']])).toBeUndefined();
    expect(spaceSeparatedLine([['a b c'], ['1 2 3'], ['1 2 3 4']])).toBeUndefined();
    expect(spaceSeparatedLine([['one line only with words']])).toBeUndefined();
    // Blank rows between are skipped.
    expect(spaceSeparatedLine([['x y z'], [], ['1 2 3'], ['4 5 6']])).toBe('x y z');
  });

  it('a real list with a header still grades (the check does not fire)', () => {
    expect(refusal([['Customer', 'Last order', 'Orders', 'Amount'], ['C1', '2026-10-20', 12, 600000]])).toBe('graded');
  });
});
