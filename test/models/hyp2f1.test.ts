// 2F1 against values computed independently of the code: closed forms, the series summed exactly in
// BigInt rationals (120 digits, thousands of terms), and mpmath 1.3.0's hyp2f1 at 50 digits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hyp2f1 } from '../../src/models/hyp2f1';

/** |actual / expected - 1| <= rel. */
function relClose(actual: number, expected: number, rel: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** A double as the exact fraction it is: numerator / 2^k. */
function exact(x: number): { num: bigint; den: bigint } {
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return { num: BigInt(x), den };
}

/**
 * The Gauss series in exact rational steps on a fixed point of 10^-120, for 0 <= z < 1 and positive
 * parameters: every term positive, summed until below 10^-40 of the sum.
 */
function seriesBigInt(a: number, b: number, c: number, z: number): number {
  const [A, B, C, Z] = [a, b, c, z].map(exact);
  const ONE = 10n ** 120n;
  let term = ONE;
  let sum = ONE;
  for (let k = 0n; ; k++) {
    // (a + k)(b + k) z / ((c + k)(k + 1)) with a = A.num / A.den ...
    const num = (A.num + k * A.den) * (B.num + k * B.den) * Z.num * C.den;
    const den = A.den * B.den * (C.num + k * C.den) * (k + 1n) * Z.den;
    term = (term * num) / den;
    sum += term;
    if (term * 10n ** 40n < sum && k > 10n) break;
  }
  // 17 significant digits of sum / ONE.
  const digits = sum.toString();
  return Number(`${digits.slice(0, 20)}e${digits.length - 20 - 120}`);
}

describe('hyp2f1: closed forms', () => {
  it.each([-1e6, -100, -10, -1, -0.5, -1e-3, 1e-8, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999999, 1 - 1e-12])(
    '2F1(1, 1; 2; z) = -ln(1 - z) / z at z = %s (c - a - b = 0: the integer case of the connection)', (z) => {
      relClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-12);
    });
  it.each([
    [0.3, 2.5, 0.6], [2, 3.25, 0.8], [2.243, 4.426, 0.9991], [150, 0.7, 0.9], [0.5, 7, -50], [12.5, 0.25, 1 - 1e-9],
  ])('2F1(a, b; b; z) = (1 - z)^-a for a = %s, b = %s, z = %s', (a, b, z) => {
    relClose(hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-12);
  });
  it.each([0.1, 0.7, 1.2, 1.5])('2F1(1/2, 1/2; 3/2; s^2) = arcsin(s) / s, s = sin(%s)', (x) => {
    const s = Math.sin(x);
    relClose(hyp2f1(0.5, 0.5, 1.5, s * s), x / s, 1e-13);
  });
  it.each([1e-3, 0.5, 1, 3, 40, 1e3, 1e5])('2F1(1/2, 1; 3/2; -s^2) = arctan(s) / s at s = %s', (s) => {
    relClose(hyp2f1(0.5, 1, 1.5, -s * s), Math.atan(s) / s, 1e-12);
  });
  it.each([[0.3, 0.4], [2.7, 1.1], [-3.6, 1.45]])('2F1(a, 1 - a; 3/2; sin^2 x) = sin((2a - 1) x) / ((2a - 1) sin x), a = %s, x = %s (A & S 15.1.15)', (a, x) => {
    const s = Math.sin(x);
    relClose(hyp2f1(a, 1 - a, 1.5, s * s), Math.sin((2 * a - 1) * x) / ((2 * a - 1) * s), 1e-12);
  });
  it('a polynomial when a is a non-positive integer: 2F1(-3, b; c; z), any z < 1', () => {
    const [b, c] = [2.5, 1.75];
    for (const z of [-40, -1, 0.4, 0.999]) {
      const expected = 1 - (3 * b * z) / c + (3 * b * (b + 1) * z * z) / (c * (c + 1))
        - (b * (b + 1) * (b + 2) * z ** 3) / (c * (c + 1) * (c + 2));
      relClose(hyp2f1(-3, b, c, z), expected, 1e-13);
    }
  });
  it('is 1 at z = 0 and when a or b is 0; NaN for z >= 1 or c a pole', () => {
    expect([hyp2f1(2, 3, 4, 0), hyp2f1(0, 3, 4, 0.9), hyp2f1(2, 0, 4, -9)]).toEqual([1, 1, 1]);
    expect(hyp2f1(2, 3, 4, 1)).toBeNaN();
    expect(hyp2f1(2, 3, -2, 0.5)).toBeNaN();
  });
});

describe('hyp2f1: the exact series (BigInt) where the BG/NBD expectation reads it, z = t / (alpha + T + t)', () => {
  // CDNOW's published parameters r = 0.243, alpha = 4.414, a = 0.793, b = 2.426: the paper's
  // 2F1(r + x, b + x; a + b + x - 1; z) for a few histories and horizons, z up to 0.998.
  const cases: [number, number, number][] = [];
  for (const x of [0, 1, 2, 7, 25]) {
    for (const [T, t] of [[38.86, 39], [38.86, 4.345], [0, 52], [38.86, 520], [10, 5000]]) cases.push([x, T, t]);
  }
  it.each(cases)('x = %s, T = %s, t = %s', (x, T, t) => {
    const [a, b, c, z] = [0.243 + x, 2.426 + x, 0.793 + 2.426 + x - 1, t / (4.414 + T + t)];
    relClose(hyp2f1(a, b, c, z), seriesBigInt(a, b, c, z), 2e-13);
  });
  it('random positive parameters with z up to 0.99 (fast-check)', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 40, noNaN: true }), fc.double({ min: 0.01, max: 40, noNaN: true }),
      fc.double({ min: 0.01, max: 60, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }),
      (a, b, c, z) => relClose(hyp2f1(a, b, c, z), seriesBigInt(a, b, c, z), 5e-12),
    ), { numRuns: 60 });
  });
});

