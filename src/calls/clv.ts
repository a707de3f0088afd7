import { readNonNegative, readRatio } from '../cells/coerce';
import { finiteOrError, mapColumns } from '../cells/rows';
import type { OutGrid } from '../cells/output';
import { customerLifetimeValue } from '../models/clv';
import type { CallContext } from './call-context';

/**
 * CLV over host cells: annual revenue x margin x years (discounted when a rate is given) minus
 * acquisition and maintenance costs, per customer. Margin defaults to 1 and the rate to 0.
 * @example clvCall([2000000, 3, 300000, 200000], { lang: 'en' }) // [[5500000]]
 */
export function clvCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [annualRevenue, years, acquisitionCost, maintenanceCost, margin, discountRate] = args;
  return mapColumns(
    [
      { name: 'annual_revenue', value: annualRevenue, read: readNonNegative },
      { name: 'years', value: years, read: readNonNegative },
      { name: 'acquisition_cost', value: acquisitionCost, read: readNonNegative },
      { name: 'maintenance_cost', value: maintenanceCost, read: readNonNegative },
      { name: 'margin', value: margin, read: readRatio, optional: true },
      { name: 'discount_rate', value: discountRate, read: readRatio, optional: true },
    ],
    ([a, y, acq, maint, mg, d]) =>
      finiteOrError(customerLifetimeValue(a, y, acq, maint, mg === mg ? mg : 1, d === d ? d : 0), ctx.lang),
    ctx.lang,
  );
}
