// The messages of grading a lead list in the pane (docs/pipeline.md, "In the pane"), in three languages:
// a table of their own, so the custom-function bundles, which never grade a lead list, do not carry them.
import type { Lang } from './lang';
import { fillPlaceholders } from './fill';

/** Lead-grading messages by key; `{name}` placeholders are filled by `leadPaneMessage`. */
export const LEAD_PANE_MESSAGES = {
  leadHistoryRow: {
    en: 'no conversion probability: row {row} has an outcome but cannot be read: {reason}',
    'zh-CN': '未添加转化概率：第 {row} 行有结果但无法读取：{reason}',
    'zh-TW': '未新增轉化機率：第 {row} 列有結果但無法讀取：{reason}',
  },
  leadNoHistory: {
    en: 'no conversion probability: the outcome column has no won or lost lead yet',
    'zh-CN': '未添加转化概率：结果列中还没有赢单或输单的线索',
    'zh-TW': '未新增轉化機率：結果欄中還沒有贏單或輸單的線索',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type LeadPaneMessageKey = keyof typeof LEAD_PANE_MESSAGES;

/**
 * Fills a lead-grading message in the given language.
 * @example leadPaneMessage('en', 'leadHistoryRow', { row: 7, reason: "counts: 'x' is not a number" })
 * // "no conversion probability: row 7 has an outcome but cannot be read: counts: 'x' is not a number"
 */
export function leadPaneMessage(lang: Lang, key: LeadPaneMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(LEAD_PANE_MESSAGES[key][lang], params);
}
