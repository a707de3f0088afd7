// How well a column's content fits each field: a date column fits a last purchase, small whole numbers a
// count of orders, amounts an amount; text in an amount column, dates in a count column and phone
// numbers anywhere but a phone column contradict it.
import type { ColumnProfile, ContentKind } from './column-profile';
import type { DecoyRole, FieldId } from './fields';

/** A role a column can be detected as: a field grading uses, or a decoy that takes its column aside. */
export type Role = FieldId | DecoyRole;

/** The fit that rules a column out. */
export const CONTRADICTS = -1;
/** Fewer non-blank cells than this say too little to rule a column out. */
export const MIN_CELLS_TO_JUDGE = 3;

type Fits = Partial<Record<ContentKind, number>>;

const NOT_DATA = { phone: -1, email: -1 } as const;
const RECENCY: Fits = { date: 1, serial: 0.8, count: 0.6, number: 0.2, amount: -0.5, running: -0.5, id: -1, text: -1, ...NOT_DATA };
const NUMERIC: Fits = { amount: 0.5, number: 0.5, count: 0.5, serial: 0, running: -0.5, date: -1, text: -1, id: -1, ...NOT_DATA };
const DATE: Fits = { date: 1, serial: 0.8, count: -1, number: -1, amount: -1, running: -1, text: -1, id: -1, ...NOT_DATA };
const DECOY_DATE: Fits = { date: 1, serial: 0.8 };
const DECOY_AMOUNT: Fits = { amount: 0.5, number: 0.5, count: 0.3, date: -0.5, text: -0.5 };

const FITS: Readonly<Record<Role, Fits>> = {
  lastPurchase: RECENCY,
  recencyDays: RECENCY,
  // Date cells reach the pane as serials (Excel's 46087 is 2026-03-06): a count of orders in the tens of
  // thousands for four customers in five is a column of dates, never a count.
  frequency: { count: 1, number: 0, running: -0.5, serial: CONTRADICTS, amount: -0.6, date: -1, id: -1, text: -1, ...NOT_DATA },
  monetary: { amount: 1, number: 0.6, count: 0.2, serial: 0.2, running: -0.8, date: -1, id: -1, text: -1, ...NOT_DATA },
  customerId: { id: 1, number: 0.3, serial: 0.2, email: 0.3, running: -0.6, phone: -0.6, date: -1, amount: -1 },
  customerName: { text: 1, mixed: 0.3, id: -0.3, email: -0.3, number: -1, count: -1, amount: -1, serial: -1, running: -1, date: -1, phone: -1 },
  orderId: { id: 1, number: 0.5, count: 0.2, running: -0.3, text: -0.5, date: -1, amount: -1, ...NOT_DATA },
  orderDate: DATE,
  quantity: { count: 1, number: 0.3, amount: 0, running: -0.3, serial: -0.5, date: -1, text: -1, id: -1, ...NOT_DATA },
  orderStatus: { text: 1, mixed: 0.3, id: -0.3, number: -1, count: -1, amount: -1, serial: -1, running: -1, date: -1, phone: -1, email: -1 },
  manualGrade: { text: 1, id: 0.3, mixed: 0.3, count: 0, date: -1, amount: -1, serial: -1, phone: -1 },
  currentValue: NUMERIC, growthPotential: NUMERIC, stability: NUMERIC, strategicImportance: NUMERIC,
  annualRevenue: NUMERIC, years: NUMERIC, acquisitionCost: NUMERIC, maintenanceCost: NUMERIC,
  thisQuarter: NUMERIC, lastQuarter: NUMERIC, responseHours: NUMERIC,
  rowNumber: { running: 1, count: 0.2, id: -1, text: -1, date: -1, amount: -1, phone: -1, email: -1 },
  phone: { phone: 1, count: -0.5, text: -0.5, date: -1 },
  registered: DECOY_DATE, firstOrder: DECOY_DATE, otherActivity: DECOY_DATE,
  averageOrder: DECOY_AMOUNT, balance: DECOY_AMOUNT,
};

/**
 * How well a column's content fits a role, from -1 (contradicts: ruled out when at least
 * MIN_CELLS_TO_JUDGE cells were seen) to 1 (what the role holds); 0 when the content does not tell.
 * @example contentFit(profileColumn(['2026-10-01', '2026-09-12', '2026-08-30']), 'lastPurchase') // 1
 * @example contentFit(profileColumn(['2026-10-01', '2026-09-12', '2026-08-30']), 'frequency') // -1
 */
export function contentFit(profile: ColumnProfile | undefined, role: Role): number {
  if (!profile || profile.kind === 'empty') return 0;
  let fit = FITS[role][profile.kind] ?? 0;
  // Amounts written with a currency or unit (¥1,234.50, 50万) are not counts, nor days.
  if ((role === 'frequency' || role === 'recencyDays' || role === 'lastPurchase' || role === 'quantity') && profile.kind === 'amount' && profile.share.money >= 0.8) fit = CONTRADICTS;
  if (fit <= CONTRADICTS && profile.cells < MIN_CELLS_TO_JUDGE) return -0.5;
  return fit;
}
