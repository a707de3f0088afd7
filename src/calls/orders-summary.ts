import { CellError, cellError, failCall } from '../cells/cell-error';
import { isBlank, readDate, readNumber, upstreamError, type DateConvention } from '../cells/coerce';
import { serialToIso } from '../cells/dates';
import { alignedRows, cellAt, columnArg } from '../cells/grid';
import { readScalarDate, readScalarNumber } from '../cells/options';
import { BLANK_OUT, type OutGrid } from '../cells/output';
import { finiteOrError } from '../cells/rows';
import { cellValue } from '../grading/data-problems';
import { ledgerReader, type LedgerSummary } from '../grading/ledger-summary';
import type { Lang } from '../i18n/lang';
import type { CallContext } from './call-context';

// The ledger's columns as the reader sees them; their names are the arguments', so its problems name them.
const ARGS = ['customer_ids', 'order_dates', 'amounts', 'order_ids'] as const;
const COLUMNS = { customerId: 0, orderDate: 1, amount: 2, orderId: 3 };
const UNREADABLE = new Set(['blank', 'notDate', 'ambiguousDate', 'notNumber']);

/**
 * ORDERS_SUMMARY over host cells: an order ledger (one row per order line) summarised per customer, in
 * order of first appearance, as SPEC's "Order ledgers" says: `customer id | days since last order |
 * orders | amount`, over the window EDATE(as_of, -months) .. as_of (as_of: the latest order by default;
 * months: 12). Blank rows are skipped; a row that cannot be read fails the call, naming it, since every
 * customer's totals would be wrong without it. An all-blank ledger gives a blank cell.
 * @example ordersSummaryCall([[['00123'], ['00123'], ['C2']], [['2026-11-01'], ['2026-11-01'], ['2026-06-15']], [[100], [50.5], [-20]], null, null, [['A1'], ['A1'], ['B7']]], { lang: 'en' })
 * // [['00123', 0, 1, 150.5], ['C2', 139, 1, -20]]
 */
export function ordersSummaryCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [idsArg, datesArg, amountsArg, asOfArg, monthsArg, orderIdsArg] = args;
  const { lang, dates } = ctx;
  const ids = columnArg(idsArg, ARGS[0], lang);
  const orderDates = columnArg(datesArg, ARGS[1], lang);
  const amounts = columnArg(amountsArg, ARGS[2], lang);
  // Omitted, order_ids is one blank cell repeated: each line is an order.
  const orderIds = columnArg(orderIdsArg, ARGS[3], lang);
  const n = alignedRows([ids, orderDates, amounts, orderIds], lang);
  const givenAsOf = readScalarDate(asOfArg, 'as_of', lang, dates);
  const months = readMonths(monthsArg, lang);

  const reader = ledgerReader(ARGS, COLUMNS, { lang, dates, capacity: n });
  // Rows with an error value from another cell as id or order number: the reader would take its text
  // for an id, so they are held back here and counted with the rows it cannot read.
  const heldBack: number[] = [];
  const line: unknown[] = [null, null, null, null];
  for (let i = 0; i < n; i++) {
    line[0] = cellAt(ids, i);
    line[1] = cellAt(orderDates, i);
    line[2] = cellAt(amounts, i);
    line[3] = cellAt(orderIds, i);
    if ((mayBeError(line[0]) || mayBeError(line[3])) && heldBackRow(line)) { heldBack.push(i + 1); continue; }
    reader.add(line, i + 1);
  }

  const latest = reader.latest();
  const summary = reader.summarize({ asOf: givenAsOf, months: windowMonths(months, givenAsOf ?? latest ?? 0) });
  const bad = badRows(summary, heldBack, n);
  if (bad.count) {
    const i = bad.first - 1;
    const reason = whyUnreadable([cellAt(ids, i), cellAt(orderDates, i), cellAt(amounts, i), cellAt(orderIds, i)], lang, dates);
    if (bad.count === 1) failCall(lang, 'ledgerBadRow', { row: bad.first, reason });
    failCall(lang, 'ledgerBadRows', { row: bad.first, reason, count: bad.count });
  }
  // Blank in, blank out: a ledger with no line at all (a whole-column reference to an empty sheet).
  if (latest === undefined) return [[BLANK_OUT]];
  if (summary.customers.length === 0) failCall(lang, 'ledgerNoOrder', { asOf: serialToIso(summary.asOf) });
  return summary.customers.map((c) => [c.id, c.days, c.orders, finiteOrError(c.amount, lang)]);
}

/** `months`: a whole number, 1 or more; blank means 12. */
function readMonths(value: unknown, lang: Lang): number {
  const months = readScalarNumber(value, 'months', 12, lang);
  if (!Number.isInteger(months) || months < 1) failCall(lang, 'notWholeMonths', { arg: 'months', value: months });
  return months;
}

// Going back to year 1800 already takes in every date a spreadsheet holds (from 1900-03-01), and EDATE's
// arithmetic reads a year below 100 as 19xx: a longer window is the same window, so it stops there.
function windowMonths(months: number, asOf: number): number {
  const year = Number(serialToIso(asOf).slice(0, 4));
  return Math.min(months, (year - 1800) * 12);
}

// An error value as id, or as order number on a line that is not blank.
function heldBackRow(line: readonly unknown[]): boolean {
  const [id, date, amount, orderId] = line.map(cellValue);
  if (upstreamError(id)) return true;
  return Boolean(upstreamError(orderId)) && !(isBlank(id) && isBlank(date) && isBlank(amount));
}

// Cheap test first: an error value is an object (Excel) or text starting with '#' (Sheets).
function mayBeError(value: unknown): boolean {
  return typeof value === 'object' ? value !== null : typeof value === 'string' && value.includes('#');
}

/** The rows (1-based in the ranges) that cannot be read: how many, and the first. */
function badRows(summary: LedgerSummary, heldBack: readonly number[], n: number): { count: number; first: number } {
  const lists: (readonly number[])[] = [heldBack];
  for (const p of summary.problems) if (UNREADABLE.has(p.kind)) lists.push(p.rows);
  // A row may hold several problems (a blank id and a bad date): counted once.
  const seen = new Uint8Array(n + 1);
  let count = 0, first = n + 1;
  for (const rows of lists) {
    for (const r of rows) {
      if (seen[r]) continue;
      seen[r] = 1;
      count++;
      if (r < first) first = r;
    }
  }
  return { count, first };
}

/**
 * Why one ledger row cannot be read, as the other functions say it of a row: the first bad value in
 * argument order, else the first blank of id, date and amount.
 */
function whyUnreadable(cells: readonly unknown[], lang: Lang, dates?: DateConvention): string {
  const [id, date, amount, orderId] = cells.map(cellValue);
  const idError = upstreamError(id);
  if (idError) return cellError(lang, 'value', 'upstreamError', { arg: ARGS[0], value: idError }).message;
  const readDateCell = readDate(date, ARGS[1], lang, dates);
  if (readDateCell instanceof CellError) return readDateCell.message;
  const readAmount = readNumber(amount, ARGS[2], lang);
  if (readAmount instanceof CellError) return readAmount.message;
  const orderError = upstreamError(orderId);
  if (orderError) return cellError(lang, 'value', 'upstreamError', { arg: ARGS[3], value: orderError }).message;
  const blank = [id, date, amount].findIndex(isBlank);
  return cellError(lang, 'na', 'missing', { arg: ARGS[Math.max(blank, 0)] }).message;
}
