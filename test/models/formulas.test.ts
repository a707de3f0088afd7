// The seed formulas on plain numbers, each golden value worked by hand in its comment.
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/models/abc';
import { breakthroughScore } from '../../src/models/breakthrough';
import { churnRisk } from '../../src/models/churn';
import { customerLifetimeValue } from '../../src/models/clv';
import { DEFAULT_CUTOFFS, compositeScore, gradeIndex } from '../../src/models/composite';
import { purchaseCycle } from '../../src/models/next-order';
import { budgetMatch, potentialIndex } from '../../src/models/potential';

describe('potentialIndex (seed 000, formula 2)', () => {
  it("gives the seed's 57.75", () => {
    // budget match 105 / 120 = 0.875; penetration 0.5 + 0.3 = 0.8; synergy 0.9x0.5 + 0.85x0.3 + 0.6x0.2 = 0.825
    const synergy = 0.9 * 0.5 + 0.85 * 0.3 + 0.6 * 0.2;
    expect(synergy).toBeCloseTo(0.825, 12);
    expect(potentialIndex(budgetMatch(105, 120), 0.5 + 0.3, synergy)).toBeCloseTo(57.75, 9);
  });
  it('budget match is min / max, so a quote over budget lowers it the same', () => {
    expect(budgetMatch(120, 105)).toBeCloseTo(0.875, 12);
    expect(budgetMatch(0, 0)).toBe(0);
  });
});

describe('breakthroughScore (seed 000, formula 3)', () => {
  it('is 100 x penetration x tech match', () => expect(breakthroughScore(0.8, 0.9)).toBeCloseTo(72, 9));
});

describe('customerLifetimeValue (seed 000, formula 6)', () => {
  it('is the literal seed formula with margin 1', () => {
    // 2,000,000 x 1 x 3 - (300,000 + 200,000) = 5,500,000: above the seed's 5,000,000 line
    expect(customerLifetimeValue(2_000_000, 3, 300_000, 200_000)).toBe(5_500_000);
  });
  it('applies the margin', () => {
    // 1,000,000 x 0.25 x 4 - 100,000 = 900,000
    expect(customerLifetimeValue(1_000_000, 4, 60_000, 40_000, 0.25)).toBeCloseTo(900_000, 6);
  });
  it('discounts end-of-year payments', () => {
    // 1000 x (1 - 1.08^-3) / 0.08 = 1000/1.08 + 1000/1.1664 + 1000/1.259712 = 925.926 + 857.339 + 793.832 = 2577.097
    expect(customerLifetimeValue(1000, 3, 0, 0, 1, 0.08)).toBeCloseTo(1000 / 1.08 + 1000 / 1.08 ** 2 + 1000 / 1.08 ** 3, 9);
  });
});

describe('churnRisk (seed 000, formula 5)', () => {
  it('adds the sample standard deviations in sd mode', () => {
    // interactions 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 9+1+1+1+0+0+4+16 = 32, /7 -> sd 2.13809
    // satisfaction 3, 5: sd sqrt(2) = 1.41421
    expect(churnRisk([2, 4, 4, 4, 5, 5, 7, 9], [3, 5])).toBeCloseTo(Math.sqrt(32 / 7) + Math.sqrt(2), 9);
  });
  it('weighs the terms with m and n and divides by the means in cv mode', () => {
    // cv: sqrt(32/7)/5 and sqrt(2)/4; m = 2, n = 3
    expect(churnRisk([2, 4, 4, 4, 5, 5, 7, 9], [3, 5], 2, 3, 'cv')).toBeCloseTo((2 * Math.sqrt(32 / 7)) / 5 + (3 * Math.sqrt(2)) / 4, 9);
  });
});

describe('composite grade (seed 002)', () => {
  it('weighs the four dimensions 0.4/0.3/0.2/0.1', () => {
    // 0.4x100 + 0.3x50 + 0.2x50 + 0.1x0 = 65
    expect(compositeScore([100, 50, 50, 0])).toBe(65);
  });
  it('gives the same score for weights summing to 100', () => {
    expect(compositeScore([100, 50, 50, 0], [40, 30, 20, 10])).toBe(65);
  });
  it('lands exactly on a cutoff for equal scores, despite float sums', () => {
    // 0.4 + 0.3 + 0.2 + 0.1 is 1.0000000000000002 in floating point: 90s must still make 90, Strategic
    expect(compositeScore([90, 90, 90, 90])).toBe(90);
    expect(gradeIndex(compositeScore([90, 90, 90, 90]))).toBe(0);
  });
  it.each([[100, 0], [90, 0], [89.99, 1], [70, 1], [69.99, 2], [50, 2], [49.99, 3], [0, 3]])(
    'score %s earns grade %s (0 Strategic .. 3 Basic)', (score, grade) => expect(gradeIndex(score, DEFAULT_CUTOFFS)).toBe(grade));
});

describe('abcClasses (seed 004, the 20/80 rule)', () => {
  it('makes the smallest top set reaching 80% A, then to 95% B', () => {
    // total 100; before each: 0, 50 (<80: A, A), 80, 90 (<95: B, B), 95 (C)
    expect([...abcClasses([50, 30, 10, 5, 5])]).toEqual([0, 0, 1, 1, 2]);
  });
  it('keeps list order between ties, and makes values <= 0 C without counting them', () => {
    // positive total 100: 40 (0), 40 (40) -> A; 20 (80) -> B; -5 and 0 -> C
    expect([...abcClasses([-5, 40, 0, 40, 20])]).toEqual([2, 0, 2, 0, 1]);
    // ties at the A line: 30, 30, 30, 10 (total 100): before 0, 30, 60 -> A A A; 90 -> B
    expect([...abcClasses([30, 30, 30, 10])]).toEqual([0, 0, 0, 1]);
  });
  it('honours other shares', () => {
    // 70/90: 50 (0) A, 30 (50) A, 10 (80) B, 5 (90) C, 5 (95) C
    expect([...abcClasses([50, 30, 10, 5, 5], 0.7, 0.9)]).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('purchaseCycle (seed 000, formula 4)', () => {
  it('predicts last order + mean interval, with a window of one sd', () => {
    // orders on days 0, 30, 70, in any order: intervals 30, 40; mean 35; sd sqrt(50) = 7.071
    const cycle = purchaseCycle([70, 0, 30]);
    expect(cycle.next).toBe(105);
    expect(cycle.spread).toBeCloseTo(Math.sqrt(50), 12);
    expect(cycle.volatility).toBeCloseTo(Math.sqrt(50) / 35, 12);
  });
});
