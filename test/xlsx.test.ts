import { describe, expect, it } from 'vitest';
import { cellRef, columnIndex, columnLetters, sheetRef } from '../src/xlsx/a1';
import { parseCsv, typeCsvField } from '../src/xlsx/read-csv';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { fileFormula, writeXlsx } from '../src/xlsx/write-xlsx';

describe('A1 references', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [701, 'ZZ'], [702, 'AAA']])('column %s is %s', (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });
  it('makes absolute references and quotes sheet names', () => {
    expect(cellRef(1, 2, true)).toBe('$C$2');
    expect(sheetRef('List')).toBe('List');
    expect(sheetRef("Bob's list")).toBe("'Bob''s list'");
    expect(sheetRef('客户名单')).toBe("'客户名单'");
  });
});

describe('fileFormula', () => {
  it('prefixes functions newer than Excel 2007 with _xlfn., and only those', () => {
    expect(fileFormula('STDEV.S(A1:A5)/AVERAGE(A1:A5)+IFNA(B1,0)')).toBe('_xlfn.STDEV.S(A1:A5)/AVERAGE(A1:A5)+_xlfn.IFNA(B1,0)');
    expect(fileFormula('VLOOKUP(A2,CRM_R_BANDS,2,TRUE)')).toBe('VLOOKUP(A2,CRM_R_BANDS,2,TRUE)');
    expect(fileFormula('_xlfn.STDEV.S(A1:A2)')).toBe('_xlfn.STDEV.S(A1:A2)');
  });
});

describe('writeXlsx and readXlsx', () => {
  it('round-trip text, numbers, booleans, dates and cached formula values', () => {
    const bytes = writeXlsx({
      sheets: [{ name: 'A & B <list>', rows: [
        ['客户 "甲" & <乙>', 1.5, true, { v: 46296, style: 'date' }],
        [null, { f: 'B1*2', v: 3 }, { f: 'IF(C1,"yes","no")', v: 'yes' }, { f: 'NA()', v: { error: '#N/A' } }],
      ] }],
      names: [{ name: 'X', ref: "'A & B <list>'!$B$1" }],
    });
    const sheet = readXlsx(bytes);
    expect(sheet.name).toBe('A & B <list>');
    expect(sheet.rows[0]).toEqual(['客户 "甲" & <乙>', 1.5, true, { v: 46296, style: 'date' }]);
    expect(sheet.rows[1].slice(1)).toEqual([3, 'yes', '#N/A']);
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, separators and line breaks inside fields, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b, ""c"""\r\n"line\nbreak",2\r\n')).toEqual([['a', 'b, "c"'], ['line\nbreak', '2']]);
  });
  it('detects semicolon and tab separators from the first line', () => {
    expect(parseCsv('a;b;c\n1;2,5;3')).toEqual([['a', 'b', 'c'], ['1', '2,5', '3']]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('types fields as a spreadsheet would on opening', () => {
    expect(typeCsvField('1,200.50')).toBe(1200.5);
    expect(typeCsvField('12%')).toEqual({ v: 0.12, style: 'percent' });
    expect(typeCsvField('2026-10-01')).toEqual({ v: 46296, style: 'date' });
    expect(typeCsvField('2026-02-30')).toBe('2026-02-30');
    expect(typeCsvField('  ')).toBeNull();
    expect(typeCsvField('=1+1')).toBe('=1+1');
    expect(typeCsvField('-5')).toBe(-5);
  });
});
