// Fuzzing the CLI's and the preview's readers: CSV text of any kind never throws and reads back what
// was written; any damage to an .xlsx file ends in a clear Error, never a hang or a crash of another kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, typeCsvField } from '../../src/xlsx/read-csv';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { writeXlsx } from '../../src/xlsx/write-xlsx';

/** A CSV as a careful exporter writes it: every field quoted, quotes doubled, CRLF between rows. */
const writeCsv = (rows: string[][]) => rows.map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');

describe('parseCsv and typeCsvField', () => {
  it('never throw, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      for (const row of parseCsv(text)) for (const field of row) typeCsvField(field);
    }), { numRuns: 1000 });
  });

  it('read back exactly the fields a quoting exporter wrote (separators, quotes and line breaks inside)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '客', ',', ';', '\t', '"', '\n', '\r', ' ', '1', '='), maxLength: 8 });
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
      // a row of one empty field is written as "" and reads back as one empty field
      expect(parseCsv(writeCsv(rows))).toEqual(rows);
    }), { numRuns: 1000 });
  });
});

describe('readXlsx on damaged files', () => {
  const good = writeXlsx({ sheets: [{ name: 'List', rows: [['客户名称', '订单数', '金额'], ['甲', 3, { v: 46296, style: 'date' }], ['=1+1', true, null]] }], names: [] });

  it('reads the undamaged file', () => expect(readXlsx(good).rows[1][0]).toBe('甲'));

  it('throws only Errors with a message for cut, flipped or spliced bytes', () => {
    const damage = fc.oneof(
      fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc.array(fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
        .map((flips) => { const b = good.slice(); for (const [at, v] of flips) b[at] = v; return b; }),
      fc.uint8Array({ maxLength: 2000 }),
    );
    fc.assert(fc.property(damage, (bytes) => {
      try {
        readXlsx(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });
});

describe('what the fuzzing found, pinned', () => {
  it('a separator inside a quoted header does not decide the separator', () =>
    expect(parseCsv('"Amount; net; of tax",Orders\n1,2')).toEqual([['Amount; net; of tax', 'Orders'], ['1', '2']]));
  it('a file of one empty quoted field is one row with one empty field', () => expect(parseCsv('""')).toEqual([['']]));
  it('a file ending inside an open quote keeps its text', () => expect(parseCsv('"abc')).toEqual([['abc']]));
});