describe('hyp2f1: mpmath at 50 digits (z within 1e-12 of 1, parameters in the hundreds, negative z)', () => {
  // mpmath.hyp2f1(mpf(a), mpf(b), mpf(c), mpf(z)) with the exact doubles below; the first rows are the
  // paper's 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t)) for CDNOW's parameters, x = 0, 2, 10, 60,
  // T = 0 and 38.86, t = 39, 520 and 52,000 weeks.
  it.each([
    [0.243, 2.426, 2.2190000000000003, 0.8983277283825494, 1.9373703025926532],
    [0.243, 2.426, 2.2190000000000003, 0.9915829859614732, 4.674606249239721],
    [0.243, 2.426, 2.2190000000000003, 0.9999151225894019, 32.2388269693043],
    [0.243, 2.426, 2.2190000000000003, 0.4740258161752194, 1.1902512325489785],
    [0.243, 2.426, 2.2190000000000003, 0.9231741568046812, 2.120495172603274],
    [0.243, 2.426, 2.2190000000000003, 0.9991684996604941, 11.996840145974955],
    [2.243, 4.426, 4.219, 0.8983277283825494, 239.04670879741875],
    [2.243, 4.426, 4.219, 0.9915829859614732, 104646.81378589175],
    [2.243, 4.426, 4.219, 0.9999151225894019, 8124945040.678301],
    [2.243, 4.426, 4.219, 0.4740258161752194, 4.575315897643689],
    [2.243, 4.426, 4.219, 0.9231741568046812, 472.3141402365305],
    [2.243, 4.426, 4.219, 0.9991684996604941, 30324205.575634252],
    [10.243, 12.426, 12.219000000000001, 0.8983277283825494, 22918398021.93901],
    [10.243, 12.426, 12.219000000000001, 0.9915829859614732, 4.6326147407457356e+21],
    [10.243, 12.426, 12.219000000000001, 0.9999151225894019, 3.3704953892782243e+42],
    [10.243, 12.426, 12.219000000000001, 0.4740258161752194, 810.3119053407974],
    [10.243, 12.426, 12.219000000000001, 0.9231741568046812, 428001065860.2466],
    [10.243, 12.426, 12.219000000000001, 0.9991684996604941, 1.4825967396357359e+32],
    [60.243, 62.426, 62.219, 0.8983277283825494, 1.0279927971415993e+60],
    [60.243, 62.426, 62.219, 0.9915829859614732, 2.638157245873305e+125],
    [60.243, 62.426, 62.219, 0.9999151225894019, 1.2635610664343118e+246],
    [60.243, 62.426, 62.219, 0.4740258161752194, 7.350765708994565e+16],
    [60.243, 62.426, 62.219, 0.9231741568046812, 2.3355569425310845e+67],
    [60.243, 62.426, 62.219, 0.9991684996604941, 1.5538113333207014e+186],
    [0.3, 2.7, 1.9, 0.999999999, 1572790390.817944],
    [2.5, 3.5, 9.25, 0.999999999999, 4.936073233011832],
    [150.5, 80.25, 200.75, 0.95, 4.136589542591394e+61],
    [300.2, 2.1, 305.7, 0.999, 7426.4166147764145],
    [50.0, 60.0, 112.5, -0.9, 9.062131556138122e-09],
    // c - a - b within 1e-7 of an integer, and on one: the connection formula's degenerate cases
    [1.2, 2.3, 3.5000001, 0.97, 7.088870855230441],
    [0.7, 0.8, 1.5, 0.9, 2.0487173150899856],
    [2.0, 3.0, 4.0, 0.8, 9.264399463662889],
    [1.5, 2.5, 6.0, 0.99, 3.0012998169035123],
    // Pfaff's form of the expectation, 2F1(r + x, a - 1; a + b + x - 1; -t / (alpha + T))
    [0.243, -0.207, 2.219, -25.5, 1.2149552917357171],
    [40.243, -0.207, 42.219, -1000.0, 4.13755195294726],
    [0.5, 1.5, 0.75, -300000.0, 0.0006963145435732532],
  ])('2F1(%s, %s; %s; %s) = %s', (a, b, c, z, expected) => {
    // Parameters in the hundreds lose a few digits in their gamma ratios, integer c - a - b a few more
    // to the interpolation across it.
    const m = c - a - b;
    const degenerate = z > 0.5 && Math.abs(m - Math.round(m)) < 1e-3;
    relClose(hyp2f1(a, b, c, z), expected, Math.max(a, b, c) > 100 ? 1e-10 : degenerate ? 5e-12 : 1e-12);
  });
});
