import { failCall } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { columnArg } from '../cells/grid';
import { readScalarRatio } from '../cells/options';
import type { OutGrid } from '../cells/output';
import { readColumns } from '../cells/rows';
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
  // The column's shape is checked before the shares, so a call wrong in both says the first.
  columnArg(valuesArg, 'values', lang);
  const a = readScalarRatio(aArg, 'a_share', 0.8, lang);
  const b = readScalarRatio(bArg, 'b_share', 0.95, lang);
  if (b < a) failCall(lang, 'shareOrder', { value: b, a });
  // Blank and bad rows are NaN here, so they do not count in the total.
  const { rows, values: [values], outcomes } = readColumns([{ name: 'values', value: valuesArg, read: readNumber }], lang);
  const classes = abcClasses(values, a, b);
  const out: OutGrid = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = [outcomes.get(i) ?? CLASS_LABELS[classes[i]]];
  return out;
}
