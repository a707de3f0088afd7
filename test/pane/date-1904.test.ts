// A workbook that counts days from 1904 (older Mac Excel): its date cells are read in its own count and
// everything the grading writes (the as-of date, dates read from text) is written back in it, so the
// native formulas, which compare the two, count the same days as the core.
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { checkSettingsSheet } from '../../taskpane/app/settings-check';

// 2026-10-01 is serial 46296 from 1900 and 46296 - 1462 = 44834 from 1904; as of 2026-11-01 (46327,
// 44865 from 1904) it is 31 days back: R 3 with the seed bands.
describe('grading a 1904 workbook', () => {
  it('reads its dates, writes the as-of date and text dates in its count, and reads the settings back', async () => {
    const wb = new MemoryWorkbook([{ name: 'List', cells: [
      ['Customer', 'Last Purchase Date', 'Orders', 'Amount'],
      ['A', 44834, 12, 600000],
      ['B', '2026年10月1日', 12, 600000],
    ] as never }]);
    const found = (await wb.readListAroundSelection())!;
    const outcome = await gradeIntoWorkbook(wb, found, { preset: 'seed', asOf: 46327, dates: { system: 1904 } }, false);
    expect(outcome.kind).toBe('graded');
    expect([wb.valueAt('List', 1, 7), wb.valueAt('List', 2, 7)]).toEqual([355, 355]);
    // the settings sheet's as-of date (B17) in the workbook's own count
    expect(wb.valueAt('CRM Settings', 16, 1)).toBe(44865);
    // the text date's formula holds the date read, in the workbook's count, checked against 1904's range
    const code = (wb.sheet('List')!.cells[2][7] as { f: string }).f;
    expect(code).toContain('VLOOKUP((INT(CRM_AS_OF)-INT(44834)),CRM_R_BANDS,2)');
    expect(code).toContain('OR(44834<-1401,44834>=2957004,INT(CRM_AS_OF)<INT(44834))');
    expect(wb.sheet('List')!.cells[2][4]).toMatchObject({ f: 'IF(H3="","",INT(H3/100))', v: 3 });
    const check = await checkSettingsSheet(wb, 'en', { system: 1904 });
    expect(check.kind === 'ok' && check.settings.asOf).toBe(46327);
  });
});
