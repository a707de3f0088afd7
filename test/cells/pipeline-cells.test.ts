// The cell readers of the pipeline functions (docs/pipeline.md): text matching, outcome words (checked
// against the list the doc gives, so the two cannot drift), checkbox cells, small vectors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { readNumberOrFlag, readRatioOrFlag } from '../../src/cells/flags';
import { matchKey } from '../../src/cells/match-key';
import { numberVector, vectorCells } from '../../src/cells/number-vector';
import { readOutcome } from '../../src/cells/outcome-words';
import { callFailure } from '../support/call-cells';

const doc = readFileSync(new URL('../../docs/pipeline.md', import.meta.url), 'utf8');

/** The backticked words of the doc's sentence that starts with `start`, up to its full stop. */
function docWords(start: string): string[] {
  const at = doc.indexOf(start);
  expect(at, start).toBeGreaterThan(0);
  const sentence = doc.slice(at + start.length, doc.indexOf('. ', at + start.length));
  return [...sentence.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

describe('matchKey', () => {
  it.each([
    ['  Closed   WON ', 'closed won'], ['ＡＢＣ', 'abc'], [500, '500'], ['500', '500'], [true, 'true'],
    ['制造业', '制造业'], [' 華東 ', '華東'],
  ])('%j matches as %j', (value, key) => expect(matchKey(value)).toBe(key));

  it('blank cells have no key; Simplified and Traditional stay apart', () => {
    expect(matchKey('')).toBeUndefined();
    expect(matchKey(null)).toBeUndefined();
    expect(matchKey('赢单')).not.toBe(matchKey('贏單'));
  });
});

describe('readOutcome', () => {
  const won = docWords('Won is ');
  const lost = docWords('Lost is ');

  it('reads every won word docs/pipeline.md lists as 1, and every lost word as 0', () => {
    expect(won).toHaveLength(14);
    expect(lost).toHaveLength(16);
    for (const word of won) expect(readOutcome(word === '1' ? 1 : word, 'outcomes', 'en'), word).toBe(1);
    for (const word of lost) expect(readOutcome(word === '0' ? 0 : word, 'outcomes', 'en'), word).toBe(0);
  });

  it('reads TRUE / FALSE cells, number text and words in any case and spacing', () => {
    expect(readOutcome(true, 'outcomes', 'en')).toBe(1);
    expect(readOutcome(false, 'outcomes', 'en')).toBe(0);
    expect(readOutcome(' 1 ', 'outcomes', 'en')).toBe(1);
    expect(readOutcome('CLOSED  LOST', 'outcomes', 'en')).toBe(0);
  });

  it('refuses other numbers and words, naming the value; a blank is null; an error cell says so', () => {
    const refused = [0.5, 2, -1, 'maybe', '2', '赢了吗'];
    expect(refused).toHaveLength(6);
    for (const value of refused) {
      const read = readOutcome(value, 'outcomes', 'en');
      expect(read, String(value)).toBeInstanceOf(CellError);
      expect((read as CellError).message).toContain(`'${value}' is not won or lost`);
    }
    expect(readOutcome('  ', 'outcomes', 'en')).toBeNull();
    expect((readOutcome('#N/A', 'outcomes', 'en') as CellError).message).toContain('#N/A');
  });
});

describe('checkbox cells', () => {
  it('TRUE / FALSE are 1 / 0 for features and key people; other values read as numbers and ratios', () => {
    expect(readNumberOrFlag(true, 'features', 'en')).toBe(1);
    expect(readNumberOrFlag('2.5', 'features', 'en')).toBe(2.5);
    expect(readRatioOrFlag(false, 'key_people', 'en')).toBe(0);
    expect((readRatioOrFlag(2, 'key_people', 'en') as CellError).message).toBe('key_people: 2 is above 1, write 2% or 0.02');
  });
});

describe('vectors', () => {
  it('a row or a column, trailing blanks dropped', () => {
    expect(vectorCells([[1, 2, '', null]], 'x', 'en')).toEqual([1, 2]);
    expect(vectorCells([[1], [2], ['']], 'x', 'en')).toEqual([1, 2]);
    expect(numberVector('', 'x', 'en')).toEqual([]);
  });
  it('blanks inside fail unless kept as NaN', () => {
    expect(callFailure(() => numberVector([[1, '', 3]], 'x', 'en'))).toBe('x: value 2 is blank');
    expect(numberVector([[1, '', 3]], 'x', 'en', 'keep')).toEqual([1, NaN, 3]);
  });
});
