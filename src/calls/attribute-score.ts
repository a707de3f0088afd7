import type { CellError } from '../cells/cell-error';
import { cellError } from '../cells/cell-error';
import { upstreamError } from '../cells/coerce';
import { toGrid } from '../cells/grid';
import { matchKey } from '../cells/match-key';
import type { OutCell, OutGrid } from '../cells/output';
import { readPointsTable } from '../cells/points-table-arg';
import { finiteOrError, rowOutcome } from '../cells/rows';
import type { Lang } from '../i18n/lang';
import { attributeScore, type PointsTable } from '../models/attribute-score';
import type { CallContext } from './call-context';

/**
 * ATTRIBUTE_SCORE over host cells: per lead row of attribute values, the points the `value | points`
 * table gives each, summed; values the table lacks score 0. A broken table fails the call.
 * @example attributeScoreCall([[['制造业', '100-499人', '华南']], [['制造业', 30], ['100-499人', 10], ['华东', 10]]], { lang: 'en' }) // [[40]]
 */
export function attributeScoreCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [valuesArg, tableArg] = args;
  const { lang } = ctx;
  const table = readPointsTable(tableArg, 'table', lang);
  const values = toGrid(valuesArg);
  const out: OutGrid = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [attributeRow(values[i], table, lang)];
  return out;
}

/** One lead under the row rule: every attribute cell is required; a cell holding an error is the row's. */
function attributeRow(cells: readonly unknown[], table: PointsTable, lang: Lang): OutCell {
  const keys: string[] = [];
  let error: CellError | undefined;
  let blank = false;
  for (const cell of cells) {
    const key = matchKey(cell);
    if (key === undefined) blank = true;
    else if (upstreamError(cell)) error ??= cellError(lang, 'value', 'upstreamError', { arg: 'values', value: upstreamError(cell)! });
    else keys.push(key);
  }
  return rowOutcome(error, blank ? 'values' : undefined, keys.length > 0 || error !== undefined, lang) ?? finiteOrError(attributeScore(keys, table), lang);
}
