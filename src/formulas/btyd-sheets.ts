// The buy-till-you-die models of a graded ledger on the workbook's other sheets: the fitted parameters
// under names on the settings sheet (which the customer sheet's formulas read), the customers by
// probability still active on the summary, and the plain sentences of the methodology sheet.
import type { Lang } from '../i18n/lang';
import { workbookLabel, type WorkbookLabel } from '../i18n/workbook-labels';
import type { LedgerBtyd } from '../grading/ledger-btyd';
import { P_ALIVE_BANDS, type BtydProblem } from '../grading/ledger-btyd';
import { btydProblemText } from '../grading/btyd-report';
import type { DefinedName, WorkbookCell } from '../xlsx/workbook-model';
import { BTYD_NAMES } from './names';

/** The models fitted on a ledger and where their columns are on its customer sheet. */
export interface BtydNote {
  readonly fit: LedgerBtyd;
  /** Customer-sheet columns (0-based) of the repeat purchases, P(alive), expected orders and (with
   * Gamma-Gamma fitted) expected value; undefined when BG/NBD could not be fitted and none was written. */
  readonly columns?: { readonly frequency: number; readonly pAlive: number; readonly orders: number; readonly value?: number };
}

/** Where the block sits on the settings sheet (0-based): below the other models' parameters, labels in
 * column J reading across K and L, values in M. */
export const BTYD_SETTINGS = { top: 21, label: 9, value: 12 } as const;

/**
 * The fitted models on the settings sheet: a title, then each parameter with its label and value (the
 * BG/NBD and Gamma-Gamma parameters named, BTYD_NAMES, for the customer sheet's formulas), the BG/NBD
 * log-likelihood and the customers each model was fitted on and left out; a model that could not be
 * fitted says why instead. `set` writes a cell, `ref` gives a cell's absolute reference.
 * @example btydSettingsBlock(fit, 'en', set, ref).map((n) => n.name) // ['CRM_BG_R', 'CRM_BG_ALPHA', 'CRM_BG_A', 'CRM_BG_B', 'CRM_GG_P', 'CRM_GG_Q', 'CRM_GG_V']
 */
export function btydSettingsBlock(
  fit: LedgerBtyd, lang: Lang, set: (row: number, column: number, cell: WorkbookCell) => void, ref: (row: number, column: number) => string,
): DefinedName[] {
  const { top, label, value } = BTYD_SETTINGS;
  const names: DefinedName[] = [];
  let r = top;
  set(r++, label, { v: workbookLabel('btydSettingsTitle', lang), style: 'header' });
  const line = (key: WorkbookLabel, cell: WorkbookCell, name?: string) => {
    set(r, label, workbookLabel(key, lang));
    set(r, value, cell);
    if (name) names.push({ name, ref: ref(r, value) });
    r++;
  };
  const notFitted = (problem: BtydProblem | undefined) =>
    set(r++, label, { v: workbookLabel('btydNotFitted', lang, { reason: problem ? btydProblemText(problem, lang) : '' }), style: 'note' });
  if (!fit.bgnbd) {
    notFitted(fit.bgnbdProblem);
    return names;
  }
  const bg = fit.bgnbd.params;
  line('btydR', { v: bg.r, style: 'input' }, BTYD_NAMES.r);
  line('btydAlpha', { v: bg.alpha, style: 'input' }, BTYD_NAMES.alpha);
  line('btydA', { v: bg.a, style: 'input' }, BTYD_NAMES.a);
  line('btydB', { v: bg.b, style: 'input' }, BTYD_NAMES.b);
  line('btydLogLikelihood', fit.bgnbd.logLikelihood);
  line('btydFittedOn', { v: fit.customers, style: 'integer' });
  if (fit.gammaGamma) {
    const gg = fit.gammaGamma.params;
    line('ggP', { v: gg.p, style: 'input' }, BTYD_NAMES.p);
    line('ggQ', { v: gg.q, style: 'input' }, BTYD_NAMES.q);
    line('ggV', { v: gg.v, style: 'input' }, BTYD_NAMES.v);
    line('ggFittedOn', { v: fit.gammaGamma.customers, style: 'integer' });
  } else {
    notFitted(fit.gammaGammaProblem);
  }
  line('ggNoRepeat', { v: fit.leftOut.noRepeat, style: 'integer' });
  line('ggNotPositive', { v: fit.leftOut.notPositive, style: 'integer' });
  line('btydHorizon', fit.months);
  return names;
}

/**
 * The summary's customers by probability still active: COUNTIFS over the customer sheet's P(alive)
 * column for each band (docs/ledgers.md: 80% or more, 50% to under 80%, 20% to under 50%, under 20%),
 * the customers with one purchase day only, and the expected orders and value summed, each with the
 * grading's figure cached. `range` gives a customer-sheet column's data range; empty without the columns.
 * @example btydSummaryRows(note, (c) => `Customers!$L$2:$L$2358`, 'en')[2] // ['80% or more', { f: 'COUNTIFS(Customers!$L$2:$L$2358,">=0.8")', v: 1530, style: 'integer' }]
 */
