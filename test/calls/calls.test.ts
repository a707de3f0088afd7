// POTENTIAL_INDEX, BREAKTHROUGH_SCORE, CLV, CHURN_RISK, COMPOSITE_GRADE, ABC_CLASS and NEXT_ORDER_DATE over
// host cells (SPEC.md): scalars or columns, blank in blank out, per-row errors, whole-call errors, options.
// RFM_SCORE and RFM_SEGMENT in depth are in rfm.test.ts; the edge cases of every call follow at the end.
import { describe, expect, it } from 'vitest';
import { abcClassCall } from '../../src/calls/abc-class';
import { breakthroughScoreCall } from '../../src/calls/breakthrough-score';
import { churnRiskCall } from '../../src/calls/churn-risk';
import { clvCall } from '../../src/calls/clv';
import { compositeGradeCall } from '../../src/calls/composite-grade';
import { nextOrderDateCall } from '../../src/calls/next-order-date';
import { potentialIndexCall } from '../../src/calls/potential-index';
import { rfmScoreCall } from '../../src/calls/rfm-score';
import { rfmSegmentCall } from '../../src/calls/rfm-segment';
import { CellError } from '../../src/cells/cell-error';
import { SerialDate, type OutGrid } from '../../src/cells/output';
import {
  EN, ZH_CN, ZH_TW, callFailure, cellsOf, column, expectCellError, hasCjk,
} from '../support/call-cells';

/** The one number of a one-cell result. */
function only(grid: unknown[][]): number {
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  expect(typeof grid[0][0]).toBe('number');
  return grid[0][0] as number;
}

describe('POTENTIAL_INDEX', () => {
  it.each([
    // 100 x 0.875 x 0.8 x 0.825 = 57.75 (seed 000's worked example)
    ['seed 000 as fractions: (0.875, 0.8, 0.825) is 57.75', [0.875, 0.8, 0.825]],
    ['seed 000 as percent text: ("87.5%", "80%", "82.5%") is 57.75', ['87.5%', '80%', '82.5%']],
    ['seed 000 as 1x1 ranges', [[[0.875]], [[0.8]], [[0.825]]]],
  ])('%s', (_rule, args) => expect(only(potentialIndexCall(args, EN))).toBeCloseTo(57.75, 9));

  it('SPEC: a ratio of 87.5 is an error, never rescaled: "penetration: 87.5 is above 1, write 87.5% or 0.875"', () => {
    const [cell] = cellsOf(potentialIndexCall([0.875, 87.5, 0.825], EN));
    expect(expectCellError(cell, 'value').message).toBe('penetration: 87.5 is above 1, write 87.5% or 0.875');
  });

  it('a column: good rows graded, a blank row blank, a partial row #N/A naming the blank argument', () => {
    const cells = cellsOf(potentialIndexCall([column(0.875, null, '', 1), column(0.8, '', 0.8, 1), column(0.825, undefined, 0.825, 1)], EN));
    expect(cells[0]).toBeCloseTo(57.75, 9);
    expect(cells[1]).toBe('');
    expectCellError(cells[2], 'na', 'budget_match');
    // 100 x 1 x 1 x 1
    expect(cells[3]).toBeCloseTo(100, 9);
  });

  it('a bad row does not poison the column', () => {
    const cells = cellsOf(potentialIndexCall([column(0.875, 'high'), column(0.8, 0.8), column(0.825, 0.825)], EN));
    expect(cells[0]).toBeCloseTo(57.75, 9);
    expectCellError(cells[1], 'value', 'budget_match', 'high');
  });

  it('a negative ratio is that row\'s error', () => {
    expectCellError(cellsOf(potentialIndexCall([0.875, 0.8, -0.1], EN))[0], 'value', 'synergy', '-0.1');
  });

  it('misaligned ranges fail the call, naming both sizes', () => {
    const message = callFailure(() => potentialIndexCall([column(1, 1, 1), column(1, 1), 1], EN));
    expect(message).toBe('Ranges do not line up: budget_match has 3 rows, penetration has 2 rows');
  });

  it('the above-1 message exists in zh-CN', () => {
    const [cell] = cellsOf(potentialIndexCall([0.875, 87.5, 0.825], ZH_CN));
    expect(hasCjk(expectCellError(cell, 'value', 'penetration', '87.5%', '0.875').message)).toBe(true);
  });
});

