// Gamma-Gamma per customer (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's note 025): the expected
// spend and the log-likelihood of a customer's mean spend.
import { describe, expect, it } from 'vitest';
import { expectedSpend, gammaGammaLogLikelihood, type GammaGammaParams } from '../../src/models/gamma-gamma';

/** SPEC's published CDNOW parameters. */
const CDNOW: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

function relClose(actual: number, expected: number, rel: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('expectedSpend', () => {
  it('SPEC: E(spend) for x = 2, m = 22.35 is 24.66', () => {
    expect(Math.abs(expectedSpend(2, 22.35, CDNOW) - 24.66)).toBeLessThan(5e-3);
  });
  it('is p (v + x m) / (p x + q - 1) by hand: 6.25 x (15.44 + 44.7) / 15.24', () => {
    relClose(expectedSpend(2, 22.35, CDNOW), (6.25 * (15.44 + 2 * 22.35)) / (12.5 + 3.74 - 1), 1e-15);
  });
  it('is the population mean p v / (q - 1) without a repeat purchase of positive amount', () => {
    const mean = (6.25 * 15.44) / 2.74;
    for (const [x, m] of [[0, 0], [0, 30], [3, 0], [3, -12]]) relClose(expectedSpend(x, m, CDNOW), mean, 1e-15);
  });
  it('moves from the population mean towards m as the repeat purchases grow', () => {
    const spends = [1, 10, 100, 10_000].map((x) => expectedSpend(x, 100, CDNOW));
    for (let i = 1; i < spends.length; i++) expect(spends[i]).toBeGreaterThan(spends[i - 1]);
    relClose(spends[3], 100, 1e-3);
  });
});

describe('gammaGammaLogLikelihood', () => {
  it('is the log of the mean spend\'s density, integrated over nu ~ Gamma(q, v) numerically', () => {
    // f(m) = int Gamma(m; p x, rate x nu) Gamma(nu; q, rate v) dnu, by the trapezoid rule in ln nu.
    const lnGammaDensity = (y: number, shape: number, rate: number, lnGammaShape: number) =>
      shape * Math.log(rate) + (shape - 1) * Math.log(y) - rate * y - lnGammaShape;
    const { p, q, v } = CDNOW;
    const [x, m] = [2, 22.35];
    // ln Gamma(12.5) by the recurrence from Gamma(1/2) = sqrt(pi); ln Gamma(3.74) from mpmath (loggamma, 30 digits).
    let lnG125 = 0.5 * Math.log(Math.PI);
    for (let k = 0.5; k < 12.5; k++) lnG125 += Math.log(k);
    const lnG374 = 1.4750054871475757;
    let sum = 0;
    const h = 0.005;
    for (let s = -40; s <= 40; s += h) {
      const nu = Math.exp(s);
      sum += Math.exp(lnGammaDensity(m, p * x, x * nu, lnG125) + lnGammaDensity(nu, q, v, lnG374) + s);
    }
    relClose(gammaGammaLogLikelihood(x, m, CDNOW), Math.log(sum * h), 1e-10);
  });
});
