// Seed 002's 5/3/1 bands (SPEC.md, "Seed default bands") at every edge, and the RFM code.
import { describe, expect, it } from 'vitest';
import { scoreByBands } from '../../src/models/band-table';
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
