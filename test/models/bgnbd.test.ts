// BG/NBD per customer (Fader, Hardie & Lee 2005): P(alive), expected purchases and the log-likelihood,
// against SPEC's worked values, mpmath, closed forms and an independent quadrature.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgNbdLogLikelihood, expectedPurchases, expectedPurchasesIfAlive, probabilityAlive, type BgNbdParams,
} from '../../src/models/bgnbd';
import { lnGamma } from '../../src/models/ln-gamma';

/** SPEC's published CDNOW parameters, rounded as SPEC gives them. */
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function relClose(actual: number, expected: number, rel: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('SPEC worked values (CDNOW customer 1: x = 2, t_x = 30.43, T = 38.86, published parameters)', () => {
  it('PROB_ALIVE(2, 30.43, 38.86) = 0.7266', () => {
    expect(Math.abs(probabilityAlive(2, 30.43, 38.86, CDNOW) - 0.7266)).toBeLessThan(5e-5);
  });
  it('EXPECTED_PURCHASES(39, 2, 30.43, 38.86) = 1.226', () => {
    expect(Math.abs(expectedPurchases(39, 2, 30.43, 38.86, CDNOW) - 1.226)).toBeLessThan(5e-4);
  });
});

describe('probabilityAlive', () => {
  it('is 1 without repeat purchases', () => expect(probabilityAlive(0, 0, 38.86, CDNOW)).toBe(1));
  it('is 1 / (1 + a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)) (hand formula, x = 1)', () => {
    // x = 1, t_x = 1.71, T = 38.86: b + x - 1 = b
    const odds = (0.793 / 2.426) * ((4.414 + 38.86) / (4.414 + 1.71)) ** 1.243;
    relClose(probabilityAlive(1, 1.71, 38.86, CDNOW), 1 / (1 + odds), 1e-14);
  });
  it('is 1 / (1 + a / (b + x - 1)) when the last purchase is at T', () => {
    relClose(probabilityAlive(5, 20, 20, CDNOW), 1 / (1 + 0.793 / (2.426 + 4)), 1e-14);
  });
});

describe('expectedPurchases: mpmath at 50 digits (the paper\'s equation 10)', () => {
  // [t, x, t_x, T, r, alpha, a, b, E]; mpmath with the exact doubles, a = 1 and a + b + x - 1 = 0 (0.4 + 0.6
  // is exactly 1 in binary) as the mean of the formula 1e-25 either side.
  it.each([
    [39, 2, 30.43, 38.86, 0.243, 4.414, 0.793, 2.426, 1.2260281747671444],
    [1e-6, 0, 0, 0, 0.243, 4.414, 0.793, 2.426, 5.505210502292042e-8],
    [0.01, 5, 20, 38.86, 0.243, 4.414, 0.793, 2.426, 0.00034800117858854653],
    [520, 0, 0, 38.86, 0.243, 4.414, 0.793, 2.426, 1.4645477714482396],
    [5200, 1, 1.71, 38.86, 0.243, 4.414, 0.793, 2.426, 3.745317360081085],
    [52000, 30, 35, 38.86, 0.243, 4.414, 0.793, 2.426, 358.4937999287152],
    [100, 3, 20, 30, 0.5, 10, 1, 3, 3.412493944240879],
    [100, 0, 0, 30, 0.5, 10, 0.4, 0.6, 0.8338846406657728],
    [2, 0, 0, 30, 0.5, 10, 0.4, 0.6, 0.024635568763158724],
    [365, 4, 300, 365, 0.8, 60, 1.2, 3, 2.135517950537066],
    [2, 0, 0, 5, 40, 10, 0.3, 0.4, 2.8920473040206023],
    [50, 0, 0, 5, 40, 10, 0.3, 0.4, 25.963711800502086],
  ])('t = %s, x = %s, t_x = %s, T = %s, (r, alpha, a, b) = (%s, %s, %s, %s): %s', (t, x, tx, T, r, alpha, a, b, expected) => {
    relClose(expectedPurchases(t, x, tx, T, { r, alpha, a, b }), expected, 1e-11);
  });
  it('is 0 for t = 0', () => expect(expectedPurchases(0, 2, 30.43, 38.86, CDNOW)).toBe(0));
});

describe('expectedPurchasesIfAlive where equation 10 cancels (parameters in the hundreds): mpmath at 60 digits', () => {
  // [t, x, T, r, alpha, a, b, E[purchases | alive]]: (a + b + x - 1) / (a - 1) [1 - 2F1(r + x, a - 1; a + b + x - 1; -t / (alpha + T))]
  it.each([
    [147685.80390284592, 754, 6681.378630097434, 0.002341970435480886, 535.1377758051542, 774.7931721466848, 0.0024262510257262583, 1.9744237263805846],
    [1985581.4832481625, 690, 134.232904960412, 0.8259680503745991, 19.006989536868076, 777.5019279744928, 1.9429107079537036, 1.8911026306307939],
    [17.304904995468664, 639, 0.04962156487674426, 0.3173421666326474, 0.012785765205153564, 913.6060372699212, 531.6712380408578, 2.282778318608261],
    [0.029499592116881492, 1317, 0.015991581966041522, 527.0846700371562, 0.0026626893855410593, 236.48394628188083, 42.77107451229787, 6.774368469622189],
    [60.853438056324734, 2, 0.06508897124875176, 626.9153119288815, 189.092108990181, 6.559796339312801, 0.006861935319059664, 1.360959612621047],
    [751.5203969626598, 1, 1505.2880395773543, 613.2807500914299, 3.79417944515412, 0.0050442556459994225, 55.02957360669022, 304.04696352469256],
  ])('t = %s, x = %s, T = %s, (r, alpha, a, b) = (%s, %s, %s, %s): %s', (t, x, T, r, alpha, a, b, expected) => {
    relClose(expectedPurchasesIfAlive(t, x, T, { r, alpha, a, b }), expected, 1e-10);
  });
  it('is finite and between 0 and (r + x) t / (alpha + T) anywhere (parameters from 1e-3 to 1e3, x to 2,000, t to 1e7)', () => {
    const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp);
    fc.assert(fc.property(logUniform(1e-3, 1e3), logUniform(1e-3, 1e4), logUniform(1e-3, 1e3), logUniform(1e-3, 1e3),
      fc.integer({ min: 0, max: 2000 }), logUniform(1e-3, 1e4), logUniform(1e-4, 1e7), (r, alpha, a, b, x, T, t) => {
        const value = expectedPurchasesIfAlive(t, x, T, { r, alpha, a, b });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(((r + x) * t) / (alpha + T) * (1 + 1e-9));
      }), { numRuns: 2000 });
  });
});

