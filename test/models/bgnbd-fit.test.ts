// BGNBD_FIT (SPEC, "Buy till you die"): the published CDNOW fit, parameters recovered from simulated
// customers, and the data that cannot identify the model.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { bgNbdLogLikelihood, type BgNbdParams } from '../../src/models/bgnbd';
import { fitBgNbd, type BgNbdFit } from '../../src/models/bgnbd-fit';
import { btydSummary } from '../../src/models/btyd-summary';
import { ModelProblem } from '../../src/models/model-problem';
import { CDNOW_AS_OF, readPublishedSummary, readTransactions } from './support/cdnow';
import { seededRandom, simulateBgNbd } from './support/simulate';

function fitted(result: BgNbdFit | ModelProblem): BgNbdFit {
  if (result instanceof ModelProblem) throw new Error(result.message('en'));
  return result;
}

/** Rounded to 3 decimals, as SPEC and the paper give them. */
const round3 = (p: BgNbdParams) => ({ r: +p.r.toFixed(3), alpha: +p.alpha.toFixed(3), a: +p.a.toFixed(3), b: +p.b.toFixed(3) });
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('CDNOW (Fader, Hardie & Lee 2005: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4)', () => {
  it('on the published summary (cdnow_customers_summary.csv)', () => {
    const published = readPublishedSummary();
    const fit = fitted(fitBgNbd(published.map((c) => c.frequency), published.map((c) => c.recency), published.map((c) => c.T)));
    expect(round3(fit.params)).toEqual(PUBLISHED);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit.customers).toBe(2357);
    // Its cost, for the bench: the start, then at least one line-search evaluation per iteration.
    expect(fit.evaluations).toBeGreaterThan(fit.iterations);
  });

  it('on the BTYD summary of the transactions to 1997-09-30', () => {
    const t = readTransactions();
    const { customers } = btydSummary(t.ids, t.dates, t.amounts, CDNOW_AS_OF, 'W');
    const fit = fitted(fitBgNbd(customers.map((c) => c.frequency), customers.map((c) => c.recency), customers.map((c) => c.T)));
    expect(round3(fit.params)).toEqual(PUBLISHED);
  });

  it('in days: the same r, a, b and alpha x 7 (the time unit is the user\'s choice)', () => {
    const t = readTransactions();
    const weeks = btydSummary(t.ids, t.dates, t.amounts, CDNOW_AS_OF, 'W').customers;
    const days = btydSummary(t.ids, t.dates, t.amounts, CDNOW_AS_OF, 'D').customers;
    const fitOf = (cs: typeof weeks) => fitted(fitBgNbd(cs.map((c) => c.frequency), cs.map((c) => c.recency), cs.map((c) => c.T))).params;
    const [w, d] = [fitOf(weeks), fitOf(days)];
    expect(d.r).toBeCloseTo(w.r, 6);
    expect(d.alpha / 7).toBeCloseTo(w.alpha, 5);
    expect(d.a).toBeCloseTo(w.a, 6);
    expect(d.b).toBeCloseTo(w.b, 6);
  });

  it('its log-likelihood is the sum of bgNbdLogLikelihood at the fit, and the maximum: any nudge lowers it', () => {
    const published = readPublishedSummary();
    const [x, tx, T] = [published.map((c) => c.frequency), published.map((c) => c.recency), published.map((c) => c.T)];
    const fit = fitted(fitBgNbd(x, tx, T));
    const total = (p: BgNbdParams) => x.reduce((s, xi, i) => s + bgNbdLogLikelihood(xi, tx[i], T[i], p), 0);
    expect(total(fit.params)).toBeCloseTo(fit.logLikelihood, 6);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.999, 1.001]) {
        expect(total({ ...fit.params, [key]: fit.params[key] * factor })).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe('recovers the parameters of 20,000 simulated customers (seeded)', () => {
  // Tolerance: r and alpha within 10%, a and b within 35% of the truth. The standard errors of these
  // fits (observed information, worked out once) are 1-2% for r, 2-3% for alpha, 4-9% for a and 6-12% for
  // b (dropout is seen only through the silences), so the bounds are at least 3 standard errors. Whatever
  // the sample, the fit's log-likelihood must be at least the truth's (it is the maximum) and within 10 of
  // it (twice the gap is chi-square with 4 degrees of freedom: 10 is beyond its 99.99th percentile).
  it.each([
    ['CDNOW-like, T from 27 to 39 weeks', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, (u: number) => 27 + 12 * u, 1],
    ['frequent buyers who leave soon, T from 0 to 52 weeks', { r: 1.5, alpha: 10, a: 0.5, b: 5 }, (u: number) => 52 * u, 2],
    ['a > 1 (finite expected lifetime purchases), T = 52 weeks', { r: 0.5, alpha: 2, a: 2, b: 8 }, () => 52, 3],
    ['in days, T from 30 to 730', { r: 0.8, alpha: 60, a: 1.2, b: 3 }, (u: number) => 30 + 700 * u, 4],
  ] as const)('%s', (_name, truth, age, seed) => {
    const random = seededRandom(seed);
    const x: number[] = [], tx: number[] = [], T: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const c = simulateBgNbd(random, truth, age(random()));
      x.push(c.frequency);
      tx.push(c.recency);
      T.push(c.T);
    }
    const fit = fitted(fitBgNbd(x, tx, T));
    expect(Math.abs(fit.params.r / truth.r - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.alpha / truth.alpha - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.a / truth.a - 1)).toBeLessThan(0.35);
    expect(Math.abs(fit.params.b / truth.b - 1)).toBeLessThan(0.35);
    const atTruth = x.reduce((s, xi, i) => s + bgNbdLogLikelihood(xi, tx[i], T[i], truth), 0);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth);
    expect(fit.logLikelihood - atTruth).toBeLessThan(10);
  });
});

