// What the core makes of a ledger, in the columns of the grading SQL: summarizeLedger (the ledger
// rules), then gradeRfmList (the bands, the code and the segment), as the CLI and the pane grade.
import { expect } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { gradeRfmList } from '../../src/grading/grade-rfm-list';
import { summarizeLedger, type LedgerColumns } from '../../src/grading/ledger-summary';
import type { Lang } from '../../src/i18n/lang';
import { scoreByBands } from '../../src/models/band-table';
import type { RfmTables } from '../../src/models/rfm';
import type { SegmentScheme } from '../../src/models/segments';
import type { Line, ResultRow } from './engines';

export interface Grading {
  readonly asOf?: string;
  readonly months?: number;
  readonly tables: RfmTables;
  readonly scheme: SegmentScheme;
  readonly lang?: Lang;
  /** Whether the order-number column is mapped. */
  readonly orderIds: boolean;
  /** Whether the status column is mapped, and whether every status counts even so. */
  readonly statuses?: boolean;
  readonly countAllStatuses?: boolean;
}

export interface Expected {
  readonly days: number;
  readonly orders: number;
  readonly amount: number;
  readonly r: number | null;
  readonly f: number | null;
  readonly m: number | null;
  readonly code: number | null;
  readonly segment: string | null;
}

/** The core's grading of `lines`, by customer id. */
export function coreGrading(lines: readonly Line[], g: Grading): Map<string, Expected> {
  const lang = g.lang ?? 'en';
  const summary = summarizeLedger(lines, coreColumns(g),
    { lang, asOf: g.asOf === undefined ? undefined : isoToSerial(g.asOf), months: g.months, countAllStatuses: g.countAllStatuses });
  const graded = gradeRfmList(summary.customers.map((c) => [c.days, c.orders, c.amount]),
    { recency: 0, recencyIsDate: false, frequency: 1, monetary: 2 },
    { preset: 'seed', tables: g.tables, asOf: summary.asOf, scheme: g.scheme, lang });
  const score = (x: number, t: RfmTables['r']) => { const s = scoreByBands(x, t); return Number.isNaN(s) ? null : s; };
  return new Map(summary.customers.map((c, i) => {
    const row = graded.rows[i];
    return [c.id, {
      days: c.days, orders: c.orders, amount: c.amount,
      r: score(c.days, g.tables.r), f: score(c.orders, g.tables.f), m: score(c.amount, g.tables.m),
      code: row.kind === 'graded' ? row.code : null, segment: row.kind === 'graded' ? row.segment : null,
    }];
  }));
}

/** The columns of a Line the core reads for a grading. */
export function coreColumns(g: Grading): LedgerColumns {
  return { customerId: 0, orderDate: 1, amount: 2, ...(g.orderIds ? { orderId: 3 } : {}), ...(g.statuses ? { status: 4 } : {}) };
}

const num = (x: string | null) => (x === null ? null : Number(x));

/** Every customer of an engine's result equal to the core's: the same ids, days, orders, amount, scores, code, segment. */
export function expectSameAsCore(rows: readonly ResultRow[], expected: ReadonlyMap<string, Expected>): void {
  expect(rows.map((row) => row.customer_id).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    const e = expected.get(row.customer_id!)!;
    const got = {
      days: num(row.recency_days), orders: num(row.frequency), r: num(row.r_score), f: num(row.f_score), m: num(row.m_score),
      code: num(row.rfm_code), segment: row.segment,
    };
    expect({ id: row.customer_id, ...got }).toEqual({ id: row.customer_id, days: e.days, orders: e.orders, r: e.r, f: e.f, m: e.m, code: e.code, segment: e.segment });
    // The engines sum exact decimals; the core sums doubles and rounds to 15 digits (SPEC: within 1e-9 relative).
    expect(Math.abs(Number(row.monetary) - e.amount)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e.amount)));
  }
}
