import { CellError, cellError } from '../cells/cell-error';
import { readDate, readNonNegative, readNumber, type DateConvention } from '../cells/coerce';
import { alignedRows, columnArg } from '../cells/grid';
import { readBandTableArg, type BandTableChoice } from '../cells/band-table-arg';
import { readChoice, readScalarDate } from '../cells/options';
import type { OutCell, OutGrid } from '../cells/output';
import { mapColumns, readColumns, type Reader } from '../cells/rows';
import { serialToIso } from '../cells/dates';
import type { Lang } from '../i18n/lang';
import { scoreByBands, type BandTable } from '../models/band-table';
import { quintileBreaks, quintileScore } from '../models/quintiles';
import type { CallContext } from './call-context';

export const RFM_OUTPUTS = ['code', 'r', 'f', 'm', 'sum'] as const;
export type RfmOutput = (typeof RFM_OUTPUTS)[number];

/**
 * RFM_SCORE over host cells: scores each customer's recency, frequency and monetary value against band
 * tables (or the list's quintiles) and returns the code R*100 + F*10 + M, or one score, or their sum.
 * @example rfmScoreCall([[[30]], [[10]], [[500000]]], { lang: 'en' }) // [[555]]
 * @example rfmScoreCall([[[31]], [[9]], [[499999.99]], null, null, null, null, 'sum'], { lang: 'en' }) // [[9]]
 */
export function rfmScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [recency, frequency, monetary, rTable, fTable, mTable, asOf, output] = args;
  const { lang } = ctx;
  // The shape of the columns is checked before the tables, so a call wrong in both says the first.
  alignedRows([columnArg(recency, 'recency', lang), columnArg(frequency, 'frequency', lang), columnArg(monetary, 'monetary', lang)], lang);
  const tables = [
    readBandTableArg(rTable, 'r_table', 'r', lang),
    readBandTableArg(fTable, 'f_table', 'f', lang),
    readBandTableArg(mTable, 'm_table', 'm', lang),
  ];
  const asOfSerial = readScalarDate(asOf, 'as_of', lang, ctx.dates);
  const out = readChoice(output, 'output', RFM_OUTPUTS, 'code', lang);
  const readRecency: Reader = asOfSerial === undefined
    ? readNonNegative
    : (value, _arg, l) => readDaysSince(value, asOfSerial, l, ctx.dates);

  const specs = [
    { name: 'recency', value: recency, read: readRecency },
    { name: 'frequency', value: frequency, read: readNonNegative },
    { name: 'monetary', value: monetary, read: readNumber },
  ];
  const fromOf = tables.map((t) => (t === 'quintile' ? 0 : t.from[0]));
  // Only the scores (small integers) and the row's array cross into these: a double argument would be
  // boxed, a million times.
  const shape = (rs: number, fs: number, ms: number, row: ArrayLike<number>): OutCell => {
    if (rs !== rs || fs !== fs || ms !== ms) {
      const d = rs !== rs ? 0 : fs !== fs ? 1 : 2;
      return cellError(lang, 'value', 'belowFirstBand', { arg: specs[d].name, value: row[d], from: fromOf[d] });
    }
    return out === 'code' ? rs * 100 + fs * 10 + ms : out === 'r' ? rs : out === 'f' ? fs : out === 'm' ? ms : rs + fs + ms;
  };

  if (!tables.includes('quintile')) {
    // Band tables score a row on its own: one pass, no column kept.
    const [r, f, m] = tables as BandTable[];
    return mapColumns(specs, (v) => shape(scoreByBands(v[0], r), scoreByBands(v[1], f), scoreByBands(v[2], m), v), lang);
  }
  // Quintiles need each whole column first: the valid values of the list, blank and bad rows left out.
  const { rows, values: [days, frequencies, amounts], outcomes } = readColumns(specs, lang);
  const [rScore, fScore, mScore] = [scorer(tables[0], days, true), scorer(tables[1], frequencies, false), scorer(tables[2], amounts, false)];
  const result: OutGrid = new Array(rows);
  const row = [0, 0, 0];
  for (let i = 0; i < rows; i++) {
    row[0] = days[i];
    row[1] = frequencies[i];
    row[2] = amounts[i];
    result[i] = [outcomes.get(i) ?? shape(rScore(row[0]), fScore(row[1]), mScore(row[2]), row)];
  }
  return result;
}

type Scorer = (value: number) => number;

/** Scores one dimension: by its band table, or by the quintiles of the column's valid values. */
function scorer(table: BandTableChoice, values: Float64Array, reversed: boolean): Scorer {
  if (table !== 'quintile') return (v) => scoreByBands(v, table);
  const breaks = quintileBreaks(values);
  return reversed ? (v) => 6 - quintileScore(v, breaks) : (v) => quintileScore(v, breaks);
}

/** Days from a last-purchase date to as_of, in whole days; a purchase after as_of is an error. */
function readDaysSince(value: unknown, asOf: number, lang: Lang, dates?: DateConvention): number | null | CellError {
  const date = readDate(value, 'recency', lang, dates);
  if (typeof date !== 'number') return date;
  const days = Math.floor(asOf) - Math.floor(date);
  if (days < 0) return cellError(lang, 'value', 'afterAsOf', { value: serialToIso(date), asOf: serialToIso(asOf) });
  return days;
}
