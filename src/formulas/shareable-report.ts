// What Make shareable tells the user about the cells it froze: which cells and why, in their language.
import type { Lang } from '../i18n/lang';
import { SHAREABLE_MESSAGES } from '../i18n/shareable-messages';
import type { FreezeReason } from './make-shareable';

/** A custom-function cell kept as its value: where (A1) and why. */
export interface FrozenCell {
  readonly cell: string;
  readonly reason: FreezeReason;
}

/** The most cells a line names before it says "and N more". */
const CELLS_SHOWN = 8;

/**
 * The lines the pane shows after Make shareable: the counts, then one line per reason naming the frozen
 * cells (the first few, then how many more).
 * @example shareableReportLines({ converted: 3, frozenCells: [{ cell: 'H2', reason: 'quintile' }] }, 'en')
 * // ['3 formulas now work without the add-in; 1 kept as values.',
 * //  'H2: quintile bands come from the whole list; no formula of one row can follow them.']
 */
export function shareableReportLines(report: { readonly converted: number; readonly frozenCells: readonly FrozenCell[] }, lang: Lang): string[] {
  const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
  const lines = [fill(SHAREABLE_MESSAGES.summary[lang], { converted: report.converted, frozen: report.frozenCells.length })];
  const byReason = new Map<FreezeReason, string[]>();
  for (const { cell, reason } of report.frozenCells) byReason.set(reason, [...(byReason.get(reason) ?? []), cell]);
  for (const [reason, cells] of byReason) {
    const shown = cells.slice(0, CELLS_SHOWN).join(', ');
    const more = cells.length > CELLS_SHOWN ? fill(SHAREABLE_MESSAGES.more[lang], { n: cells.length - CELLS_SHOWN }) : '';
    lines.push(`${shown}${more}: ${SHAREABLE_MESSAGES[reason][lang]}`);
  }
  return lines;
}
