// The preview's grid shows a cell as the downloaded workbook shows it in Excel (its number format).
import { describe, expect, it } from 'vitest';
import { cellText } from '../../taskpane/preview/cell-text';
import { previewText } from '../../taskpane/preview/preview-strings';

describe('cellText', () => {
  it.each([
    ['a date cell', { v: 46087, style: 'date' }, '2026-03-06'],
    ['an amount (#,##0.00)', { f: 'SUMIF(J2:J9,A5,E2:E9)', v: 1234567.5, style: 'amount' }, '1,234,567.50'],
    ['a share (0.00%)', { f: 'C5/C12', v: 0.21875, style: 'percent' }, '21.88%'],
    ['a count (0)', { f: 'COUNTIF(J2:J9,A5)', v: 12, style: 'integer' }, '12'],
    ['a plain whole number (General)', 600000, '600000'],
    ['a plain fraction (General: ten significant digits)', 86 / 1.1, '78.18181818'],
    ['text', '重点跟进', '重点跟进'],
    ['an error', { f: 'NA()', v: { error: '#N/A' } }, '#N/A'],
    ['a blank', null, ''],
  ] as const)('%s', (_case, cell, text) => expect(cellText(cell as never).text).toBe(text));

  it('right-aligns numbers and marks formulas', () => {
    expect(cellText({ f: 'A1', v: 3 })).toEqual({ text: '3', formula: true, number: true });
    expect(cellText('x')).toEqual({ text: 'x', formula: false, number: false });
  });
});

describe('previewText', () => {
  it('names the sheets the preview makes in the pane\'s language', () => {
    expect(['en', 'zh-CN', 'zh-TW'].map((l) => previewText(l as never, 'pastedSheet'))).toEqual(['Pasted list', '粘贴的名单', '貼上的名單']);
  });
});
