import { cellError } from '../cells/cell-error';
import { readDate, type DateConvention } from '../cells/coerce';
import { toGrid } from '../cells/grid';
import { readChoice } from '../cells/options';
import { readGroups } from '../cells/rows';
import { SerialDate, type OutCell, type OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { NEXT_ORDER_OUTPUTS, purchaseCycle, type NextOrderOutput } from '../models/next-order';
import type { CallContext } from './call-context';

/**
 * NEXT_ORDER_DATE over host cells: per customer row of order dates (at least 3), the last order plus the
 * mean interval, rounded to a whole day; or the window's start or end (+/- one sd of the intervals); or
 * the cycle's volatility (sd / mean of the intervals).
 * @example nextOrderDateCall([[['2026-01-01', '2026-01-31', '2026-03-12']]], { lang: 'en' }) // [[SerialDate(46128)]] = 2026-04-16
 */
export function nextOrderDateCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [datesArg, outputArg] = args;
  const { lang } = ctx;
  const output = readChoice(outputArg, 'output', NEXT_ORDER_OUTPUTS, 'date', lang);
  return toGrid(datesArg).map((row) => [nextOrderRow(row, output, lang, ctx.dates)]);
}

function nextOrderRow(row: readonly unknown[], output: NextOrderOutput, lang: Lang, convention?: DateConvention): OutCell {
  const read = readGroups([row], ['order_dates'], (v, arg, l) => readDate(v, arg, l, convention), lang);
  if (!Array.isArray(read)) return read;
  const [dates] = read;
  if (dates.length < 3) return cellError(lang, 'value', 'tooFewOrders', { arg: 'order_dates', got: dates.length });
  const cycle = purchaseCycle(dates);
  switch (output) {
    case 'date': return new SerialDate(Math.round(cycle.next));
    case 'window_start': return new SerialDate(Math.round(cycle.next - cycle.spread));
    case 'window_end': return new SerialDate(Math.round(cycle.next + cycle.spread));
    case 'volatility': return cycle.volatility === cycle.volatility
      ? cycle.volatility
      : cellError(lang, 'value', 'meanZero', { arg: 'order_dates' });
  }
}
