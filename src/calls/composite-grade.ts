import { cellError, failCall } from '../cells/cell-error';
import { isBlank, readNumber, showValue } from '../cells/coerce';
import { toGrid, vectorArg } from '../cells/grid';
import { readChoice } from '../cells/options';
import type { OutCell, OutGrid } from '../cells/output';
import { readCells, type Reader } from '../cells/rows';
import type { Lang } from '../i18n/lang';
import {
  DEFAULT_CUTOFFS, DEFAULT_GRADE_LABELS, DEFAULT_WEIGHTS, compositeScore, gradeIndex,
} from '../models/composite';
import type { CallContext } from './call-context';
import { readLang } from './read-lang';

const OUTPUTS = ['grade', 'score'] as const;

/**
 * COMPOSITE_GRADE over host cells: per customer row of dimension scores (0-100), the weighted score
 * sum(w x s) / sum(w) and the grade it earns against descending cutoffs.
 * @example compositeGradeCall([[[90, 80, 70, 60]]], { lang: 'en' }) // [['Core']] (score 80)
 * @example compositeGradeCall([[[95, 90, 90, 80]], null, null, [['A', 'B', 'C', 'D']]], { lang: 'en' }) // [['A']]
 */
export function compositeGradeCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [scoresArg, weightsArg, cutoffsArg, labelsArg, outputArg, langArg] = args;
  const lang = readLang(langArg, ctx.lang);
  const scores = toGrid(scoresArg);
  const weights = readNumberVector(weightsArg, 'weights', DEFAULT_WEIGHTS, lang);
  const cutoffs = readNumberVector(cutoffsArg, 'cutoffs', DEFAULT_CUTOFFS, lang);
  const output = readChoice(outputArg, 'output', OUTPUTS, 'grade', lang);
  checkWeights(weights, scores[0].length, lang);
  for (let i = 1; i < cutoffs.length; i++) {
    if (!(cutoffs[i] < cutoffs[i - 1])) failCall(lang, 'cutoffOrder', { arg: 'cutoffs', value: cutoffs[i], previous: cutoffs[i - 1] });
  }
  const labels = readLabels(labelsArg, cutoffs.length + 1, lang);
  const out: OutGrid = new Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const score = rowScore(scores[i], weights, lang);
    out[i] = [typeof score !== 'number' ? score : output === 'score' ? score : labels[gradeIndex(score, cutoffs)]];
  }
  return out;
}

function rowScore(row: readonly unknown[], weights: readonly number[], lang: Lang): OutCell {
  // The common row: plain numbers within 0-100, scored without copying.
  let plain = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'number' || !(v >= 0 && v <= 100)) {
      plain = false;
      break;
    }
  }
  if (plain) return compositeScore(row as readonly number[], weights);
  const scores = readCells(row, 'scores', readPercentScore, lang);
  return Array.isArray(scores) ? compositeScore(scores, weights) : scores;
}

/** A dimension score: a number from 0 to 100. */
const readPercentScore: Reader = (value, arg, lang) => {
  const v = readNumber(value, arg, lang);
  if (typeof v === 'number' && (v < 0 || v > 100)) return cellError(lang, 'value', 'scoreRange', { arg, value: v, min: 0, max: 100 });
  return v;
};

function readNumberVector(value: unknown, arg: string, fallback: readonly number[], lang: Lang): readonly number[] {
  const cells = vectorArg(value).filter((c) => !isBlank(c));
  if (cells.length === 0) return fallback;
  return cells.map((cell) => {
    const v = readNumber(cell, arg, lang);
    if (typeof v !== 'number') failCall(lang, 'notNumber', { arg, value: showValue(cell) });
    return v;
  });
}

function checkWeights(weights: readonly number[], columns: number, lang: Lang): void {
  if (weights.length !== columns) {
    failCall(lang, 'tooManyArgs', { arg: 'scores', expected: weights.length, got: columns });
  }
  let total = 0;
  for (const w of weights) {
    if (w < 0) failCall(lang, 'negative', { arg: 'weights', value: w });
    total += w;
  }
  if (total === 0) failCall(lang, 'weightsZero', { arg: 'weights' });
}

function readLabels(value: unknown, count: number, lang: Lang): readonly string[] {
  const cells = vectorArg(value).filter((c) => !isBlank(c));
  const labels = cells.length === 0 ? DEFAULT_GRADE_LABELS[lang] : cells.map((c) => showValue(c));
  if (labels.length !== count) failCall(lang, 'vectorLength', { arg: 'labels', expected: count, got: labels.length });
  return labels;
}
