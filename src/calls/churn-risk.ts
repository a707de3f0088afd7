import { cellError } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { alignedRows, toGrid } from '../cells/grid';
import { readChoice, readScalarNumber } from '../cells/options';
import { finiteOrError, readGroups } from '../cells/rows';
import type { OutCell, OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { CHURN_MODES, churnRisk, type ChurnMode } from '../models/churn';
import type { CallContext } from './call-context';

/**
 * CHURN_RISK over host cells: per customer row of periods, m x sd(interactions) + n x
 * volatility(satisfaction); in "cv" mode both terms are divided by their row's mean.
 * @example churnRiskCall([[[4, 6, 5, 7, 3, 5]], [[8, 8, 7, 9, 8, 8]]], { lang: 'en' }) // [[2.046...]]
 */
export function churnRiskCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [interactions, satisfaction, mArg, nArg, modeArg] = args;
  const { lang } = ctx;
  const a = toGrid(interactions);
  const b = toGrid(satisfaction);
  const rows = alignedRows([{ name: 'interactions', rows: a.length }, { name: 'satisfaction', rows: b.length }], lang);
  const m = readScalarNumber(mArg, 'm', 1, lang);
  const n = readScalarNumber(nArg, 'n', 1, lang);
  const mode = readChoice(modeArg, 'mode', CHURN_MODES, 'sd', lang);
  const out: OutGrid = new Array(rows);
  for (let i = 0; i < rows; i++) {
    out[i] = [churnRow(a.length === 1 ? a[0] : a[i], b.length === 1 ? b[0] : b[i], m, n, mode, lang)];
  }
  return out;
}

const INPUTS = ['interactions', 'satisfaction'];

function churnRow(
  interactions: readonly unknown[], satisfaction: readonly unknown[], m: number, n: number, mode: ChurnMode, lang: Lang,
): OutCell {
  const read = readGroups([interactions, satisfaction], INPUTS, readNumber, lang);
  if (!Array.isArray(read)) return read;
  const [xs, ys] = read;
  for (const [arg, series] of [['interactions', xs], ['satisfaction', ys]] as const) {
    if (series.length < 2) return cellError(lang, 'value', 'tooFewPeriods', { arg, got: series.length });
    if (mode === 'cv' && series.reduce((s, v) => s + v, 0) === 0) return cellError(lang, 'value', 'meanZero', { arg });
  }
  return finiteOrError(churnRisk(xs, ys, m, n, mode), lang);
}
