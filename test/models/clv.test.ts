// Seed 000, formula 6 (SPEC.md, CLV): annual_revenue x margin x years - (acquisition + maintenance), the
// revenue term discounted as `years` end-of-year payments when a rate d is given.
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../src/models/clv';

// The present value of `years` end-of-year payments, summed payment by payment (independent of the
// closed form a x (1 - (1+d)^-n) / d the model uses).
function presentValue(payment: number, years: number, rate: number): number {
  let pv = 0;
  for (let t = 1; t <= years; t++) pv += payment / (1 + rate) ** t;
  return pv;
}

describe('customerLifetimeValue', () => {
  it.each([
    // 2,000,000 x 1 x 3 - (300,000 + 200,000) = 6,000,000 - 500,000 = 5,500,000: above the seed's 5,000,000
    ['margin defaults to 1 (the seed literally): 2,000,000 x 3 - 500,000 = 5,500,000', 2_000_000, 3, 300_000, 200_000, undefined, undefined, 5_500_000],
    // 2,000,000 x 0.25 x 3 - 500,000 = 1,500,000 - 500,000 = 1,000,000
    ['margin 0.25: 2,000,000 x 0.25 x 3 - 500,000 = 1,000,000', 2_000_000, 3, 300_000, 200_000, 0.25, undefined, 1_000_000],
    // 100,000 x 0.3 x 2 - (80,000 + 0) = -20,000: a customer can be worth less than its cost
    ['costs above revenue give a negative CLV: 60,000 - 80,000 = -20,000', 100_000, 2, 80_000, 0, 0.3, undefined, -20_000],
    ['discount rate 0 is the undiscounted formula', 2_000_000, 3, 300_000, 200_000, 1, 0, 5_500_000],
    ['zero years leaves only the costs', 1_000_000, 0, 10_000, 5_000, 1, undefined, -15_000],
  ])('%s', (_rule, a, years, acq, maint, margin, rate, clv) => {
    expect(customerLifetimeValue(a, years, acq, maint, margin, rate)).toBeCloseTo(clv, 6);
  });

  it('discounts at 10% over 2 years: 1000/1.1 + 1000/1.21 = 909.0909 + 826.4463 = 1735.5372', () => {
    const got = customerLifetimeValue(1000, 2, 0, 0, 1, 0.1);
    expect(got).toBeCloseTo(1000 / 1.1 + 1000 / 1.21, 9);
    expect(got).toBeCloseTo(1735.5372, 4);
  });

  it('discounts the margin-weighted revenue: 100,000 x 0.3 at 8% for 3 years, less 25,000', () => {
    // 30,000 x (1/1.08 + 1/1.1664 + 1/1.259712) = 30,000 x (0.925926 + 0.857339 + 0.793832)
    // = 30,000 x 2.577097 = 77,312.91; - (20,000 + 5,000) = 52,312.91 (relative tolerance 1e-12)
    const got = customerLifetimeValue(100_000, 3, 20_000, 5_000, 0.3, 0.08);
    const expected = presentValue(30_000, 3, 0.08) - 25_000;
    expect(Math.abs(got - expected) / expected).toBeLessThan(1e-12);
    expect(got).toBeCloseTo(52_312.91, 2);
  });
});
