// The chunked CSV reader: text cut anywhere (inside quotes, between CR and LF, before the first line
// ends) reads exactly as the whole text does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRowReader } from '../../src/xlsx/csv-rows';
import { parseCsv } from '../../src/xlsx/read-csv';

function readInPieces(text: string, cuts: readonly number[]): string[][] {
  const rows: string[][] = [];
  const reader = csvRowReader((row) => rows.push(row));
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.max(at, Math.min(cut, text.length));
    reader.push(text.slice(at, to));
    at = to;
  }
  reader.push(text.slice(at));
  reader.end();
  return rows;
}

describe('csvRowReader', () => {
  it('reads a quoted field, a doubled quote and a CRLF split across pieces', () => {
    // cut inside the quoted "b, ""c""", between its doubled quotes, and between CR and LF
    expect(readInPieces('a,"b, ""c"""\r\n1,2', [5, 8, 13])).toEqual([['a', 'b, "c"'], ['1', '2']]);
  });

  it('holds text back until the first line ends, so the separator is the first line\'s', () => {
    expect(readInPieces('a;b;c\n1;2,5;3', [1, 2, 3])).toEqual([['a', 'b', 'c'], ['1', '2,5', '3']]);
  });

  it('reads random CSV cut at random places exactly as parseCsv reads it whole', () => {
    const alphabet = fc.constantFrom('a', 'b', ',', ';', '\t', '"', '\r', '\n', '\ufeff', ' ');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 4 }), (chars, cuts) => {
      const text = chars.join('');
      expect(readInPieces(text, cuts)).toEqual(parseCsv(text));
    }), { numRuns: 5000 });
  });
});
