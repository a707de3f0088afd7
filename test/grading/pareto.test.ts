import { describe, expect, it } from 'vitest';
import { abcSummary, paretoCurve } from '../../src/grading/pareto';

describe('paretoCurve', () => {
  it('accumulates revenue over the top customers', () => {
    // ranked 50, 30, 10, 5, 5 (total 100): top 20% = 50, 40% = 80, 60% = 90, 80% = 95, 100% = 100
    expect(paretoCurve([5, 50, 10, 30, 5], 5)).toEqual([
      { customers: 0.2, revenue: 0.5 }, { customers: 0.4, revenue: 0.8 }, { customers: 0.6, revenue: 0.9 },
      { customers: 0.8, revenue: 0.95 }, { customers: 1, revenue: 1 },
    ]);
  });
  it('leaves out amounts <= 0 and text, and is empty without revenue', () => {
    expect(paretoCurve([10, -5, 'n/a', 0, 10], 2)).toEqual([{ customers: 0.5, revenue: 0.5 }, { customers: 1, revenue: 1 }]);
    expect(paretoCurve([0, 'x'])).toEqual([]);
  });
});

describe('abcSummary', () => {
  it('counts customers and revenue per class under 80/95', () => {
    // A: 50, 30 (80); B: 10, 5 (15); C: 5, and the non-positive -2 counted as a C customer without revenue
    expect(abcSummary([50, 30, 10, 5, 5, -2, 'x'])).toEqual([
      { label: 'A', customers: 2, revenue: 80 }, { label: 'B', customers: 2, revenue: 15 }, { label: 'C', customers: 2, revenue: 5 },
    ]);
  });
});
