import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { writeXlsx } from '../../src/xlsx/write-xlsx';

/** An .xlsx with one date cell holding `serial`, in the 1904 date system when asked. */
function workbookWithDate(serial: number, date1904: boolean): Uint8Array {
  const files = unzipSync(writeXlsx({ sheets: [{ name: 'List', rows: [['Last purchase'], [{ v: serial, style: 'date' }]] }], names: [] }));
  if (date1904) {
    const xml = strFromU8(files['xl/workbook.xml']).replace('<bookViews>', '<workbookPr date1904="1"/><bookViews>');
    files['xl/workbook.xml'] = strToU8(xml);
  }
  return zipSync(files);
}

describe('readXlsx: both date systems', () => {
  // 2026-10-01 is serial 46296 counted from 1900 and 46296 - 1462 = 44834 counted from 1904.
  it('a 1900 workbook keeps its serials', () => expect(readXlsx(workbookWithDate(46296, false)).rows[1][0]).toEqual({ v: 46296, style: 'date' }));
  it('a 1904 workbook\'s dates come back in the 1900 system', () =>
    expect(readXlsx(workbookWithDate(44834, true)).rows[1][0]).toEqual({ v: 46296, style: 'date' }));
});
