import { describe, expect, it } from 'vitest';
import { readSettingsSheet, SettingsError } from '../src/formulas/read-settings';
import { buildSettingsSheet, type AsOfRule } from '../src/formulas/settings-sheet';
import { RFM_PRESETS } from '../src/models/presets';
import type { WorkbookCell } from '../src/xlsx/workbook-model';

const plain = (cell: WorkbookCell) => (typeof cell === 'object' && cell !== null && 'v' in cell ? cell.v : cell);

function sheetCells(lang: 'en' | 'zh-CN' = 'en', asOfRule?: AsOfRule) {
  const { sheet, names } = buildSettingsSheet({
    tables: RFM_PRESETS.five, asOf: 46327, presetLabel: 'Five-point', asOfRule,
    segments: new Map([[111, 'Lost'], [555, 'Champions']]),
  }, lang);
  return { cells: sheet.rows.map((row) => [...row].map(plain)), names, name: sheet.name };
}

describe('the settings sheet', () => {
  it('puts each table under its named range', () => {
    const { names } = sheetCells();
    expect(Object.fromEntries(names.map((n) => [n.name, n.ref]))).toEqual({
      // five-point tables have 5 rows from row 6; as-of at B17; two segment rows from row 21
      CRM_R_BANDS: "'CRM Settings'!$A$6:$B$10",
      CRM_F_BANDS: "'CRM Settings'!$D$6:$E$10",
      CRM_M_BANDS: "'CRM Settings'!$G$6:$H$10",
      CRM_AS_OF: "'CRM Settings'!$B$17:$B$17",
      CRM_SEGMENTS: "'CRM Settings'!$A$21:$B$22",
    });
    expect(sheetCells('zh-CN').name).toBe('分级设置');
  });

  it('reads back what it wrote', () => {
    const { cells, name } = sheetCells();
    expect(readSettingsSheet(cells, name, 'en')).toEqual({ tables: RFM_PRESETS.five, asOf: 46327 });
  });

  it('reads an edited band and refuses a broken table with the table and row named', () => {
    const { cells, name } = sheetCells();
    cells[6][3] = 3; // F: "2 purchases" becomes "3 purchases"
    expect(readSettingsSheet(cells, name, 'en').tables.f.from).toEqual([0, 3, 4, 6, 9]);
    cells[7][3] = 2; // now 3 then 2: out of order
    expect(() => readSettingsSheet(cells, name, 'en'))
      .toThrow(new SettingsError("CRM Settings: f_table: the band table's 'from' must ascend, but row 3 (2) is not above 3"));
    const text = sheetCells();
    text.cells[5][7] = 'many';
    expect(() => readSettingsSheet(text.cells, text.name, 'en')).toThrow("CRM Settings: m_table: row 1 of the band table holds 'many', not a number");
    const date = sheetCells();
    date.cells[16][1] = 'soon';
    expect(() => readSettingsSheet(date.cells, date.name, 'en')).toThrow("CRM Settings: as_of: 'soon' is not a date");
  });

  it('notes beside the as-of date the rule it followed, and reads the rule back in any language', () => {
    const ledger = sheetCells('zh-CN', 'latestOrder');
    expect(ledger.cells[16][2]).toBe('订单台账中最近一次下单的日期（再次评级时取新台账的最近下单日期）');
    expect(readSettingsSheet(ledger.cells, ledger.name, 'en')).toEqual({ tables: RFM_PRESETS.five, asOf: 46327, asOfRule: 'latestOrder' });
    const list = sheetCells('en', 'today');
    expect(list.cells[16][2]).toBe('the day it was graded (graded again, that day)');
    expect(readSettingsSheet(list.cells, list.name, 'en').asOfRule).toBe('today');
    // A date chosen by hand has no rule: the sheet holds the date alone, and a note a person rewrote is not a rule.
    expect(sheetCells().cells[16][2]).toBeUndefined();
    list.cells[16][2] = 'month end';
    expect(readSettingsSheet(list.cells, list.name, 'en')).not.toHaveProperty('asOfRule');
  });
});
