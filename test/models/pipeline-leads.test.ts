// Lead scoring (docs/pipeline.md): behaviour points, profile match, the logistic fit of won / lost
// history and the conversion probability. Expected values by hand, from seed 001, or published (mtcars).
import { describe, expect, it } from 'vitest';
import { attributeScore } from '../../src/models/attribute-score';
import { choleskyInPlace, choleskySolve } from '../../src/models/cholesky';
import { leadScore } from '../../src/models/lead-score';
import { conversionProbability, logistic } from '../../src/models/logistic';
import { fitLogistic, MAX_ITERATIONS, type LogisticFit } from '../../src/models/logistic-fit';
import { isModelProblem, type ModelProblem } from '../../src/models/model-problem';
import { AM, HP_WT, PUBLISHED, webinarLeads } from '../support/mtcars';

/** A fit's inputs from rows of features and 0/1 outcomes. */
function fitOf(features: number[][], outcomes: number[]): LogisticFit | ModelProblem {
  const k = features[0].length;
  return fitLogistic(Float64Array.from(features.flat()), Uint8Array.from(outcomes), k);
}

function fitted(result: LogisticFit | ModelProblem): LogisticFit {
  if (isModelProblem(result)) throw new Error(result.message('en'));
  return result;
}

function problem(result: LogisticFit | ModelProblem): ModelProblem {
  if (!isModelProblem(result)) throw new Error(`expected a problem, got ${Array.from(result.coefficients)}`);
  return result;
}

describe('leadScore', () => {
  it('sums count x points: {8,1,1} x {5,15,30} = 40 + 15 + 30 = 85', () => {
    expect(leadScore([8, 1, 1], [5, 15, 30])).toBe(85);
  });
  it('caps at cap: 85 capped at 60 is 60; 10 under a cap of 60 stays 10', () => {
    expect(leadScore([8, 1, 1], [5, 15, 30], 60)).toBe(60);
    expect(leadScore([2, 0, 0], [5, 15, 30], 60)).toBe(10);
  });
  it('negative points lower the score: 3 views x 5 + 1 unsubscribe x -20 = -5', () => {
    expect(leadScore([3, 1], [5, -20])).toBe(-5);
  });
});

describe('attributeScore', () => {
  const table = new Map([['制造业', 30], ['零售', 15], ['500人以上', 20], ['100-499人', 10], ['华东', 10]]);
  it('sums the points of each value: 制造业 30 + 100-499人 10 + 华南 (not in the table) 0 = 40', () => {
    expect(attributeScore(['制造业', '100-499人', '华南'], table)).toBe(40);
  });
  it('零售 15 + 500人以上 20 + 华东 10 = 45', () => {
    expect(attributeScore(['零售', '500人以上', '华东'], table)).toBe(45);
  });
  it('a lead with no value in the table scores 0', () => {
    expect(attributeScore(['教育', '10人以下', '西北'], table)).toBe(0);
  });
});

describe('logistic and conversionProbability', () => {
  it('logistic(0) is 0.5 and logistic(ln(6/34)) is 6/40 = 0.15', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(6 / 34))).toBeCloseTo(0.15, 15);
  });
  it('does not overflow: logistic(-800) is 0 and logistic(800) is 1, never NaN', () => {
    expect(logistic(-800)).toBe(0);
    expect(logistic(800)).toBe(1);
    expect(logistic(-40)).toBeGreaterThan(0);
  });
  it('seed 001: the webinar model gives 15% with a webinar and 5% without', () => {
    const b = [Math.log(5 / 95), Math.log(6 / 34) - Math.log(5 / 95)];
    expect(conversionProbability([1], b)).toBeCloseTo(0.15, 12);
    expect(conversionProbability([0], b)).toBeCloseTo(0.05, 12);
  });
  it('R Tutorial\'s car of 120 hp and 2,800 lbs under the published coefficients: 1 / (1 + e^-0.583756) = 0.64193', () => {
    // 18.8663 + 0.03626 x 120 - 8.08348 x 2.8 = 18.8663 + 4.3512 - 22.633744 = 0.583756
    expect(conversionProbability([120, 2.8], PUBLISHED)).toBeCloseTo(1 / (1 + Math.exp(-0.583756)), 12);
    expect(conversionProbability([120, 2.8], PUBLISHED)).toBeCloseTo(0.64193, 5);
  });
});

describe('cholesky', () => {
  it('factors [[4,2],[2,2]] as L = [[2,0],[1,1]] and solves A x = (6, 4) as x = (1, 1)', () => {
    const a = Float64Array.of(4, 2, 2, 2);
    expect(choleskyInPlace(a, 2, 1e-10)).toBe(-1);
    expect([a[0], a[2], a[3]]).toEqual([2, 1, 1]);
    expect(Array.from(choleskySolve(a, 2, [6, 4]))).toEqual([1, 1]);
  });
  it('names the first dependent column: [[1,1],[1,1]] fails at column 1 (0-based)', () => {
    expect(choleskyInPlace(Float64Array.of(1, 1, 1, 1), 2, 1e-10)).toBe(1);
  });
});