/**
 * E[(1 - (1 + p u)^-(r + x)) / p] for p ~ Beta(a, b + x), u = t / (alpha + T), by tanh-sinh quadrature
 * (Takahasi & Mori): p = 1 / (1 + e^(-2q)), q = (pi / 2) sinh(tau), dp = pi cosh(tau) p (1 - p) dtau,
 * with ln p and ln(1 - p) taken from q so neither end underflows.
 */
function ifAliveByQuadrature(t: number, x: number, T: number, { r, alpha, a, b }: BgNbdParams): number {
  const u = t / (alpha + T);
  const shape = r + x;
  const beta = b + x;
  const lnB = lnGamma(a) + lnGamma(beta) - lnGamma(a + beta);
  const softplus = (v: number) => (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v)));
  const h = 1 / 64;
  let sum = 0;
  for (let tau = -7; tau <= 7; tau += h) {
    const q = (Math.PI / 2) * Math.sinh(tau);
    const lnP = -softplus(-2 * q);
    const lnQ = -softplus(2 * q);
    const p = Math.exp(lnP);
    const g = p === 0 ? shape * u : -Math.expm1(-shape * Math.log1p(p * u)) / p;
    sum += Math.exp(a * lnP + beta * lnQ - lnB) * Math.PI * Math.cosh(tau) * g;
  }
  return sum * h;
}

describe('expectedPurchasesIfAlive: the posterior expectation it is, by independent quadrature', () => {
  it('agrees with tanh-sinh quadrature of E[(1 - (1 + p u)^-(r + x)) / p], p ~ Beta(a, b + x), to 1e-9', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.05, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }),
      fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }),
      fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      (r, alpha, a, b, x, T, t) => {
        const params = { r, alpha, a, b };
        relClose(expectedPurchasesIfAlive(t, x, T, params), ifAliveByQuadrature(t, x, T, params), 1e-9);
      },
    ), { numRuns: 300 });
  });
  it('starts as (r + x) t / (alpha + T): a rate of (r + x) / (alpha + T) per unit', () => {
    relClose(expectedPurchasesIfAlive(1e-9, 2, 38.86, CDNOW), (2.243 * 1e-9) / (4.414 + 38.86), 1e-8);
  });
  it('tends to E[1/p] = (a + b + x - 1) / (a - 1) purchases as t grows, when a > 1', () => {
    const params = { r: 2, alpha: 5, a: 3, b: 4 };
    relClose(expectedPurchasesIfAlive(1e9, 1, 10, params), (3 + 4 + 1 - 1) / (3 - 1), 1e-6);
  });
});

