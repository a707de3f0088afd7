import { failCall } from '../cells/cell-error';
import { readNonNegative } from '../cells/coerce';
import { toGrid } from '../cells/grid';
import { numberVector } from '../cells/number-vector';
import { readScalarNumber } from '../cells/options';
import type { OutGrid } from '../cells/output';
import { finiteOrError, readCells } from '../cells/rows';
import { leadScore } from '../models/lead-score';
import type { CallContext } from './call-context';

/**
 * LEAD_SCORE over host cells: per lead row of interaction counts (each >= 0), the sum of count x points,
 * capped at `cap` when given. `points` is one row (or column) with one value per column of `counts`;
 * another length, or a blank or non-number point, fails the call.
 * @example leadScoreCall([[[8, 1, 1], [2, 0, 0]], [[5, 15, 30]]], { lang: 'en' }) // [[85], [10]]
 * @example leadScoreCall([[[8, 1, 1]], [[5, 15, 30]], 60], { lang: 'en' }) // [[60]]
 */
export function leadScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [countsArg, pointsArg, capArg] = args;
  const { lang } = ctx;
  const counts = toGrid(countsArg);
  const width = counts[0].length;
  const points = numberVector(pointsArg, 'points', lang);
  if (points.length !== width) failCall(lang, 'widthMismatch', { arg: 'points', got: points.length, other: 'counts', expected: width });
  const cap = readScalarNumber(capArg, 'cap', Infinity, lang);
  if (cap < 0) failCall(lang, 'negative', { arg: 'cap', value: cap });
  const out: OutGrid = new Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const read = readCells(counts[i], 'counts', readNonNegative, lang);
    out[i] = [Array.isArray(read) ? finiteOrError(leadScore(read, points, cap), lang) : read];
  }
  return out;
}
