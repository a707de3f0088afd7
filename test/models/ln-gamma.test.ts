import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digamma, gammaSign, lnAbsGamma, lnGamma } from '../../src/models/ln-gamma';

const EULER = 0.5772156649015329;

/** ln((n - 1)!) summed term by term. */
function lnFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

/** |actual - expected| within `rel` of max(1, |expected|). */
function close(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('lnGamma', () => {
  it.each([1, 2, 3, 5, 10, 20, 100, 1000])('lnGamma(%s) is ln((n - 1)!) to 1e-14', (n) => close(lnGamma(n), lnFactorial(n - 1), 1e-14));
  it('lnGamma(1/2) = ln sqrt(pi), lnGamma(3/2) = ln(sqrt(pi) / 2)', () => {
    close(lnGamma(0.5), 0.5 * Math.log(Math.PI), 1e-15);
    close(lnGamma(1.5), 0.5 * Math.log(Math.PI) - Math.LN2, 1e-15);
  });
  it('near 0, lnGamma(x) = -ln x - Euler x + O(x^2)', () => close(lnGamma(1e-9), -Math.log(1e-9) - EULER * 1e-9, 1e-15));
  it('reflection: lnGamma(x) + lnGamma(1 - x) = ln(pi / sin(pi x))', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (x) => {
      // sin(pi x) through the nearer of x and 1 - x, which is exact: pi x near pi has lost its last digits.
      close(lnGamma(x) + lnGamma(1 - x), Math.log(Math.PI / Math.sin(Math.PI * Math.min(x, 1 - x))), 2e-14);
    }));
  });
  it("Legendre's duplication: lnGamma(2x) = (2x - 1) ln 2 + lnGamma(x) + lnGamma(x + 1/2) - ln(pi) / 2", () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
      close(lnGamma(2 * x), (2 * x - 1) * Math.LN2 + lnGamma(x) + lnGamma(x + 0.5) - 0.5 * Math.log(Math.PI), 1e-14);
    }));
  });
  it('recurrence: lnGamma(x + 1) = lnGamma(x) + ln x', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
      close(lnGamma(x + 1), lnGamma(x) + Math.log(x), 1e-14);
    }));
  });
  it('is NaN at and below 0 (lnAbsGamma takes negative x)', () => {
    expect(lnGamma(0)).toBeNaN();
    expect(lnGamma(-1.5)).toBeNaN();
  });
});

describe('lnAbsGamma and gammaSign', () => {
  it('Gamma(-1/2) = -2 sqrt(pi), Gamma(-3/2) = 4 sqrt(pi) / 3', () => {
    close(lnAbsGamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)), 4e-15);
    expect(gammaSign(-0.5)).toBe(-1);
    close(lnAbsGamma(-1.5), Math.log((4 * Math.sqrt(Math.PI)) / 3), 4e-15);
    expect(gammaSign(-1.5)).toBe(1);
  });
  it('poles: infinite |Gamma|, sign 0 (1 / Gamma is 0)', () => {
    for (const x of [0, -1, -7]) {
      expect(lnAbsGamma(x)).toBe(Infinity);
      expect(gammaSign(x)).toBe(0);
    }
  });
  it('Gamma(x) = Gamma(x + 1) / x for negative x', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: -1e-3, noNaN: true }).filter((x) => Math.abs(x - Math.round(x)) > 1e-3), (x) => {
      close(lnAbsGamma(x), lnAbsGamma(x + 1) - Math.log(Math.abs(x)), 1e-13);
      expect(gammaSign(x)).toBe(gammaSign(x + 1) * Math.sign(x));
    }));
  });
});

describe('digamma', () => {
  it('psi(1) = -Euler, psi(1/2) = -Euler - 2 ln 2', () => {
    close(digamma(1), -EULER, 2e-15);
    close(digamma(0.5), -EULER - 2 * Math.LN2, 2e-15);
  });
  it('psi(n + 1) = H_n - Euler', () => {
    let harmonic = 0;
    for (let n = 1; n <= 200; n++) {
      harmonic += 1 / n;
      close(digamma(n + 1), harmonic - EULER, 2e-15);
    }
  });
  it('is the derivative of lnGamma (central difference)', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 1e4, noNaN: true }), (x) => {
      const h = 1e-5 * x;
      close(digamma(x), (lnGamma(x + h) - lnGamma(x - h)) / (2 * h), 1e-7 * Math.max(1, Math.abs(lnGamma(x)) / x));
    }));
  });
});