describe('fitLogistic', () => {
  it('seed 001 by hand: 100 leads at 5% and 40 webinar leads at 15% give b0 = ln(5/95) = -2.944439, b1 = ln(6/34) - ln(5/95) = 1.209838', () => {
    const { webinar, won } = webinarLeads();
    const fit = fitted(fitOf(webinar, won.map(([y]) => y)));
    expect(fit.coefficients[0]).toBeCloseTo(-2.944439, 6);
    expect(fit.coefficients[1]).toBeCloseTo(1.209838, 6);
    // The likelihood at the top, by hand: 5 ln .05 + 95 ln .95 + 6 ln .15 + 34 ln .85
    expect(fit.logLikelihood).toBeCloseTo(5 * Math.log(0.05) + 95 * Math.log(0.95) + 6 * Math.log(0.15) + 34 * Math.log(0.85), 9);
  });

  it('mtcars, am on hp and wt: the published 18.86630, 0.03626, -8.08348 to 4 decimals', () => {
    const fit = fitted(fitOf(HP_WT, AM.map(([y]) => y)));
    expect(fit.coefficients).toHaveLength(3);
    fit.coefficients.forEach((b, j) => expect(Math.abs(b - PUBLISHED[j]), `coefficient ${j}`).toBeLessThan(0.5e-4));
    // R: residual deviance 10.059 = -2 x log-likelihood
    expect(-2 * fit.logLikelihood).toBeCloseTo(10.059, 3);
  });

  it('does not depend on the features\' scale: wt in pounds gives wt\'s coefficient / 1000 and the same intercept', () => {
    const pounds = HP_WT.map(([hp, wt]) => [hp, wt * 1000]);
    const fit = fitted(fitOf(pounds, AM.map(([y]) => y)));
    expect(fit.coefficients[0]).toBeCloseTo(18.8663, 4);
    expect(fit.coefficients[2] * 1000).toBeCloseTo(-8.08348, 4);
  });

  it('complete separation (won exactly when x > 5) is a problem naming the column, not a huge coefficient', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => [v]);
    const p = problem(fitOf(x, x.map(([v]) => (v > 5 ? 1 : 0))));
    expect(p.key).toBe('logitSeparated');
    expect(p.message('en')).toBe('features: won and lost are separated: the features (column 1 most) tell them apart without error, so the coefficients grow without bound; drop or merge that column, or add rows where it does not decide the outcome');
  });

  it('quasi-complete separation (won when x > 5, both outcomes at x = 5) is a problem naming the column that separates', () => {
    const x = [1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10];
    const y = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    // Column 1 is noise that decides nothing; column 2 separates.
    const p = problem(fitOf(x.map((v, i) => [(i * 7) % 5, v]), y));
    expect(p.key).toBe('logitSeparated');
    expect(p.params.column).toBe(2);
  });

  it('one outcome only, too few rows, a constant column and a copied column are each their own problem', () => {
    expect(problem(fitOf([[1], [2], [3]], [1, 1, 1])).message('en')).toBe('outcomes: all 3 rows are won; the fit needs both won and lost rows');
    expect(problem(fitOf([[1], [2], [3]], [0, 0, 0])).key).toBe('logitAllLost');
    // 2 features: 3 coefficients need at least 4 rows
    expect(problem(fitOf([[1, 2], [2, 1], [3, 5]], [0, 1, 0])).message('en'))
      .toBe('outcomes: 3 rows for 3 coefficients; the fit needs at least 4 (and about 10 of the rarer outcome per feature to be reliable)');
    expect(problem(fitOf([[1, 7], [2, 7], [3, 7], [4, 7]], [0, 1, 0, 1])).message('en'))
      .toBe('features: column 2 is 7 in every row, so it cannot be told from the intercept; drop it');
    // Column 3 = 2 x column 1 + 1: a combination of the intercept and column 1.
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i, (i * i) % 7, 2 * i + 1]);
    const collinear = problem(fitOf(rows, [1, 0, 0, 1, 0, 1, 1, 0]));
    expect(collinear.key).toBe('logitCollinear');
    expect(collinear.params.column).toBe(3);
  });

  it('stops within the iteration limit on a fit that exists (mtcars: R takes 8 Fisher scoring iterations)', () => {
    const fit = fitted(fitOf(HP_WT, AM.map(([y]) => y)));
    expect(fit.iterations).toBeGreaterThan(3);
    expect(fit.iterations).toBeLessThan(MAX_ITERATIONS);
  });
});
