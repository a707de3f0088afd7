// The lead settings sheet read back (lead-settings-sheet.ts's layout), so points, cutoffs and stages a
// colleague edited on the sheet are the ones the pane scores with next time, not overwritten by the
// pane's saved values. A cell that is not what its block needs is said, never guessed.
import { isBlank, readNumber, showValue } from '../cells/coerce';
import { LANGS } from '../i18n/lang';
import { leadLabel } from '../i18n/lead-labels';
import { LEAD_SETTINGS_LAYOUT } from './lead-settings-sheet';

/** What can be read back: points by interaction header, the profile table, the cutoffs, the stages and their
 * targets; or, from an opportunity list's sheet, C139's weights and the cutoffs. */
export interface EditedLeadSettings {
  readonly behaviour: ReadonlyMap<string, number>;
  readonly attributes: readonly (readonly [string | number, number])[];
  readonly cutoffs: readonly [number, number, number];
  readonly stages: readonly string[];
  /** The target beside each stage (null: none). */
  readonly targets: readonly (number | null)[];
  /** Whose sheet it is: a lead list's, or an opportunity list's (C139's weights in place of the points). */
  readonly kind: 'lead' | 'opportunity';
  /** C139's four weights, on an opportunity list's sheet. */
  readonly weights?: readonly number[];
}

/** The lead settings sheet's names in the three languages (whichever the list was scored in). */
export const LEAD_SETTINGS_SHEETS: readonly string[] = LANGS.map((lang) => leadLabel('settingsSheet', lang));
// The title above C139's weights in any of the three languages: it marks an opportunity list's sheet.
const WEIGHTS_TITLES: ReadonlySet<string> = new Set(LANGS.map((lang) => leadLabel('weightsTable', lang)));

/**
 * Reads a lead settings sheet's cells: the edited settings, or the first cell that cannot be read (its
 * A1 address and value).
 * @example readLeadSettings(cells) // { kind: 'ok', settings: { kind: 'lead', behaviour: Map { '文章浏览' => 5 }, cutoffs: [60, 30, 10], ... } }
 * @example readLeadSettings(opportunityCells) // { kind: 'ok', settings: { kind: 'opportunity', weights: [1, 1, 2, 1], cutoffs: [75, 50, 25], ... } }
 * @example readLeadSettings(cellsWithWordInH7) // { kind: 'bad', cell: 'H7', value: 'thirty' }
 */
export function readLeadSettings(cells: readonly (readonly unknown[])[]):
  { kind: 'ok'; settings: EditedLeadSettings } | { kind: 'bad'; cell: string; value: string } {
  const { FIRST, BEHAVIOUR, ATTRIBUTES, CUTOFFS, STAGES, TARGETS } = LEAD_SETTINGS_LAYOUT;
  const at = (r: number, c: number) => cells[r]?.[c] ?? null;
  const address = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
  let bad: { cell: string; value: string } | undefined;
  const number = (r: number, c: number): number => {
    const n = readNumber(at(r, c), '', 'en');
    if (typeof n === 'number') return n;
    bad ??= { cell: address(r, c), value: showValue(at(r, c) ?? '') };
    return NaN;
  };
  const rowsOf = (c: number) => { const out: number[] = []; for (let r = FIRST; !isBlank(at(r, c)); r++) out.push(r); return out; };
  // An opportunity list's sheet has C139's weights where a lead list's has the points, and its cutoffs.
  if (WEIGHTS_TITLES.has(String(at(FIRST - 2, BEHAVIOUR)))) {
    const weights = [0, 1, 2, 3].map((k) => number(FIRST + k, BEHAVIOUR + 1));
    const cutoffs = [0, 1, 2].map((k) => number(FIRST + k, CUTOFFS + 1)) as [number, number, number];
    if (bad) return { kind: 'bad', ...bad };
    return { kind: 'ok', settings: { kind: 'opportunity', weights, behaviour: new Map(), attributes: [], cutoffs, stages: [], targets: [] } };
  }
  const behaviour = new Map(rowsOf(BEHAVIOUR).map((r) => [String(at(r, BEHAVIOUR)), number(r, BEHAVIOUR + 1)]));
  const attributes = rowsOf(ATTRIBUTES).map((r) => [at(r, ATTRIBUTES) as string | number, number(r, ATTRIBUTES + 1)] as const);
  const cutoffs = [0, 1, 2].map((k) => number(FIRST + k, CUTOFFS + 1)) as [number, number, number];
  const stageRows = rowsOf(STAGES);
  const stages = stageRows.map((r) => String(at(r, STAGES)).trim());
  const targets = stageRows.map((r) => (isBlank(at(r, TARGETS)) ? null : number(r, TARGETS)));
  if (bad) return { kind: 'bad', ...bad };
  return { kind: 'ok', settings: { kind: 'lead', behaviour, attributes, cutoffs, stages, targets } };
}
