import type { RfmTables } from '../../src/models/rfm';

/** What the pane saves in the workbook after grading, to restore when the workbook is reopened. */
export interface SavedChoices {
  /** The list's header texts, so choices are only restored for the same list. */
  readonly headers: readonly string[];
  readonly columns: Readonly<Record<string, number | undefined>>;
  readonly preset: string;
  readonly tables: RfmTables;
}

const isTable = (t: unknown): boolean => {
  const table = t as { from?: unknown; score?: unknown };
  return Array.isArray(table?.from) && Array.isArray(table?.score) && table.from.length === table.score.length
    && table.from.length > 0 && table.from.every((f, i) => typeof f === 'number' && (i === 0 || f > (table.from as number[])[i - 1]))
    && table.score.every((s) => typeof s === 'number');
};

/**
 * The saved choices to restore for a list, or undefined when there are none, they belong to another
 * list (different headers), or the saved text is damaged (never half-applied).
 * @example restoreChoices('{"headers":["订单数"],...}', ['订单数']) // { headers: ['订单数'], ... }
 */
export function restoreChoices(saved: string | undefined, headers: readonly unknown[]): SavedChoices | undefined {
  if (!saved) return undefined;
  let choices: SavedChoices;
  try {
    choices = JSON.parse(saved) as SavedChoices;
  } catch {
    return undefined;
  }
  const same = Array.isArray(choices?.headers) && choices.headers.length === headers.length
    && choices.headers.every((h, i) => h === String(headers[i] ?? ''));
  const valid = typeof choices.preset === 'string' && typeof choices.columns === 'object' && choices.columns !== null
    && ['r', 'f', 'm'].every((d) => isTable((choices.tables as unknown as Record<string, unknown>)?.[d]));
  return same && valid ? choices : undefined;
}