describe('BREAKTHROUGH_SCORE', () => {
  it.each([
    // 100 x 0.8 x 0.9 = 72
    ['(0.8, 0.9) is 72', [0.8, 0.9], 72],
    ['(80%, 90%) as text is 72', ['80%', '90%'], 72],
    // 100 x 0.5 x 0.5 = 25
    ['(0.5, 0.5) is 25', [[[0.5]], [[0.5]]], 25],
  ])('%s', (_rule, args, points) => expect(only(breakthroughScoreCall(args, EN))).toBeCloseTo(points, 9));

  it('a ratio above 1 is that row\'s error', () => {
    expectCellError(cellsOf(breakthroughScoreCall([80, 0.9], EN))[0], 'value', 'penetration', '80', '80%', '0.8');
  });
});

describe('CLV', () => {
  it.each([
    // 2,000,000 x 3 - (300,000 + 200,000) = 5,500,000 (margin 1, rate 0)
    ['margin and rate omitted: 5,500,000', [2_000_000, 3, 300_000, 200_000], 5_500_000],
    ['margin and rate null (Excel)', [2_000_000, 3, 300_000, 200_000, null, null], 5_500_000],
    ['margin and rate undefined (Sheets)', [2_000_000, 3, 300_000, 200_000, undefined, undefined], 5_500_000],
    ["margin and rate '' (Sheets, skipped)", [2_000_000, 3, 300_000, 200_000, '', ''], 5_500_000],
    // 2,000,000 x 0.25 x 3 - 500,000 = 1,000,000
    ['margin "25%": 1,000,000', [2_000_000, 3, 300_000, 200_000, '25%'], 1_000_000],
    ['margin 0.25: 1,000,000', [2_000_000, 3, 300_000, 200_000, 0.25], 1_000_000],
    // 1000/1.1 + 1000/1.21 = 909.0909 + 826.4463 = 1735.5372
    ['rate "10%" over 2 years: 1000/1.1 + 1000/1.21', [1000, 2, 0, 0, 1, '10%'], 1000 / 1.1 + 1000 / 1.21],
    // margin blank, rate 10%: the margin still defaults to 1
    ['rate given, margin blank: margin 1', [1000, 2, 0, 0, '', 0.1], 1000 / 1.1 + 1000 / 1.21],
  ])('%s', (_rule, args, clv) => expect(only(clvCall(args, EN))).toBeCloseTo(clv, 6));

  it('a margin of 25 is an error suggesting 25% or 0.25', () => {
    const [cell] = cellsOf(clvCall([2_000_000, 3, 300_000, 200_000, 25], EN));
    expect(expectCellError(cell, 'value').message).toBe('margin: 25 is above 1, write 25% or 0.25');
  });

  it.each([
    ['a negative revenue', [-1, 3, 0, 0], 'annual_revenue', '-1'],
    ['negative years', [1000, -2, 0, 0], 'years', '-2'],
    ['a negative cost', [1000, 2, -5, 0], 'acquisition_cost', '-5'],
    ['text revenue', ['lots', 2, 0, 0], 'annual_revenue', 'lots'],
    ['a discount rate of 8 (not 8%)', [1000, 2, 0, 0, 1, 8], 'discount_rate', '8'],
  ])('%s is that row\'s #VALUE!, naming the argument and the value', (_rule, args, name, shown) => {
    expectCellError(cellsOf(clvCall(args, EN))[0], 'value', name, shown);
  });

  it('blank rows stay blank even with a single margin cell repeated; a partial row is #N/A naming the blank', () => {
    // row 1: 1000 x 0.5 x 2 - 0 = 1000
    const cells = cellsOf(clvCall([column(1000, null, 1000), column(2, null, ''), column(0, null, 0), column(0, null, 0), 0.5], EN));
    expect(cells[0]).toBeCloseTo(1000, 9);
    expect(cells[1]).toBe('');
    expectCellError(cells[2], 'na', 'years');
  });
});

