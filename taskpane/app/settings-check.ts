// The add-in's settings sheet, read back before grading again: a person may have edited its band tables
// (their edits are taken, never overwritten) or broken them (reported, and rewritten only when they say).
import { readSettingsSheet, SettingsError, type EditedSettings } from '../../src/formulas/read-settings';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { workbookLabel, type WorkbookLabel } from '../../src/i18n/workbook-labels';
import type { WorkbookPort } from '../hosts/workbook-port';
import type { DateConvention } from '../../src/cells/coerce';
import { t } from './strings';

/** What the workbook's settings sheet holds. `problem` is in the user's language, naming the table by
 * the title the sheet shows above it. */
export type SettingsCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly sheetName: string; readonly settings: EditedSettings }
  | { readonly kind: 'damaged'; readonly sheetName: string; readonly problem: string };

/**
 * Finds the add-in's settings sheet (its name in any of the three languages) and reads it back.
 * @example await checkSettingsSheet(port, 'en') // { kind: 'damaged', sheetName: 'CRM Settings', problem: "“F: purchases in the period”: row 2 of the band table holds 'abc', not a number" }
 */
export async function checkSettingsSheet(port: WorkbookPort, lang: Lang, dates?: DateConvention): Promise<SettingsCheck> {
  const sheets = await port.sheetNames();
  const sheetName = LANGS.map((l) => workbookLabel('settingsSheet', l)).find((name) => sheets.includes(name));
  if (!sheetName) return { kind: 'none' };
  const cells = (await port.readSheet(sheetName)) ?? [];
  try {
    return { kind: 'ok', sheetName, settings: readSettingsSheet(cells, sheetName, lang, dates) };
  } catch (e) {
    if (e instanceof SettingsError) return { kind: 'damaged', sheetName, problem: settingsProblemText(e.message, sheetName, lang) };
    throw e;
  }
}

// The settings reader names a table by the custom functions' argument (f_table, as_of), which a person
// editing the sheet never sees: the sheet titles each table (R: days since last purchase, ...).
const TABLE_TITLES: Readonly<Record<string, WorkbookLabel>> = { r_table: 'rTable', f_table: 'fTable', m_table: 'mTable', as_of: 'asOf' };

/**
 * A settings sheet's problem as the pane says it: the sheet's name taken off the front (the pane names
 * the sheet itself) and the argument name replaced by the table's title on the sheet.
 * @example settingsProblemText("CRM Settings: f_table: row 2 of the band table holds 'abc', not a number", 'CRM Settings', 'en') // "“F: purchases in the period”: row 2 of the band table holds 'abc', not a number"
 * @example settingsProblemText('分級設定: f_table：分級表第 2 列是「五」，不是數字', '分級設定', 'zh-TW') // '「F：期間內購買次數」：分級表第 2 列是「五」，不是數字'
 */
export function settingsProblemText(message: string, sheetName: string, lang: Lang): string {
  const prefix = `${sheetName}: `;
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  const m = /^(r_table|f_table|m_table|as_of)(?:: |：)([\s\S]*)$/.exec(rest);
  return m ? t(lang, 'settingsProblem', { table: workbookLabel(TABLE_TITLES[m[1]], lang), problem: m[2] }) : rest;
}
