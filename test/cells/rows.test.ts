// The row rule, once (src/cells/rows.ts): blank in, blank out; a row with some but not all of its
// inputs blank is #N/A naming the first; a bad input is the row's own error, ahead of a blank one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { readNonNegative, readNumber, readRatio } from '../../src/cells/coerce';
import { parseNumberText } from '../../src/cells/number-text';
import type { OutCell } from '../../src/cells/output';
import { mapColumns, readCells, readColumns, readGroups, rowOutcome, type Reader } from '../../src/cells/rows';

const shown = (c: unknown) => (c instanceof CellError ? `${c.code}: ${c.message}` : c);
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const column = (...cells: unknown[]) => cells.map((c) => [c]);

describe('rowOutcome', () => {
  it.each([
    ['nothing found: computed', undefined, undefined, true, undefined],
    ['every required input blank: an empty cell', undefined, 'recency', false, ''],
    ['some inputs blank: #N/A naming the first', undefined, 'frequency', true, 'na: frequency: the value is missing (the row has other inputs)'],
    ['an error wins over a blank', new CellError('value', 'x: bad'), 'frequency', true, 'value: x: bad'],
  ] as const)('%s', (_, error, blank, filled, expected) => {
    expect(shown(rowOutcome(error, blank, filled, 'en'))).toBe(expected);
  });
});

describe('mapColumns', () => {
  const specs = (a: unknown, b: unknown, optional?: unknown) => [
    { name: 'a', value: a, read: readNumber },
    { name: 'b', value: b, read: readNonNegative },
    ...(optional === undefined ? [] : [{ name: 'c', value: optional, read: readRatio, optional: true }]),
  ];
  const run = (a: unknown, b: unknown, c?: unknown) => mapColumns(specs(a, b, c), (v) => sum(v.filter((x) => x === x)), 'en').map(([x]) => shown(x));

  it('an all-blank row is an empty cell; a half-blank row is #N/A naming the blank input', () => {
    expect(run(column(1, null, 5, '', null), column(2, '  ', null, 3, undefined))).toEqual([
      3, '', 'na: b: the value is missing (the row has other inputs)', 'na: a: the value is missing (the row has other inputs)', '',
    ]);
  });
  it('a bad input is the row\'s error, ahead of a blank one, and the other rows are still computed', () => {
    expect(run(column('abc', 1, null), column(null, -2, 'x'))).toEqual([
      "value: a: 'abc' is not a number", 'value: b: -2 is negative', "value: b: 'x' is not a number",
    ]);
  });
  it('an optional input may be blank (NaN, for the model\'s default) and never makes a blank row an error', () => {
    expect(run(column(1, null), column(2, null), 0.5)).toEqual([3.5, '']);
    expect(run(column(1), column(2), column(null))).toEqual([3]);
  });
  it('an optional input that is bad is still the row\'s error', () => {
    expect(run(column(1), column(2), column(3))).toEqual(['value: c: 3 is above 1, write 3% or 0.03']);
  });
  it('a single cell is repeated for every row', () => {
    expect(run(column(1, 2, 3), 10)).toEqual([11, 12, 13]);
  });
  it('misaligned columns fail the whole call', () => {
    expect(() => run(column(1, 2), column(1, 2, 3))).toThrow('Ranges do not line up: a has 2 rows, b has 3 rows');
  });
});