describe('CHURN_RISK', () => {
  // Hand STDEV.S (churn.test.ts): counts 4,6,5,7,3,5 -> sqrt 2 = 1.41421356; scores 8,8,7,9,8,8 -> sqrt 0.4 =
  // 0.63245553.
  const COUNTS = [4, 6, 5, 7, 3, 5];
  const SCORES = [8, 8, 7, 9, 8, 8];

  it.each([
    // sqrt 2 + sqrt 0.4 = 2.04666909
    ['defaults (m = n = 1, sd): 2.046669', [[COUNTS], [SCORES]], Math.SQRT2 + Math.sqrt(0.4)],
    ['a single row may come flat (Sheets)', [COUNTS, SCORES], Math.SQRT2 + Math.sqrt(0.4)],
    ["m, n and mode '' or null are the defaults", [[COUNTS], [SCORES], '', null, ''], Math.SQRT2 + Math.sqrt(0.4)],
    // 2 x 1.41421356 + 3 x 0.63245553 = 4.72579372
    ['m = 2, n = 3: 4.725794', [[COUNTS], [SCORES], 2, 3], 4.72579372085],
    // 1.41421356 / 5 + 0.63245553 / 8 = 0.28284271 + 0.07905694 = 0.36189965
    ['mode "cv": sqrt 2 / 5 + sqrt 0.4 / 8 = 0.361900', [[COUNTS], [SCORES], null, null, 'cv'], 0.36189965397],
    ['mode "CV" is the same', [[COUNTS], [SCORES], 1, 1, 'CV'], 0.36189965397],
  ])('%s', (_rule, args, risk) => expect(only(churnRiskCall(args, EN))).toBeCloseTo(risk, 9));

  it('one row per customer: a column of results, blank rows blank, a partial row #N/A naming the blank series', () => {
    // row 2: 1..6 has mean 3.5, squares 6.25+2.25+0.25+0.25+2.25+6.25 = 17.5, / 5 = 3.5; steady 7s add 0
    const interactions = [COUNTS, [null, null, null, null, null, null], [1, 2, 3, 4, 5, 6], [2, 4, 2, 4, 2, 4]];
    const satisfaction = [SCORES, ['', '', '', '', '', ''], [7, 7, 7, 7, 7, 7], [null, '', null, '', null, '']];
    const cells = cellsOf(churnRiskCall([interactions, satisfaction], EN));
    expect(cells[0]).toBeCloseTo(Math.SQRT2 + Math.sqrt(0.4), 9);
    expect(cells[1]).toBe('');
    expect(cells[2]).toBeCloseTo(Math.sqrt(3.5), 9);
    expectCellError(cells[3], 'na', 'satisfaction');
  });

  it('needs at least 2 periods: one filled period is that row\'s error', () => {
    expectCellError(cellsOf(churnRiskCall([[[5, null, '']], [[8, 9, 7]]], EN))[0], 'value', 'interactions', '1');
  });

  it('"cv" with a zero mean is that row\'s error, naming the series', () => {
    expectCellError(cellsOf(churnRiskCall([[[0, 0, 0]], [[8, 9, 7]], null, null, 'cv'], EN))[0], 'value', 'interactions');
  });

  it('a bad cell is that row\'s error, naming the argument and the value', () => {
    const cells = cellsOf(churnRiskCall([[COUNTS, [1, 'x', 3]], [SCORES, [7, 8, 9]]], EN));
    expect(cells[0]).toBeCloseTo(Math.SQRT2 + Math.sqrt(0.4), 9);
    expectCellError(cells[1], 'value', 'interactions', 'x');
  });

  it('rows that do not line up fail the call, naming both sizes', () => {
    const message = callFailure(() => churnRiskCall([[COUNTS, COUNTS, COUNTS], [SCORES, SCORES]], EN));
    expect(message).toBe('Ranges do not line up: interactions has 3 rows, satisfaction has 2 rows');
  });

  it('an unknown mode fails the call, naming it', () => {
    const message = callFailure(() => churnRiskCall([[COUNTS], [SCORES], null, null, 'variance'], EN));
    expect(message).toContain('mode');
    expect(message).toContain('variance');
  });

  it('a bad m fails the call, naming it', () => {
    expect(callFailure(() => churnRiskCall([[COUNTS], [SCORES], 'two'], EN))).toContain('m');
  });
});

