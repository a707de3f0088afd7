// Seed 000, formula 2 (SPEC.md, POTENTIAL_INDEX) and formula 3 (BREAKTHROUGH_SCORE).
import { describe, expect, it } from 'vitest';
import { breakthroughScore } from '../../src/models/breakthrough';
import { budgetMatch, potentialIndex } from '../../src/models/potential';

describe('potentialIndex', () => {
  it.each([
    // Seed 000's worked example: 100 x 0.875 x 0.8 x 0.825 = 87.5 x 0.8 x 0.825 = 70 x 0.825 = 57.75
    ['seed 000: POTENTIAL_INDEX(0.875, 0.8, 0.825) is 57.75 points', 0.875, 0.8, 0.825, 57.75],
    // 100 x 1 x 1 x 1
    ['a perfect account scores 100 points', 1, 1, 1, 100],
    ['no decision-chain role reached scores 0', 0.9, 0, 0.9, 0],
    // 100 x 0.95 x 0.95 x 0.95 = 85.7375: above the seed's 85, a director leads the account
    ['0.95 on all three is 85.7375 points', 0.95, 0.95, 0.95, 85.7375],
  ])('%s', (_rule, b, p, s, points) => expect(potentialIndex(b, p, s)).toBeCloseTo(points, 9));

  it('is built from the seed inputs: 105/120, 50% + 30% of the chain, and the weighted synergy', () => {
    // budget match 105 / 120 = 0.875; penetration 0.5 + 0.3 = 0.8 (CEO's 0.2 not reached);
    // synergy 0.9 x 0.5 + 0.85 x 0.3 + 0.6 x 0.2 = 0.45 + 0.255 + 0.12 = 0.825
    const match = budgetMatch(105, 120);
    const penetration = 0.5 + 0.3;
    const synergy = 0.9 * 0.5 + 0.85 * 0.3 + 0.6 * 0.2;
    expect(match).toBeCloseTo(0.875, 12);
    expect(penetration).toBeCloseTo(0.8, 12);
    expect(synergy).toBeCloseTo(0.825, 12);
    expect(potentialIndex(match, penetration, synergy)).toBeCloseTo(57.75, 9);
  });
});

describe('budgetMatch', () => {
  it.each([
    // SPEC: seed quote 105 against budget 120: 105 / 120 = 0.875
    ['seed 000: quote 105 under a budget of 120 is 0.875', 105, 120, 0.875],
    // min / max: a quote of 120 over a budget of 105 is 105 / 120 = 0.875 as well
    ['min/max: a quote 120 over a budget of 105 lowers the match the same, 0.875', 120, 105, 0.875],
    ['quote equal to budget is a perfect match', 80, 80, 1],
    // 50 / 200
    ['a quote at a quarter of the budget is 0.25', 50, 200, 0.25],
    ['nothing quoted and no budget is 0, not NaN', 0, 0, 0],
  ])('%s', (_rule, quote, budget, match) => expect(budgetMatch(quote, budget)).toBeCloseTo(match, 12));
});

describe('breakthroughScore', () => {
  it.each([
    // 100 x 0.8 x 0.9 = 72
    ['100 x 0.8 x 0.9 is 72 points', 0.8, 0.9, 72],
    ['100 x 1 x 1 is 100 points', 1, 1, 100],
    // 100 x 0.5 x 0.3 = 15
    ['100 x 0.5 x 0.3 is 15 points', 0.5, 0.3, 15],
  ])('%s', (_rule, p, t, points) => expect(breakthroughScore(p, t)).toBeCloseTo(points, 9));
});
