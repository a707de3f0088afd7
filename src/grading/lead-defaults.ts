// The lead flow's starting values (docs/pipeline.md, "In the pane"), each editable in the pane and on the
// lead settings sheet. Seed 001 gives no point values; it gives one ratio, "参与过线上研讨会的线索转化率比普通线索高3倍",
// so a webinar check-in is worth three article views. The rest is ours, said as such in the docs.
import { isBlank } from '../cells/coerce';
import { matchKey } from '../cells/match-key';
import { cellValue } from './data-problems';
import { plainHeader } from './header-words';

/** Points per interaction, by what the header says it is: reading (5), engaging (10), an event (15,
 * three reads: seed 001's webinar ratio) and a hand-raise (30: a request to buy). */
const POINTS_BY_KIND: readonly (readonly [RegExp, number])[] = [
  [/演示|试用|报价|咨询|申请|demo|trial|quote|request|inquir|enquir|contactsales/, 30],
  [/签到|参会|出席|研讨会|直播|活动|到场|报名|注册|webinar|checkin|attend|event|signup|register|meeting/, 15],
  [/下载|点击|回复|转发|分享|表单|留资|download|click|repl|share|form/, 10],
];
export const DEFAULT_POINTS = 5;

/**
 * The default points of one interaction of a behaviour column, by its header.
 * @example defaultBehaviourPoints('文章浏览') // 5
 * @example defaultBehaviourPoints('研讨会签到') // 15
 * @example defaultBehaviourPoints('Demo requests') // 30
 */
export function defaultBehaviourPoints(header: unknown): number {
  const text = plainHeader(String(header ?? ''));
  return POINTS_BY_KIND.find(([words]) => words.test(text))?.[1] ?? DEFAULT_POINTS;
}

/** Lead score from which a lead is A, B and C (below C: D). With the default points: A is a hand-raise
 * with an event and three reads (30 + 15 + 15), B a hand-raise or two events, C two reads or more. */
export const DEFAULT_LEAD_CUTOFFS: readonly [number, number, number] = [60, 30, 10];

/** C139 score from which an opportunity is A, B and C (below C: D), ours. C139 maps each competitive
 * factor's 1-5 to 0, 0.25, 0.5, 0.75, 1; the cutoffs are that scale's steps over the whole score: A from
 * 75 is an opportunity as strong on average as "stronger than the competitor" (4), B from 50 on par (3),
 * C from 25 weaker (2), D below. */
export const DEFAULT_OPPORTUNITY_CUTOFFS: readonly [number, number, number] = [75, 50, 25];

/** How many distinct values of an attribute column the pane lists (the most frequent first). */
export const MAX_ATTRIBUTE_VALUES = 40;

/**
 * The attribute points table to start from: each attribute column's values as the list writes them (the
 * most frequent first, one row per value as ATTRIBUTE_SCORE matches them), at 0 points: seed 001 says
 * to match the target profile but not what it is, so the user says.
 * @example defaultAttributeTable([['制造业', '华东'], ['零售', '华东']], [0, 1]) // [['华东', 0], ['制造业', 0], ['零售', 0]]
 */
export function defaultAttributeTable(rows: readonly (readonly unknown[])[], columns: readonly number[]): [string | number, number][] {
  const table: [string | number, number][] = [];
  const seen = new Set<string>();
  for (const c of columns) {
    const counts = new Map<string, { value: string | number; n: number }>();
    for (const row of rows) {
      const v = cellValue(row[c]);
      const key = matchKey(v);
      if (key === undefined || isBlank(v) || (typeof v !== 'string' && typeof v !== 'number')) continue;
      const entry = counts.get(key) ?? { value: typeof v === 'string' ? v.trim() : v, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
    const ordered = [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, MAX_ATTRIBUTE_VALUES);
    for (const [key, { value }] of ordered) {
      if (seen.has(key)) continue;
      seen.add(key);
      table.push([value, 0]);
    }
  }
  return table;
}

/** Stage words in funnel order (seed 003's 线索 - 触达 - 跟进 - 商机 - 赢单, and the usual English ones). */
const STAGE_LEVELS: readonly RegExp[] = [
  /^(线索|線索|新线索|新線索|lead|leads|new|new lead|mql)$/,
  /^(触达|觸達|已触达|已觸達|已联系|已聯繫|联系|reached|contacted|contact made)$/,
  /^(跟进|跟進|跟进中|跟進中|followed up|follow up|follow-up|qualified|sql)$/,
  /^(商机|商機|opportunity|proposal|方案|报价|報價|negotiation|谈判|談判)$/,
  /^(赢单|贏單|成交|已成交|won|closed won|customer)$/,
];
/** Columns with more distinct values than this are not offered as a funnel order (only the most frequent). */
export const MAX_STAGES = 12;

/**
 * The funnel order to start from: the stage column's distinct values in seed 003's order when every one
 * is a known stage word; otherwise the most frequent first (a guess the pane shows for the user to fix).
 * @example defaultStageOrder(['跟进', '线索', '赢单', '线索']) // ['线索', '跟进', '赢单']
 * @example defaultStageOrder(['Cold', 'Warm', 'Cold']) // ['Cold', 'Warm']
 */
export function defaultStageOrder(cells: readonly unknown[]): string[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const cell of cells) {
    const v = cellValue(cell);
    const key = matchKey(v);
    if (key === undefined || typeof v !== 'string') continue;
    const entry = counts.get(key) ?? { name: v.trim(), n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const level = (key: string) => STAGE_LEVELS.findIndex((words) => words.test(key));
  const entries = [...counts];
  const levels = entries.map(([key]) => level(key));
  if (entries.length >= 2 && levels.every((l) => l >= 0) && new Set(levels).size === levels.length) {
    return entries.map(([, e], i) => ({ name: e.name, l: levels[i] })).sort((a, b) => a.l - b.l).map((e) => e.name);
  }
  return entries.sort((a, b) => b[1].n - a[1].n).slice(0, MAX_STAGES).map(([, e]) => e.name);
}
