// The named presets (SPEC.md, "Presets the task pane offers besides") at their edges.
//
// Five-point, SPEC: "1-5 with R 30/60/90/180 days, F 2/4/6/9, M 100k/200k/350k/500k as the lower edges
// of scores 2..5". For F and M the number is where the score starts (F 2 -> 2, ..., 9 -> 5). For R,
// fewer days score higher, and the seed's own R table reads "0-30 -> 5, 31-90 -> 3", so 30/60/90/180
// are read the same way: at most 30 days -> 5, 31-60 -> 4, 61-90 -> 3, 91-180 -> 2, over 180 -> 1
// (README's "five" row says exactly this).
// Manufacturing, seed 000: active (5) when R <= 180 days, F >= 3, M >= 500,000; else 1.
import { describe, expect, it } from 'vitest';
import { scoreByBands } from '../../src/models/band-table';
import { PRESET_NAMES, RFM_PRESETS } from '../../src/models/presets';
import { SEED_TABLES } from '../../src/models/rfm';

describe('RFM_PRESETS.five', () => {
  const { r, f, m } = RFM_PRESETS.five;
  it.each([
    ['R: 0 days scores 5', 0, 5],
    ['R boundary: 30 days scores 5', 30, 5],
    ['R boundary: 31 days scores 4', 31, 4],
    ['R boundary: 60 days scores 4', 60, 4],
    ['R boundary: 61 days scores 3', 61, 3],
    ['R boundary: 90 days scores 3', 90, 3],
    ['R boundary: 91 days scores 2', 91, 2],
    ['R boundary: 180 days scores 2', 180, 2],
    ['R boundary: 181 days scores 1', 181, 1],
  ])('%s', (_rule, days, score) => expect(scoreByBands(days, r)).toBe(score));

  it.each([
    ['F: 0 purchases score 1', 0, 1],
    ['F boundary: 1 purchase scores 1', 1, 1],
    ['F boundary: 2 purchases score 2', 2, 2],
    ['F boundary: 3 purchases score 2', 3, 2],
    ['F boundary: 4 purchases score 3', 4, 3],
    ['F boundary: 5 purchases score 3', 5, 3],
    ['F boundary: 6 purchases score 4', 6, 4],
    ['F boundary: 8 purchases score 4', 8, 4],
    ['F boundary: 9 purchases score 5', 9, 5],
  ])('%s', (_rule, purchases, score) => expect(scoreByBands(purchases, f)).toBe(score));

  it.each([
    ['M boundary: 99,999.99 scores 1', 99_999.99, 1],
    ['M boundary: 100,000 scores 2', 100_000, 2],
    ['M boundary: 199,999.99 scores 2', 199_999.99, 2],
    ['M boundary: 200,000 scores 3', 200_000, 3],
    ['M boundary: 349,999.99 scores 3', 349_999.99, 3],
    ['M boundary: 350,000 scores 4', 350_000, 4],
    ['M boundary: 499,999.99 scores 4', 499_999.99, 4],
    ['M boundary: 500,000 scores 5', 500_000, 5],
  ])('%s', (_rule, amount, score) => expect(scoreByBands(amount, m)).toBe(score));
});

describe('RFM_PRESETS.manufacturing', () => {
  const { r, f, m } = RFM_PRESETS.manufacturing;
  it.each([
    ['R active: 0 days scores 5', r, 0, 5],
    ['R boundary: 180 days (R <= 180) scores 5', r, 180, 5],
    ['R boundary: 181 days scores 1', r, 181, 1],
    ['F boundary: 2 purchases score 1', f, 2, 1],
    ['F boundary: 3 purchases (F >= 3) score 5', f, 3, 5],
    ['M boundary: 499,999.99 scores 1', m, 499_999.99, 1],
    ['M boundary: 500,000 (M >= 500,000) scores 5', m, 500_000, 5],
  ])('%s', (_rule, table, value, score) => expect(scoreByBands(value, table)).toBe(score));

  it('scores only 5 or 1 (seed 000: active or not)', () => {
    for (const t of [r, f, m]) expect([...new Set(t.score)].sort()).toEqual([1, 5]);
  });
});

describe('RFM_PRESETS.seed', () => {
  it('is the seed 5/3/1 default', () => {
    expect(RFM_PRESETS.seed).toBe(SEED_TABLES);
  });

  it('the named presets are seed, five and manufacturing (quintile is data-driven and apart)', () => {
    expect([...PRESET_NAMES].sort()).toEqual(['five', 'manufacturing', 'seed']);
  });
});