describe('COMPOSITE_GRADE', () => {
  const ABCD = [['A', 'B', 'C', 'D']];
  // Four equal dimension scores of x score x under any weights.
  const at = (x: number) => [x, x, x, x];

  it('SPEC/README: 90,80,70,60 scores 0.4x90 + 0.3x80 + 0.2x70 + 0.1x60 = 80, Core', () => {
    expect(compositeGradeCall([[[90, 80, 70, 60]]], EN)).toEqual([['Core']]);
    expect(only(compositeGradeCall([[[90, 80, 70, 60]], null, null, null, 'score'], EN))).toBeCloseTo(80, 9);
  });

  it('README: 95,90,90,80 with labels A/B/C/D scores 38 + 27 + 18 + 8 = 91, A', () => {
    expect(compositeGradeCall([[[95, 90, 90, 80]], null, null, ABCD], EN)).toEqual([['A']]);
  });

  it('cutoffs at 90, 89.99, 70, 69.99, 50, 49.99: Strategic, Core, Core, Potential, Potential, Basic', () => {
    const scores = [at(90), at(89.99), at(70), at(69.99), at(50), at(49.99)];
    expect(cellsOf(compositeGradeCall([scores], EN))).toEqual(['Strategic', 'Core', 'Core', 'Potential', 'Potential', 'Basic']);
  });

  it('seed 001/004\'s A/B/C/D grading is the same function: A, B, B, C, C, D at the same edges', () => {
    const scores = [at(90), at(89.99), at(70), at(69.99), at(50), at(49.99)];
    expect(cellsOf(compositeGradeCall([scores, null, null, ABCD], EN))).toEqual(['A', 'B', 'B', 'C', 'C', 'D']);
  });

  it('a mixed row worth exactly 90 is Strategic: 0.4x100 + 0.3x90 + 0.2x80 + 0.1x70 = 40 + 27 + 16 + 7 = 90', () => {
    expect(compositeGradeCall([[[100, 90, 80, 70]]], EN)).toEqual([['Strategic']]);
  });

  it('a row worth exactly 50 under weights 0.1/0.2/0.3/0.4 is Potential: 9.5 + 13.4 + 14.7 + 12.4 = 50', () => {
    expect(compositeGradeCall([[[95, 67, 49, 31]], [[0.1, 0.2, 0.3, 0.4]]], EN)).toEqual([['Potential']]);
  });

  it('weights summing to 100 give the same score as weights summing to 1', () => {
    const rows = [[90, 80, 70, 60], [95, 90, 90, 80], [100, 90, 80, 70], [12.5, 77, 3, 99]];
    const one = cellsOf(compositeGradeCall([rows, [[0.4, 0.3, 0.2, 0.1]], null, null, 'score'], EN));
    const hundred = cellsOf(compositeGradeCall([rows, [[40], [30], [20], [10]], null, null, 'score'], EN));
    // 80; 91; 90; 0.4x12.5 + 0.3x77 + 0.2x3 + 0.1x99 = 5 + 23.1 + 0.6 + 9.9 = 38.6
    [80, 91, 90, 38.6].forEach((s, i) => {
      expect(one[i]).toBeCloseTo(s, 9);
      expect(hundred[i]).toBeCloseTo(s, 9);
    });
    expect(cellsOf(compositeGradeCall([rows, [[40, 30, 20, 10]]], EN))).toEqual(['Core', 'Strategic', 'Strategic', 'Basic']);
  });

  it('custom cutoffs and labels: 80 / 60 with three labels', () => {
    const grid = compositeGradeCall([[at(80), at(79.99), at(60), at(59.99)], null, [[80, 60]], [['Gold', 'Silver', 'Bronze']]], EN);
    expect(cellsOf(grid)).toEqual(['Gold', 'Silver', 'Silver', 'Bronze']);
  });

  it.each([
    ['Excel null', null],
    ['Sheets undefined', undefined],
    ["Sheets ''", ''],
  ])('omitted weights, cutoffs, labels and output (%s) are the defaults', (_host, blank) => {
    expect(compositeGradeCall([[[90, 80, 70, 60]], blank, blank, blank, blank, blank], EN)).toEqual([['Core']]);
  });

  describe('row by row', () => {
    it('a blank row is blank, a partial row #N/A naming scores, a score above 100 that row\'s #VALUE!', () => {
      const cells = cellsOf(compositeGradeCall([[[90, 80, 70, 60], [null, '', null, undefined], [90, null, 70, 60], [101, 80, 70, 60], ['x', 80, 70, 60]]], EN));
      expect(cells[0]).toBe('Core');
      expect(cells[1]).toBe('');
      expectCellError(cells[2], 'na', 'scores');
      expectCellError(cells[3], 'value', 'scores', '101');
      expectCellError(cells[4], 'value', 'scores', 'x');
    });

    it('number text in a row is read as numbers', () => {
      expect(compositeGradeCall([[['90', '80', '70', '60']]], EN)).toEqual([['Core']]);
    });
  });

  describe('bad weights, cutoffs or labels fail the whole call', () => {
    it('a negative weight', () => {
      const message = callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], [[0.5, 0.4, 0.2, -0.1]]], EN));
      expect(message).toContain('weights');
      expect(message).toContain('-0.1');
    });

    it('weights that are all zero', () => {
      expect(callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], [[0, 0, 0, 0]]], EN))).toContain('weights');
    });

    it('a weight that is not a number', () => {
      const message = callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], [[0.4, 'big', 0.2, 0.1]]], EN));
      expect(message).toContain('weights');
      expect(message).toContain('big');
    });

    it('fewer weights than dimension columns', () => {
      expect(callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], [[0.5, 0.5]]], EN))).toContain('scores');
    });

    it.each([
      ['out of order (90, 50, 70)', [[90, 50, 70]], '70'],
      ['ascending (50, 70, 90)', [[50, 70, 90]], '70'],
      ['repeated (90, 90, 50)', [[90, 90, 50]], '90'],
    ])('cutoffs %s', (_rule, cutoffs, shown) => {
      const message = callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], null, cutoffs], EN));
      expect(message).toContain('cutoffs');
      expect(message).toContain(shown);
    });

    it.each([
      ['three labels for four grades', [['A', 'B', 'C']], '3'],
      ['five labels for four grades', [['A', 'B', 'C', 'D', 'E']], '5'],
    ])('%s', (_rule, labels, got) => {
      const message = callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], null, null, labels], EN));
      expect(message).toContain('labels');
      expect(message).toContain('4');
      expect(message).toContain(got);
    });

    it('an unknown output', () => {
      expect(callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], null, null, null, 'letter'], EN))).toContain('output');
    });

    it('the zero-weights message exists in zh-CN when lang pins it', () => {
      const message = callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], [[0, 0, 0, 0]], null, null, null, 'zh-CN'], EN));
      expect(message).toContain('weights');
      expect(hasCjk(message)).toBe(true);
    });
  });

  describe('lang', () => {
    it('zh-CN labels from SPEC: 战略级 / 核心级 / 潜力级 / 基础级', () => {
      const scores = [at(95), at(80), at(60), at(10)];
      expect(cellsOf(compositeGradeCall([scores, null, null, null, null, 'zh-CN'], EN))).toEqual(['战略级', '核心级', '潜力级', '基础级']);
    });

    it('the host\'s language when lang is omitted', () => {
      expect(compositeGradeCall([[[90, 80, 70, 60]]], ZH_CN)).toEqual([['核心级']]);
    });

    it('lang "en" pins English on a Chinese host', () => {
      expect(compositeGradeCall([[[90, 80, 70, 60]], null, null, null, null, 'en'], ZH_TW)).toEqual([['Core']]);
    });

    it('zh-TW labels are Traditional Chinese (核心級)', () => {
      expect(compositeGradeCall([[[90, 80, 70, 60]], null, null, null, null, 'zh-TW'], EN)).toEqual([['核心級']]);
    });

    it('custom labels are used as given whatever the language', () => {
      expect(compositeGradeCall([[[95, 90, 90, 80]], null, null, ABCD, null, 'zh-CN'], EN)).toEqual([['A']]);
    });

    it('an unknown lang fails the call', () => {
      expect(callFailure(() => compositeGradeCall([[[90, 80, 70, 60]], null, null, null, null, 'de'], EN))).toContain('de');
    });
  });
});

