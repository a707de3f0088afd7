// The add-in's settings sheet, read back before grading again: a person may have edited its band tables
// (their edits are taken, never overwritten) or broken them (reported, and rewritten only when they say).
import { readSettingsSheet, SettingsError, type EditedSettings } from '../../src/formulas/read-settings';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { workbookLabel } from '../../src/i18n/workbook-labels';
import type { WorkbookPort } from '../hosts/workbook-port';
import type { DateConvention } from '../../src/cells/coerce';

/** What the workbook's settings sheet holds. */
export type SettingsCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly sheetName: string; readonly settings: EditedSettings }
  | { readonly kind: 'damaged'; readonly sheetName: string; readonly problem: string };

/**
 * Finds the add-in's settings sheet (its name in any of the three languages) and reads it back.
 * @example await checkSettingsSheet(port, 'en') // { kind: 'damaged', sheetName: 'CRM Settings', problem: "CRM Settings: f_table: ..." }
 */
export async function checkSettingsSheet(port: WorkbookPort, lang: Lang, dates?: DateConvention): Promise<SettingsCheck> {
  const sheets = await port.sheetNames();
  const sheetName = LANGS.map((l) => workbookLabel('settingsSheet', l)).find((name) => sheets.includes(name));
  if (!sheetName) return { kind: 'none' };
  const cells = (await port.readSheet(sheetName)) ?? [];
  try {
    return { kind: 'ok', sheetName, settings: readSettingsSheet(cells, sheetName, lang, dates) };
  } catch (e) {
    if (e instanceof SettingsError) return { kind: 'damaged', sheetName, problem: e.message };
    throw e;
  }
}
