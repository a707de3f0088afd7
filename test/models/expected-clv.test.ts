// EXPECTED_CLV (SPEC, "Buy till you die"): months of Gamma-Gamma spend times BG/NBD purchases, discounted.
import { describe, expect, it } from 'vitest';
import { expectedPurchases, type BgNbdParams } from '../../src/models/bgnbd';
import { expectedClv } from '../../src/models/expected-clv';
import { expectedSpend, type GammaGammaParams } from '../../src/models/gamma-gamma';

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

function relClose(actual: number, expected: number, rel: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('expectedClv', () => {
  it('SPEC: EXPECTED_CLV(2, 30.43, 38.86, 22.35, bg, gg, 12, 1%, "W") = 36.29', () => {
    expect(Math.abs(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 12, 0.01, 'W') - 36.29)).toBeLessThan(5e-3);
  });

  // mpmath at 40 digits: the sum over months with equation 10's 2F1 and the Gamma-Gamma mean, written out.
  it.each([
    ['SPEC\'s example', 2, 30.43, 38.86, 22.35, BG, 12, 0.01, 'W', 36.289211125599216],
    ['the same customer in days (alpha x 7, a month of 30 days)', 2, 213, 272, 22.345, { ...BG, alpha: 30.898 }, 12, 0.01, 'D', 35.87818618427374],
    ['no repeat purchase: the population mean spend p v / (q - 1)', 0, 0, 38.86, 0, BG, 12, 0.01, 'W', 8.36900435892046],
    ['five years undiscounted', 5, 30, 38.86, 40, BG, 60, 0, 'W', 404.1049652887025],
  ] as const)('%s', (_name, x, tx, T, m, bg, months, d, unit, expected) => {
    relClose(expectedClv(x, tx, T, m, bg, GG, months, d, unit), expected, 1e-11);
  });

  it('undiscounted, the months telescope: E(spend) x E[purchases in 12 months of 4.345 weeks]', () => {
    relClose(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 12, 0, 'W'),
      expectedSpend(2, 22.35, GG) * expectedPurchases(12 * 4.345, 2, 30.43, 38.86, BG), 1e-13);
  });

  it('defaults: 12 months, no discount, weeks', () => {
    expect(expectedClv(2, 30.43, 38.86, 22.35, BG, GG)).toBe(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 12, 0, 'W'));
  });

  it('is 0 over 0 months, and grows with the months and falls with the rate', () => {
    expect(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 0)).toBe(0);
    const byMonths = [1, 6, 12, 24].map((n) => expectedClv(2, 30.43, 38.86, 22.35, BG, GG, n, 0.01));
    for (let i = 1; i < byMonths.length; i++) expect(byMonths[i]).toBeGreaterThan(byMonths[i - 1]);
    expect(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 12, 0.02)).toBeLessThan(expectedClv(2, 30.43, 38.86, 22.35, BG, GG, 12, 0.01));
  });
});
