// Fuzzing both built bundles with arbitrary cell values, as the hosts pass them: every function, every
// argument a scalar or a ragged 2-D range of numbers (NaN, Infinity, -0, 1e308), text (any Unicode,
// number and date forms), booleans, blanks and Dates (invalid ones too). Three promises:
//   1. no uncaught exception: a failure is a host error value with a message, never a bug's message;
//   2. no NaN or Infinity in any result cell, no Invalid Date;
//   3. the same answer from the Excel and the Sheets bundle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../functions/catalog';
import { loadExcel, loadSheets } from '../bundles/load';
import { excelOutcome, isDate, sheetsOutcome, type Outcome } from '../support/host-outcome';


const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), fc.integer({ min: -1000, max: 1_000_000 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, 46296, 20261001),
  fc.string(), fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', '  ', 'abc', '1,234.50', '50万', '(1,234)', '¥1,234', '１２３', '87.5%', '150%', '2026-10-01', '10/1/2026',
    '2026年10月1日', '1899-12-31', '#N/A', '#VALUE!', 'code', 'r', 'sum', 'quintile', 'value8', 'rfm11', 'cv', 'sd', 'zh-CN', 'TRUE'),
  fc.boolean(), fc.constant(null),
);
// Dates only Sheets passes (Excel passes a date cell as its serial number): valid and invalid ones.
const sheetsCell = fc.oneof(cell, fc.date({ min: new Date(1850, 0, 1), max: new Date(2200, 0, 1) }), fc.constant(new Date(NaN)));
const argOf = (c: fc.Arbitrary<unknown>) => fc.oneof({ weight: 2, arbitrary: c },
  { weight: 3, arbitrary: fc.array(fc.array(c, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }) });
const arg = argOf(cell);

/** The same argument as each host passes it: Excel gives null for blanks, Sheets ''. */
function forExcel(a: unknown): unknown {
  return a;
}
function forSheets(a: unknown): unknown {
  const one = (v: unknown) => (v === null ? '' : v);
  return Array.isArray(a) ? a.map((row) => (row as unknown[]).map(one)) : one(a);
}

/** Promises 1 and 2 for one outcome. */
function checkOutcome(name: string, outcome: Outcome): void {
  if ('error' in outcome) {
    expect(outcome.error.length).toBeGreaterThan(0);
    // invoke() turns an unexpected exception into "<NAME>: <its message>": that is a bug.
    expect(outcome.error.startsWith(`${name}: `), outcome.error).toBe(false);
    return;
  }
  for (const c of outcome.cells.flat()) {
    if (typeof c === 'number') expect(Number.isFinite(c), String(c)).toBe(true);
    if (c && typeof c === 'object') expect((c as { error: string }).error.length).toBeGreaterThan(0);
  }
}

const sheets = loadSheets();
const excel = loadExcel('en-US');

describe('fuzzing both bundles', () => {
  for (const spec of CATALOG) {
    it(`${spec.name}: errors with messages only, finite results, the same answer on both hosts`, () => {
      const sheetsFn = sheets[spec.name] as (...a: unknown[]) => unknown;
      const excelFn = excel.associated.get(spec.name)!;
      fc.assert(fc.property(fc.array(arg, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
        const onExcel = excelOutcome(excelFn, args.map(forExcel));
        const onSheets = sheetsOutcome(sheetsFn, args.map(forSheets));
        checkOutcome(spec.name, onExcel);
        checkOutcome(spec.name, onSheets);
        expect(onSheets).toEqual(onExcel);
      }), { numRuns: 300 });
    });

    it(`${spec.name} in Sheets with Date cells (valid or not): errors with messages only, finite results`, () => {
      const sheetsFn = sheets[spec.name] as (...a: unknown[]) => unknown;
      fc.assert(fc.property(fc.array(argOf(sheetsCell), { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
        const outcome = sheetsOutcome(sheetsFn, args.map(forSheets));
        checkOutcome(spec.name, outcome);
        if ('cells' in outcome) for (const c of outcome.cells.flat()) if (isDate(c)) expect(Number.isNaN(c.getTime())).toBe(false);
      }), { numRuns: 200 });
    });
  }
});

// Arbitrary cells mostly fail ORDERS_SUMMARY's first line; ledgers shaped like real ones reach the
// summary itself. The same ledger, dates as serials in Excel and as Dates in Sheets, must give the same
// table, or the same error.
describe('fuzzing ORDERS_SUMMARY with ledgers', () => {
  const line = fc.record({
    // Now and then a blank or unreadable cell, which fails the call naming the line.
    id: fc.oneof({ weight: 19, arbitrary: fc.oneof(fc.constantFrom('00123', '123', 'C2', ' C2 '), fc.integer({ min: 0, max: 3 })) },
      { weight: 1, arbitrary: fc.constantFrom('', null) }),
    serial: fc.oneof({ weight: 19, arbitrary: fc.integer({ min: 45500, max: 46400 }) }, { weight: 1, arbitrary: fc.constant(null) }),
    amount: fc.oneof({ weight: 18, arbitrary: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom('1,234.50', '(20)')) },
      { weight: 1, arbitrary: fc.constantFrom('abc', null) }),
    order: fc.oneof(fc.constantFrom('A1', 'A2', 'B7', '', null), fc.integer({ min: 0, max: 3 })),
  });
  const toDate = (serial: number) => new Date(1899, 11, 30 + serial);
  it('the same table (or error) from serials in Excel and Dates in Sheets', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.option(fc.integer({ min: 45500, max: 46500 })),
      fc.option(fc.integer({ min: 1, max: 40 })), fc.boolean(), (lines, asOf, months, withOrders) => {
        const col = (f: (l: typeof lines[number]) => unknown) => lines.map((l) => [f(l)]);
        const orders = withOrders ? col((l) => l.order) : null;
        const onExcel = excelOutcome(excel.associated.get('ORDERS_SUMMARY')!,
          [col((l) => l.id), col((l) => l.serial), col((l) => l.amount), asOf, months, orders]);
        const onSheets = sheetsOutcome(sheets.ORDERS_SUMMARY as (...a: unknown[]) => unknown,
          [col((l) => l.id ?? ''), col((l) => (l.serial === null ? '' : toDate(l.serial))), col((l) => l.amount ?? ''),
            asOf === null ? '' : toDate(asOf), months ?? '', orders?.map(([o]) => [o ?? '']) ?? '']);
        checkOutcome('ORDERS_SUMMARY', onExcel);
        expect(onSheets).toEqual(onExcel);
      }), { numRuns: 500 });
  });
});
