// Seed 002's 5/3/1 bands (SPEC.md, "Seed default bands") at every edge, the RFM code, the presets and
// the list's own quintiles.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreByBands } from '../../src/models/band-table';
import { RFM_PRESETS } from '../../src/models/presets';
import { quintileBandTable, quintileBreaks, quintileScore, recencyQuintileScore } from '../../src/models/quintiles';
import { SEED_TABLES, rfmCode, scoreFrequency, scoreMonetary, scoreRecency } from '../../src/models/rfm';

describe('scoreRecency', () => {
  // SPEC seed table: R 0-30 days -> 5, 31-90 -> 3, 91 and more -> 1.
  it.each([
    ['R band: 0 days (bought today) scores 5', 0, 5],
    ['R band boundary: 30 days scores 5', 30, 5],
    ['R band boundary: 31 days scores 3', 31, 3],
    ['R band boundary: 90 days scores 3', 90, 3],
    ['R band boundary: 91 days scores 1', 91, 1],
    ['R band: a year and more scores 1', 400, 1],
  ])('%s', (_rule, days, score) => {
    expect(scoreRecency(days)).toBe(score);
    expect(scoreRecency(days, SEED_TABLES.r)).toBe(score);
  });
});

describe('scoreFrequency', () => {
  // SPEC seed table: F 0-4 -> 1, 5-9 -> 3, 10 and more -> 5.
  it.each([
    ['F band: no purchase scores 1', 0, 1],
    ['F band boundary: 4 purchases score 1', 4, 1],
    ['F band boundary: 5 purchases score 3', 5, 3],
    ['F band boundary: 9 purchases score 3', 9, 3],
    ['F band boundary: 10 purchases score 5', 10, 5],
    ['F band: 100 purchases score 5', 100, 5],
  ])('%s', (_rule, purchases, score) => {
    expect(scoreFrequency(purchases)).toBe(score);
    expect(scoreFrequency(purchases, SEED_TABLES.f)).toBe(score);
  });
});

describe('scoreMonetary', () => {
  // SPEC seed table: M below 200,000 -> 1, 200,000-499,999.99 -> 3, 500,000 and more -> 5.
  it.each([
    ['M band: nothing spent scores 1', 0, 1],
    ['M band boundary: 199,999.99 scores 1', 199_999.99, 1],
    ['M band boundary: 200,000 scores 3', 200_000, 3],
    ['M band boundary: 499,999.99 scores 3', 499_999.99, 3],
    ['M band boundary: 500,000 scores 5', 500_000, 5],
    ['M band: ten million scores 5', 10_000_000, 5],
  ])('%s', (_rule, amount, score) => {
    expect(scoreMonetary(amount)).toBe(score);
    expect(scoreMonetary(amount, SEED_TABLES.m)).toBe(score);
  });
});

describe('scoreByBands', () => {
  const table = { from: [10, 20, 40], score: [1, 2, 3] };
  it.each([
    // An approximate-match VLOOKUP: the score of the last `from` at or below the value (SPEC, *_table).
    ['a value on a from takes that row', 20, 2],
    ['a value between two froms takes the lower row', 39.5, 2],
    ['a value above the last from takes the last row', 1e9, 3],
    ['the first from itself takes the first row', 10, 1],
  ])('%s', (_rule, value, score) => expect(scoreByBands(value, table)).toBe(score));

  it('a value below the first from has no score (NaN, where VLOOKUP gives #N/A)', () => {
    expect(scoreByBands(9.99, table)).toBeNaN();
  });
});

describe('rfmCode', () => {
  // SPEC output "code": R*100 + F*10 + M, e.g. 535.
  it.each([
    ['SPEC example: R 5, F 3, M 5 is 535', 5, 3, 5, 535],
    ['all best is 555', 5, 5, 5, 555],
    ['all worst is 111', 1, 1, 1, 111],
    ['digits keep their place: R 1, F 3, M 5 is 135', 1, 3, 5, 135],
  ])('%s', (_rule, r, f, m, code) => expect(rfmCode(r, f, m)).toBe(code));
});

describe('seed 5/3/1 bands (seed 002), between and beyond the edges above', () => {
  it.each([[30.99, 5], [3650, 1]])('R: %s days scores %s', (days, score) => expect(scoreRecency(days, SEED_TABLES.r)).toBe(score));
  it.each([[120, 5]])('F: %s purchases score %s', (n, score) => expect(scoreFrequency(n, SEED_TABLES.f)).toBe(score));
  it.each([[9e9, 5]])('M: %s scores %s', (amount, score) => expect(scoreMonetary(amount, SEED_TABLES.m)).toBe(score));
  it('a value below the first band has no score (VLOOKUP would give #N/A)', () => {
    expect(scoreMonetary(-1, SEED_TABLES.m)).toBeNaN();
  });
});

