// RFM_SCORE and RFM_SEGMENT over host cells (SPEC.md, "Conventions" and the two functions): scalars or
// columns, blank in blank out, per-row errors, whole-call errors naming both sizes, options.
import { describe, expect, it } from 'vitest';
import { rfmScoreCall } from '../../src/calls/rfm-score';
import { rfmSegmentCall } from '../../src/calls/rfm-segment';
import {
  EN, ZH_CN, ZH_TW, callFailure, cellsOf, column, expectCellError, hasCjk,
} from '../support/call-cells';

// Serial days (see dates.test.ts): 2026-10-01 is 46296.
const AS_OF = '2026-10-01';

describe('RFM_SCORE', () => {
  describe('seed 5/3/1 bands through the call', () => {
    it.each([
      ['all in the top band: 30 days, 10 orders, 500,000 is 555', 30, 10, 500_000, 555],
      ['all in the middle band: 31, 9, 499,999.99 is 333', 31, 9, 499_999.99, 333],
      ['all in the bottom band: 91, 4, 199,999.99 is 111', 91, 4, 199_999.99, 111],
      ['lower edges: 0, 5, 200,000 is 533', 0, 5, 200_000, 533],
      ['mixed: 90, 10, 0 is 351', 90, 10, 0, 351],
    ])('%s', (_rule, r, f, m, code) => {
      // Sheets passes a single cell as a bare value, Excel as a 1x1 matrix: both give the same answer.
      expect(rfmScoreCall([r, f, m], EN)).toEqual([[code]]);
      expect(rfmScoreCall([[[r]], [[f]], [[m]]], EN)).toEqual([[code]]);
    });

    it.each([
      // 31 days -> 3, 10 orders -> 5, 199,999.99 -> 1
      ['code (the default) is R*100 + F*10 + M: 351', 'code', 351],
      ['r is the R score: 3', 'r', 3],
      ['f is the F score: 5', 'f', 5],
      ['m is the M score: 1', 'm', 1],
      ['sum is R + F + M: 3 + 5 + 1 = 9', 'sum', 9],
      ['options are case-insensitive: SUM', 'SUM', 9],
      ['an option may come as a one-cell range', [['r']], 3],
    ])('output: %s', (_rule, output, result) => {
      expect(rfmScoreCall([31, 10, 199_999.99, null, null, null, null, output], EN)).toEqual([[result]]);
    });

    it('R at every edge in one column: 0, 30, 31, 90, 91 days score 5, 5, 3, 3, 1', () => {
      const grid = rfmScoreCall([column(0, 30, 31, 90, 91), 10, 500_000, null, null, null, null, 'r'], EN);
      expect(cellsOf(grid)).toEqual([5, 5, 3, 3, 1]);
    });

    it('F at every edge in one column: 4, 5, 9, 10 purchases score 1, 3, 3, 5', () => {
      const grid = rfmScoreCall([30, column(4, 5, 9, 10), 500_000, null, null, null, null, 'f'], EN);
      expect(cellsOf(grid)).toEqual([1, 3, 3, 5]);
    });

    it('M at every edge in one column: 199,999.99, 200,000, 499,999.99, 500,000 score 1, 3, 3, 5', () => {
      const grid = rfmScoreCall([30, 10, column(199_999.99, 200_000, 499_999.99, 500_000), null, null, null, null, 'm'], EN);
      expect(cellsOf(grid)).toEqual([1, 3, 3, 5]);
    });

    it('a single cell is repeated for every row of the other columns', () => {
      // 30 -> 5, 60 -> 3, 120 -> 1; F 10 -> 5; M 500,000 -> 5
      expect(cellsOf(rfmScoreCall([column(30, 60, 120), [[10]], 500_000], EN))).toEqual([555, 355, 155]);
    });

    it('number text in cells is read as numbers', () => {
      expect(rfmScoreCall([' 30 ', '10', '500,000'], EN)).toEqual([[555]]);
    });
  });

  describe('omitted optional arguments take their defaults however the host passes them', () => {
    it.each([
      ['Excel null', null],
      ['Sheets undefined', undefined],
      ["Sheets '' (a skipped argument)", ''],
    ])('%s for every table, as_of and output gives the seed bands and the code', (_host, blank) => {
      expect(rfmScoreCall([31, 9, 499_999.99, blank, blank, blank, blank, blank], EN)).toEqual([[333]]);
    });

    it('trailing arguments left off entirely', () => {
      expect(rfmScoreCall([31, 9, 499_999.99], EN)).toEqual([[333]]);
    });
  });

  describe('blank in, blank out; partial rows are #N/A naming the missing argument', () => {
    it('an all-blank row (null, undefined, \'\', spaces) returns an empty cell', () => {
      const grid = rfmScoreCall([column(30, null, '', undefined), column(10, undefined, '  ', null), column(500_000, '', null, '  ')], EN);
      expect(cellsOf(grid)).toEqual([555, '', '', '']);
    });

    it.each([
      ['recency', null, 10, 500_000],
      ['frequency', 30, '', 500_000],
      ['monetary', 30, 10, undefined],
    ])('a row missing only %s is #N/A naming it', (name, r, f, m) => {
      const [good, row] = cellsOf(rfmScoreCall([column(30, r), column(10, f), column(500_000, m)], EN));
      expect(good).toBe(555);
      expectCellError(row, 'na', name);
    });
  });

  describe('a bad row gets its own error and never poisons the rest', () => {
    it("SPEC: monetary 'abc' is \"monetary: 'abc' is not a number\"", () => {
      const cells = cellsOf(rfmScoreCall([column(30, 31, 91), column(10, 9, 4), column(500_000, 'abc', 0)], EN));
      expect(cells[0]).toBe(555);
      expect(expectCellError(cells[1], 'value').message).toBe("monetary: 'abc' is not a number");
      expect(cells[2]).toBe(111);
    });

    it.each([
      ['a negative recency', -1, 10, 500_000, 'recency', '-1'],
      ['a negative frequency', 30, -2, 500_000, 'frequency', '-2'],
      ['a boolean frequency', 30, true, 500_000, 'frequency', 'TRUE'],
      ['an infinite monetary', 30, 10, Infinity, 'monetary', 'Infinity'],
      ['a negative monetary, below the seed table\'s first from (0)', 30, 10, -50, 'monetary', '-50'],
    ])('%s is a #VALUE! naming the argument and the value', (_rule, r, f, m, name, shown) => {
      const cells = cellsOf(rfmScoreCall([column(r, 30), column(f, 10), column(m, 500_000)], EN));
      expectCellError(cells[0], 'value', name, shown);
      expect(cells[1]).toBe(555);
    });

    it('a value below a custom table\'s first from is that row\'s error, naming the argument and the value', () => {
      const fTable = [[1, 1], [5, 3], [10, 5]];
      const cells = cellsOf(rfmScoreCall([30, column(0, 1), 500_000, null, fTable, null, null, 'f'], EN));
      expectCellError(cells[0], 'value', 'frequency', '0');
      expect(cells[1]).toBe(1);
    });

    it('messages follow the host\'s language', () => {
      const [cell] = cellsOf(rfmScoreCall([30, 10, 'abc'], ZH_CN));
      const error = expectCellError(cell, 'value', 'monetary', 'abc');
      expect(hasCjk(error.message)).toBe(true);
    });
  });

  describe('ranges that do not line up fail the whole call, naming both sizes', () => {
    it('SPEC: "Ranges do not line up: recency has 5 rows, monetary has 4 rows"', () => {
      const message = callFailure(() => rfmScoreCall([column(1, 2, 3, 4, 5), column(1, 2, 3, 4, 5), column(1, 2, 3, 4)], EN));
      expect(message).toBe('Ranges do not line up: recency has 5 rows, monetary has 4 rows');
    });

    it('5000 rows against 4999 (SPEC\'s own example)', () => {
      const rows = (n: number) => Array.from({ length: n }, () => [1]);
      const message = callFailure(() => rfmScoreCall([rows(5000), rows(5000), rows(4999)], EN));
      expect(message).toBe('Ranges do not line up: recency has 5000 rows, monetary has 4999 rows');
    });

    it('frequency against recency', () => {
      const message = callFailure(() => rfmScoreCall([column(1, 2, 3), column(1, 2), 500_000], EN));
      expect(message).toBe('Ranges do not line up: recency has 3 rows, frequency has 2 rows');
    });

    it('the message exists in Chinese', () => {
      const message = callFailure(() => rfmScoreCall([column(1, 2, 3), column(1, 2), 500_000], ZH_TW));
      expect(hasCjk(message)).toBe(true);
      expect(message).toContain('recency');
      expect(message).toContain('3');
      expect(message).toContain('2');
    });

    it('a per-customer argument two columns wide fails the call, naming it', () => {
      const message = callFailure(() => rfmScoreCall([[[30, 31], [60, 61]], column(10, 10), column(1, 1)], EN));
      expect(message).toContain('recency');
    });
  });

  describe('as_of: recency holds the last purchase date and days are counted up to as_of', () => {
    // as_of 2026-10-01 (46296): 2026-10-01 is 0 days; 2026-09-01 (46266) is 30; 2026-08-31 is 31;
    // 2026-07-03 (46023 + 181 + 2 = 46206) is 90; 2026-07-02 is 91.
    it.each([
      ['the same day is 0 days: R 5', '2026-10-01', 5],
      ['2026-09-01 is 30 days: R 5', '2026-09-01', 5],
      ['2026-08-31 is 31 days: R 3', '2026-08-31', 3],
      ['2026-07-03 is 90 days: R 3', '2026-07-03', 3],
      ['2026-07-02 is 91 days: R 1', '2026-07-02', 1],
    ])('%s', (_rule, last, score) => {
      expect(rfmScoreCall([last, 10, 500_000, null, null, null, AS_OF, 'r'], EN)).toEqual([[score]]);
    });

    it('as_of and the dates may be Dates (Sheets) or serials (Excel)', () => {
      // 46296 - 46265 = 31 days: R 3
      expect(rfmScoreCall([new Date(2026, 7, 31), 10, 500_000, null, null, null, new Date(2026, 9, 1)], EN)).toEqual([[355]]);
      expect(rfmScoreCall([[[46265]], 10, 500_000, null, null, null, [[46296]]], EN)).toEqual([[355]]);
    });

    it('counts whole days: a time of day on either side does not change the day count', () => {
      // 46296.2 (2026-10-01 04:48) - 46265.9 (2026-08-31 21:36) is 30.3 days on the clock but 31 calendar
      // days: R 3 (30.3 would score 5)
      expect(rfmScoreCall([46265.9, 10, 500_000, null, null, null, 46296.2, 'r'], EN)).toEqual([[3]]);
      // 2026-08-31 23:00 to 2026-10-01 01:00 is 30.08 days on the clock, 31 calendar days: R 3
      expect(rfmScoreCall(['2026-08-31T23:00', 10, 500_000, null, null, null, '2026-10-01T01:00', 'r'], EN)).toEqual([[3]]);
    });

    it('a purchase later on the as_of day itself is 0 days, not after as_of', () => {
      // 2026-10-01 17:00 against as_of 2026-10-01 08:00: the same calendar day
      expect(rfmScoreCall(['2026-10-01T17:00', 10, 500_000, null, null, null, '2026-10-01T08:00', 'r'], EN)).toEqual([[5]]);
      expect(rfmScoreCall([46296.7, 10, 500_000, null, null, null, 46296.3, 'r'], EN)).toEqual([[5]]);
    });

    it('a last purchase after as_of is that row\'s error, naming the date; other rows are graded', () => {
      const cells = cellsOf(rfmScoreCall([column('2026-10-02', '2026-09-01'), 10, 500_000, null, null, null, AS_OF], EN));
      expectCellError(cells[0], 'value', 'recency', '2026-10-02', 'as_of');
      expect(cells[1]).toBe(555);
    });

    it('an impossible purchase date (2026-02-30) is that row\'s error', () => {
      const cells = cellsOf(rfmScoreCall([column('2026-02-30', '2026-09-01'), 10, 500_000, null, null, null, AS_OF], EN));
      expectCellError(cells[0], 'value', 'recency', '2026-02-30');
      expect(cells[1]).toBe(555);
    });

    it('a blank purchase date in a filled row is #N/A naming recency', () => {
      const cells = cellsOf(rfmScoreCall([column('2026-09-01', null), column(10, 10), column(500_000, 500_000), null, null, null, AS_OF], EN));
      expect(cells[0]).toBe(555);
      expectCellError(cells[1], 'na', 'recency');
    });

    it('a bad as_of fails the whole call, naming as_of', () => {
      const message = callFailure(() => rfmScoreCall(['2026-09-01', 10, 500_000, null, null, null, '2026-02-30'], EN));
      expect(message).toContain('as_of');
      expect(message).toContain('2026-02-30');
    });
  });

  describe('band tables', () => {
    it('a custom two-column table scores like VLOOKUP(value, table, 2, TRUE)', () => {
      const rTable = [[0, 5], [8, 4], [15, 3], [31, 2], [61, 1]];
      // 7 -> row "0" 5; 8 -> 4; 30 -> row "15" 3; 60 -> row "31" 2; 61 -> 1
      const grid = rfmScoreCall([column(7, 8, 30, 60, 61), 10, 500_000, rTable, null, null, null, 'r'], EN);
      expect(cellsOf(grid)).toEqual([5, 4, 3, 2, 1]);
    });

    it('preset names: "five" scores 1-5 (R 45 days -> 4, F 6 -> 4, M 350,000 -> 4: 444)', () => {
      expect(rfmScoreCall([45, 6, 350_000, 'five', 'five', 'five'], EN)).toEqual([[444]]);
    });

    it('preset names: "manufacturing" scores 5 or 1 (R 180 -> 5, F 2 -> 1, M 500,000 -> 5: 515)', () => {
      expect(rfmScoreCall([180, 2, 500_000, 'manufacturing', 'manufacturing', 'manufacturing'], EN)).toEqual([[515]]);
    });

    it('quintile recency is reversed: 1..10 days score 5,5,4,4,3,3,2,2,1,1', () => {
      // type-7 breaks of 1..10: 2.8, 4.6, 6.4, 8.2; fewer days score higher
      const days = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      expect(cellsOf(rfmScoreCall([days, 10, 500_000, 'quintile', null, null, null, 'r'], EN))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    });

    it('quintile monetary keeps ties in one band: 10 x4, 20..70 score 1,1,1,1,3,3,4,4,5,5', () => {
      // breaks 10, 16, 34, 52 (quintiles.test.ts)
      const m = column(10, 10, 10, 10, 20, 30, 40, 50, 60, 70);
      expect(cellsOf(rfmScoreCall([30, 10, m, null, null, 'quintile', null, 'm'], EN))).toEqual([1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
    });

    it('quintile breaks come from the valid rows only: blank and bad rows are left out', () => {
      // the valid frequencies are 1..10 again, so the scores are those of 1..10: 1,1,2,2,3,3,4,4,5,5
      const f = column(1, 2, null, 3, 4, 'x', 5, 6, 7, 8, 9, 10);
      const r = column(30, 30, null, 30, 30, 30, 30, 30, 30, 30, 30, 30);
      const m = column(1, 1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1);
      const cells = cellsOf(rfmScoreCall([r, f, m, null, 'quintile', null, null, 'f'], EN));
      expect(cells[2]).toBe('');
      expectCellError(cells[5], 'value', 'frequency', "'x'");
      expect(cells.filter((c) => typeof c === 'number')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    });

    it('a broken table fails the call, naming the table argument', () => {
      const message = callFailure(() => rfmScoreCall([30, 10, 500_000, null, [[0, 1], [10, 3], [5, 5]]], EN));
      expect(message).toContain('f_table');
    });
  });

  it('an unknown output fails the call, naming the argument and the choices', () => {
    const message = callFailure(() => rfmScoreCall([30, 10, 500_000, null, null, null, null, 'total'], EN));
    expect(message).toContain('output');
    expect(message).toContain('total');
    expect(message).toContain('sum');
  });
});

describe('RFM_SEGMENT', () => {
  // value8: High is a score >= 3. SPEC's table, en labels; scores 3 (H) and 2 (L) sit on the edge.
  it.each([
    [3, 3, 3, 'Important value'],
    [3, 2, 3, 'Important development'],
    [2, 3, 3, 'Important retention'],
    [2, 2, 3, 'Important win-back'],
    [3, 3, 2, 'General value'],
    [3, 2, 2, 'General development'],
    [2, 3, 2, 'General retention'],
    [2, 2, 2, 'General win-back'],
  ])('value8 (the default scheme): R %i, F %i, M %i is %s', (r, f, m, en) => {
    expect(rfmSegmentCall([r, f, m], EN)).toEqual([[en]]);
  });

  it('SPEC example: RFM_SEGMENT(5, 1, 5) is Important development', () => {
    expect(rfmSegmentCall([[[5]], [[1]], [[5]]], EN)).toEqual([['Important development']]);
  });

  it('columns of scores give a column of labels, blank rows blank, a partial row #N/A naming the blank score', () => {
    const cells = cellsOf(rfmSegmentCall([column(5, null, 5), column(5, null, ''), column(5, null, 1)], EN));
    expect(cells[0]).toBe('Important value');
    expect(cells[1]).toBe('');
    expectCellError(cells[2], 'na', 'f');
  });

  it('a single customer with F left blank is #N/A naming f (not read as a 3-digit code)', () => {
    expectCellError(cellsOf(rfmSegmentCall([5, '', 5], EN))[0], 'na', 'f');
    expectCellError(cellsOf(rfmSegmentCall([5, 5, null], EN))[0], 'na', 'm');
  });

  it.each([
    ['6', 6, '6'], ['0', 0, '0'], ['2.5', 2.5, '2.5'], ["'high'", 'high', 'high'],
  ])('a score of %s is that row\'s #VALUE!, naming the argument and the value', (_name, bad, shown) => {
    const cells = cellsOf(rfmSegmentCall([column(5, 5), column(bad, 5), column(5, 5)], EN));
    expectCellError(cells[0], 'value', 'f', shown);
    expect(cells[1]).toBe('Important value');
  });

  describe('r alone holding a 3-digit code', () => {
    it('reads numbers and text codes, blank stays blank, a bad code is that row\'s error', () => {
      // 535: R5 F3 M5 -> H,H,H; 111 -> L,L,L; '325' -> H,L,H
      const cells = cellsOf(rfmSegmentCall([column(535, 111, '325', null, 'abc', 536, 5)], EN));
      expect(cells.slice(0, 4)).toEqual(['Important value', 'General win-back', 'Important development', '']);
      expectCellError(cells[4], 'value', 'r', 'abc');
      expectCellError(cells[5], 'value', 'r', '536');
      expectCellError(cells[6], 'value', 'r', '5');
    });

    it.each([
      ['Excel null', null],
      ['Sheets undefined', undefined],
      ["Sheets ''", ''],
    ])('f and m omitted as %s', (_host, blank) => {
      expect(rfmSegmentCall([535, blank, blank], EN)).toEqual([['Important value']]);
    });

    it('SPEC example: RFM_SEGMENT(535, , , "five", "zh-CN") is 高价值客户', () => {
      // levels 2,1,2: High value (2,2,2) at 1 ties Potential (2,1,1) at 1; the earlier, High value, wins
      expect(rfmSegmentCall([[[535]], null, null, 'five', 'zh-CN'], EN)).toEqual([['高价值客户']]);
    });
  });

  describe('schemes', () => {
    it.each([
      ['five: 5,3,3 is Potential', 'five', 5, 3, 3, 'Potential'],
      ['five: 1,3,3 is Churn risk', 'five', 1, 3, 3, 'Churn risk'],
      // levels 1,1,1: Potential and Churn risk tie at 1, Potential is earlier
      ['five: 3,3,3 is Potential (tie to the earlier class)', 'five', 3, 3, 3, 'Potential'],
      ['rfm11: 5,5,1 is Champions', 'rfm11', 5, 5, 1, 'Champions'],
      ['rfm11: 1,1,5 is Lost', 'rfm11', 1, 1, 5, 'Lost'],
      ['rfm11: 2,5,5 is Can\'t lose them', 'rfm11', 2, 5, 5, "Can't lose them"],
      ['value8 by name', 'value8', 5, 1, 5, 'Important development'],
      ['scheme names are case-insensitive', 'FIVE', 5, 1, 1, 'New'],
    ])('%s', (_rule, scheme, r, f, m, en) => {
      expect(rfmSegmentCall([r, f, m, scheme], EN)).toEqual([[en]]);
    });

    it.each([[null], [undefined], ['']])('an omitted scheme (%j) is value8', (blank) => {
      expect(rfmSegmentCall([5, 1, 5, blank], EN)).toEqual([['Important development']]);
    });

    it('an unknown scheme fails the call, naming it', () => {
      const message = callFailure(() => rfmSegmentCall([5, 1, 5, 'value9'], EN));
      expect(message).toContain('scheme');
      expect(message).toContain('value9');
    });
  });

  describe('lang', () => {
    it.each([
      ['zh-CN pins Simplified Chinese', 'zh-CN', EN, '重要发展客户'],
      ['zh-TW pins Traditional Chinese', 'zh-TW', EN, '重要發展客戶'],
      ['en pins English on a Chinese host', 'en', ZH_CN, 'Important development'],
      ['a one-cell range works', [['zh-CN']], EN, '重要发展客户'],
      ['blank means the host\'s language (zh-CN)', '', ZH_CN, '重要发展客户'],
      ['omitted means the host\'s language (en)', undefined, EN, 'Important development'],
    ])('%s', (_rule, lang, ctx, label) => {
      expect(rfmSegmentCall([5, 1, 5, null, lang], ctx)).toEqual([[label]]);
    });

    it('SPEC zh-CN labels for the value8 table come through the call', () => {
      const r = column(5, 5, 1, 1, 5, 5, 1, 1);
      const f = column(5, 1, 5, 1, 5, 1, 5, 1);
      const m = column(5, 5, 5, 5, 1, 1, 1, 1);
      expect(cellsOf(rfmSegmentCall([r, f, m, 'value8', 'zh-CN'], EN))).toEqual([
        '重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户',
        '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户',
      ]);
    });

    it('row errors follow the lang argument', () => {
      const [cell] = cellsOf(rfmSegmentCall([5, 9, 5, null, 'zh-CN'], EN));
      expect(hasCjk(expectCellError(cell, 'value', 'f', '9').message)).toBe(true);
    });

    it('an unknown lang fails the call, naming the value', () => {
      const message = callFailure(() => rfmSegmentCall([5, 1, 5, null, 'fr'], EN));
      expect(message).toContain('lang');
      expect(message).toContain('fr');
    });
  });
});
