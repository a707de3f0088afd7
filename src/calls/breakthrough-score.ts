import { readRatio } from '../cells/coerce';
import { mapColumns } from '../cells/rows';
import type { OutGrid } from '../cells/output';
import { breakthroughScore } from '../models/breakthrough';
import type { CallContext } from './call-context';

/**
 * BREAKTHROUGH_SCORE over host cells: 100 x penetration x technical match per customer, in points.
 * @example breakthroughScoreCall([0.8, '90%'], { lang: 'en' }) // [[72]]
 */
export function breakthroughScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [penetration, techMatch] = args;
  return mapColumns(
    [
      { name: 'penetration', value: penetration, read: readRatio },
      { name: 'tech_match', value: techMatch, read: readRatio },
    ],
    ([p, t]) => breakthroughScore(p, t),
    ctx.lang,
  );
}
