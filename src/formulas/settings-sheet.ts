import { columnLetters, sheetRef } from '../xlsx/a1';
import type { DefinedName, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import type { Lang } from '../i18n/lang';
import { workbookLabel, type WorkbookLabel } from '../i18n/workbook-labels';
import type { BandTable } from '../models/band-table';
import type { RfmTables } from '../models/rfm';
import { MODEL_NAMES, NAMES } from './names';
import type { LedgerBtyd } from '../grading/ledger-btyd';
import { btydSettingsBlock } from './btyd-sheets';

/** How the as-of date was chosen, when it follows a rule a later grading repeats (the CLI's `--settings`):
 * the latest order of an order list, or the day of grading. Without one the date is a fixed choice. */
export type AsOfRule = 'latestOrder' | 'today';

/** The note beside the as-of date that states each rule, by rule. */
export const AS_OF_RULE_LABELS = { latestOrder: 'asOfLatestOrder', today: 'asOfToday' } as const satisfies Record<AsOfRule, WorkbookLabel>;

/** What the settings sheet holds. */
export interface GradingSettings {
  readonly tables: RfmTables;
  /** Serial day the recency days are counted up to. */
  readonly asOf: number;
  /** How that day was chosen, written beside it for a person and for a later grading to follow. */
  readonly asOfRule?: AsOfRule;
  /** The segment label of every code 111..555. */
  readonly segments: ReadonlyMap<number, string>;
  readonly presetLabel: string;
  /** Composite weights, cutoffs and grade labels, when the list is graded on them too. */
  readonly composite?: { readonly weights: readonly number[]; readonly cutoffs: readonly number[]; readonly labels: readonly string[] };
  /** CLV's margin and discount rate, when the list has CLV's inputs. */
  readonly clv?: { readonly margin: number; readonly rate: number };
  /** Churn risk's weights, when the list has per-period interactions and satisfaction. */
  readonly churn?: { readonly m: number; readonly n: number };
  /** The buy-till-you-die models fitted on a graded ledger (btyd-sheets.ts). */
  readonly btyd?: LedgerBtyd;
}

// Where each block sits: the layout the task pane and the CLI share (issue 4: "whichever lands first
// defines it"). Band tables hold up to MAX_BANDS rows side by side; the other settings follow below.
const TABLE_TOP = 5;
const MAX_BANDS = 10;
const AS_OF_ROW = TABLE_TOP + MAX_BANDS + 1;
const SEGMENTS_TOP = AS_OF_ROW + 3;
const TABLE_COLUMNS = { r: 0, f: 3, m: 6 } as const;

/** Where each block of the settings sheet sits (0-based rows and columns), for reading it back; the
 * as-of rule's note is beside the date, in column C. */
export const SETTINGS_LAYOUT = { TABLE_TOP, MAX_BANDS, AS_OF_ROW, SEGMENTS_TOP, TABLE_COLUMNS } as const;

/**
 * The settings sheet: the three band tables, the as-of date and the code -> segment table, each under a
 * named range the graded formulas read, laid out for a person to read and edit (inputs in yellow).
 * @example buildSettingsSheet(settings, 'en').names.map((n) => n.name) // ['CRM_R_BANDS', 'CRM_F_BANDS', ...]
 */
export function buildSettingsSheet(settings: GradingSettings, lang: Lang): { sheet: WorkbookSheet; names: DefinedName[] } {
  const name = workbookLabel('settingsSheet', lang);
  const rows: WorkbookCell[][] = Array.from({ length: SEGMENTS_TOP + 1 + 125 }, () => []);
  const set = (r: number, c: number, cell: WorkbookCell) => { rows[r][c] = cell; };
  set(0, 0, { v: workbookLabel('settingsTitle', lang), style: 'title' });
  set(1, 0, { v: workbookLabel('settingsNote', lang), style: 'note' });
  set(2, 0, `${workbookLabel('preset', lang)}: ${settings.presetLabel}`);

  const names: DefinedName[] = [];
  const ref = (r0: number, c0: number, r1: number, c1: number) =>
    `${sheetRef(name)}!$${columnLetters(c0)}$${r0 + 1}:$${columnLetters(c1)}$${r1 + 1}`;
  const blocks: [keyof typeof TABLE_COLUMNS, string, 'rTable' | 'fTable' | 'mTable'][] = [
    ['r', NAMES.rBands, 'rTable'], ['f', NAMES.fBands, 'fTable'], ['m', NAMES.mBands, 'mTable'],
  ];
  for (const [dimension, rangeName, title] of blocks) {
    const c = TABLE_COLUMNS[dimension];
    const table: BandTable = settings.tables[dimension];
    set(TABLE_TOP - 2, c, { v: workbookLabel(title, lang), style: 'header' });
    set(TABLE_TOP - 1, c, { v: workbookLabel('from', lang), style: 'header' });
    set(TABLE_TOP - 1, c + 1, { v: workbookLabel('score', lang), style: 'header' });
    table.from.forEach((from, i) => {
      set(TABLE_TOP + i, c, { v: from, style: 'input' });
      set(TABLE_TOP + i, c + 1, { v: table.score[i], style: 'input' });
    });
    names.push({ name: rangeName, ref: ref(TABLE_TOP, c, TABLE_TOP + table.from.length - 1, c + 1) });
  }

  set(AS_OF_ROW, 0, { v: workbookLabel('asOf', lang), style: 'header' });
  set(AS_OF_ROW, 1, { v: settings.asOf, style: 'date' });
  if (settings.asOfRule) set(AS_OF_ROW, 2, { v: workbookLabel(AS_OF_RULE_LABELS[settings.asOfRule], lang), style: 'note' });
  names.push({ name: NAMES.asOf, ref: ref(AS_OF_ROW, 1, AS_OF_ROW, 1) });

  set(SEGMENTS_TOP - 1, 0, { v: workbookLabel('segmentTable', lang), style: 'header' });
  set(SEGMENTS_TOP, 0, { v: workbookLabel('code', lang), style: 'header' });
  set(SEGMENTS_TOP, 1, { v: workbookLabel('segment', lang), style: 'header' });
  let r = SEGMENTS_TOP + 1;
  for (const [code, label] of settings.segments) {
    set(r, 0, code);
    set(r, 1, { v: label, style: 'input' });
    r++;
  }
  names.push({ name: NAMES.segments, ref: ref(SEGMENTS_TOP + 1, 0, r - 1, 1) });

  // Composite weights (a row, read with SUMPRODUCT-style INDEX), cutoffs and labels (columns).
  const c = settings.composite;
  if (c) {
    const left = 9;
    set(TABLE_TOP - 2, left, { v: workbookLabel('weights', lang), style: 'header' });
    (['dimCurrentValue', 'dimGrowth', 'dimStability', 'dimStrategic'] as const).forEach((key, i) => {
      set(TABLE_TOP - 1, left + i, { v: workbookLabel(key, lang), style: 'header' });
      set(TABLE_TOP, left + i, { v: c.weights[i], style: 'input' });
    });
    names.push({ name: MODEL_NAMES.weights, ref: ref(TABLE_TOP, left, TABLE_TOP, left + 3) });
    set(TABLE_TOP + 2, left, { v: workbookLabel('cutoff', lang), style: 'header' });
    set(TABLE_TOP + 2, left + 1, { v: workbookLabel('compositeGrade', lang), style: 'header' });
    c.labels.forEach((label, i) => {
      if (i < c.cutoffs.length) set(TABLE_TOP + 3 + i, left, { v: c.cutoffs[i], style: 'input' });
      set(TABLE_TOP + 3 + i, left + 1, { v: label, style: 'input' });
    });
    names.push({ name: MODEL_NAMES.cutoffs, ref: ref(TABLE_TOP + 3, left, TABLE_TOP + 2 + c.cutoffs.length, left) });
    names.push({ name: MODEL_NAMES.gradeLabels, ref: ref(TABLE_TOP + 3, left + 1, TABLE_TOP + 2 + c.labels.length, left + 1) });
  }
  // Single-value parameters of CLV and churn risk, each a label and a named input cell.
  const parameter = (row: number, label: WorkbookLabel, value: number, name: string) => {
    set(row, 9, { v: workbookLabel(label, lang), style: 'header' });
    set(row, 10, { v: value, style: 'input' });
    names.push({ name, ref: ref(row, 10, row, 10) });
  };
  if (settings.clv) {
    parameter(TABLE_TOP + 9, 'clvMargin', settings.clv.margin, MODEL_NAMES.clvMargin);
    parameter(TABLE_TOP + 10, 'clvRate', settings.clv.rate, MODEL_NAMES.clvRate);
  }
  if (settings.churn) {
    parameter(TABLE_TOP + 12, 'churnM', settings.churn.m, MODEL_NAMES.churnM);
    parameter(TABLE_TOP + 13, 'churnN', settings.churn.n, MODEL_NAMES.churnN);
  }
  if (settings.btyd) names.push(...btydSettingsBlock(settings.btyd, lang, set, (r0, c0) => ref(r0, c0, r0, c0)));
  // The models' labels read across J to L, so those are wider on a ledger's settings sheet.
  const across = settings.btyd ? 18 : 14;
  return { sheet: { name, rows, widths: [16, 22, 3, 12, 10, 3, 14, 10, 3, across, across, across, 14] }, names };
}