describe('data that cannot identify the model, and bad rows: a problem, never NaN', () => {
  it.each([
    ['fewer than 2 repeat buyers', [0, 0, 1], [0, 0, 5], [10, 10, 10],
      'frequency: customers with repeat purchases (frequency above 0): 1; the BG/NBD fit needs at least 2'],
    ['no customer at all', [], [], [], 'frequency: customers with repeat purchases (frequency above 0): 0; the BG/NBD fit needs at least 2'],
    ['every T is 0', [1, 2], [0, 0], [0, 0],
      "T: every customer's T is 0; the BG/NBD fit needs customers observed for some time after their first purchase"],
    ['a negative frequency', [1, 2, -1], [1, 2, 0], [5, 5, 5], 'frequency: -1 is negative (row 3)'],
    ['recency above T', [1, 2, 1], [1, 6, 0.5], [5, 5, 5], 'recency: 6 is above T (5); the last purchase cannot come after the end of the period (row 2)'],
    ['a fractional frequency', [1.5, 2], [1, 2], [5, 5], 'frequency: 1.5 is not a whole number (row 1)'],
    ['misaligned lists', [1, 2], [1], [5, 5], 'Ranges do not line up: frequency has 2 rows, recency has 1 rows'],
    // Everyone bought again at the very end: nobody is ever seen to drop out.
    ['no dropout ever seen (every last purchase at T)', [1, 2, 3, 1, 2, 3, 0, 0], [10, 20, 30, 5, 15, 25, 0, 0],
      [10, 20, 30, 5, 15, 25, 10, 30], 'BG/NBD: these data cannot determine a; the best fit drives it towards 0'],
  ])('%s', (_name, x, tx, T, message) => {
    const result = fitBgNbd(x, tx, T);
    expect(result).toBeInstanceOf(ModelProblem);
    expect((result as ModelProblem).message('en')).toBe(message);
  });

  it.each(LANGS)('says so in %s', (lang) => {
    for (const [x, tx, T] of [[[0, 0, 1], [0, 0, 5], [10, 10, 10]], [[1, 2], [0, 0], [0, 0]], [[1, 2, -1], [1, 2, 0], [5, 5, 5]]]) {
      const text = (fitBgNbd(x, tx, T) as ModelProblem).message(lang);
      expect(text).toMatch(/^(frequency|T)/);
      expect(text).not.toMatch(/\{\w+\}|NaN/);
      if (lang !== 'en') expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
