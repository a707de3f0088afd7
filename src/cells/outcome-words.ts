// Won / lost history as CRM exports write it (docs/pipeline.md, LOGISTIC_FIT's "Outcome words"): 1/0,
// TRUE/FALSE, or a word in English or Chinese. The list is here once.
import type { Lang } from '../i18n/lang';
import { cellError } from './cell-error';
import { isBlank, readNumber, showValue, upstreamError, type Read } from './coerce';
import { matchKey } from './match-key';

const WON = ['won', 'win', 'closed won', 'yes', 'converted', '赢单', '贏單', '赢', '贏', '成交', '已成交', '是'];
const LOST = ['lost', 'loss', 'lose', 'closed lost', 'no', 'not converted', '输单', '輸單', '丢单', '丟單', '输', '輸', '未成交', '否'];
const OUTCOMES = new Map<string, number>([...WON.map((w) => [w, 1] as const), ...LOST.map((w) => [w, 0] as const), ['true', 1], ['false', 0]]);

/**
 * Reads an outcome: 1 for won, 0 for lost, null for a blank cell, or the row's error naming the value.
 * Numbers must be exactly 1 or 0 (as must number text); TRUE / FALSE and the words above are matched as
 * `matchKey` matches text.
 * @example readOutcome('赢单', 'outcomes', 'en') // 1
 * @example readOutcome(' Closed Lost ', 'outcomes', 'en') // 0
 * @example readOutcome(0.5, 'outcomes', 'en') // CellError "outcomes: '0.5' is not won or lost (...)"
 */
export function readOutcome(value: unknown, arg: string, lang: Lang): Read {
  if (value === 1 || value === 0) return value;
  if (isBlank(value)) return null;
  if (upstreamError(value)) return readNumber(value, arg, lang);
  const word = OUTCOMES.get(matchKey(value) ?? '');
  if (word !== undefined) return word;
  const n = typeof value === 'string' ? readNumber(value, arg, lang) : null;
  if (n === 1 || n === 0) return n;
  return cellError(lang, 'value', 'outcomeWord', { arg, value: showValue(value) });
}