export function btydSummaryRows(note: BtydNote, range: (column: number) => string, lang: Lang): WorkbookCell[][] {
  const { columns } = note;
  const totals = note.fit.totals;
  if (!columns || !totals) return [];
  const p = range(columns.pAlive);
  const [high, middle, low] = P_ALIVE_BANDS;
  const criteria = [`${p},">=${high}"`, `${p},">=${middle}",${p},"<${high}"`, `${p},">=${low}",${p},"<${middle}"`, `${p},"<${low}"`];
  const labels: WorkbookLabel[] = ['pAliveHigh', 'pAliveMiddle', 'pAliveLow', 'pAliveVeryLow'];
  const n = { n: note.fit.months };
  const rows: WorkbookCell[][] = [
    [{ v: workbookLabel('pAliveTitle', lang), style: 'header' }],
    [{ v: workbookLabel('btydPAlive', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' }],
    ...labels.map((key, i) => [workbookLabel(key, lang), { f: `COUNTIFS(${criteria[i]})`, v: totals.bands[i], style: 'integer' as const }]),
    [workbookLabel('pAliveOnePurchase', lang), { f: `COUNTIFS(${range(columns.frequency)},0)`, v: totals.onePurchase, style: 'integer' }],
    [],
    [workbookLabel('btydTotalOrders', lang, n), { f: `SUM(${range(columns.orders)})`, v: totals.expectedOrders, style: 'amount' }],
  ];
  if (columns.value !== undefined && totals.expectedValue !== undefined) {
    rows.push([workbookLabel('btydTotalValue', lang, n), { f: `SUM(${range(columns.value)})`, v: totals.expectedValue, style: 'amount' }]);
  }
  return rows;
}

type Params = Record<string, string | number>;

const METHOD: Record<Lang, { readonly always: (p: Params) => string[]; readonly fitted: string; readonly spendNotFitted: string; readonly notFitted: string }> = {
  en: {
    always: (p) => [
      `Probability still active, expected orders and expected value (next ${p.months} months) come from two standard models fitted on this ledger's own customers: BG/NBD for how often each customer buys and when they stop (Fader, Hardie & Lee 2005, "Counting your customers the easy way"), and Gamma-Gamma for how much they spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"). The fitted parameters are on the settings sheet.`,
      `The models read each customer's history in weeks up to the as-of date ${p.asOf}: orders on the same day are one purchase; repeat purchases = purchase days minus one; weeks from the first purchase to the last, and since the first; average repeat purchase = the mean amount of the purchase days after the first. These are values computed when the ledger was graded.`,
      `Probability still active is a formula over the BG/NBD parameters on the settings sheet (${p.bgNames}). Expected value = the expected spend per purchase (a Gamma-Gamma formula over ${p.ggNames}) x expected orders, not discounted. Expected orders are frozen values computed when the ledger was graded: they need the hypergeometric function 2F1, which spreadsheets do not have, so they do not follow an edit of the parameters. Grade the ledger again to refit the models; the workbook keeps working without the add-in.`,
      'A customer with one purchase day only has probability 1: in BG/NBD a customer can drop out only just after a repeat purchase. Read it with the days since the last order.',
      'When not to trust it: the models assume customers who can stop buying at any time without telling you (shops, e-commerce, distributors ordering as they need). For contract or subscription customers, whose leaving you see when a contract ends or is cancelled, or for orders on a fixed schedule, they are the wrong model: use the stocktake. A short ledger, or one with few customers who came back, gives unreliable figures.',
    ],
    fitted: 'BG/NBD was fitted on {customers} customers; Gamma-Gamma on {fitted}, leaving out {noRepeat} without a repeat purchase and {notPositive} whose repeat purchases come to 0 or less (they get the average spend per purchase of all customers).',
    spendNotFitted: 'BG/NBD was fitted on {customers} customers. The expected value column was not written: {reason}.',
    notFitted: 'The prediction columns were not written: {reason}.',
  },
  'zh-CN': {
    always: (p) => [
      `仍活跃概率、预期订单数和预期价值（未来 ${p.months} 个月）来自按本台账客户拟合的两个标准模型：BG/NBD 描述每位客户多久购买一次、何时不再购买（Fader、Hardie 和 Lee 2005，“Counting your customers the easy way”），Gamma-Gamma 描述每次购买花多少钱（Fader、Hardie 和 Lee 2005，“RFM and CLV”）。拟合的参数在设置表中。`,
      `模型按周读取每位客户截至 ${p.asOf} 的历史：同一天的订单算一次购买；复购次数 = 购买天数减一；首次至末次购买的周数，以及首次购买至今的周数；复购平均金额 = 首次之后各购买日金额的平均值。这些是评级时算出的数值。`,
      `仍活跃概率是基于设置表中 BG/NBD 参数（${p.bgNames}）的公式。预期价值 = 每次购买的预期消费（基于 ${p.ggNames} 的 Gamma-Gamma 公式）x 预期订单数，不折现。预期订单数是评级时算出并固定的数值：它需要超几何函数 2F1，电子表格没有这个函数，因此修改参数后它不会随之变化。重新对台账评级即可重新拟合；不装插件，工作簿照常可用。`,
      '只有一个购买日的客户，仍活跃概率为 1：在 BG/NBD 中，客户只会在某次复购之后流失。请结合距今天数来看。',
      '何时不宜采信：模型假设客户可以随时悄然停止购买（零售、电商、按需订货的经销商）。对于签约或订阅客户（合同到期或解约时就能看到流失），以及按固定周期下单的客户，这不是合适的模型，请看客户盘点。台账时间太短或回头客太少时，结果也不可靠。',
    ],
    fitted: 'BG/NBD 按 {customers} 位客户拟合；Gamma-Gamma 按 {fitted} 位客户拟合，未纳入 {noRepeat} 位无复购客户和 {notPositive} 位复购金额不大于 0 的客户（他们按全部客户的平均单次消费计）。',
    spendNotFitted: 'BG/NBD 按 {customers} 位客户拟合。未写入预期价值列：{reason}。',
    notFitted: '未写入预测列：{reason}。',
  },
  'zh-TW': {
    always: (p) => [
      `仍活躍機率、預期訂單數和預期價值（未來 ${p.months} 個月）來自按本台帳客戶擬合的兩個標準模型：BG/NBD 描述每位客戶多久購買一次、何時不再購買（Fader、Hardie 和 Lee 2005，「Counting your customers the easy way」），Gamma-Gamma 描述每次購買花多少錢（Fader、Hardie 和 Lee 2005，「RFM and CLV」）。擬合的參數在設定表中。`,
      `模型按週讀取每位客戶截至 ${p.asOf} 的歷史：同一天的訂單算一次購買；回購次數 = 購買天數減一；首次至末次購買的週數，以及首次購買至今的週數；回購平均金額 = 首次之後各購買日金額的平均值。這些是評級時算出的數值。`,
      `仍活躍機率是基於設定表中 BG/NBD 參數（${p.bgNames}）的公式。預期價值 = 每次購買的預期消費（基於 ${p.ggNames} 的 Gamma-Gamma 公式）x 預期訂單數，不折現。預期訂單數是評級時算出並固定的數值：它需要超幾何函數 2F1，試算表沒有這個函數，因此修改參數後它不會隨之變化。重新對台帳評級即可重新擬合；不裝增益集，活頁簿照常可用。`,
      '只有一個購買日的客戶，仍活躍機率為 1：在 BG/NBD 中，客戶只會在某次回購之後流失。請結合距今天數來看。',
      '何時不宜採信：模型假設客戶可以隨時悄然停止購買（零售、電商、按需訂貨的經銷商）。對於簽約或訂閱客戶（合約到期或解約時就能看到流失），以及按固定週期下單的客戶，這不是合適的模型，請看客戶盤點。台帳時間太短或回頭客太少時，結果也不可靠。',
    ],
    fitted: 'BG/NBD 按 {customers} 位客戶擬合；Gamma-Gamma 按 {fitted} 位客戶擬合，未納入 {noRepeat} 位無回購客戶和 {notPositive} 位回購金額不大於 0 的客戶（他們按全部客戶的平均單次消費計）。',
    spendNotFitted: 'BG/NBD 按 {customers} 位客戶擬合。未寫入預期價值欄：{reason}。',
    notFitted: '未寫入預測欄：{reason}。',
  },
};

const fill = (text: string, p: Params) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in p ? String(p[name]) : whole));

/**
 * The methodology sheet's sentences on the models: what they are and where their parameters are, how
 * the history is read, which columns are formulas and which frozen values (and why), the one-purchase
 * case, when not to trust them, and what they were fitted on, or why a column was not written.
 * @example btydMethodLines(note, 'en', '1997-09-30')[5] // 'BG/NBD was fitted on 2,357 customers; Gamma-Gamma on 946, leaving out 1,411 ...'
 */
export function btydMethodLines(note: BtydNote, lang: Lang, asOf: string): string[] {
  const { fit } = note;
  const text = METHOD[lang];
  const sep = lang === 'en' ? ', ' : '、';
  const n = (x: number) => x.toLocaleString('en');
  const lines = text.always({
    months: fit.months, asOf,
    bgNames: [BTYD_NAMES.r, BTYD_NAMES.alpha, BTYD_NAMES.a, BTYD_NAMES.b].join(sep),
    ggNames: [BTYD_NAMES.p, BTYD_NAMES.q, BTYD_NAMES.v].join(sep),
  });
  const reason = (problem: BtydProblem | undefined) => (problem ? btydProblemText(problem, lang) : '');
  if (!fit.bgnbd) return [...lines, fill(text.notFitted, { reason: reason(fit.bgnbdProblem) })];
  if (!fit.gammaGamma) return [...lines, fill(text.spendNotFitted, { customers: n(fit.customers), reason: reason(fit.gammaGammaProblem) })];
  return [...lines, fill(text.fitted, {
    customers: n(fit.customers), fitted: n(fit.gammaGamma.customers), noRepeat: n(fit.leftOut.noRepeat), notPositive: n(fit.leftOut.notPositive),
  })];
}
