import { failCall } from '../cells/cell-error';
import { columnArg, toGrid, type Grid } from '../cells/grid';
import { readNumberOrFlag } from '../cells/flags';
import { readOutcome } from '../cells/outcome-words';
import { BLANK_OUT, type OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/messages';
import { fitLogistic } from '../models/logistic-fit';
import { isModelProblem } from '../models/model-problem';
import type { CallContext } from './call-context';
import { failOnBadRows, failWithProblem, type BadRow } from './fit-args';

/**
 * LOGISTIC_FIT over host cells: the maximum-likelihood logistic regression of won / lost `outcomes` on
 * the `features` rows, spilled as one row `intercept | b1 | ... | bk`, the row CONVERSION_PROB takes.
 * All-blank rows are skipped; a row with a blank, unreadable or non-outcome cell fails the fit, naming
 * the first such row; so do too few rows, one outcome only, a constant or dependent feature column, and
 * separated outcomes (docs/pipeline.md). An all-blank input gives a blank cell.
 * @example logisticFitCall([mtcars.hpWt, mtcars.am], { lang: 'en' }) // [[18.86630, 0.03626, -8.08348]] (R's glm, published)
 */
export function logisticFitCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [featuresArg, outcomesArg] = args;
  const { lang } = ctx;
  const features = toGrid(featuresArg);
  const outcomes = columnArg(outcomesArg, 'outcomes', lang).grid;
  if (features.length !== outcomes.length) {
    failCall(lang, 'misaligned', { a: 'features', an: features.length, b: 'outcomes', bn: outcomes.length });
  }
  const { x, y, k } = readHistory(features, outcomes, lang);
  if (y.length === 0) return [[BLANK_OUT]];
  const fit = fitLogistic(x, y, k);
  if (isModelProblem(fit)) failWithProblem(fit, lang);
  return [Array.from(fit.coefficients)];
}

/** The rows the fit runs over: features row by row and outcomes 1 / 0, all-blank rows left out. */
function readHistory(features: Grid, outcomes: Grid, lang: Lang): { x: Float64Array; y: Uint8Array; k: number } {
  const n = features.length;
  const k = features[0].length;
  const x = new Float64Array(n * k);
  const y = new Uint8Array(n);
  let kept = 0;
  let badCount = 0;
  let firstBad: BadRow | undefined;
  for (let i = 0; i < n; i++) {
    const row = features[i];
    let blank: string | undefined;
    let reason: string | undefined;
    let filled = false;
    for (let j = 0; j < k; j++) {
      const cell = row[j];
      // Most cells are plain numbers: stored without a reader.
      const v = typeof cell === 'number' && cell - cell === 0 ? cell : readNumberOrFlag(cell, 'features', lang);
      if (typeof v === 'number') {
        x[kept * k + j] = v;
        filled = true;
      } else if (v === null) blank ??= 'features';
      else {
        reason ??= v.message;
        filled = true;
      }
    }
    const outcome = readOutcome(outcomes[i][0], 'outcomes', lang);
    if (typeof outcome === 'number') y[kept] = outcome;
    else if (outcome === null) blank ??= 'outcomes';
    else reason ??= outcome.message;
    if (outcome !== null) filled = true;
    if (!filled) continue;
    if (reason === undefined && blank !== undefined) reason = format(lang, 'missing', { arg: blank });
    if (reason !== undefined) {
      badCount++;
      firstBad ??= { row: i + 1, reason };
      continue;
    }
    kept++;
  }
  if (firstBad) failOnBadRows(firstBad, badCount, lang);
  return { x: x.subarray(0, kept * k), y: y.subarray(0, kept), k };
}
