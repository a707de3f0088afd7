import { scoreByBands, type BandTable } from './band-table';

/** The three RFM dimensions. */
export type RfmDimension = 'r' | 'f' | 'm';

/** One band table per dimension. */
export interface RfmTables {
  readonly r: BandTable;
  readonly f: BandTable;
  readonly m: BandTable;
}

/**
 * Seed 002's default bands, scores 5/3/1: R 0-30 days 5, 31-90 3, 91+ 1; F 10+ 5, 5-9 3, 0-4 1;
 * M 500,000+ 5, 200,000-499,999.99 3, below 200,000 1.
 */
export const SEED_TABLES: RfmTables = {
  r: { from: [0, 31, 91], score: [5, 3, 1] },
  f: { from: [0, 5, 10], score: [1, 3, 5] },
  m: { from: [0, 200_000, 500_000], score: [1, 3, 5] },
};

/**
 * Scores one customer's recency (days since the last purchase); fewer days score higher.
 * @example scoreRecency(30, SEED_TABLES.r) // 5
 * @example scoreRecency(31, SEED_TABLES.r) // 3
 */
export function scoreRecency(days: number, table: BandTable = SEED_TABLES.r): number {
  return scoreByBands(days, table);
}

/**
 * Scores one customer's frequency (purchases in the period).
 * @example scoreFrequency(10, SEED_TABLES.f) // 5
 */
export function scoreFrequency(purchases: number, table: BandTable = SEED_TABLES.f): number {
  return scoreByBands(purchases, table);
}

/**
 * Scores one customer's monetary value (amount in the period).
 * @example scoreMonetary(499_999.99, SEED_TABLES.m) // 3
 */
export function scoreMonetary(amount: number, table: BandTable = SEED_TABLES.m): number {
  return scoreByBands(amount, table);
}

/**
 * The three scores as one code, R*100 + F*10 + M.
 * @example rfmCode(5, 3, 5) // 535
 */
export function rfmCode(r: number, f: number, m: number): number {
  return r * 100 + f * 10 + m;
}
