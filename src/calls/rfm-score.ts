import { CellError, cellError } from '../cells/cell-error';
import { readDate, readNonNegative, readNumber, type DateConvention } from '../cells/coerce';
import { alignedRows, cellAt, columnArg, type Column } from '../cells/grid';
import { readBandTableArg, type BandTableChoice } from '../cells/band-table-arg';
import { readChoice, readScalarDate } from '../cells/options';
import { BLANK_OUT, type OutGrid } from '../cells/output';
import { serialToIso } from '../cells/dates';
import type { Lang } from '../i18n/lang';
import { scoreByBands } from '../models/band-table';
import { quintileBreaks, quintileScore } from '../models/quintiles';
import type { CallContext } from './call-context';

export const RFM_OUTPUTS = ['code', 'r', 'f', 'm', 'sum'] as const;
export type RfmOutput = (typeof RFM_OUTPUTS)[number];

/** The three inputs of every row as numbers, NaN where the row is blank or bad. */
interface RfmInputs {
  readonly days: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  /** Per row: undefined to score, '' for a blank row, or the row's error. */
  readonly verdict: (CellError | '' | undefined)[];
}

/**
 * RFM_SCORE over host cells: scores each customer's recency, frequency and monetary value against band
 * tables (or the list's quintiles) and returns the code R*100 + F*10 + M, or one score, or their sum.
 * @example rfmScoreCall([[[30]], [[10]], [[500000]]], { lang: 'en' }) // [[555]]
 * @example rfmScoreCall([[[31]], [[9]], [[499999.99]], null, null, null, null, 'sum'], { lang: 'en' }) // [[9]]
 */
export function rfmScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [recency, frequency, monetary, rTable, fTable, mTable, asOf, output] = args;
  const { lang } = ctx;
  const columns = [
    columnArg(recency, 'recency', lang),
    columnArg(frequency, 'frequency', lang),
    columnArg(monetary, 'monetary', lang),
  ];
  const n = alignedRows(columns, lang);
  const tables = [
    readBandTableArg(rTable, 'r_table', 'r', lang),
    readBandTableArg(fTable, 'f_table', 'f', lang),
    readBandTableArg(mTable, 'm_table', 'm', lang),
  ];
  const asOfSerial = readScalarDate(asOf, 'as_of', lang, ctx.dates);
  const out = readChoice(output, 'output', RFM_OUTPUTS, 'code', lang);

  const inputs = readInputs(columns, n, asOfSerial, lang, ctx.dates);
  const [rScore, fScore, mScore] = [
    scorer(tables[0], inputs.days, true),
    scorer(tables[1], inputs.frequency, false),
    scorer(tables[2], inputs.monetary, false),
  ];
  const names = ['recency', 'frequency', 'monetary'];
  const values = [inputs.days, inputs.frequency, inputs.monetary];
  const fromOf = tables.map((t) => (t === 'quintile' ? 0 : t.from[0]));

  const result: OutGrid = new Array(n);
  for (let i = 0; i < n; i++) {
    const verdict = inputs.verdict[i];
    if (verdict !== undefined) {
      result[i] = [verdict];
      continue;
    }
    const r = rScore(inputs.days[i]);
    const f = fScore(inputs.frequency[i]);
    const m = mScore(inputs.monetary[i]);
    if (r !== r || f !== f || m !== m) {
      const d = r !== r ? 0 : f !== f ? 1 : 2;
      result[i] = [cellError(lang, 'value', 'belowFirstBand', { arg: names[d], value: values[d][i], from: fromOf[d] })];
      continue;
    }
    result[i] = [out === 'code' ? r * 100 + f * 10 + m : out === 'r' ? r : out === 'f' ? f : out === 'm' ? m : r + f + m];
  }
  return result;
}

/** Scores one dimension: by its band table, or by the quintiles of the column's valid values. */
function scorer(table: BandTableChoice, values: Float64Array, reversed: boolean): (v: number) => number {
  if (table !== 'quintile') return (v) => scoreByBands(v, table);
  const breaks = quintileBreaks(values);
  return reversed ? (v) => 6 - quintileScore(v, breaks) : (v) => quintileScore(v, breaks);
}

/** Reads every row's three inputs, with the first problem of each row as its verdict. */
function readInputs(columns: Column[], n: number, asOf: number | undefined, lang: Lang, dates?: DateConvention): RfmInputs {
  const days = new Float64Array(n).fill(NaN);
  const frequency = new Float64Array(n).fill(NaN);
  const monetary = new Float64Array(n).fill(NaN);
  const verdict: (CellError | '' | undefined)[] = new Array(n);
  const [rc, fc, mc] = columns;
  for (let i = 0; i < n; i++) {
    const rv = cellAt(rc, i), fv = cellAt(fc, i), mv = cellAt(mc, i);
    // The hot path: three plain non-negative numbers, as most rows of a real list are.
    if (asOf === undefined && typeof rv === 'number' && typeof fv === 'number' && typeof mv === 'number'
      && rv >= 0 && fv >= 0 && rv < Infinity && fv < Infinity && mv - mv === 0) {
      days[i] = rv;
      frequency[i] = fv;
      monetary[i] = mv;
      continue;
    }
    const r = asOf === undefined ? readNonNegative(rv, 'recency', lang) : readDaysSince(rv, asOf, lang, dates);
    const f = readNonNegative(fv, 'frequency', lang);
    const m = readNumber(mv, 'monetary', lang);
    verdict[i] = rowVerdict([r, f, m], ['recency', 'frequency', 'monetary'], lang);
    if (verdict[i] === undefined) {
      days[i] = r as number;
      frequency[i] = f as number;
      monetary[i] = m as number;
    }
  }
  return { days, frequency, monetary, verdict };
}

/** Days from a last-purchase date to as_of, in whole days; a purchase after as_of is an error. */
function readDaysSince(value: unknown, asOf: number, lang: Lang, dates?: DateConvention): number | null | CellError {
  const date = readDate(value, 'recency', lang, dates);
  if (typeof date !== 'number') return date;
  const days = Math.floor(asOf) - Math.floor(date);
  if (days < 0) return cellError(lang, 'value', 'afterAsOf', { value: serialToIso(date), asOf: serialToIso(asOf) });
  return days;
}

/** A row's verdict: '' when all blank, #N/A naming a missing input, the first error, or undefined. */
function rowVerdict(reads: (number | null | CellError)[], names: string[], lang: Lang): CellError | '' | undefined {
  const error = reads.find((r): r is CellError => r instanceof CellError);
  if (error) return error;
  const blank = reads.findIndex((r) => r === null);
  if (blank < 0) return undefined;
  if (reads.every((r) => r === null)) return BLANK_OUT;
  return cellError(lang, 'na', 'missing', { arg: names[blank] });
}
