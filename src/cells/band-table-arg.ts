import type { Lang } from '../i18n/lang';
import type { BandTable } from '../models/band-table';
import { PRESET_NAMES, RFM_PRESETS, type PresetName } from '../models/presets';
import type { RfmDimension } from '../models/rfm';
import { failCall } from './cell-error';
import { isBlank, readNumber, showValue } from './coerce';
import { toGrid } from './grid';

/** A band-table argument once read: a table, or the request to score by the list's own quintiles. */
export type BandTableChoice = BandTable | 'quintile';

/**
 * Reads a band-table argument for one RFM dimension: a two-column range `from | score` (trailing blank
 * rows ignored, `from` strictly ascending), the text "quintile", or a preset name (seed, five,
 * manufacturing); blank means the seed default. A broken table fails the call with a message saying
 * which row is wrong, never wrong grades.
 * @example readBandTableArg([[0, 1], [5, 3], [10, 5]], 'f_table', 'f', 'en') // { from: [0, 5, 10], score: [1, 3, 5] }
 * @example readBandTableArg('quintile', 'm_table', 'm', 'en') // 'quintile'
 */
export function readBandTableArg(value: unknown, arg: string, dimension: RfmDimension, lang: Lang): BandTableChoice {
  const grid = toGrid(value);
  if (grid.length === 1 && grid[0].length === 1) {
    const only = grid[0][0];
    if (isBlank(only)) return RFM_PRESETS.seed[dimension];
    const text = typeof only === 'string' ? only.trim().toLowerCase() : '';
    if (text === 'quintile' || text === 'quintiles') return 'quintile';
    if ((PRESET_NAMES as string[]).includes(text)) return RFM_PRESETS[text as PresetName][dimension];
    failCall(lang, 'unknownTable', {
      arg, value: showValue(only), choices: ['quintile', ...PRESET_NAMES].join(', '),
    });
  }
  // Blank rows after the table are room to grow it; row numbers in messages are the range's own.
  let used = grid.length;
  while (used > 0 && grid[used - 1].every(isBlank)) used--;
  const rows = grid.slice(0, used);
  if (rows.length === 0 || grid[0].length !== 2) {
    failCall(lang, 'tableShape', { arg, rows: grid.length, cols: grid[0].length });
  }
  const from: number[] = [];
  const score: number[] = [];
  rows.forEach((row, i) => {
    for (const cell of row) {
      if (isBlank(cell)) failCall(lang, 'tableBlank', { arg, row: i + 1 });
      const n = readNumber(cell, arg, lang);
      if (typeof n !== 'number') failCall(lang, 'tableCell', { arg, row: i + 1, value: showValue(cell) });
    }
    const f = readNumber(row[0], arg, lang) as number;
    if (i > 0 && !(f > from[i - 1])) {
      failCall(lang, 'tableOrder', { arg, row: i + 1, value: f, previous: from[i - 1] });
    }
    from.push(f);
    score.push(readNumber(row[1], arg, lang) as number);
  });
  return { from, score };
}
