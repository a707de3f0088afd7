import { readRatio } from '../cells/coerce';
import { finiteOrError, mapColumns } from '../cells/rows';
import type { OutGrid } from '../cells/output';
import { potentialIndex } from '../models/potential';
import type { CallContext } from './call-context';

/**
 * POTENTIAL_INDEX over host cells: 100 x budget match x penetration x synergy per customer, in points.
 * @example potentialIndexCall([0.875, 0.8, 0.825], { lang: 'en' }) // [[57.75]]
 */
export function potentialIndexCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [budgetMatch, penetration, synergy] = args;
  return mapColumns(
    [
      { name: 'budget_match', value: budgetMatch, read: readRatio },
      { name: 'penetration', value: penetration, read: readRatio },
      { name: 'synergy', value: synergy, read: readRatio },
    ],
    ([b, p, s]) => finiteOrError(potentialIndex(b, p, s), ctx.lang),
    ctx.lang,
  );
}
