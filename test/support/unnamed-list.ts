// A customer list whose headers name nothing a detector knows (A列, B列 ... or Col1, Col2 ...), as a
// hand-made sheet or a report export has them, for the tests that map its columns by hand. Generated
// from a seed; the expected codes are worked out with the seed's hand rules (seed-rules.ts).
import { seedRfmCode } from './seed-rules';

/** One customer: id, name, last purchase (ISO), orders and amount (in yuan). */
export interface UnnamedCustomer { readonly id: string; readonly name: string; readonly last: string; readonly orders: number; readonly amount: number }

const COMPANIES = ['华东机电', '星河科技', '远航物流', '金鼎建材', '青松食品', '博远医疗', '蓝海电子', '恒信化工'];
const DAY = 86_400_000;
const isoDaysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/** Whole days from one ISO date to another, by the calendar. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** `2026-03-06` as a Chinese export writes it: `2026年3月6日`. */
export const chineseDate = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * `n` customers who bought up to 400 days before `asOf`, 0-14 orders, amounts up to 900,000 yuan in
 * whole hundreds (so an amount in 万元 has at most two decimals); every band of the seed's tables is hit.
 */
export function unnamedCustomers(n: number, asOf: string, seed = 7): UnnamedCustomer[] {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => ({
    id: `KH${String(1001 + i)}`,
    name: `${COMPANIES[i % COMPANIES.length]}${Math.floor(i / COMPANIES.length) + 1}号`,
    last: isoDaysBefore(asOf, Math.floor(rand() * 400)),
    orders: Math.floor(rand() * 15),
    amount: Math.round(rand() * 9000) * 100,
  }));
}

/** The code each customer must get as of `asOf` with the seed's bands, by the hand rules. */
export function expectedCodes(customers: readonly UnnamedCustomer[], asOf: string): number[] {
  return customers.map((c) => seedRfmCode(daysBetween(c.last, asOf), c.orders, c.amount));
}