describe('five-point preset (ours: R 30/60/90/180, F 2/4/6/9, M 100k/200k/350k/500k)', () => {
  const { r, f, m } = RFM_PRESETS.five;
  it.each([[30, 5], [31, 4], [60, 4], [61, 3], [90, 3], [91, 2], [180, 2], [181, 1]])(
    'R: %s days scores %s', (d, s) => expect(scoreRecency(d, r)).toBe(s));
  it.each([[1, 1], [2, 2], [3, 2], [4, 3], [5, 3], [6, 4], [8, 4], [9, 5]])(
    'F: %s purchases score %s', (n, s) => expect(scoreFrequency(n, f)).toBe(s));
  it.each([[99_999, 1], [100_000, 2], [199_999, 2], [200_000, 3], [349_999, 3], [350_000, 4], [499_999, 4], [500_000, 5]])(
    'M: %s scores %s', (a, s) => expect(scoreMonetary(a, m)).toBe(s));
});

describe('manufacturing preset (seed 000: R <= 180 days, F >= 3, M >= 500,000 are active)', () => {
  const { r, f, m } = RFM_PRESETS.manufacturing;
  it('scores 5 when active and 1 when not, at each edge', () => {
    expect([scoreRecency(180, r), scoreRecency(181, r)]).toEqual([5, 1]);
    expect([scoreFrequency(2, f), scoreFrequency(3, f)]).toEqual([1, 5]);
    expect([scoreMonetary(499_999.99, m), scoreMonetary(500_000, m)]).toEqual([1, 5]);
  });
});

describe('quintiles', () => {
  it("breaks at R's type-7 quantiles", () => {
    // 1..10: h = 9p; 20% -> x[1.8] = 2 + 0.8 = 2.8; 40% -> 4.6; 60% -> 6.4; 80% -> 8.2
    const breaks = quintileBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    [2.8, 4.6, 6.4, 8.2].forEach((b, i) => expect(breaks[i]).toBeCloseTo(b, 12));
  });
  it('scores 1 + the breaks strictly below, so a value on a break stays in the lower band', () => {
    expect([1, 2.8, 2.9, 4.6, 6.5, 8.2, 8.3, 10].map((v) => quintileScore(v, [2.8, 4.6, 6.4, 8.2])))
      .toEqual([1, 1, 2, 2, 4, 4, 5, 5]);
  });
  it('never splits ties: a list of mostly 1s puts every 1 in the lowest band', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 2, 5, 9];
    // sorted, h = 9p: 20% -> x[1.8] = 1; 40% -> x[3.6] = 1; 60% -> x[5.4] = 1; 80% -> x[7.2] = 2 + 0.2 x 3 = 2.6
    const breaks = quintileBreaks(values);
    expect(breaks.map((b) => Number(b.toFixed(9)))).toEqual([1, 1, 1, 2.6]);
    expect(values.map((v) => quintileScore(v, breaks))).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
  });
  it('reverses recency: the fewest days score 5', () => {
    expect(recencyQuintileScore(1, [2.8, 4.6, 6.4, 8.2])).toBe(5);
    expect(recencyQuintileScore(10, [2.8, 4.6, 6.4, 8.2])).toBe(1);
  });
  it('skips NaN (rows that could not be read) and has no breaks for an empty list', () => {
    expect(quintileBreaks([NaN, NaN])).toEqual([]);
    expect(quintileBreaks([NaN, 5])).toEqual([5, 5, 5, 5]);
  });
});

describe('quintileBandTable', () => {
  it('starts each band at the smallest value above the previous break', () => {
    // 1..10, breaks 2.8, 4.6, 6.4, 8.2: bands start at 3, 5, 7, 9
    expect(quintileBandTable([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false)).toEqual({ from: [0, 3, 5, 7, 9], score: [1, 2, 3, 4, 5] });
    expect(quintileBandTable([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true)).toEqual({ from: [0, 3, 5, 7, 9], score: [5, 4, 3, 2, 1] });
  });
  it('scores every listed value as the quintile scoring does, read like VLOOKUP', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 60 }), fc.boolean(), (values, reversed) => {
      const table = quintileBandTable(values, reversed);
      const breaks = quintileBreaks(values);
      for (let i = 1; i < table.from.length; i++) expect(table.from[i]).toBeGreaterThan(table.from[i - 1]);
      for (const v of values) expect(scoreByBands(v, table)).toBe(reversed ? 6 - quintileScore(v, breaks) : quintileScore(v, breaks));
    }), { numRuns: 500 });
  });
});
