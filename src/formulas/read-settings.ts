import { readBandTableArg } from '../cells/band-table-arg';
import { CallError, failCall } from '../cells/cell-error';
import { isBlank, readDate, type DateConvention } from '../cells/coerce';
import { LANGS, type Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import type { RfmTables } from '../models/rfm';
import { AS_OF_RULE_LABELS, SETTINGS_LAYOUT, type AsOfRule } from './settings-sheet';

/** The settings a person may have edited, read back from the sheet. */
export interface EditedSettings {
  readonly tables: RfmTables;
  readonly asOf: number;
  /** The rule the as-of date followed, when the note beside it states one (in any of the languages). */
  readonly asOfRule?: AsOfRule;
}

/** The problem that keeps a settings sheet from being used, with the sheet's name in front. */
export class SettingsError extends Error {}

/**
 * Reads the band tables and the as-of date back from a settings sheet's cells and validates them the
 * way the custom functions validate a table argument: a broken table gets a message naming the table
 * and the row, never wrong grades.
 * @example readSettingsSheet(cells, 'CRM Settings', 'en').tables.f // { from: [0, 5, 10], score: [1, 3, 5] }
 */
export function readSettingsSheet(cells: readonly (readonly unknown[])[], sheetName: string, lang: Lang, dates?: DateConvention): EditedSettings {
  const { TABLE_TOP, MAX_BANDS, AS_OF_ROW, TABLE_COLUMNS } = SETTINGS_LAYOUT;
  const at = (r: number, c: number) => cells[r]?.[c] ?? null;
  try {
    const table = (dimension: 'r' | 'f' | 'm') => {
      const c = TABLE_COLUMNS[dimension];
      const rows: unknown[][] = [];
      for (let r = TABLE_TOP; r < TABLE_TOP + MAX_BANDS; r++) {
        if (isBlank(at(r, c)) && isBlank(at(r, c + 1))) break;
        rows.push([at(r, c), at(r, c + 1)]);
      }
      if (rows.length === 0) failCall(lang, 'tableShape', { arg: `${dimension}_table`, rows: 0, cols: 2 });
      return readBandTableArg(rows, `${dimension}_table`, dimension, lang);
    };
    const [r, f, m] = [table('r'), table('f'), table('m')];
    const asOf = readDate(at(AS_OF_ROW, 1), 'as_of', lang, dates);
    if (typeof asOf !== 'number') {
      failCall(lang, 'notDate', { arg: 'as_of', value: String(at(AS_OF_ROW, 1) ?? '') });
    }
    const asOfRule = asOfRuleOf(at(AS_OF_ROW, 2));
    return { tables: { r, f, m } as RfmTables, asOf, ...(asOfRule ? { asOfRule } : {}) };
  } catch (e) {
    if (e instanceof CallError) throw new SettingsError(`${sheetName}: ${e.message}`);
    throw e;
  }
}

/** The as-of rule a note states, compared as written in any of the three languages. */
function asOfRuleOf(note: unknown): AsOfRule | undefined {
  const text = typeof note === 'string' ? note.trim() : '';
  return (Object.keys(AS_OF_RULE_LABELS) as AsOfRule[]).find((rule) => LANGS.some((lang) => workbookLabel(AS_OF_RULE_LABELS[rule], lang) === text));
}
