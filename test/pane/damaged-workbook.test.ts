// A damaged settings sheet or saved state is found and described, never silently replaced.
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { checkSettingsSheet } from '../../taskpane/app/settings-check';
import { readSavedState } from '../../taskpane/app/saved-choices';

async function gradedWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook([{ name: 'List', cells: [['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'], ['A', 10, 12, 600000]] as never }]);
  await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, { preset: 'seed', asOf: 46327 }, false);
  return wb;
}

// The settings sheet's F table sits in D6:E8 (seed bands 0/5/10 scoring 1/3/5); the as-of date in B17 (below room for ten bands).
describe('checkSettingsSheet', () => {
  it('reads an untouched sheet back as the tables it was written with', async () => {
    const check = await checkSettingsSheet(await gradedWorkbook(), 'en');
    expect(check).toMatchObject({ kind: 'ok', sheetName: 'CRM Settings', settings: { asOf: 46327 } });
    if (check.kind === 'ok') expect(check.settings.tables.f).toEqual({ from: [0, 5, 10], score: [1, 3, 5] });
  });
  it('takes a band a person edited on the sheet (F from 5 to 8)', async () => {
    const wb = await gradedWorkbook();
    wb.sheet('CRM Settings')!.cells[6][3] = 8;
    const check = await checkSettingsSheet(wb, 'en');
    if (check.kind !== 'ok') throw new Error(check.kind);
    expect(check.settings.tables.f.from).toEqual([0, 8, 10]);
  });
  it.each([
    ['text in a number cell', 6, 3, 'abc', "“F: purchases in the period”: row 2 of the band table holds 'abc', not a number"],
    ['a band out of order', 7, 3, 4, "“F: purchases in the period”: the band table's 'from' must ascend, but row 3 (4) is not above 5"],
    ['the as-of date deleted', 16, 1, null, "“Days are counted up to”: '' is not a date (use a date cell or text like 2026-10-01)"],
  ])('reports %s with the table and the row', async (_damage, row, column, value, problem) => {
    const wb = await gradedWorkbook();
    wb.sheet('CRM Settings')!.cells[row][column] = value as never;
    expect(await checkSettingsSheet(wb, 'en')).toEqual({ kind: 'damaged', sheetName: 'CRM Settings', problem });
  });
  it('names the table as the sheet titles it, in the user\'s language, never by a function argument', async () => {
    const wb = await gradedWorkbook();
    wb.sheet('CRM Settings')!.cells[6][3] = '五';
    expect(await checkSettingsSheet(wb, 'zh-TW')).toEqual({ kind: 'damaged', sheetName: 'CRM Settings', problem: '「F：期間內購買次數」：分級表第 2 列是「五」，不是數字' });
  });
  it('finds no sheet in a workbook never graded', async () => {
    expect(await checkSettingsSheet(new MemoryWorkbook([{ name: 'List', cells: [] }]), 'en')).toEqual({ kind: 'none' });
  });
});

describe('readSavedState', () => {
  const headers = ['Customer', 'Orders'];
  const good = { headers, columns: { frequency: 1 }, preset: 'seed', tables: { r: { from: [0], score: [5] }, f: { from: [0], score: [1] }, m: { from: [0], score: [1] } } };
  it.each([
    ['nothing saved', undefined, { kind: 'none' }],
    ['cut short', JSON.stringify(good).slice(0, 30), { kind: 'damaged', reason: 'unreadable' }],
    ['no headers', JSON.stringify({ ...good, headers: undefined }), { kind: 'damaged', reason: 'noHeaders' }],
    ['another list', JSON.stringify({ ...good, headers: ['Other'] }), { kind: 'otherList' }],
    ['no preset', JSON.stringify({ ...good, preset: 3 }), { kind: 'damaged', reason: 'noPresetOrColumns' }],
    ['a band table out of order', JSON.stringify({ ...good, tables: { ...good.tables, m: { from: [5, 1], score: [1, 3] } } }),
      { kind: 'damaged', reason: 'brokenTable', table: 'M' }],
    ['good choices', JSON.stringify(good), { kind: 'ok', choices: good }],
  ])('%s', (_case, saved, expected) => expect(readSavedState(saved, headers)).toEqual(expected));
});
