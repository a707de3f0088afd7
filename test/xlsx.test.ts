import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellRef, columnIndex, columnLetters, sheetRef } from '../src/xlsx/a1';
import { parseCsv, typeCsvField } from '../src/xlsx/read-csv';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { fileFormula, writeXlsx } from '../src/xlsx/write-xlsx';
import { formatRuns } from '../src/xlsx/number-formats';

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

describe('charts and colours in the file', () => {
  it('writes a chart part with its drawing and relationships, and conditional fills with their styles', () => {
    const files = unzipSync(writeXlsx({
      sheets: [{
        name: 'Summary', rows: [[0, 0], [0.5, 0.8], [1, 1], ['A']],
        charts: [{ title: 'Pareto', x: 'A1:A3', y: 'B1:B3', at: { row: 0, column: 3 }, size: { rows: 10, columns: 4 } }],
        colours: [{ range: 'A4:A4', text: 'A', fill: 'B7E1A1' }],
      }],
      names: [],
    }));
    const text = (name: string) => strFromU8(files[name]);
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/charts/chart1.xml"');
    expect(text('xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rId1"/>');
    expect(text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(text('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    expect(text('xl/charts/chart1.xml')).toContain("<c:f>'Summary'!$A$1:$A$3</c:f>");
    expect(text('xl/charts/chart1.xml')).toContain("<c:f>'Summary'!$B$1:$B$3</c:f>");
    expect(text('xl/worksheets/sheet1.xml')).toContain('<conditionalFormatting sqref="A4:A4"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>&quot;A&quot;</formula>');
    expect(text('xl/styles.xml')).toContain('<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFB7E1A1"/>');
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

describe('formatRuns', () => {
  it('groups one column of a format into one range, from the block corner', () => {
    const date = (v: number) => ({ v, style: 'date' as const });
    expect(formatRuns([[date(1), 'x'], [date(2), { v: 0.5, style: 'percent' as const }], ['y', null]], 4, 1)).toEqual([
      { range: 'B5:B6', format: 'yyyy-mm-dd' }, { range: 'C6:C6', format: '0.00%' },
    ]);
  });
});
