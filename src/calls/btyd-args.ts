// What the six buy-till-you-die calls share: reading a fit's parameters from the range a fit spilled,
// and reading the columns a fit runs over (what every fit's call shares is in fit-args.ts).
import { CellError, failCall } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { alignedRows, cellAt, columnArg } from '../cells/grid';
import type { Lang } from '../i18n/lang';
import type { BgNbdParams } from '../models/bgnbd';
import { checkBgNbdParams, checkGammaGammaParams, checkHistory } from '../models/btyd-checks';
import type { GammaGammaParams } from '../models/gamma-gamma';
import { ModelProblem } from '../models/model-problem';
import { failOnBadRows, problemCell, readParamsRange } from './fit-args';

/** The columns BGNBD_FIT spills, in order. */
export const BGNBD_NAMES = ['r', 'alpha', 'a', 'b'] as const;
/** The columns GAMMA_GAMMA_FIT spills, in order. */
export const GAMMA_GAMMA_NAMES = ['p', 'q', 'v'] as const;

/**
 * The row rule of PROB_ALIVE, EXPECTED_PURCHASES and EXPECTED_CLV: the history must pass the models'
 * `checkHistory` (frequency a whole number >= 0, 0 <= recency <= T), and T must be above 0, since a
 * customer first seen on the last day has no history to predict from. The row's error, or undefined.
 * @example historyProblem(2, 40, 38.86, 'en')?.message // 'recency: 40 is above T (38.86); the last purchase cannot come after the end of the period'
 * @example historyProblem(0, 0, 0, 'en')?.message // 'T: 0 is not above 0'
 */
export function historyProblem(frequency: number, recency: number, T: number, lang: Lang): CellError | undefined {
  const problem = checkHistory(frequency, recency, T) ?? (T > 0 ? undefined : new ModelProblem('notPositive', { arg: 'T', value: T }));
  return problem && problemCell(problem, lang);
}

/**
 * BG/NBD parameters from the row BGNBD_FIT spills (r | alpha | a | b); each must be above 0.
 * @example bgNbdParamsArg([[0.243, 4.414, 0.793, 2.426]], 'params', 'en') // { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }
 * @example bgNbdParamsArg([[0.243, 4.414, 0, 2.426]], 'params', 'en') // throws 'params: a: 0 is not above 0'
 */
export function bgNbdParamsArg(value: unknown, arg: string, lang: Lang): BgNbdParams {
  const [r, alpha, a, b] = readParamsRange(value, arg, BGNBD_NAMES, 'BGNBD_FIT', lang);
  const params = { r, alpha, a, b };
  const problem = checkBgNbdParams(params);
  if (problem) failCall(lang, 'btydParamsBad', { arg, message: problem.message(lang) });
  return params;
}

/**
 * Gamma-Gamma parameters from the row GAMMA_GAMMA_FIT spills (p | q | v); each above 0, and q above 1.
 * @example gammaGammaParamsArg([[6.25, 3.74, 15.44]], 'gg_params', 'en') // { p: 6.25, q: 3.74, v: 15.44 }
 */
export function gammaGammaParamsArg(value: unknown, arg: string, lang: Lang): GammaGammaParams {
  const [p, q, v] = readParamsRange(value, arg, GAMMA_GAMMA_NAMES, 'GAMMA_GAMMA_FIT', lang);
  const params = { p, q, v };
  const problem = checkGammaGammaParams(params);
  if (problem) failCall(lang, 'btydParamsBad', { arg, message: problem.message(lang) });
  return params;
}

/** The numbers a fit runs over: one array per argument, and each entry's 1-based row in the ranges. */
export interface FitColumns {
  readonly values: Float64Array[];
  readonly rows: Int32Array;
}

/**
 * Reads the per-customer columns of a fit. All-blank rows are skipped (whole-column references); a row
 * with a blank or unreadable cell fails the call, naming it, since the fit would be another fit without
 * it. Misaligned ranges fail the call too.
 * @example fitColumns([{ name: 'frequency', value: [[2], [null], [0]] }], 'en') // { values: [Float64Array [2, 0]], rows: Int32Array [1, 3] }
 */
export function fitColumns(args: readonly { name: string; value: unknown }[], lang: Lang): FitColumns {
  const columns = args.map((a) => columnArg(a.value, a.name, lang));
  const n = alignedRows(columns, lang);
  const values = columns.map(() => new Float64Array(n));
  const rows = new Int32Array(n);
  let kept = 0;
  let badCount = 0;
  let firstBad: { row: number; reason: string } | undefined;
  for (let i = 0; i < n; i++) {
    let blanks = 0;
    let reason: string | undefined;
    for (let c = 0; c < columns.length; c++) {
      const read = readNumber(cellAt(columns[c], i), columns[c].name, lang);
      if (read === null) blanks++;
      else if (read instanceof CellError) reason ??= read.message;
      else values[c][kept] = read;
    }
    if (blanks === columns.length) continue;
    if (blanks > 0 && reason === undefined) {
      const blank = columns.findIndex((col) => readNumber(cellAt(col, i), col.name, lang) === null);
      reason = new ModelProblem('missing', { arg: columns[blank].name }).message(lang);
    }
    if (reason !== undefined) {
      badCount++;
      firstBad ??= { row: i + 1, reason };
      continue;
    }
    rows[kept++] = i + 1;
  }
  if (firstBad) failOnBadRows(firstBad, badCount, lang);
  return { values: values.map((v) => v.subarray(0, kept)), rows: rows.subarray(0, kept) };
}

/**
 * A fit's problem with its row counted in the ranges the user gave (blank rows included), not in the
 * numbers the fit saw.
 * @example atRangeRow(new ModelProblem('negative', { arg: 'frequency', value: -1 }, 2), Int32Array.of(1, 3)).row // 3
 */
export function atRangeRow(problem: ModelProblem, rows: Int32Array): ModelProblem {
  return problem.row === undefined ? problem : problem.atRow(rows[problem.row - 1]);
}
