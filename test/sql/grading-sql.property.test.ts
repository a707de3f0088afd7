// Property: random ledgers and random band tables, graded by the emitted SQL on DuckDB, give the core's
// results (summarizeLedger + the core's scoring and segments) for every customer.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BandTable } from '../../src/models/band-table';
import { SEGMENT_SCHEMES } from '../../src/models/segments';
import { gradingSql } from '../../src/sql/grading-sql';
import { coreGrading, expectSameAsCore } from './core-grading';
import { ledgerTableSql, openDuckDb, type Line } from './engines';

const DAY = 86_400_000, START = Date.UTC(2023, 0, 1), DAYS = 4 * 366;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// Any day of 2023-2026, or a month's last day (where month arithmetic clamps).
const day = fc.oneof(
  fc.integer({ min: 0, max: DAYS - 1 }).map((d) => iso(START + d * DAY)),
  fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 0, max: 11 }) }).map(({ y, m }) => iso(Date.UTC(y, m + 1, 0))),
);
const line: fc.Arbitrary<Line> = fc.tuple(
  fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6'), day,
  fc.integer({ min: -50_000_00, max: 900_000_00 }).map((cents) => cents / 100),
  fc.option(fc.constantFrom('O1', 'O2', 'O3', 'O4'), { nil: null }),
);
/** A band table of 1-5 rows: strictly ascending `from`, scores 1-5. */
const bands = (min: number, max: number, decimals: boolean): fc.Arbitrary<BandTable> =>
  fc.uniqueArray(fc.integer({ min: min * 100, max: max * 100 }).map((x) => (decimals ? x / 100 : Math.round(x / 100))), { minLength: 1, maxLength: 5 })
    .chain((from) => {
      const sorted = [...new Set(from)].sort((a, b) => a - b);
      return fc.array(fc.integer({ min: 1, max: 5 }), { minLength: sorted.length, maxLength: sorted.length }).map((score) => ({ from: sorted, score }));
    });

describe('the grading SQL on DuckDB, property', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => { db = await openDuckDb(); });
  afterAll(() => db?.close());

  it('random ledgers, band tables, windows, as-of dates and schemes give the core\'s grades', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(line, { minLength: 1, maxLength: 60 }),
      fc.record({ r: bands(0, 400, false), f: bands(0, 12, false), m: bands(-10_000, 1_000_000, true) }),
      fc.option(day, { nil: undefined }), fc.integer({ min: 1, max: 24 }), fc.constantFrom(...SEGMENT_SCHEMES), fc.boolean(),
      async (lines, tables, asOf, months, scheme, orderIds) => {
        for (const s of ledgerTableSql('orders', lines)) await db.run(s);
        const sql = gradingSql({
          dialect: 'duckdb', table: 'orders', tables, scheme, asOf, months,
          columns: { customerId: 'customer', orderDate: 'date', amount: 'amount', ...(orderIds ? { orderId: 'order' } : {}) },
        });
        expectSameAsCore(await db.query(sql), coreGrading(lines, { tables, scheme, asOf, months, orderIds }));
      },
    ), { numRuns: 60 });
  });
});
