import { describe, expect, it } from 'vitest';
import { lagrangeAt } from '../../src/models/lagrange';

describe('lagrangeAt', () => {
  it('reproduces a polynomial of degree below the number of points exactly', () => {
    const cubic = (x: number) => 2 * x ** 3 - x + 5;
    const xs = [-3, -2, -1, 1, 2, 3];
    for (const x of [0, 0.5, -2.5, 10]) expect(lagrangeAt(xs, xs.map(cubic), x)).toBeCloseTo(cubic(x), 10);
  });
  it('passes through its points', () => expect(lagrangeAt([-1, 1, 2], [1, 1, 4], 2)).toBe(4));
  it('the JSDoc example: points on x^2 read at 0', () => expect(lagrangeAt([-1, 1, 2], [1, 1, 4], 0)).toBeCloseTo(0, 15));
});
