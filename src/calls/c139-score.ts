import { cellError, failCall } from '../cells/cell-error';
import { readNumber, readRatio } from '../cells/coerce';
import { readRatioOrFlag } from '../cells/flags';
import { alignedRows, toGrid, type Grid } from '../cells/grid';
import { numberVector } from '../cells/number-vector';
import { readChoice } from '../cells/options';
import type { OutCell, OutGrid } from '../cells/output';
import { finiteOrError, readCellGroups, type Reader } from '../cells/rows';
import type { Lang } from '../i18n/lang';
import { format, type MessageKey } from '../i18n/messages';
import {
  C139_DEFAULT_WEIGHTS, c139Components, c139Score, c139Weakest, type C139Inputs, type C139Weakest,
} from '../models/c139';
import type { CallContext } from './call-context';

const OUTPUTS = ['score', 'advice'] as const;
const NAMES = ['coverage', 'value_fit', 'key_people', 'factors'];

/** A competitive factor: a number from 1 (much weaker than the strongest competitor) to 5. */
const readFactor: Reader = (value, arg, lang) => {
  const v = readNumber(value, arg, lang);
  if (typeof v === 'number' && !(v >= 1 && v <= 5)) return cellError(lang, 'value', 'scoreRange', { arg, value: v, min: 1, max: 5 });
  return v;
};
const READERS: Reader[] = [readRatio, readRatio, readRatioOrFlag, readFactor];

/**
 * C139_SCORE over host cells: per opportunity, coverage and value fit (ratios), the three key people
 * (decision maker, influencer, user: 1/0, TRUE/FALSE or a ratio) and the nine competitive factors (1-5),
 * as points 0-100 from the weights (equal by default), or with `output` "advice" the next step for the
 * weakest component in the user's language.
 * @example c139ScoreCall([0.8, 0.9, [[0, 1, 0.5]], [[4, 4, 3, 5, 4, 4, 3, 5, 4]]], { lang: 'en' }) // [[73.75]]
 * @example c139ScoreCall([0.8, 0.9, [[0, 1, 0.5]], [[4, 4, 3, 5, 4, 4, 3, 5, 4]], null, 'advice'], { lang: 'zh-CN' }) // [['关键人覆盖最弱（50%）：补充接触决策层（决策人）']]
 */
export function c139ScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [coverageArg, valueFitArg, keyPeopleArg, factorsArg, weightsArg, outputArg] = args;
  const { lang } = ctx;
  const grids = [toGrid(coverageArg), toGrid(valueFitArg), toGrid(keyPeopleArg), toGrid(factorsArg)];
  expectColumns(grids[0], 'coverage', 1, '', lang);
  expectColumns(grids[1], 'value_fit', 1, '', lang);
  expectColumns(grids[2], 'key_people', 3, format(lang, 'keyPeopleColumns', {}), lang);
  expectColumns(grids[3], 'factors', 9, format(lang, 'factorColumns', {}), lang);
  const rows = alignedRows(grids.map((g, i) => ({ name: NAMES[i], rows: g.length })), lang);
  const weights = readWeights(weightsArg, lang);
  const output = readChoice(outputArg, 'output', OUTPUTS, 'score', lang);
  const out: OutGrid = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const read = readCellGroups(grids.map((g) => (g.length === 1 ? g[0] : g[i])), NAMES, READERS, lang);
    if (!Array.isArray(read)) {
      out[i] = [read];
      continue;
    }
    const inputs: C139Inputs = { coverage: read[0][0], valueFit: read[1][0], keyPeople: read[2], factors: read[3] };
    out[i] = [output === 'score' ? finiteOrError(c139Score(c139Components(inputs), weights), lang) : advice(c139Weakest(inputs, weights), lang)];
  }
  return out;
}

function expectColumns(grid: Grid, arg: string, expected: number, what: string, lang: Lang): void {
  const got = grid[0].length;
  if (got === expected) return;
  if (expected === 1) failCall(lang, 'oneColumn', { arg, cols: got });
  failCall(lang, 'columnsExpected', { arg, expected, what, got });
}

/** Four weights >= 0 in the order C, 1, 3, 9, not all 0; blank means equal weights. */
function readWeights(value: unknown, lang: Lang): readonly number[] {
  const weights = numberVector(value, 'weights', lang);
  if (weights.length === 0) return C139_DEFAULT_WEIGHTS;
  if (weights.length !== 4) failCall(lang, 'vectorLength', { arg: 'weights', expected: 4, got: weights.length });
  for (const w of weights) if (w < 0) failCall(lang, 'negative', { arg: 'weights', value: w });
  const largest = Math.max(...weights);
  if (largest === 0) failCall(lang, 'weightsZero', { arg: 'weights' });
  // Scaled to a largest weight of 1, the same score, so weights near 1e308 cannot overflow the sum.
  return weights.map((w) => w / largest);
}

const ROLE_ADVICE: Record<string, MessageKey> = {
  decisionMaker: 'adviceDecisionMaker', influencer: 'adviceInfluencer', user: 'adviceUser',
};

/** The next step for the weakest component, with its value as a whole percent (or one decimal). */
function advice(weakest: C139Weakest | undefined, lang: Lang): OutCell {
  if (weakest === undefined) return format(lang, 'adviceAllFull', {});
  const value = `${Number((weakest.value * 100).toFixed(1))}%`;
  switch (weakest.component) {
    case 'coverage': return format(lang, 'adviceCoverage', { value });
    case 'valueFit': return format(lang, 'adviceValueFit', { value });
    case 'keyPeople': return format(lang, ROLE_ADVICE[weakest.role], { value });
    case 'factors': return format(lang, 'adviceFactors', { value, factor: weakest.factor, score: weakest.score });
  }
}
