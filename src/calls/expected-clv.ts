import { failCall } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { readChoice, readScalarNumber, readScalarRatio } from '../cells/options';
import type { OutGrid } from '../cells/output';
import { finiteOrError, mapColumns } from '../cells/rows';
import type { Lang } from '../i18n/lang';
import { checkMonetary } from '../models/btyd-checks';
import { BTYD_UNITS } from '../models/btyd-unit';
import { expectedClv } from '../models/expected-clv';
import { bgNbdParamsArg, gammaGammaParamsArg, historyProblem } from './btyd-args';
import { problemCell } from './fit-args';
import type { CallContext } from './call-context';

/**
 * EXPECTED_CLV over host cells: per customer, the expected value of the next `months` months (12 by
 * default): Gamma-Gamma's expected spend per purchase times BG/NBD's expected purchases in each month,
 * discounted at `discount_rate` a month (0 by default; 1% or 0.01), a month being 4.345 weeks or 30 days
 * as `unit` says ("W", the default, or "D": the unit the history is counted in). Customers without a
 * repeat purchase of positive amount get the population's mean spend. A row breaking the model's rules
 * is an error naming the argument and the value; bad parameters ranges or options fail the call.
 * @example expectedClvCall([2, 30.43, 38.86, 22.35, [[0.243, 4.414, 0.793, 2.426]], [[6.25, 3.74, 15.44]], 12, '1%', 'W'], { lang: 'en' }) // [[36.289]] (SPEC: 36.29)
 */
export function expectedClvCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [frequency, recency, T, monetary, bgArg, ggArg, monthsArg, rateArg, unitArg] = args;
  const { lang } = ctx;
  const bgnbd = bgNbdParamsArg(bgArg, 'bgnbd_params', lang);
  const gammaGamma = gammaGammaParamsArg(ggArg, 'gg_params', lang);
  const months = readMonths(monthsArg, lang);
  const rate = readScalarRatio(rateArg, 'discount_rate', 0, lang);
  const unit = readChoice(unitArg, 'unit', BTYD_UNITS, 'W', lang);
  return mapColumns(
    [
      { name: 'frequency', value: frequency, read: readNumber },
      { name: 'recency', value: recency, read: readNumber },
      { name: 'T', value: T, read: readNumber },
      { name: 'monetary', value: monetary, read: readNumber },
    ],
    ([x, tx, total, m]) => {
      const problem = historyProblem(x, tx, total, lang);
      if (problem) return problem;
      const spendProblem = checkMonetary(m);
      if (spendProblem) return problemCell(spendProblem, lang);
      return finiteOrError(expectedClv(x, tx, total, m, bgnbd, gammaGamma, months, rate, unit), lang);
    },
    lang,
  );
}

// A century is already beyond what the model can say; the cap keeps one call from summing for minutes.
const MAX_MONTHS = 1200;

/** `months`: a whole number from 1 to 1200; blank means 12. */
function readMonths(value: unknown, lang: Lang): number {
  const months = readScalarNumber(value, 'months', 12, lang);
  if (!Number.isInteger(months) || months < 1) failCall(lang, 'notWholeMonths', { arg: 'months', value: months });
  if (months > MAX_MONTHS) failCall(lang, 'btydTooManyMonths', { arg: 'months', value: months, max: MAX_MONTHS });
  return months;
}
