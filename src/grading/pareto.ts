import { abcClasses } from '../models/abc';

/** One point of the Pareto curve: the top share of customers and the share of revenue they bring. */
export interface ParetoPoint {
  readonly customers: number;
  readonly revenue: number;
}

/**
 * The Pareto (ABC) curve of a list's amounts: customers ranked by amount, largest first, and for each
 * step of 1/`steps` of them the cumulative share of revenue (seed 004's 20/80 picture). Amounts <= 0
 * and non-numbers are left out, as ABC_CLASS leaves them out.
 * @example paretoCurve([50, 30, 10, 5, 5], 5) // [{ customers: 0.2, revenue: 0.5 }, { customers: 0.4, revenue: 0.8 }, ...]
 */
export function paretoCurve(amounts: readonly unknown[], steps = 20): ParetoPoint[] {
  const values = amounts.filter((v): v is number => typeof v === 'number' && v > 0).sort((a, b) => b - a);
  const total = values.reduce((s, v) => s + v, 0);
  if (values.length === 0 || total === 0) return [];
  const points: ParetoPoint[] = [];
  let running = 0, taken = 0;
  for (let k = 1; k <= steps; k++) {
    const upTo = Math.ceil((k / steps) * values.length);
    while (taken < upTo) running += values[taken++];
    points.push({ customers: k / steps, revenue: running / total });
  }
  return points;
}

/** Customers and revenue per ABC class (seed 004). */
export interface AbcSummary {
  readonly label: 'A' | 'B' | 'C';
  readonly customers: number;
  readonly revenue: number;
}

/**
 * How many customers, and how much revenue, fall in each ABC class under the 80/95 rule.
 * @example abcSummary([50, 30, 10, 5, 5]) // [{ label: 'A', customers: 2, revenue: 80 }, { label: 'B', customers: 2, revenue: 15 }, { label: 'C', customers: 1, revenue: 5 }]
 */
export function abcSummary(amounts: readonly unknown[]): AbcSummary[] {
  const values = amounts.map((v) => (typeof v === 'number' ? v : NaN));
  const classes = abcClasses(values);
  const out: AbcSummary[] = (['A', 'B', 'C'] as const).map((label) => ({ label, customers: 0, revenue: 0 }));
  classes.forEach((c, i) => {
    if (!(values[i] === values[i])) return;
    (out[c] as { customers: number }).customers++;
    if (values[i] > 0) (out[c] as { revenue: number }).revenue += values[i];
  });
  return out;
}