describe('readColumns', () => {
  it('keeps every column, NaN in each column of a row that is not computed', () => {
    const { rows, values, outcomes } = readColumns([
      { name: 'a', value: column(1, 2, null, 4), read: readNumber },
      { name: 'b', value: column(5, null, null, 'x'), read: readNumber },
    ], 'en');
    expect(rows).toBe(4);
    expect([...values[0]]).toEqual([1, NaN, NaN, NaN]);
    expect([...values[1]]).toEqual([5, NaN, NaN, NaN]);
    expect([...outcomes].map(([row, cell]) => [row, shown(cell)])).toEqual([
      [1, 'na: b: the value is missing (the row has other inputs)'], [2, ''], [3, "value: b: 'x' is not a number"],
    ]);
  });

  // A number cell skips its reader when the reader is known to return it unchanged; the result must be
  // the reader's all the same. A wrapped reader is unknown, so it is always called.
  it.each([['readNumber', readNumber], ['readNonNegative', readNonNegative], ['readRatio', readRatio]] as const)(
    'the number shortcut for %s gives what the reader gives', (_, read: Reader) => {
      const wrapped: Reader = (v, arg, lang) => read(v, arg, lang);
      const cell = fc.oneof(fc.double(), fc.double({ min: -1, max: 2 }), fc.constantFrom(0, -0, 1, 0.5, NaN, Infinity, -Infinity, null, 'x'));
      fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), (cells) => {
        const through = (r: Reader) => mapColumns([{ name: 'v', value: column(...cells), read: r }], (v) => v[0], 'en').map(([x]) => shown(x));
        // toEqual tells -0 from 0 and takes NaN as NaN.
        expect(through(read)).toEqual(through(wrapped));
      }));
    });
});

describe('readCells (each cell a required input)', () => {
  it.each([
    ['all numbers', [90, 80, 70], [90, 80, 70]],
    ['all blank: an empty cell', [null, '', ' '], ''],
    ['one blank: #N/A', [90, null, 70], 'na: scores: the value is missing (the row has other inputs)'],
    ['a bad cell after a blank one: the bad cell\'s error', [null, 'abc', 70], "value: scores: 'abc' is not a number"],
    ['two bad cells: the first', ['x', 'y'], "value: scores: 'x' is not a number"],
  ] as const)('%s', (_, cells, expected) => {
    const read = readCells(cells, 'scores', readNumber, 'en');
    expect(Array.isArray(read) ? read : shown(read as OutCell)).toEqual(expected);
  });
});

describe('readGroups (each group an input whose blank cells are gaps)', () => {
  const names = ['interactions', 'satisfaction'];
  it.each([
    ['gaps are skipped', [[4, '', 6], [8, null, 9]], [[4, 6], [8, 9]]],
    ['both groups blank: an empty cell', [['', null], [undefined]], ''],
    ['one group blank: #N/A naming it', [[4, 6], ['', '']], 'na: satisfaction: the value is missing (the row has other inputs)'],
    ['a bad cell beside a blank group: the bad cell\'s error', [['', ''], [8, 'x']], "value: satisfaction: 'x' is not a number"],
    ['bad cells in both: the first group\'s', [['a'], ['b']], "value: interactions: 'a' is not a number"],
  ] as const)('%s', (_, groups, expected) => {
    const read = readGroups(groups, names, readNumber, 'en');
    expect(Array.isArray(read) ? read : shown(read as OutCell)).toEqual(expected);
  });
});

describe('parseNumberText: the amount shortcut', () => {
  // "¥1,234.50" and its kin skip the general pass; with a '+' in front the general pass reads the same
  // text, so the two must agree.
  it('reads an amount as the general pass does', () => {
    const digits = fc.stringMatching(/^(?:\d{1,3}(?:,\d{3}){0,4}|\d{1,12})(?:\.\d{1,4})?$/);
    fc.assert(fc.property(fc.constantFrom('', '¥', '$', '€', '£'), digits, (sign, amount) => {
      const text = sign + amount;
      expect(parseNumberText(text)).toBe(parseNumberText(`+${text}`));
      expect(parseNumberText(text)).toBe(Number(amount.replace(/,/g, '')));
    }));
  });
  it('refuses what the general pass refuses', () => {
    expect(parseNumberText('¥1,23,456')).toBeNaN();
    expect(parseNumberText(`¥${'9'.repeat(400)}`)).toBeNaN();
  });
});
