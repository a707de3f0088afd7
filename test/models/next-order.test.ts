// Seed 000, formula 4 (SPEC.md, NEXT_ORDER_DATE): last order + mean interval; window +/- one sample sd of
// the intervals; volatility = sd / mean of the intervals. Dates are serial days.
import { describe, expect, it } from 'vitest';
import { purchaseCycle } from '../../src/models/next-order';

describe('purchaseCycle', () => {
  it('intervals 30 and 40: next = last + 35, spread sqrt 50 = 7.0711, volatility 7.0711 / 35 = 0.2020', () => {
    // intervals 46030 - 46000 = 30, 46070 - 46030 = 40; mean 35; sd sqrt(((30-35)^2 + (40-35)^2) / 1) = sqrt 50
    const c = purchaseCycle([46000, 46030, 46070]);
    expect(c.next).toBe(46105);
    expect(c.spread).toBeCloseTo(Math.sqrt(50), 12);
    expect(c.volatility).toBeCloseTo(Math.sqrt(50) / 35, 12);
  });

  it('takes the dates in any order (sorted before the intervals are taken)', () => {
    const c = purchaseCycle([46070, 46000, 46030]);
    expect(c.next).toBe(46105);
    expect(c.spread).toBeCloseTo(Math.sqrt(50), 12);
  });

  it('intervals 10, 20, 30: next = last + 20, spread 10, volatility 0.5', () => {
    // mean 20; squares 100 + 0 + 100 = 200, / 2 = 100, sd 10; 10 / 20 = 0.5
    const c = purchaseCycle([46023, 46033, 46053, 46083]);
    expect(c.next).toBe(46103);
    expect(c.spread).toBeCloseTo(10, 12);
    expect(c.volatility).toBeCloseTo(0.5, 12);
  });

  it('a perfectly regular cycle has no spread and no volatility', () => {
    const c = purchaseCycle([46000, 46010, 46020]);
    expect(c.next).toBe(46030);
    expect(c.spread).toBe(0);
    expect(c.volatility).toBe(0);
  });

  it('orders all on one day have no cycle: volatility NaN (mean interval 0)', () => {
    const c = purchaseCycle([46000, 46000, 46000]);
    expect(c.next).toBe(46000);
    expect(c.volatility).toBeNaN();
  });
});
