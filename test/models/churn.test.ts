// Seed 000, formula 5 (SPEC.md, CHURN_RISK): m x sd(interactions) + n x volatility(satisfaction), with sd
// the sample standard deviation (STDEV.S) and "cv" dividing each term by its row's mean.
import { describe, expect, it } from 'vitest';
import { churnRisk, seriesVolatility } from '../../src/models/churn';
import { mean, sampleStandardDeviation } from '../../src/models/stats';

// Hand STDEV.S: counts 4,6,5,7,3,5 have mean 30/6 = 5, squared deviations 1+1+0+4+4+0 = 10, 10/5 = 2:
// sd = sqrt 2 = 1.41421356. Scores 8,8,7,9,8,8 have mean 48/6 = 8, squares 0+0+1+1+0+0 = 2, 2/5 = 0.4:
// sd = sqrt 0.4 = 0.63245553.
const COUNTS = [4, 6, 5, 7, 3, 5];
const SCORES = [8, 8, 7, 9, 8, 8];

describe('mean', () => {
  it.each([
    ['2, 4, 9 is 5', [2, 4, 9], 5],
    ['4,6,5,7,3,5 is 5', COUNTS, 5],
  ])('%s', (_rule, values, m) => expect(mean(values)).toBe(m));
  it('of no values is NaN', () => expect(mean([])).toBeNaN());
});

describe('sampleStandardDeviation', () => {
  it.each([
    ['4,6,5,7,3,5 is sqrt(10/5) = sqrt 2', COUNTS, Math.SQRT2],
    ['8,8,7,9,8,8 is sqrt(2/5) = sqrt 0.4', SCORES, Math.sqrt(0.4)],
    // mean 5, squares 9+1+1+1+0+0+4+16 = 32, n - 1 = 7 (not n = 8, which would give exactly 2)
    ['2,4,4,4,5,5,7,9 divides by n - 1: sqrt(32/7) = 2.13809', [2, 4, 4, 4, 5, 5, 7, 9], Math.sqrt(32 / 7)],
    // mean 35, squares 25 + 25 = 50, / 1
    ['two values 30, 40 is sqrt 50', [30, 40], Math.sqrt(50)],
    ['a constant series is 0', [6, 6, 6], 0],
  ])('%s', (_rule, values, sd) => expect(sampleStandardDeviation(values)).toBeCloseTo(sd, 12));

  it('is NaN below two values', () => {
    expect(sampleStandardDeviation([5])).toBeNaN();
    expect(sampleStandardDeviation([])).toBeNaN();
  });
});

describe('seriesVolatility', () => {
  it.each([
    ['sd mode is the sample sd: sqrt 2', COUNTS, 'sd' as const, Math.SQRT2],
    ['cv mode is sd / mean: sqrt 2 / 5 = 0.28284', COUNTS, 'cv' as const, Math.SQRT2 / 5],
    ['cv mode: sqrt 0.4 / 8 = 0.07906', SCORES, 'cv' as const, Math.sqrt(0.4) / 8],
  ])('%s', (_rule, series, mode, v) => expect(seriesVolatility(series, mode)).toBeCloseTo(v, 12));

  it('cv of a series whose mean is zero is NaN (nothing to divide by)', () => {
    expect(seriesVolatility([0, 0, 0], 'cv')).toBeNaN();
  });

  it('cv is scale-free: ten times the counts give the same cv', () => {
    // sd and mean both scale by 10
    expect(seriesVolatility(COUNTS.map((c) => c * 10), 'cv')).toBeCloseTo(Math.SQRT2 / 5, 12);
  });
});

describe('churnRisk', () => {
  it.each([
    // m = n = 1, "sd": sqrt 2 + sqrt 0.4 = 1.41421356 + 0.63245553 = 2.04666909
    ['defaults m = n = 1, sd: sqrt 2 + sqrt 0.4 = 2.046669', undefined, undefined, undefined, Math.SQRT2 + Math.sqrt(0.4)],
    ['explicit sd mode is the default', 1, 1, 'sd' as const, 2.0466690944],
    // 2 x 1.41421356237 + 3 x 0.63245553203 = 2.82842712475 + 1.89736659610 = 4.72579372085
    ['weights m = 2, n = 3: 2 sqrt 2 + 3 sqrt 0.4 = 4.725794', 2, 3, 'sd' as const, 4.72579372085],
    // 1.41421356237 / 5 + 0.63245553203 / 8 = 0.28284271247 + 0.07905694150 = 0.36189965397
    ['cv mode: sqrt 2 / 5 + sqrt 0.4 / 8 = 0.361900', 1, 1, 'cv' as const, 0.36189965397],
    ['n = 0 leaves the interaction term only', 1, 0, 'sd' as const, Math.SQRT2],
  ])('%s', (_rule, m, n, mode, risk) => expect(churnRisk(COUNTS, SCORES, m, n, mode)).toBeCloseTo(risk, 9));

  it('steady interactions and steady satisfaction carry no risk', () => {
    expect(churnRisk([5, 5, 5, 5], [8, 8, 8, 8])).toBe(0);
  });
});
