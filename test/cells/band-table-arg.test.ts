// Band-table arguments of RFM_SCORE (SPEC.md, `*_table`): a two-column `from | score` range read like an
// approximate-match VLOOKUP table, the text "quintile", a preset name, or blank for the seed default. A
// broken table fails the whole call.
import { describe, expect, it } from 'vitest';
import { readBandTableArg } from '../../src/cells/band-table-arg';
import { RFM_PRESETS } from '../../src/models/presets';
import { callFailure, hasCjk } from '../support/call-cells';

// SPEC's seed 5/3/1 table, written out by hand.
const SEED = {
  r: { from: [0, 31, 91], score: [5, 3, 1] },
  f: { from: [0, 5, 10], score: [1, 3, 5] },
  m: { from: [0, 200_000, 500_000], score: [1, 3, 5] },
};

describe('readBandTableArg', () => {
  it.each([
    ['Excel null', null],
    ['Sheets undefined', undefined],
    ["Sheets ''", ''],
    ['a one-cell range holding nothing', [[null]]],
    ['a one-cell range of spaces', [['  ']]],
  ])('an omitted table (%s) is the seed default', (_host, value) => {
    expect(readBandTableArg(value, 'r_table', 'r', 'en')).toEqual(SEED.r);
    expect(readBandTableArg(value, 'f_table', 'f', 'en')).toEqual(SEED.f);
    expect(readBandTableArg(value, 'm_table', 'm', 'en')).toEqual(SEED.m);
  });

  it('reads a two-column range as from | score', () => {
    expect(readBandTableArg([[0, 1], [5, 3], [10, 5]], 'f_table', 'f', 'en')).toEqual({ from: [0, 5, 10], score: [1, 3, 5] });
  });

  it('reads number text in a range as numbers', () => {
    expect(readBandTableArg([['0', '1'], ['1,000', '5']], 'm_table', 'm', 'en')).toEqual({ from: [0, 1000], score: [1, 5] });
  });

  it('ignores trailing blank rows (a range drawn longer than the table)', () => {
    const value = [[0, 5], [31, 3], [91, 1], [null, null], ['', undefined]];
    expect(readBandTableArg(value, 'r_table', 'r', 'en')).toEqual(SEED.r);
  });

  it('a one-row table is a table', () => {
    expect(readBandTableArg([[0, 4]], 'f_table', 'f', 'en')).toEqual({ from: [0], score: [4] });
  });

  it.each([['quintile'], ['Quintile'], [' QUINTILES '], [[['quintile']]]])('%j asks for quintiles', (value) => {
    expect(readBandTableArg(value, 'm_table', 'm', 'en')).toBe('quintile');
  });

  it('the preset name "five" gives the five-point table (R 30/60/90/180)', () => {
    expect(readBandTableArg('five', 'r_table', 'r', 'en')).toEqual({ from: [0, 31, 61, 91, 181], score: [5, 4, 3, 2, 1] });
    expect(readBandTableArg('Five', 'f_table', 'f', 'en')).toEqual({ from: [0, 2, 4, 6, 9], score: [1, 2, 3, 4, 5] });
  });

  it('the preset name "manufacturing" gives seed 000\'s active/inactive bands', () => {
    expect(readBandTableArg('manufacturing', 'm_table', 'm', 'en')).toEqual({ from: [0, 500_000], score: [1, 5] });
  });

  it('the preset name "seed" is the default', () => {
    expect(readBandTableArg('seed', 'r_table', 'r', 'en')).toEqual(SEED.r);
  });

  describe('a broken table fails the call, naming the argument', () => {
    it('an unknown name lists the choices', () => {
      const message = callFailure(() => readBandTableArg('best', 'r_table', 'r', 'en'));
      expect(message).toContain('r_table');
      expect(message).toContain('best');
      expect(message).toContain('quintile');
      expect(message).toContain('manufacturing');
    });

    it('from that does not ascend names the row at fault', () => {
      const message = callFailure(() => readBandTableArg([[0, 1], [10, 3], [5, 5]], 'f_table', 'f', 'en'));
      expect(message).toContain('f_table');
      expect(message).toContain('row 3');
    });

    it('a repeated from is not ascending', () => {
      const message = callFailure(() => readBandTableArg([[0, 1], [5, 3], [5, 5]], 'f_table', 'f', 'en'));
      expect(message).toContain('f_table');
      expect(message).toContain('row 3');
    });

    it('a cell that is not a number names its row and value', () => {
      const message = callFailure(() => readBandTableArg([[0, 1], ['five', 3]], 'f_table', 'f', 'en'));
      expect(message).toContain('f_table');
      expect(message).toContain('row 2');
      expect(message).toContain('five');
    });

    it('a blank score in a row is not a number', () => {
      const message = callFailure(() => readBandTableArg([[0, 1], [5, null]], 'f_table', 'f', 'en'));
      expect(message).toContain('row 2');
    });

    it('three columns are the wrong shape', () => {
      const message = callFailure(() => readBandTableArg([[0, 1, 2], [5, 3, 4]], 'm_table', 'm', 'en'));
      expect(message).toContain('m_table');
      expect(message).toContain('2 x 3');
    });

    it('one column is the wrong shape', () => {
      const message = callFailure(() => readBandTableArg([[0], [5], [10]], 'm_table', 'm', 'en'));
      expect(message).toContain('m_table');
    });

    it('a range of blanks only is not a table', () => {
      const message = callFailure(() => readBandTableArg([[null, null], ['', '']], 'm_table', 'm', 'en'));
      expect(message).toContain('m_table');
    });

    it('speaks the user\'s language: the ordering error in zh-CN', () => {
      const message = callFailure(() => readBandTableArg([[0, 1], [0, 3]], 'f_table', 'f', 'zh-CN'));
      expect(message).toContain('f_table');
      expect(hasCjk(message)).toBe(true);
    });
  });
});

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
