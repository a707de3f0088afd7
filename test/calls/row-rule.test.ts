// Every per-customer function applies the one row rule of src/cells/rows.ts: an all-blank row is an
// empty cell, a half-blank row is #N/A naming the blank input, and a bad input is the row's error even
// when another input of the row is blank. (COMPOSITE_GRADE and CHURN_RISK used to answer #N/A there.)
import { describe, expect, it } from 'vitest';
import { abcClassCall } from '../../src/calls/abc-class';
import { attributeScoreCall } from '../../src/calls/attribute-score';
import { breakthroughScoreCall } from '../../src/calls/breakthrough-score';
import { c139ScoreCall } from '../../src/calls/c139-score';
import { churnRiskCall } from '../../src/calls/churn-risk';
import { clvCall } from '../../src/calls/clv';
import { compositeGradeCall } from '../../src/calls/composite-grade';
import { conversionProbCall } from '../../src/calls/conversion-prob';
import { leadScoreCall } from '../../src/calls/lead-score';
import { nextOrderDateCall } from '../../src/calls/next-order-date';
import { potentialIndexCall } from '../../src/calls/potential-index';
import { rfmScoreCall } from '../../src/calls/rfm-score';
import { rfmSegmentCall } from '../../src/calls/rfm-segment';
import { CellError } from '../../src/cells/cell-error';
import type { OutGrid } from '../../src/cells/output';

const en = { lang: 'en' as const };
const shown = (grid: OutGrid) => grid.map(([c]) => (c instanceof CellError ? `${c.code}: ${c.message}` : c));
const missing = (arg: string) => `na: ${arg}: the value is missing (the row has other inputs)`;

describe('the row rule, function by function', () => {
  it('RFM_SCORE', () => {
    expect(shown(rfmScoreCall([[[null], [30], [null]], [[null], [null], ['many']], [[null], [10], [null]]], en)))
      .toEqual(['', missing('frequency'), "value: frequency: 'many' is not a number"]);
  });
  it('RFM_SEGMENT, from three scores and from codes', () => {
    expect(shown(rfmSegmentCall([[[null], [5], [null]], [[null], [null], [9]], [[null], [1], [null]]], en)))
      .toEqual(['', missing('f'), 'value: f: 9 is not a whole score from 1 to 5']);
    expect(shown(rfmSegmentCall([[[null], [535], ['x']]], en))).toEqual(['', 'Important value', "value: r: 'x' is not a 3-digit RFM code like 535"]);
  });
  it('POTENTIAL_INDEX, CLV and BREAKTHROUGH_SCORE', () => {
    expect(shown(potentialIndexCall([[[null], [0.5], [null]], [[null], [null], ['most']], [[null], [0.5], [null]]], en)))
      .toEqual(['', missing('penetration'), "value: penetration: 'most' is not a ratio (write 87.5% or 0.875)"]);
    expect(shown(clvCall([[[null], [1000]], [[null], [null]], [[null], [0]], [[null], [0]]], en))).toEqual(['', missing('years')]);
    expect(shown(breakthroughScoreCall([[[null], [null]], [[null], [2]]], en)))
      .toEqual(['', 'value: tech_match: 2 is above 1, write 2% or 0.02']);
  });
  it('COMPOSITE_GRADE: a bad score beside a blank one is the bad score\'s error', () => {
    expect(shown(compositeGradeCall([[[null, null, '', null], [90, null, 70, 60], [null, 'abc', 70, 60], [null, 101, 70, 60]]], en)))
      .toEqual(['', missing('scores'), "value: scores: 'abc' is not a number", 'value: scores: 101 is outside 0-100']);
  });
  it('CHURN_RISK: a bad period beside a blank group is the bad period\'s error', () => {
    expect(shown(churnRiskCall([[[null, null], [4, 6], [null, null]], [[null, ''], [null, null], [8, 'x']]], en)))
      .toEqual(['', missing('satisfaction'), "value: satisfaction: 'x' is not a number"]);
  });
  it('LEAD_SCORE, ATTRIBUTE_SCORE and CONVERSION_PROB (docs/pipeline.md): a blank among filled cells is never 0', () => {
    expect(shown(leadScoreCall([[[null, null], [3, null], [null, -1]], [[5, 10]]], en)))
      .toEqual(['', missing('counts'), 'value: counts: -1 is negative']);
    expect(shown(attributeScoreCall([[[null, ''], ['制造业', null], [null, '#REF!']], [['制造业', 30]]], en)))
      .toEqual(['', missing('values'), 'value: values: the cell holds an error (#REF!) from its own formula; fix that cell first']);
    expect(shown(conversionProbCall([[[null, null], [1, null], [null, 'x']], [[0, 1, 1]]], en)))
      .toEqual(['', missing('features'), "value: features: 'x' is not a number"]);
  });
  it('C139_SCORE over its 14 cells a row, in argument order', () => {
    const nine = (v: unknown) => new Array(9).fill(v);
    expect(shown(c139ScoreCall([[[null], [0.5], [null], [0.5]], [[null], [null], [null], [0.5]],
      [[null, null, null], [1, 1, 1], [1, 1, 1], [1, null, 1]], [nine(null), nine(3), nine(0), nine(3)]], en)))
      .toEqual(['', missing('value_fit'), 'value: factors: 0 is outside 1-5', missing('key_people')]);
  });
  it('NEXT_ORDER_DATE and ABC_CLASS (one input a row)', () => {
    expect(shown(nextOrderDateCall([[[null, ''], ['2026-01-01', 'soon']]], en)))
      .toEqual(['', "value: order_dates: 'soon' is not a date (use a date cell or text like 2026-10-01)"]);
    expect(shown(abcClassCall([[[null], [10], ['x']]], en))).toEqual(['', 'A', "value: values: 'x' is not a number"]);
  });
});
