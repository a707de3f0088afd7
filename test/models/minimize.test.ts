import { describe, expect, it } from 'vitest';
import { minimizeBfgs, type Objective } from '../../src/models/minimize';

// Rosenbrock's valley: minimum 0 at (1, 1), the classic test of a quasi-Newton method's curvature updates.
const rosenbrock: Objective = ([x, y], g) => {
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe('minimizeBfgs', () => {
  it("finds Rosenbrock's minimum (1, 1) from (-1.2, 1)", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
    expect(result.value).toBeLessThan(1e-15);
  });

  it('solves an ill-conditioned quadratic (condition number 1e6) to its exact minimum', () => {
    const scales = [1, 1e2, 1e4, 1e6];
    const target = [3, -1, 0.5, 2];
    const quadratic: Objective = (x, g) => {
      let f = 0;
      for (let i = 0; i < 4; i++) {
        g[i] = scales[i] * (x[i] - target[i]);
        f += 0.5 * scales[i] * (x[i] - target[i]) ** 2;
      }
      return f;
    };
    const result = minimizeBfgs(quadratic, [0, 0, 0, 0], { gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(v).toBeCloseTo(target[i], 9));
  });

  it('steps back from points where the objective is undefined (Infinity)', () => {
    // x - 2 ln x, defined for x > 0 only, minimum at x = 2; a full Newton-size step from 20 overshoots below 0.
    const f: Objective = ([x], g) => {
      g[0] = 1 - 2 / x;
      return x > 0 ? x - 2 * Math.log(x) : Infinity;
    };
    const result = minimizeBfgs(f, [20], { maxStep: 100 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 9);
  });

  it('says it has not converged when the iterations run out', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it('is deterministic: the same start gives the same bits', () => {
    expect(minimizeBfgs(rosenbrock, [-1.2, 1])).toEqual(minimizeBfgs(rosenbrock, [-1.2, 1]));
  });

  it('does not start from a point outside the domain', () => {
    const result = minimizeBfgs(() => NaN, [1]);
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBe(1);
  });
});
