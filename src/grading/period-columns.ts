import { normalizeHeader } from './fields';

// Headers of per-period series (seed 000, formula 5): a series word followed by a period marker, as
// exports write them: 互动次数1, 互动次数_2月, Interactions Jan, Satisfaction Q3, 满意度(3月).
const INTERACTIONS = ['互动次数', '互动', '拜访次数', '联系次数', '互動次數', '互動', '拜訪次數', 'interactions', 'interaction', 'contacts', 'visits'];
const SATISFACTION = ['满意度', '客户满意度', '滿意度', '客戶滿意度', 'satisfaction', 'csat'];
const PERIOD = /^(\d{1,2}|[一二三四五六七八九十]+|m\d{1,2}|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|月\d{1,2}|\d{1,2}月|第\d{1,2}[月期季])/;

/** The columns of each series, in the list's order. */
export interface PeriodColumns {
  readonly interactions: readonly number[];
  readonly satisfaction: readonly number[];
}

/**
 * Finds the per-period columns of interaction counts and satisfaction scores that CHURN_RISK reads.
 * @example detectPeriodColumns(['客户', '互动次数1', '互动次数2', '满意度1', '满意度2']) // { interactions: [1, 2], satisfaction: [3, 4] }
 */
export function detectPeriodColumns(headers: readonly unknown[]): PeriodColumns {
  const find = (words: readonly string[]) => headers.flatMap((header, i) => {
    const h = normalizeHeader(header);
    const word = words.find((w) => h.startsWith(w));
    return word && PERIOD.test(h.slice(word.length)) ? [i] : [];
  });
  return { interactions: find(INTERACTIONS), satisfaction: find(SATISFACTION) };
}
