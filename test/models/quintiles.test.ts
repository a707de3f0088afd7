// Quintile scoring (SPEC.md, *_table "quintile"): R's type-7 quantiles at 20/40/60/80%, ties never split,
// recency reversed. Type 7: h = (n - 1) p, break = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
// over the sorted values (0-based).
import { describe, expect, it } from 'vitest';
import { scoreByBands } from '../../src/models/band-table';
import {
  quintileBandTable, quintileBreaks, quintileScore, recencyQuintileScore,
} from '../../src/models/quintiles';

const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// Four tied values at the bottom: a rank-based split would put two of them in band 1 and two in band 2.
const TIED = [10, 10, 10, 10, 20, 30, 40, 50, 60, 70];

describe('quintileBreaks', () => {
  it.each([
    // n = 10, h = 9p: 1.8 -> 2 + 0.8 x 1 = 2.8; 3.6 -> 4.6; 5.4 -> 6.4; 7.2 -> 8.2
    ['type 7 on 1..10 is 2.8, 4.6, 6.4, 8.2', ONE_TO_TEN, [2.8, 4.6, 6.4, 8.2]],
    // sorted 1,1,2,3,4,5,9, h = 6p: 1.2 -> 1 + 0.2 x (2 - 1) = 1.2; 2.4 -> 2 + 0.4 x 1 = 2.4; 3.6 -> 3.6; 4.8 -> 4.8
    ['type 7 sorts first: 3,1,4,1,5,9,2 gives 1.2, 2.4, 3.6, 4.8', [3, 1, 4, 1, 5, 9, 2], [1.2, 2.4, 3.6, 4.8]],
    // h = 9p: 1.8 -> 10 + 0.8 x 0 = 10; 3.6 -> 10 + 0.6 x 10 = 16; 5.4 -> 30 + 0.4 x 10 = 34; 7.2 -> 50 + 0.2 x 10 = 52
    ['ties: 10 x4, 20..70 gives 10, 16, 34, 52', TIED, [10, 16, 34, 52]],
    // n = 2, h = p: 0 + p x 100
    ['two values interpolate linearly: 0, 100 gives 20, 40, 60, 80', [100, 0], [20, 40, 60, 80]],
    // n = 1: every quantile is the one value
    ['one value is every break', [7], [7, 7, 7, 7]],
    // sorting must be numeric, not as text: sorted 9, 10, 100, h = 2p: 0.4 -> 9.4; 0.8 -> 9.8;
    // 1.2 -> 10 + 0.2 x 90 = 28; 1.6 -> 10 + 0.6 x 90 = 64
    ['sorts numerically (100, 9, 10 is not text order)', [100, 9, 10], [9.4, 9.8, 28, 64]],
  ])('%s', (_rule, values, breaks) => {
    const got = quintileBreaks(values);
    expect(got).toHaveLength(4);
    got.forEach((b, i) => expect(b).toBeCloseTo(breaks[i], 9));
  });

  it('skips NaN (blank or bad rows): the breaks of 1..10 with NaNs mixed in are those of 1..10', () => {
    const got = quintileBreaks([NaN, 10, 1, NaN, 9, 2, 8, 3, 7, 4, 6, 5]);
    [2.8, 4.6, 6.4, 8.2].forEach((b, i) => expect(got[i]).toBeCloseTo(b, 9));
  });

  it('an empty list has no breaks', () => {
    expect(quintileBreaks([])).toEqual([]);
    expect(quintileBreaks([NaN, NaN])).toEqual([]);
  });
});

