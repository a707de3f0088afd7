import type { RfmTables } from '../../src/models/rfm';
import type { LedgerChoices } from './ledger-controller';

/** What the pane saves in the workbook after grading, to restore when the workbook is reopened. */
export interface SavedChoices {
  /** The list's header texts, so choices are only restored for the same list. */
  readonly headers: readonly string[];
  readonly columns: Readonly<Record<string, number | undefined>>;
  readonly preset: string;
  readonly tables: RfmTables;
  /** Set when a grading stopped halfway and could not be taken back: its columns are incomplete. */
  readonly partial?: boolean;
  /** For a table with an order ledger's header: how it is read, its fields and the window in months. */
  readonly ledger?: LedgerChoices;
  /** For a lead or opportunity list: each column's part, the points, cutoffs and stages (lead-controller.ts checks them). */
  readonly lead?: unknown;
}

const isTable = (t: unknown): boolean => {
  const table = t as { from?: unknown; score?: unknown };
  return Array.isArray(table?.from) && Array.isArray(table?.score) && table.from.length === table.score.length
    && table.from.length > 0 && table.from.every((f, i) => typeof f === 'number' && (i === 0 || f > (table.from as number[])[i - 1]))
    && table.score.every((s) => typeof s === 'number');
};

/** A reading, columns inside the header, a window of 1 to 120 whole months, and the predictions on or off (or not saved). */
const isLedgerChoices = (l: unknown, width: number): boolean => {
  const c = l as Partial<LedgerChoices>;
  return (c?.reading === 'ledger' || c?.reading === 'list') && Number.isInteger(c.months) && c.months! >= 1 && c.months! <= 120
    && (c.btyd === undefined || typeof c.btyd === 'boolean') && (c.noStatus === undefined || typeof c.noStatus === 'boolean')
    && typeof c.columns === 'object' && c.columns !== null
    && Object.values(c.columns).every((i) => i === undefined || (Number.isInteger(i) && i >= 0 && i < width));
};

/** Why saved choices cannot be used: the pane says it in the user's language (strings.ts, saved*). */
export type SavedDamage = 'unreadable' | 'noHeaders' | 'noPresetOrColumns' | 'brokenTable' | 'brokenLedger';

/** What the workbook's saved choices are for a list. */
export type SavedState =
  | { readonly kind: 'none' }
  /** Saved for another list (different headers): left alone. */
  | { readonly kind: 'otherList' }
  /** Not readable as choices: reported, and rewritten only when the user says so. `table` names the
   * broken band table ('R', 'F' or 'M'). */
  | { readonly kind: 'damaged'; readonly reason: SavedDamage; readonly table?: 'R' | 'F' | 'M' }
  | { readonly kind: 'ok'; readonly choices: SavedChoices };

/**
 * Reads the saved choices for a list: none, another list's, damaged (with why), or the choices.
 * @example readSavedState('{"headers":', ['订单数']) // { kind: 'damaged', reason: 'unreadable' }
 * @example readSavedState('{"headers":["订单数"],"columns":{},"preset":"seed","tables":{}}', ['订单数']) // { kind: 'damaged', reason: 'brokenTable', table: 'R' }
 */
export function readSavedState(saved: string | undefined, headers: readonly unknown[]): SavedState {
  if (!saved) return { kind: 'none' };
  let choices: SavedChoices;
  try {
    choices = JSON.parse(saved) as SavedChoices;
  } catch {
    return { kind: 'damaged', reason: 'unreadable' };
  }
  if (!Array.isArray(choices?.headers)) return { kind: 'damaged', reason: 'noHeaders' };
  const same = choices.headers.length === headers.length && choices.headers.every((h, i) => h === String(headers[i] ?? ''));
  if (!same) return { kind: 'otherList' };
  if (typeof choices.preset !== 'string' || typeof choices.columns !== 'object' || choices.columns === null) {
    return { kind: 'damaged', reason: 'noPresetOrColumns' };
  }
  const broken = (['r', 'f', 'm'] as const).find((d) => !isTable((choices.tables as unknown as Record<string, unknown>)?.[d]));
  if (broken) return { kind: 'damaged', reason: 'brokenTable', table: broken.toUpperCase() as 'R' | 'F' | 'M' };
  if (choices.ledger !== undefined && !isLedgerChoices(choices.ledger, headers.length)) return { kind: 'damaged', reason: 'brokenLedger' };
  return { kind: 'ok', choices };
}

/**
 * The saved choices to restore for a list, or undefined when there are none, they belong to another
 * list (different headers), or the saved text is damaged (never half-applied).
 * @example restoreChoices('{"headers":["订单数"],...}', ['订单数']) // { headers: ['订单数'], ... }
 */
export function restoreChoices(saved: string | undefined, headers: readonly unknown[]): SavedChoices | undefined {
  const state = readSavedState(saved, headers);
  return state.kind === 'ok' ? state.choices : undefined;
}
