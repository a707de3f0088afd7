// The seed's RFM rules written out by hand, independent of the code under test, for counting what a
// large generated list must grade to: R 5 up to 30 days, 3 up to 90, else 1; F 5 from 10 orders, 3 from
// 5, else 1; M 5 from 500,000, 3 from 200,000, else 1; eight-class segments high at 3 or more (seed 003).
const NAMES = ['General win-back', 'Important win-back', 'General retention', 'Important retention',
  'General development', 'Important development', 'General value', 'Important value'];

/** The seed 5/3/1 scores, the RFM code and the eight-class segment of one customer; null when the amount
 * is below the M table's first band (0): a credit balance has no M score. */
export function seedGrade(days: number, orders: number, amount: number): { r: number; f: number; m: number; code: number; segment: string } | null {
  if (amount < 0) return null;
  const r = days <= 30 ? 5 : days <= 90 ? 3 : 1;
  const f = orders >= 10 ? 5 : orders >= 5 ? 3 : 1;
  const m = amount >= 500_000 ? 5 : amount >= 200_000 ? 3 : 1;
  return { r, f, m, code: r * 100 + f * 10 + m, segment: NAMES[(r >= 3 ? 4 : 0) + (f >= 3 ? 2 : 0) + (m >= 3 ? 1 : 0)] };
}

/** Customers per segment for a list of `n` generated rows. */
export function seedSegmentCounts(n: number, days: (i: number) => number, orders: (i: number) => number, amount: (i: number) => number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const grade = seedGrade(days(i), orders(i), amount(i));
    if (grade) counts.set(grade.segment, (counts.get(grade.segment) ?? 0) + 1);
  }
  return counts;
}

/**
 * One customer's seed RFM code (R x 100 + F x 10 + M) by the same hand rules.
 * @example seedRfmCode(31, 9, 499_999.99) // 333
 */
export function seedRfmCode(days: number, orders: number, amount: number): number {
  const r = days <= 30 ? 5 : days <= 90 ? 3 : 1;
  const f = orders >= 10 ? 5 : orders >= 5 ? 3 : 1;
  const m = amount >= 500_000 ? 5 : amount >= 200_000 ? 3 : 1;
  return r * 100 + f * 10 + m;
}
