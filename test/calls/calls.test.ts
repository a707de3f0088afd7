// The range-level calls: whole-call errors, per-row errors and options, as hosts hand cells over.
import { describe, expect, it } from 'vitest';
import { abcClassCall } from '../../src/calls/abc-class';
import { churnRiskCall } from '../../src/calls/churn-risk';
import { clvCall } from '../../src/calls/clv';
import { compositeGradeCall } from '../../src/calls/composite-grade';
import { nextOrderDateCall } from '../../src/calls/next-order-date';
import { rfmScoreCall } from '../../src/calls/rfm-score';
import { rfmSegmentCall } from '../../src/calls/rfm-segment';
import { CellError } from '../../src/cells/cell-error';
import { callFailure } from '../support/call-failure';
import type { OutGrid } from '../../src/cells/output';

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
