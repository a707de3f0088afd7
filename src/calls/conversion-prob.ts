import { toGrid } from '../cells/grid';
import { readNumberOrFlag } from '../cells/flags';
import type { OutGrid } from '../cells/output';
import { finiteOrError, readCells } from '../cells/rows';
import { conversionProbability } from '../models/logistic';
import type { CallContext } from './call-context';
import { readParamsRange } from './fit-args';

/**
 * CONVERSION_PROB over host cells: per lead row of k features, the probability 1 / (1 + e^-(b0 + b.x))
 * under the k + 1 coefficients LOGISTIC_FIT spilled (intercept first, a row or a column); another count
 * of coefficients fails the call.
 * @example conversionProbCall([[[1], [0]], [[-2.944439, 1.209838]]], { lang: 'en' }) // [[0.15], [0.05]] (seed 001's webinar leads)
 */
export function conversionProbCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [featuresArg, coefficientsArg] = args;
  const { lang } = ctx;
  const features = toGrid(featuresArg);
  const k = features[0].length;
  const names = ['intercept', ...Array.from({ length: k }, (_, j) => `b${j + 1}`)];
  const coefficients = readParamsRange(coefficientsArg, 'coefficients', names, 'LOGISTIC_FIT', lang);
  const out: OutGrid = new Array(features.length);
  for (let i = 0; i < features.length; i++) {
    const read = readCells(features[i], 'features', readNumberOrFlag, lang);
    out[i] = [Array.isArray(read) ? finiteOrError(conversionProbability(read, coefficients), lang) : read];
  }
  return out;
}
