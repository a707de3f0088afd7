// What the pane and the CLI say about the buy-till-you-die models fitted on a graded ledger: what each
// model was fitted on, who was left out of the spend model, and, when a model cannot be fitted, why, in
// words about the ledger rather than about a function's arguments.
import type { Lang } from '../i18n/lang';
import { ModelProblem } from '../models/model-problem';
import type { BtydProblem, LedgerBtyd } from './ledger-btyd';

type Text = Record<Lang, string>;

const TEXT = {
  tooFewRepeat: {
    en: 'customers who ordered on more than one day: {count}; the BG/NBD model needs at least 2',
    'zh-CN': '只有 {count} 位客户在不止一天下过单；BG/NBD 模型至少需要 2 位',
    'zh-TW': '只有 {count} 位客戶在不只一天下過單；BG/NBD 模型至少需要 2 位',
  },
  allTZero: {
    en: 'every customer’s first order is on the as-of date, so nobody has been watched for any time',
    'zh-CN': '所有客户的首次下单都在截至日期当天，无法观察其后的购买',
    'zh-TW': '所有客戶的首次下單都在截至日期當天，無法觀察其後的購買',
  },
  ggTooFewRepeat: {
    en: 'customers with repeat purchases of a positive amount: {count}; the Gamma-Gamma spend model needs at least 2',
    'zh-CN': '只有 {count} 位客户有金额为正的复购；Gamma-Gamma 消费模型至少需要 2 位',
    'zh-TW': '只有 {count} 位客戶有金額為正的回購；Gamma-Gamma 消費模型至少需要 2 位',
  },
  fitted: {
    en: 'Predictions: BG/NBD fitted on {customers} customers (probability still active and expected orders, next {months} months).',
    'zh-CN': '预测：BG/NBD 按 {customers} 位客户拟合（仍活跃概率与未来 {months} 个月预期订单数）。',
    'zh-TW': '預測：BG/NBD 按 {customers} 位客戶擬合（仍活躍機率與未來 {months} 個月預期訂單數）。',
  },
  spendFitted: {
    en: 'Spend: Gamma-Gamma fitted on {fitted} customers; left out: {noRepeat} without a repeat purchase, {notPositive} whose repeat purchases come to 0 or less.',
    'zh-CN': '消费：Gamma-Gamma 按 {fitted} 位客户拟合；未纳入：{noRepeat} 位无复购，{notPositive} 位复购金额不大于 0。',
    'zh-TW': '消費：Gamma-Gamma 按 {fitted} 位客戶擬合；未納入：{noRepeat} 位無回購，{notPositive} 位回購金額不大於 0。',
  },
  spendNotFitted: {
    en: 'Expected value not written: {reason}.',
    'zh-CN': '未写入预期价值：{reason}。',
    'zh-TW': '未寫入預期價值：{reason}。',
  },
  notFitted: {
    en: 'Predictions not written: {reason}.',
    'zh-CN': '未写入预测：{reason}。',
    'zh-TW': '未寫入預測：{reason}。',
  },
} as const satisfies Record<string, Text>;

function fill(lang: Lang, key: keyof typeof TEXT, params: Record<string, string | number>): string {
  return (TEXT[key][lang] as string).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Why a model could not be fitted on a ledger, in the user's language: the common cases (too few
 * customers who came back, nobody watched for any time) said of the ledger; others as the model says them.
 * @example btydProblemText(new ModelProblem('btydTooFewRepeat', { count: 1 }), 'en') // 'customers who ordered on more than one day: 1; the BG/NBD model needs at least 2'
 */
export function btydProblemText(problem: BtydProblem, lang: Lang): string {
  const count = typeof problem.params.count === 'number' ? problem.params.count.toLocaleString('en') : problem.params.count;
  if (problem.key === 'btydTooFewRepeat') return fill(lang, 'tooFewRepeat', { count });
  if (problem.key === 'btydAllTZero') return fill(lang, 'allTZero', {});
  if (problem.key === 'ggTooFewRepeat') return fill(lang, 'ggTooFewRepeat', { count });
  return new ModelProblem(problem.key, problem.params, problem.row).message(lang);
}

/**
 * What grading says of the predictions: what each model was fitted on and who the spend model left out,
 * or why a model could not be fitted (and so which columns were not written).
 * @example btydReport(btyd, 'en') // ['Predictions: BG/NBD fitted on 2,357 customers (...).', 'Spend: Gamma-Gamma fitted on 946 customers; left out: 1,411 without a repeat purchase, 0 whose repeat purchases come to 0 or less.']
 */
export function btydReport(btyd: LedgerBtyd, lang: Lang): string[] {
  const n = (x: number) => x.toLocaleString('en');
  if (!btyd.bgnbd) return [fill(lang, 'notFitted', { reason: btyd.bgnbdProblem ? btydProblemText(btyd.bgnbdProblem, lang) : '' })];
  const spend = btyd.gammaGamma
    ? fill(lang, 'spendFitted', { fitted: n(btyd.gammaGamma.customers), noRepeat: n(btyd.leftOut.noRepeat), notPositive: n(btyd.leftOut.notPositive) })
    : fill(lang, 'spendNotFitted', { reason: btyd.gammaGammaProblem ? btydProblemText(btyd.gammaGammaProblem, lang) : '' });
  return [fill(lang, 'fitted', { customers: n(btyd.customers), months: btyd.months }), spend];
}
