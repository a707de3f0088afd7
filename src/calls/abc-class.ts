import { CellError } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { cellAt, columnArg } from '../cells/grid';
import { readScalarRatio } from '../cells/options';
import { failCall } from '../cells/cell-error';
import { BLANK_OUT, type OutGrid } from '../cells/output';
import { abcClasses } from '../models/abc';
import type { CallContext } from './call-context';

const CLASS_LABELS = ['A', 'B', 'C'];

/**
 * ABC_CLASS over host cells: the 20/80 rule over the whole column; blank rows stay blank, bad rows get
 * their error and do not count in the total.
 * @example abcClassCall([[[50], [30], [10], [5], [5]]], { lang: 'en' }) // [['A'], ['A'], ['B'], ['B'], ['C']]
 */
export function abcClassCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [valuesArg, aArg, bArg] = args;
  const { lang } = ctx;
  const column = columnArg(valuesArg, 'values', lang);
  const a = readScalarRatio(aArg, 'a_share', 0.8, lang);
  const b = readScalarRatio(bArg, 'b_share', 0.95, lang);
  if (b < a) failCall(lang, 'shareOrder', { value: b, a });
  const values = new Float64Array(column.rows).fill(NaN);
  const reads = new Array<number | null | CellError>(column.rows);
  for (let i = 0; i < column.rows; i++) {
    reads[i] = readNumber(cellAt(column, i), 'values', lang);
    if (typeof reads[i] === 'number') values[i] = reads[i] as number;
  }
  const classes = abcClasses(values, a, b);
  return reads.map((read, i) => [read === null ? BLANK_OUT : read instanceof CellError ? read : CLASS_LABELS[classes[i]]]);
}