describe('quintileScore', () => {
  const breaks = [2.8, 4.6, 6.4, 8.2];
  it('1..10 scores two customers a band: 1,1,2,2,3,3,4,4,5,5', () => {
    expect(ONE_TO_TEN.map((v) => quintileScore(v, breaks))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it.each([
    // Bands closed on the right (R's cut): a value equal to a break stays in the lower band.
    ['a value on a break stays below it: 4.6 scores 2', 4.6, 2],
    ['just above a break moves up: 4.7 scores 3', 4.7, 3],
    ['below the first break scores 1', -100, 1],
    ['above the last break scores 5', 1e9, 5],
  ])('%s', (_rule, value, score) => expect(quintileScore(value, breaks)).toBe(score));

  it('ties are never split: the four tied 10s all score 1 (breaks 10, 16, 34, 52)', () => {
    // 10: no break strictly below -> 1; 20, 30: above 10 and 16 -> 3; 40, 50: above 34 -> 4; 60, 70 -> 5
    const b = quintileBreaks(TIED);
    expect(TIED.map((v) => quintileScore(v, b))).toEqual([1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
  });

  it('a list of one repeated value puts everyone in one band', () => {
    const same = [5, 5, 5, 5, 5];
    const b = quintileBreaks(same);
    expect(new Set(same.map((v) => quintileScore(v, b)))).toEqual(new Set([1]));
  });

  it('scores 3,1,4,1,5,9,2 against 1.2, 2.4, 3.6, 4.8 as 3,1,4,1,5,5,2', () => {
    const values = [3, 1, 4, 1, 5, 9, 2];
    const b = quintileBreaks(values);
    expect(values.map((v) => quintileScore(v, b))).toEqual([3, 1, 4, 1, 5, 5, 2]);
  });
});

describe('recencyQuintileScore', () => {
  it('is reversed: the fewest days score 5 (1..10 days: 5,5,4,4,3,3,2,2,1,1)', () => {
    const breaks = quintileBreaks(ONE_TO_TEN);
    expect(ONE_TO_TEN.map((d) => recencyQuintileScore(d, breaks))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('ties are never split when reversed either: the four tied 10-day customers all score 5', () => {
    const breaks = quintileBreaks(TIED);
    expect(TIED.map((d) => recencyQuintileScore(d, breaks))).toEqual([5, 5, 5, 5, 3, 3, 2, 2, 1, 1]);
  });
});

describe('quintileBandTable', () => {
  it.each([
    // Each band starts at the smallest listed value above a break: above 2.8 -> 3, 4.6 -> 5, 6.4 -> 7, 8.2 -> 9.
    ['1..10 ascending', ONE_TO_TEN, false, { from: [0, 3, 5, 7, 9], score: [1, 2, 3, 4, 5] }],
    ['1..10 reversed for recency', ONE_TO_TEN, true, { from: [0, 3, 5, 7, 9], score: [5, 4, 3, 2, 1] }],
    // breaks 10, 16, 34, 52: above 10 and above 16 both start at 20, so band 2 is empty and left out.
    ['ties: an empty band is left out', TIED, false, { from: [0, 20, 40, 60], score: [1, 3, 4, 5] }],
    // breaks (h = 4p) -0.2, 1.6, 2.4, 3.2: the first band starts at the negative minimum.
    ['a negative smallest value starts the first band', [-5, 1, 2, 3, 4], false, { from: [-5, 1, 2, 3, 4], score: [1, 2, 3, 4, 5] }],
  ])('%s', (_rule, values, reversed, table) => {
    const got = quintileBandTable(values, reversed);
    expect(got.score).toEqual(table.score);
    expect(got.from).toEqual(table.from);
  });

  it.each([
    ['1..10', ONE_TO_TEN],
    ['ties', TIED],
    ['3,1,4,1,5,9,2', [3, 1, 4, 1, 5, 9, 2]],
  ])('read with VLOOKUP, the table scores every listed value as quintileScore does (%s)', (_name, values) => {
    const breaks = quintileBreaks(values);
    const up = quintileBandTable(values, false);
    const down = quintileBandTable(values, true);
    for (const v of values) {
      expect(scoreByBands(v, up)).toBe(quintileScore(v, breaks));
      expect(scoreByBands(v, down)).toBe(recencyQuintileScore(v, breaks));
    }
  });
});
