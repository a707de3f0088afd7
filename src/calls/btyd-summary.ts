import { CellError, cellError, failCall } from '../cells/cell-error';
import { isBlank, readDate, readNumber, showValue, upstreamError } from '../cells/coerce';
import { serialToIso } from '../cells/dates';
import { alignedRows, cellAt, columnArg } from '../cells/grid';
import { readChoice, readScalarDate } from '../cells/options';
import { BLANK_OUT, type OutGrid } from '../cells/output';
import { finiteOrError } from '../cells/rows';
import { btydSummary } from '../models/btyd-summary';
import { BTYD_UNITS } from '../models/btyd-unit';
import type { CallContext } from './call-context';

/**
 * BTYD_SUMMARY over host cells: an order ledger summarised per customer as the buy-till-you-die models
 * read it, in order of first appearance: `customer id | frequency | recency | T | monetary` (SPEC's "Buy
 * till you die"; orders on one day are one purchase, frequency counts repeat purchase days, recency and T
 * run from the first purchase in `unit`, "W" weeks by default or "D" days; monetary is the mean amount of
 * the repeat purchase days, 0 without amounts). as_of defaults to the latest order date; later rows are
 * left out. Blank rows are skipped; a row that cannot be read fails the call, naming it. Ids are text:
 * 00123 stays 00123. An all-blank ledger gives a blank cell.
 * @example btydSummaryCall([[['1'], ['1'], ['1'], ['1']], [[35431], [35448], [35644], [35776]], [[29.33], [29.73], [14.96], [26.48]], 35703], { lang: 'en' })
 * // [['1', 2, 30.43 (213 / 7), 38.86, 22.345]] (CDNOW customer 1 as of 1997-09-30; the row dated after it left out)
 */
export function btydSummaryCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [idsArg, datesArg, amountsArg, asOfArg, unitArg] = args;
  const { lang, dates } = ctx;
  const ids = columnArg(idsArg, 'customer_ids', lang);
  const orderDates = columnArg(datesArg, 'order_dates', lang);
  const amounts = columnArg(amountsArg, 'amounts', lang);
  // Omitted, amounts is one blank cell repeated: monetary is then 0 for everyone.
  const withAmounts = amounts.rows > 1 || !isBlank(cellAt(amounts, 0));
  const n = alignedRows(withAmounts ? [ids, orderDates, amounts] : [ids, orderDates], lang);
  const asOf = readScalarDate(asOfArg, 'as_of', lang, dates);
  const unit = readChoice(unitArg, 'unit', BTYD_UNITS, 'W', lang);

  const idList: string[] = [];
  const dayList: number[] = [];
  const amountList: number[] = [];
  let badCount = 0;
  let firstBad: { row: number; reason: string } | undefined;
  for (let i = 0; i < n; i++) {
    const id = cellAt(ids, i);
    const date = cellAt(orderDates, i);
    const amount = withAmounts ? cellAt(amounts, i) : 0;
    if (isBlank(id) && isBlank(date) && (!withAmounts || isBlank(amount))) continue;
    const reason = unreadable(id, date, amount);
    if (reason !== undefined) {
      badCount++;
      firstBad ??= { row: i + 1, reason };
      continue;
    }
    idList.push(typeof id === 'string' ? id.trim() : showValue(id));
    dayList.push(readDate(date, 'order_dates', lang, dates) as number);
    amountList.push(readNumber(amount, 'amounts', lang) as number);
  }
  if (firstBad) {
    if (badCount === 1) failCall(lang, 'ledgerBadRow', firstBad);
    failCall(lang, 'ledgerBadRows', { ...firstBad, count: badCount });
  }
  // Blank in, blank out: no order line at all (a whole-column reference to an empty sheet).
  if (idList.length === 0) return [[BLANK_OUT]];
  const summary = btydSummary(idList, dayList, amountList, asOf, unit);
  if (summary.customers.length === 0) failCall(lang, 'ledgerNoOrder', { asOf: serialToIso(summary.asOf ?? 0) });
  return summary.customers.map((c) => [c.id, c.frequency, c.recency, c.T, finiteOrError(c.monetary, lang)]);

  /** Why a ledger row cannot be read, the first problem in argument order; undefined when it can. */
  function unreadable(id: unknown, date: unknown, amount: unknown): string | undefined {
    const idError = upstreamError(id);
    if (idError) return cellError(lang, 'value', 'upstreamError', { arg: 'customer_ids', value: idError }).message;
    if (isBlank(id)) return cellError(lang, 'na', 'missing', { arg: 'customer_ids' }).message;
    const day = readDate(date, 'order_dates', lang, dates);
    if (day instanceof CellError) return day.message;
    if (day === null) return cellError(lang, 'na', 'missing', { arg: 'order_dates' }).message;
    const value = readNumber(amount, 'amounts', lang);
    if (value instanceof CellError) return value.message;
    if (value === null) return cellError(lang, 'na', 'missing', { arg: 'amounts' }).message;
    return undefined;
  }
}