describe('properties (fast-check)', () => {
  const params = fc.record({
    r: fc.double({ min: 0.01, max: 20, noNaN: true }), alpha: fc.double({ min: 0.01, max: 500, noNaN: true }),
    a: fc.double({ min: 0.01, max: 50, noNaN: true }), b: fc.double({ min: 0.01, max: 50, noNaN: true }),
  });
  it('P(alive) is in (0, 1] (0 only where it is below the smallest double: odds above e^700)', () => {
    fc.assert(fc.property(params, fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 400, noNaN: true }),
      fc.double({ min: 0, max: 400, noNaN: true }), (p, x, tx, extra) => {
        const recency = x === 0 ? 0 : tx;
        const alive = probabilityAlive(x, recency, tx + extra, p);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const logOdds = x === 0 ? -Infinity
          : Math.log(p.a / (p.b + x - 1)) + (p.r + x) * Math.log((p.alpha + tx + extra) / (p.alpha + recency));
        if (logOdds < 700) expect(alive).toBeGreaterThan(0);
      }));
  });
  it('P(alive) falls as T grows with recency fixed (a longer silence)', () => {
    fc.assert(fc.property(params, fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 200, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (p, x, tx, gap, more) => {
        const before = probabilityAlive(x, tx, tx + gap, p);
        const after = probabilityAlive(x, tx, tx + gap + more, p);
        expect(after).toBeLessThanOrEqual(before);
        if (before < 1 - 1e-9 && after > 1e-300) expect(after).toBeLessThan(before);
      }));
  });
  it('expected purchases rise with t, and are finite and >= 0', () => {
    fc.assert(fc.property(params, fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 200, noNaN: true }),
      fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }),
      fc.double({ min: 1e-6, max: 1e4, noNaN: true }), (p, x, tx, gap, t, more) => {
        const recency = x === 0 ? 0 : tx;
        const now = expectedPurchases(t, x, recency, recency + gap, p);
        const later = expectedPurchases(t + more, x, recency, recency + gap, p);
        expect(Number.isFinite(now) && now >= 0).toBe(true);
        expect(later).toBeGreaterThanOrEqual(now * (1 - 1e-12));
      }), { numRuns: 300 });
  });
});

describe('bgNbdLogLikelihood (the paper\'s equation 6)', () => {
  it('x = 0: ln (alpha / (alpha + T))^r', () => {
    relClose(bgNbdLogLikelihood(0, 0, 38.86, CDNOW), 0.243 * Math.log(4.414 / (4.414 + 38.86)), 1e-14);
  });
  it('x = 2: the likelihood written out with Gamma(r + 2) / Gamma(r) = r (r + 1) and the beta ratios', () => {
    const { r, alpha, a, b } = CDNOW;
    const [x, tx, T] = [2, 30.43, 38.86];
    const common = r * (r + 1) * alpha ** r / ((a + b) * (a + b + 1));
    const likelihood = common * (b * (b + 1) / (alpha + T) ** (r + x) + (a * b) / (alpha + tx) ** (r + x));
    relClose(bgNbdLogLikelihood(x, tx, T, CDNOW), Math.log(likelihood), 1e-13);
  });
  it('stays finite where both terms underflow on their own (x = 300, t_x = 10, T = 1e4: e^-2765 and e^-801)', () => {
    const { r, alpha, a, b } = CDNOW;
    const [x, tx] = [300, 10];
    // The second term alone: ln of 300 purchases packed into 10 weeks and a dropout right after (a density).
    const second = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) + lnGamma(b + x) - lnGamma(b)
      - lnGamma(a + b + x) + Math.log(a / (b + x - 1)) - (r + x) * Math.log(alpha + tx);
    relClose(bgNbdLogLikelihood(x, tx, 1e4, CDNOW), second, 1e-14);
  });
});
