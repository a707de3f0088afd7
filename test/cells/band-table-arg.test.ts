import { describe, expect, it } from 'vitest';
import { readBandTableArg } from '../../src/cells/band-table-arg';
import { callFailure } from '../support/call-failure';
import { RFM_PRESETS } from '../../src/models/presets';

const failure = callFailure;

describe('readBandTableArg', () => {
  it('reads a two-column range, skipping trailing blank rows', () => {
    expect(readBandTableArg([[0, 1], [5, 3], [10, 5], [null, null]], 'f_table', 'f', 'en'))
      .toEqual({ from: [0, 5, 10], score: [1, 3, 5] });
  });
  it('takes blank as the seed default, "quintile", and preset names', () => {
    expect(readBandTableArg(null, 'r_table', 'r', 'en')).toBe(RFM_PRESETS.seed.r);
    expect(readBandTableArg([['']], 'r_table', 'r', 'en')).toBe(RFM_PRESETS.seed.r);
    expect(readBandTableArg('Quintile', 'm_table', 'm', 'en')).toBe('quintile');
    expect(readBandTableArg('five', 'm_table', 'm', 'en')).toBe(RFM_PRESETS.five.m);
  });
  it('refuses an unsorted table, naming the row', () => {
    expect(failure(() => readBandTableArg([[0, 1], [10, 5], [5, 3]], 'f_table', 'f', 'en')))
      .toBe("f_table: the band table's 'from' must ascend, but row 3 (5) is not above 10");
  });
  it('refuses duplicated froms, text cells, wrong shapes and unknown names', () => {
    expect(failure(() => readBandTableArg([[0, 1], [0, 3]], 'f_table', 'f', 'en')))
      .toBe("f_table: the band table's 'from' must ascend, but row 2 (0) is not above 0");
    expect(failure(() => readBandTableArg([[0, 1], ['ten', 5]], 'f_table', 'f', 'en')))
      .toBe("f_table: row 2 of the band table holds 'ten', not a number");
    expect(failure(() => readBandTableArg([[0, 1, 2]], 'f_table', 'f', 'en')))
      .toBe('f_table: a band table has two columns (from, score) and at least one row; got 1 x 3');
    expect(failure(() => readBandTableArg('deciles', 'f_table', 'f', 'en')))
      .toBe("f_table: 'deciles' is not a band table (give a two-column range, or one of: quintile, seed, five, manufacturing)");
  });
});

describe('readBandTableArg: blank rows and cells', () => {
  const message = (f: () => unknown) => { try { f(); return 'no error'; } catch (e) { return (e as { error?: { message: string } }).error?.message ?? String(e); } };
  it('ignores blank rows after the table (room to grow it)', () =>
    expect(readBandTableArg([[0, 1], [5, 3], [null, null], ['', '']], 'f_table', 'f', 'en')).toEqual({ from: [0, 5], score: [1, 3] }));
  it('refuses a blank row inside the table, with its row number in the range', () =>
    expect(message(() => readBandTableArg([[0, 1], [null, null], [10, 5]], 'f_table', 'f', 'en')))
      .toBe('f_table: row 2 of the band table has a blank cell (each row needs a from and a score)'));
  it('refuses a row with one blank cell (Excel passes it as null), never showing "null"', () =>
    expect(message(() => readBandTableArg([[0, 1], [5, null]], 'f_table', 'f', 'en')))
      .toBe('f_table: row 2 of the band table has a blank cell (each row needs a from and a score)'));
});