describe('ABC_CLASS', () => {
  it('README: 50, 30, 10, 5, 5 is A, A, B, B, C (running totals 0, 50, 80, 90, 95 of 100)', () => {
    expect(cellsOf(abcClassCall([column(50, 30, 10, 5, 5)], EN))).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it.each([
    ['as percent text', '70%', '90%'],
    ['as fractions', 0.7, 0.9],
  ])('README: shares 70%% / 90%% (%s) make it A, A, B, C, C', (_form, a, b) => {
    // running totals 0, 50 < 70 -> A, A; 80 < 90 -> B; 90 reached -> C, C
    expect(cellsOf(abcClassCall([column(50, 30, 10, 5, 5), a, b], EN))).toEqual(['A', 'A', 'B', 'C', 'C']);
  });

  it.each([[null], [undefined], ['']])('omitted shares (%j) are 80%% and 95%%', (blank) => {
    expect(cellsOf(abcClassCall([column(50, 30, 10, 5, 5), blank, blank], EN))).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('values <= 0 are C and not counted; blank rows stay blank; bad rows get their error and do not count', () => {
    // the counted values are 50, 30, 10, 5, 5 (total 100), as above
    const cells = cellsOf(abcClassCall([column(50, null, -20, 30, 'abc', 10, 0, 5, 5)], EN));
    expect(cells[0]).toBe('A');
    expect(cells[1]).toBe('');
    expect(cells[2]).toBe('C');
    expect(cells[3]).toBe('A');
    expectCellError(cells[4], 'value', 'values', 'abc');
    expect(cells.slice(5)).toEqual(['B', 'C', 'B', 'C']);
  });

  it('ties keep list order: 10, 10, 10, 10, 10 is A, A, A, A, B', () => {
    // total 50, A until 40: running 0, 10, 20, 30 -> A; 40 -> B (< 47.5)
    expect(cellsOf(abcClassCall([column(10, 10, 10, 10, 10)], EN))).toEqual(['A', 'A', 'A', 'A', 'B']);
  });

  it('amounts whose top set is exactly 80%: 2.9, 1.9, 1.2 is A, A, B', () => {
    // total 6.0; 2.9 + 1.9 = 4.8 = 80% of 6.0 reaches the share, so 1.2 is not needed for A;
    // running 4.8 < 95% of 6.0 = 5.7 -> B
    expect(cellsOf(abcClassCall([column(2.9, 1.9, 1.2)], EN))).toEqual(['A', 'A', 'B']);
  });

  it('b_share below a_share fails the call', () => {
    expect(callFailure(() => abcClassCall([column(50, 30), 0.9, 0.8], EN))).toContain('b_share');
  });

  it('a share of 80 (not 80%) fails the call, suggesting 80% or 0.8', () => {
    const message = callFailure(() => abcClassCall([column(50, 30), 80], EN));
    expect(message).toBe('a_share: 80 is above 1, write 80% or 0.8');
  });
});

describe('NEXT_ORDER_DATE', () => {
  // 2026-01-01 is 46023, 2026-01-31 is 46053, 2026-03-12 is 46023 + 31 + 28 + 11 = 46093.
  const SEED_ROW = ['2026-01-01', '2026-01-31', '2026-03-12'];
  // 2026-01-01, -01-11, -01-31, -03-02 are 46023, 46033, 46053, 46083: intervals 10, 20, 30.
  const EVEN_ROW = ['2026-01-01', '2026-01-11', '2026-01-31', '2026-03-02'];

  const serialOf = (cell: unknown): number => {
    expect(cell).toBeInstanceOf(SerialDate);
    return (cell as SerialDate).serial;
  };

  it('README: intervals 30 and 40, mean 35: 46093 + 35 = 46128 (2026-04-16), a date result', () => {
    const [cell] = cellsOf(nextOrderDateCall([[SEED_ROW]], EN));
    expect(serialOf(cell)).toBe(46128);
  });

  it.each([
    // mean 20 -> 46083 + 20 = 46103 (2026-03-22); sd of 10, 20, 30 = sqrt(200 / 2) = 10
    ['date: last + mean interval = 46103', 'date', 46103],
    ['window_start: 46103 - 10 = 46093', 'window_start', 46093],
    ['window_end: 46103 + 10 = 46113', 'window_end', 46113],
  ])('%s', (_rule, output, serial) => {
    expect(serialOf(cellsOf(nextOrderDateCall([[EVEN_ROW], output], EN))[0])).toBe(serial);
  });

  it('volatility is sd / mean of the intervals: 10 / 20 = 0.5', () => {
    expect(only(nextOrderDateCall([[EVEN_ROW], 'volatility'], EN))).toBeCloseTo(0.5, 12);
  });

  it('README: the seed row\'s volatility is sqrt 50 / 35 = 7.0711 / 35 = 0.20203', () => {
    expect(only(nextOrderDateCall([[SEED_ROW], 'volatility'], EN))).toBeCloseTo(Math.sqrt(50) / 35, 12);
  });

  it('the window is rounded to whole days: 46128 -/+ 7.07 is 46121 and 46135', () => {
    expect(serialOf(cellsOf(nextOrderDateCall([[SEED_ROW], 'window_start'], EN))[0])).toBe(46121);
    expect(serialOf(cellsOf(nextOrderDateCall([[SEED_ROW], 'window_end'], EN))[0])).toBe(46135);
  });

  it('takes Excel serials, Sheets Dates and dates in any order', () => {
    expect(serialOf(cellsOf(nextOrderDateCall([[[46093, 46023, 46053]]], EN))[0])).toBe(46128);
    const dates = [new Date(2026, 0, 1), new Date(2026, 0, 31), new Date(2026, 2, 12)];
    expect(serialOf(cellsOf(nextOrderDateCall([[dates]], EN))[0])).toBe(46128);
  });

  it('one row per customer; a blank row is blank; fewer than 3 dates is that row\'s error', () => {
    const cells = cellsOf(nextOrderDateCall([[SEED_ROW, [null, '', undefined], ['2026-01-01', '2026-02-01', null]]], EN));
    expect(serialOf(cells[0])).toBe(46128);
    expect(cells[1]).toBe('');
    expectCellError(cells[2], 'value', 'order_dates', '2');
  });

  it('an impossible date is that row\'s error, naming it', () => {
    expectCellError(cellsOf(nextOrderDateCall([[['2026-01-01', '2026-02-30', '2026-03-12']]], EN))[0], 'value', 'order_dates', '2026-02-30');
  });

  it('volatility of orders all on one day is an error, not NaN', () => {
    expectCellError(cellsOf(nextOrderDateCall([[['2026-01-01', '2026-01-01', '2026-01-01']], 'volatility'], EN))[0], 'value', 'order_dates');
  });

  it('an unknown output fails the call', () => {
    const message = callFailure(() => nextOrderDateCall([[SEED_ROW], 'tomorrow'], EN));
    expect(message).toContain('output');
    expect(message).toContain('tomorrow');
  });

  it('the too-few-dates message exists in zh-TW', () => {
    const [cell] = cellsOf(nextOrderDateCall([[['2026-01-01', '2026-02-01']]], ZH_TW));
    expect(hasCjk(expectCellError(cell, 'value', 'order_dates').message)).toBe(true);
  });
});

// Edge cases of every call, messages in full.
const en = { lang: 'en' as const };
const shown = (grid: OutGrid) => grid.map(([c]) => (c instanceof CellError ? `${c.code}: ${c.message}` : c));
const failure = callFailure;

describe('RFM_SCORE', () => {
  it('counts days from as_of to each last purchase; a purchase after as_of is that row\'s error', () => {
    // as_of 2026-11-01: 2026-10-02 is 30 days (R 5), 2026-08-03 is 90 days (R 3), 2026-11-05 is in the future
    const grid = rfmScoreCall([[['2026-10-02'], ['2026-08-03'], ['2026-11-05']], [[0], [0], [0]], [[0], [0], [0]],
      null, null, null, '2026-11-01', 'r'], en);
    expect(shown(grid)).toEqual([5, 3, 'value: recency: last purchase 2026-11-05 is after as_of 2026-11-01']);
  });
  it('scores quintiles within the list', () => {
    // monetary 100..1000: breaks 280, 460, 640, 820 -> scores 1,1,2,2,3,3,4,4,5,5
    const m = Array.from({ length: 10 }, (_, i) => [(i + 1) * 100]);
    const grid = rfmScoreCall([[[1]], [[1]], m, null, null, 'quintile', null, 'm'], en);
    expect(shown(grid)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('leaves blank and bad rows out of the quintile breaks', () => {
    // the valid values are still 100..1000, so the scores match the test above
    const m: unknown[][] = Array.from({ length: 10 }, (_, i) => [(i + 1) * 100]);
    m.splice(3, 0, ['oops']);
    const grid = rfmScoreCall([[[1]], [[1]], m, null, null, 'quintile', null, 'm'], en);
    expect(shown(grid)).toEqual([1, 1, 2, "value: monetary: 'oops' is not a number", 2, 3, 3, 4, 4, 5, 5]);
  });
  it('names a value below the first band', () => {
    expect(shown(rfmScoreCall([[[1]], [[1]], [[-50]]], en))).toEqual(["value: monetary: -50 is below the band table's first 'from' (0)"]);
  });
  it('refuses an unknown output and a multi-column argument for the whole call', () => {
    expect(failure(() => rfmScoreCall([1, 1, 1, null, null, null, null, 'total'], en)))
      .toBe("output: 'total' is not one of code, r, f, m, sum");
    expect(failure(() => rfmScoreCall([[[1, 2]], 1, 1], en))).toBe('recency: expected one column, got 2 columns');
  });
});

describe('RFM_SEGMENT', () => {
  it('refuses scores that are not whole 1-5 and codes that are not three such digits', () => {
    expect(shown(rfmSegmentCall([[[6], [2.5]], [[1], [1]], [[1], [1]]], en))).toEqual([
      'value: r: 6 is not a whole score from 1 to 5', 'value: r: 2.5 is not a whole score from 1 to 5',
    ]);
    expect(shown(rfmSegmentCall([[[535], [506], ['abc'], ['']]], en))).toEqual([
      'Important value', "value: r: '506' is not a 3-digit RFM code like 535",
      "value: r: 'abc' is not a 3-digit RFM code like 535", '',
    ]);
  });
  it('refuses an unknown scheme or language', () => {
    expect(failure(() => rfmSegmentCall([5, 5, 5, 'ten'], en))).toBe("scheme: 'ten' is not one of value8, five, rfm11");
    expect(failure(() => rfmSegmentCall([5, 5, 5, '', 'fr'], en))).toBe("lang: 'fr' is not one of en, zh-CN, zh-TW");
  });
  it('labels rfm11 codes', () => {
    expect(shown(rfmSegmentCall([[[551]], null, null, 'rfm11'], en))).toEqual(['Champions']);
  });
});

describe('COMPOSITE_GRADE', () => {
  const row = [[90, 80, 70, 60]];
  it.each([
    [[[0.5, -0.1, 0.3, 0.3]], 'weights: -0.1 is negative'],
    [[[0, 0, 0, 0]], 'weights: the weights sum to zero'],
    [[[0.5, 0.5]], 'scores: expected one row per customer with 2 columns, got 4'],
  ])('refuses weights %j', (weights, text) => expect(failure(() => compositeGradeCall([row, weights], en))).toBe(text));
  it('refuses cutoffs out of order and a label count that does not fit', () => {
    expect(failure(() => compositeGradeCall([row, null, [[70, 90, 50]]], en))).toBe('cutoffs: cutoffs must descend, but 90 comes after 70');
    expect(failure(() => compositeGradeCall([row, null, null, [['A', 'B', 'C']]], en))).toBe('labels: expected 4 values, got 3');
    expect(failure(() => compositeGradeCall([row, null, [[80, 60]]], en))).toBe('labels: expected 3 values, got 4');
  });
  it('takes custom cutoffs with matching labels', () => {
    // score 80: >= 80 -> Gold
    expect(shown(compositeGradeCall([row, null, [[80, 60]], [['Gold', 'Silver', 'Bronze']]], en))).toEqual(['Gold']);
  });
  it('gives per-row errors for scores out of range, missing or text, and blank rows stay blank', () => {
    const grid = compositeGradeCall([[[101, 50, 50, 50], [50, null, 50, 50], ['', '', '', ''], [50, 'x', 50, 50]]], en);
    expect(shown(grid)).toEqual([
      'value: scores: 101 is outside 0-100', 'na: scores: the value is missing (the row has other inputs)', '',
      "value: scores: 'x' is not a number",
    ]);
  });
});

describe('CHURN_RISK, CLV, ABC_CLASS, NEXT_ORDER_DATE edges', () => {
  it('churn needs two periods and a non-zero mean in cv mode', () => {
    expect(shown(churnRiskCall([[[4, '', '']], [[8, 9, 7]]], en))).toEqual(['value: interactions: needs at least 2 periods, got 1']);
    expect(shown(churnRiskCall([[[0, 0, 0]], [[8, 9, 7]], null, null, 'cv'], en)))
      .toEqual(['value: interactions: the mean is zero, so the "cv" mode cannot divide by it']);
  });
  it('CLV repeats a single margin cell for every row and keeps empty rows blank', () => {
    // 1000 x 0.5 x 2 = 1000 - 100 = 900
    expect(shown(clvCall([[[1000], ['']], [[2], ['']], [[100], ['']], [[0], ['']], '50%'], en))).toEqual([900, '']);
  });
  it('ABC refuses b_share below a_share', () => {
    expect(failure(() => abcClassCall([[[1]], 0.9, 0.8], en))).toBe('b_share: 0.8 must be at least a_share (0.9)');
  });
  it('NEXT_ORDER_DATE needs three orders', () => {
    expect(shown(nextOrderDateCall([[['2026-01-01', '2026-02-01', '']]], en))).toEqual(['value: order_dates: needs at least 3 order dates, got 2']);
  });
});
