import type { FunctionName } from './calls';
import type { Lang } from '../src/i18n/lang';

/** Text in each language. */
export type Text = Readonly<Record<Lang, string>>;

/** One parameter as both hosts document it. */
export interface ParamSpec {
  readonly name: string;
  /** `range`: a cell or a range (Excel matrix); `value`: one option value (Excel scalar). */
  readonly shape: 'range' | 'value';
  /** What the JSDoc for Sheets calls its type. */
  readonly type: 'number' | 'string' | 'any';
  readonly optional?: boolean;
  readonly description: Text;
}

/**
 * One custom function as both hosts document it: its name (= Excel id), help text and parameters. The
 * core call it makes is `CALLS[name]` (functions/calls.ts): the function bundles take the calls alone, so
 * this help text in three languages goes only into the generated metadata, the Sheets stubs and the pane.
 */
export interface FunctionSpec {
  readonly name: FunctionName;
  readonly description: Text;
  /** A worked call for the help text, with its result. */
  readonly example: string;
  readonly params: readonly ParamSpec[];
}

const t = (en: string, cn: string, tw: string): Text => ({ en, 'zh-CN': cn, 'zh-TW': tw });
const range = (name: string, description: Text, optional = false): ParamSpec =>
  ({ name, shape: 'range', type: 'any', optional, description });
const option = (name: string, description: Text): ParamSpec =>
  ({ name, shape: 'value', type: 'string', optional: true, description });

const LANG = option('lang', t(
  'Language of the labels: "en", "zh-CN" or "zh-TW" (default: the app\'s language).',
  '标签语言："en"、"zh-CN" 或 "zh-TW"（默认跟随软件语言）。',
  '標籤語言："en"、"zh-CN" 或 "zh-TW"（預設跟隨軟體語言）。'));

// The buy-till-you-die functions' shared arguments: a customer's history as BTYD_SUMMARY spills it.
const FREQUENCY = range('frequency', t('Repeat purchases: purchase days minus one (BTYD_SUMMARY\'s frequency), a whole number.',
  '复购次数：购买天数减一（BTYD_SUMMARY 的 frequency），整数。', '回購次數：購買天數減一（BTYD_SUMMARY 的 frequency），整數。'));
const RECENCY = range('recency', t('Time from the first purchase to the last, in weeks or days (BTYD_SUMMARY\'s recency).',
  '首次购买到最后一次购买的时长，以周或天计（BTYD_SUMMARY 的 recency）。', '首次購買到最後一次購買的時長，以週或天計（BTYD_SUMMARY 的 recency）。'));
const AGE = range('T', t('Time from the first purchase to the end of the period, in the same unit (BTYD_SUMMARY\'s T).',
  '首次购买到观察期末的时长，单位同上（BTYD_SUMMARY 的 T）。', '首次購買到觀察期末的時長，單位同上（BTYD_SUMMARY 的 T）。'));
const MONETARY = range('monetary', t('Mean amount of the repeat purchases (BTYD_SUMMARY\'s monetary).',
  '复购的平均金额（BTYD_SUMMARY 的 monetary）。', '回購的平均金額（BTYD_SUMMARY 的 monetary）。'));
const BGNBD_PARAMS = (name: string) => range(name, t('The row BGNBD_FIT returns: r | alpha | a | b.',
  'BGNBD_FIT 返回的一行：r | alpha | a | b。', 'BGNBD_FIT 傳回的一列：r | alpha | a | b。'));
const UNIT = option('unit', t('"W" weeks (default) or "D" days.', '"W" 周（默认）或 "D" 天。', '"W" 週（預設）或 "D" 天。'));

/** Every custom function, in the order the README lists them. One source for Excel and Sheets. */
export const CATALOG: readonly FunctionSpec[] = [
  {
    name: 'RFM_SCORE',
    description: t(
      'Scores customers on Recency, Frequency and Monetary value and returns the code R*100+F*10+M (seed bands 5/3/1 by default).',
      '按最近购买、购买频次、购买金额为客户打分，返回 R*100+F*10+M 代码（默认按 5/3/1 分档）。',
      '按最近購買、購買頻次、購買金額為客戶評分，傳回 R*100+F*10+M 代碼（預設按 5/3/1 分級）。'),
    example: 'RFM_SCORE(30, 10, 500000) = 555',
    params: [
      range('recency', t('Days since the last purchase, or the date of the last purchase when as_of is given.',
        '距最近一次购买的天数；给出 as_of 时为最近一次购买日期。', '距最近一次購買的天數；給出 as_of 時為最近一次購買日期。')),
      range('frequency', t('Number of purchases in the period (12 months).', '期间内（12 个月）的购买次数。', '期間內（12 個月）的購買次數。')),
      range('monetary', t('Amount bought in the period.', '期间内的购买金额。', '期間內的購買金額。')),
      range('r_table', t('R band table (from | score), "quintile", or a preset: seed, five, manufacturing.',
        'R 分档表（起点 | 分数）、"quintile" 或预设：seed、five、manufacturing。', 'R 分級表（起點 | 分數）、"quintile" 或預設：seed、five、manufacturing。'), true),
      range('f_table', t('F band table, "quintile", or a preset.', 'F 分档表、"quintile" 或预设。', 'F 分級表、"quintile" 或預設。'), true),
      range('m_table', t('M band table, "quintile", or a preset.', 'M 分档表、"quintile" 或预设。', 'M 分級表、"quintile" 或預設。'), true),
      range('as_of', t('Date to count recency from, when recency holds dates.', '计算最近购买天数的基准日期（recency 为日期时）。', '計算最近購買天數的基準日期（recency 為日期時）。'), true),
      option('output', t('"code" (default), "r", "f", "m" or "sum".', '"code"（默认）、"r"、"f"、"m" 或 "sum"。', '"code"（預設）、"r"、"f"、"m" 或 "sum"。')),
    ],
  },
  {
    name: 'RFM_SEGMENT',
    description: t(
      'The customer type from R, F, M scores (or a 3-digit RFM code): eight value classes by default.',
      '根据 R、F、M 分数（或三位 RFM 代码）给出客户类型，默认八类价值模型。',
      '根據 R、F、M 分數（或三位 RFM 代碼）給出客戶類型，預設八類價值模型。'),
    example: 'RFM_SEGMENT(5, 1, 5) = "Important development"',
    params: [
      range('r', t('R score 1-5, or a 3-digit code such as 535.', 'R 分数 1-5，或 535 这样的三位代码。', 'R 分數 1-5，或 535 這樣的三位代碼。')),
      range('f', t('F score 1-5 (omit when r holds a code).', 'F 分数 1-5（r 为代码时省略）。', 'F 分數 1-5（r 為代碼時省略）。'), true),
      range('m', t('M score 1-5 (omit when r holds a code).', 'M 分数 1-5（r 为代码时省略）。', 'M 分數 1-5（r 為代碼時省略）。'), true),
      option('scheme', t('"value8" (default), "five" or "rfm11".', '"value8"（默认）、"five" 或 "rfm11"。', '"value8"（預設）、"five" 或 "rfm11"。')),
      LANG,
    ],
  },
  {
    name: 'POTENTIAL_INDEX',
    description: t(
      'Potential index in points: 100 x budget match x decision-chain penetration x synergy.',
      '潜力指数（分）：100 x 预算匹配度 x 决策链渗透率 x 协同度。',
      '潛力指數（分）：100 x 預算匹配度 x 決策鏈滲透率 x 協同度。'),
    example: 'POTENTIAL_INDEX(0.875, 0.8, 0.825) = 57.75',
    params: [
      range('budget_match', t('Quote / budget, 0-1 (87.5% or 0.875).', '报价 / 预算，0-1（87.5% 或 0.875）。', '報價 / 預算，0-1（87.5% 或 0.875）。')),
      range('penetration', t('Share of decision-chain weight reached, 0-1.', '已触达的决策链权重占比，0-1。', '已觸達的決策鏈權重占比，0-1。')),
      range('synergy', t('Weighted product-line, capacity and customisation match, 0-1.', '产品线、产能、定制化的加权匹配度，0-1。', '產品線、產能、客製化的加權匹配度，0-1。')),
    ],
  },
  {
    name: 'CLV',
    description: t(
      'Customer lifetime value: annual revenue x margin x years - (acquisition + maintenance cost), discounted when a rate is given.',
      '客户终身价值：年收入 x 毛利率 x 年数 -（获客成本 + 维护成本），给出折现率时按现值计算。',
      '客戶終身價值：年收入 x 毛利率 x 年數 -（獲客成本 + 維護成本），給出折現率時按現值計算。'),
    example: 'CLV(2000000, 3, 300000, 200000) = 5500000',
    params: [
      range('annual_revenue', t('Revenue per year.', '年收入。', '年收入。')),
      range('years', t('Expected years of the relationship.', '预计合作年数。', '預計合作年數。')),
      range('acquisition_cost', t('Cost to win the customer.', '获客成本。', '獲客成本。')),
      range('maintenance_cost', t('Cost to serve the customer over the years.', '维护成本。', '維護成本。')),
      range('margin', t('Gross margin 0-1 (default 1, the seed formula).', '毛利率 0-1（默认 1，即原始公式）。', '毛利率 0-1（預設 1，即原始公式）。'), true),
      range('discount_rate', t('Yearly discount rate 0-1 (default 0).', '年折现率 0-1（默认 0）。', '年折現率 0-1（預設 0）。'), true),
    ],
  },
  {
    name: 'CHURN_RISK',
    description: t(
      'Churn risk: m x sd(interactions) + n x volatility(satisfaction), one row of periods per customer.',
      '流失风险：m x 互动次数标准差 + n x 满意度波动，每位客户一行多个周期。',
      '流失風險：m x 互動次數標準差 + n x 滿意度波動，每位客戶一列多個週期。'),
    example: 'CHURN_RISK({4,6,5,7,3,5}, {8,8,7,9,8,8}) = 2.046',
    params: [
      range('interactions', t('Interaction counts per period, one row per customer (2+ periods).', '各周期互动次数，每位客户一行（至少 2 个周期）。', '各週期互動次數，每位客戶一列（至少 2 個週期）。')),
      range('satisfaction', t('Satisfaction scores per period, one row per customer.', '各周期满意度，每位客户一行。', '各週期滿意度，每位客戶一列。')),
      range('m', t('Weight of the interaction term (default 1).', '互动项权重（默认 1）。', '互動項權重（預設 1）。'), true),
      range('n', t('Weight of the satisfaction term (default 1).', '满意度项权重（默认 1）。', '滿意度項權重（預設 1）。'), true),
      option('mode', t('"sd" (default) or "cv" (divided by the mean).', '"sd"（默认）或 "cv"（除以均值）。', '"sd"（預設）或 "cv"（除以平均值）。')),
    ],
  },
  {
    name: 'COMPOSITE_GRADE',
    description: t(
      'Weighted score of four 0-100 dimensions and its grade: >=90 Strategic, >=70 Core, >=50 Potential, else Basic.',
      '四个维度（0-100）的加权得分及等级：>=90 战略级、>=70 核心级、>=50 潜力级，其余基础级。',
      '四個維度（0-100）的加權得分及等級：>=90 戰略級、>=70 核心級、>=50 潛力級，其餘基礎級。'),
    example: 'COMPOSITE_GRADE({90,80,70,60}) = "Core"',
    params: [
      range('scores', t('One row per customer: current value, growth potential, stability, strategic importance (0-100).',
        '每位客户一行：当前价值、成长潜力、稳定性、战略重要性（0-100）。', '每位客戶一列：當前價值、成長潛力、穩定性、戰略重要性（0-100）。')),
      range('weights', t('Weights (default 0.4, 0.3, 0.2, 0.1).', '权重（默认 0.4、0.3、0.2、0.1）。', '權重（預設 0.4、0.3、0.2、0.1）。'), true),
      range('cutoffs', t('Descending cutoffs (default 90, 70, 50).', '递减的分界值（默认 90、70、50）。', '遞減的分界值（預設 90、70、50）。'), true),
      range('labels', t('Grade labels, one more than the cutoffs (e.g. A, B, C, D).', '等级名称，比分界值多一个（如 A、B、C、D）。', '等級名稱，比分界值多一個（如 A、B、C、D）。'), true),
      option('output', t('"grade" (default) or "score".', '"grade"（默认）或 "score"。', '"grade"（預設）或 "score"。')),
      LANG,
    ],
  },
  {
    name: 'ABC_CLASS',
    description: t(
      'ABC class by the 20/80 rule: the top customers making 80% of the total are A, up to 95% B, the rest C.',
      '按二八法则分 ABC 类：贡献前 80% 的客户为 A，至 95% 为 B，其余为 C。',
      '按二八法則分 ABC 類：貢獻前 80% 的客戶為 A，至 95% 為 B，其餘為 C。'),
    example: 'ABC_CLASS({50;30;10;5;5}) = {A;A;B;B;C}',
    params: [
      range('values', t('One value per customer (e.g. revenue).', '每位客户一个数值（如销售额）。', '每位客戶一個數值（如銷售額）。')),
      range('a_share', t('Share of the total for A (default 0.8).', 'A 类占总额比例（默认 0.8）。', 'A 類占總額比例（預設 0.8）。'), true),
      range('b_share', t('Cumulative share for B (default 0.95).', 'B 类累计比例（默认 0.95）。', 'B 類累計比例（預設 0.95）。'), true),
    ],
  },
  {
    name: 'NEXT_ORDER_DATE',
    description: t(
      'Expected next order: last order + mean interval between orders (needs 3+ order dates per row).',
      '预计下次下单日期：最近一次下单 + 平均下单间隔（每行至少 3 个日期）。',
      '預計下次下單日期：最近一次下單 + 平均下單間隔（每列至少 3 個日期）。'),
    example: 'NEXT_ORDER_DATE({2026-01-01, 2026-01-31, 2026-03-12}) = 2026-04-16',
    params: [
      range('order_dates', t('Order dates, one row per customer.', '下单日期，每位客户一行。', '下單日期，每位客戶一列。')),
      option('output', t('"date" (default), "window_start", "window_end" or "volatility".', '"date"（默认）、"window_start"、"window_end" 或 "volatility"。', '"date"（預設）、"window_start"、"window_end" 或 "volatility"。')),
    ],
  },
  {
    name: 'BREAKTHROUGH_SCORE',
    description: t(
      'Breakthrough score in points: 100 x decision-chain penetration x technical match.',
      '突破得分（分）：100 x 决策链渗透率 x 技术匹配度。',
      '突破得分（分）：100 x 決策鏈滲透率 x 技術匹配度。'),
    example: 'BREAKTHROUGH_SCORE(0.8, 0.9) = 72',
    params: [
      range('penetration', t('Share of decision-chain weight reached, 0-1.', '已触达的决策链权重占比，0-1。', '已觸達的決策鏈權重占比，0-1。')),
      range('tech_match', t('Technical match, 0-1.', '技术匹配度，0-1。', '技術匹配度，0-1。')),
    ],
  },
  {
    name: 'ORDERS_SUMMARY',
    description: t(
      'Summarises an order ledger per customer, in order of first appearance: customer id | days since last order | orders | amount over the last months (12 by default).',
      '按客户汇总订单明细（按首次出现的顺序）：客户编号 | 距最近一次下单天数 | 近几个月（默认 12 个月）的订单数 | 金额。',
      '按客戶彙總訂單明細（按首次出現的順序）：客戶編號 | 距最近一次下單天數 | 近幾個月（預設 12 個月）的訂單數 | 金額。'),
    example: 'ORDERS_SUMMARY({"C1";"C1"}, {2026-10-01;2026-11-01}, {100;50}) = {"C1", 0, 2, 150}',
    params: [
      range('customer_ids', t('Customer id of each order line (kept as text: 00123 stays 00123).',
        '每条订单的客户编号（按文本保留：00123 仍为 00123）。', '每筆訂單的客戶編號（按文字保留：00123 仍為 00123）。')),
      range('order_dates', t('Order date of each line.', '每条订单的下单日期。', '每筆訂單的下單日期。')),
      range('amounts', t('Amount of each line; returns and credits negative.', '每条订单的金额；退货、冲销为负数。', '每筆訂單的金額；退貨、沖銷為負數。')),
      range('as_of', t('Date the summary is made on (default: the latest order date); later lines are left out.',
        '汇总的截至日期（默认：最近的下单日期）；晚于它的订单不计入。', '彙總的截至日期（預設：最近的下單日期）；晚於它的訂單不計入。'), true),
      range('months', t('Months in the window ending on as_of (default 12).', '截至 as_of 的统计月数（默认 12）。', '截至 as_of 的統計月數（預設 12）。'), true),
      range('order_ids', t('Order number of each line: lines sharing one are one order (default: each line is an order).',
        '每条订单的订单号：订单号相同的多行算一单（默认：每行一单）。', '每筆訂單的訂單號：訂單號相同的多列算一單（預設：每列一單）。'), true),
    ],
  },
  {
    name: 'BTYD_SUMMARY',
    description: t(
      'Summarises an order ledger per customer for the buy-till-you-die models: customer id | frequency | recency | T | monetary (orders on one day are one purchase; weeks by default).',
      '按客户汇总订单明细，供“购买直到流失”模型使用：客户编号 | frequency | recency | T | monetary（同一天的订单算一次购买；默认以周计）。',
      '按客戶彙總訂單明細，供「購買直到流失」模型使用：客戶編號 | frequency | recency | T | monetary（同一天的訂單算一次購買；預設以週計）。'),
    example: 'BTYD_SUMMARY({"1";"1";"1"}, {1997-01-01;1997-01-18;1997-08-02}, {29.33;29.73;14.96}, 1997-09-30) = {"1", 2, 30.43, 38.86, 22.35}',
    params: [
      range('customer_ids', t('Customer id of each order line (kept as text: 00123 stays 00123).',
        '每条订单的客户编号（按文本保留：00123 仍为 00123）。', '每筆訂單的客戶編號（按文字保留：00123 仍為 00123）。')),
      range('order_dates', t('Order date of each line.', '每条订单的下单日期。', '每筆訂單的下單日期。')),
      range('amounts', t('Amount of each line (default: none, monetary 0).', '每条订单的金额（默认：无，monetary 为 0）。', '每筆訂單的金額（預設：無，monetary 為 0）。'), true),
      range('as_of', t('End of the period (default: the latest order date); later lines are left out.',
        '观察期末日期（默认：最近的下单日期）；晚于它的订单不计入。', '觀察期末日期（預設：最近的下單日期）；晚於它的訂單不計入。'), true),
      UNIT,
    ],
  },
  {
    name: 'BGNBD_FIT',
    description: t(
      'Fits the BG/NBD model of repeat buying on all the customers given (one-time buyers included; blank rows skipped) and returns one row: r | alpha | a | b.',
      '在给出的全部客户上拟合 BG/NBD 复购模型（含只购买一次的客户；跳过空行），返回一行：r | alpha | a | b。',
      '在給出的全部客戶上擬合 BG/NBD 回購模型（含只購買一次的客戶；略過空白列），傳回一列：r | alpha | a | b。'),
    example: 'BGNBD_FIT(CDNOW frequency, recency, T) = {0.243, 4.414, 0.793, 2.426}',
    params: [FREQUENCY, RECENCY, AGE],
  },
  {
    name: 'PROB_ALIVE',
    description: t(
      'Probability that the customer is still active (BG/NBD), from their history and the BGNBD_FIT parameters.',
      '客户仍然活跃的概率（BG/NBD），依据其购买历史和 BGNBD_FIT 的参数。',
      '客戶仍然活躍的機率（BG/NBD），依據其購買歷史和 BGNBD_FIT 的參數。'),
    example: 'PROB_ALIVE(2, 30.43, 38.86, {0.243, 4.414, 0.793, 2.426}) = 0.7266',
    params: [FREQUENCY, RECENCY, AGE, BGNBD_PARAMS('params')],
  },
  {
    name: 'EXPECTED_PURCHASES',
    description: t(
      'Expected number of purchases in the next t weeks or days (BG/NBD), given the customer\'s history.',
      '依据客户的购买历史，预计未来 t 周或 t 天内的购买次数（BG/NBD）。',
      '依據客戶的購買歷史，預計未來 t 週或 t 天內的購買次數（BG/NBD）。'),
    example: 'EXPECTED_PURCHASES(39, 2, 30.43, 38.86, {0.243, 4.414, 0.793, 2.426}) = 1.226',
    params: [
      range('t', t('Length of the period ahead, in the unit of recency and T.', '未来时长，单位同 recency 和 T。', '未來時長，單位同 recency 和 T。')),
      FREQUENCY, RECENCY, AGE, BGNBD_PARAMS('params'),
    ],
  },
  {
    name: 'GAMMA_GAMMA_FIT',
    description: t(
      'Fits the Gamma-Gamma model of spend per purchase and returns one row: p | q | v. Fits on the customers with frequency > 0 and monetary > 0 only; the others are left out (COUNTIFS(frequency,">0",monetary,">0") counts those fitted on).',
      '拟合 Gamma-Gamma 单次消费模型，返回一行：p | q | v。只在 frequency > 0 且 monetary > 0 的客户上拟合，其余客户不计入（COUNTIFS(frequency,">0",monetary,">0") 即参与拟合的客户数）。',
      '擬合 Gamma-Gamma 單次消費模型，傳回一列：p | q | v。只在 frequency > 0 且 monetary > 0 的客戶上擬合，其餘客戶不計入（COUNTIFS(frequency,">0",monetary,">0") 即參與擬合的客戶數）。'),
    example: 'GAMMA_GAMMA_FIT(CDNOW frequency, monetary) = {6.25, 3.74, 15.44}',
    params: [FREQUENCY, MONETARY],
  },
  {
    name: 'EXPECTED_CLV',
    description: t(
      'Expected customer value over the next months (BG/NBD purchases x Gamma-Gamma spend, discounted monthly).',
      '未来数月的预期客户价值（BG/NBD 预计购买次数 x Gamma-Gamma 预计单次消费，按月折现）。',
      '未來數月的預期客戶價值（BG/NBD 預計購買次數 x Gamma-Gamma 預計單次消費，按月折現）。'),
    example: 'EXPECTED_CLV(2, 30.43, 38.86, 22.35, bg, gg, 12, 1%, "W") = 36.29',
    params: [
      FREQUENCY, RECENCY, AGE, MONETARY, BGNBD_PARAMS('bgnbd_params'),
      range('gg_params', t('The row GAMMA_GAMMA_FIT returns: p | q | v.', 'GAMMA_GAMMA_FIT 返回的一行：p | q | v。', 'GAMMA_GAMMA_FIT 傳回的一列：p | q | v。')),
      range('months', t('Months ahead (default 12).', '未来月数（默认 12）。', '未來月數（預設 12）。'), true),
      range('discount_rate', t('Monthly discount rate 0-1 (default 0; 1% or 0.01).', '月折现率 0-1（默认 0；1% 或 0.01）。', '月折現率 0-1（預設 0；1% 或 0.01）。'), true),
      UNIT,
    ],
  },
  {
    name: 'LEAD_SCORE',
    description: t(
      'Behaviour points of each lead: the sum of each interaction count times its points, capped at cap when given.',
      '线索行为积分：各类互动次数乘以对应分值之和，给出 cap 时以其为上限。',
      '線索行為積分：各類互動次數乘以對應分值之和，給出 cap 時以其為上限。'),
    example: 'LEAD_SCORE({8,1,1}, {5,15,30}) = 85',
    params: [
      range('counts', t('One row per lead of interaction counts (article views, webinar check-ins, demo requests ...), each 0 or more.',
        '每条线索一行的互动次数（文章浏览、会议签到、预约演示……），均不小于 0。', '每筆線索一列的互動次數（文章瀏覽、會議簽到、預約演示……），均不小於 0。')),
      range('points', t('Points of one interaction of each kind: one row with a value per column of counts.',
        '每类互动一次的分值：一行，counts 每列一个值。', '每類互動一次的分值：一列，counts 每欄一個值。')),
      range('cap', t('Highest score a lead can reach (default: no cap).', '线索积分上限（默认：不设上限）。', '線索積分上限（預設：不設上限）。'), true),
    ],
  },
  {
    name: 'ATTRIBUTE_SCORE',
    description: t(
      'Profile match of each lead: the points a value | points table gives each attribute value (industry, size, region), summed; values not in the table score 0.',
      '线索属性评分：按“取值 | 分数”表给每个属性值（行业、规模、地区）打分后求和；表中没有的取值得 0 分。',
      '線索屬性評分：按「取值 | 分數」表給每個屬性值（行業、規模、地區）評分後加總；表中沒有的取值得 0 分。'),
    example: 'ATTRIBUTE_SCORE({"制造业","100-499人","华南"}, table) = 40',
    params: [
      range('values', t('One row per lead of attribute values (industry, size band, region ...).',
        '每条线索一行的属性值（行业、规模、地区……）。', '每筆線索一列的屬性值（行業、規模、地區……）。')),
      range('table', t('Two columns: value | points, one row per value.', '两列：取值 | 分数，每个取值一行。', '兩欄：取值 | 分數，每個取值一列。')),
    ],
  },
  {
    name: 'LOGISTIC_FIT',
    description: t(
      'Fits a logistic regression of won / lost history on lead features (maximum likelihood) and returns one row of coefficients, intercept first, for CONVERSION_PROB.',
      '用线索特征对赢单 / 输单历史做逻辑回归（最大似然），返回一行系数（截距在前），供 CONVERSION_PROB 使用。',
      '用線索特徵對贏單 / 輸單歷史做邏輯迴歸（最大概似），傳回一列係數（截距在前），供 CONVERSION_PROB 使用。'),
    example: 'LOGISTIC_FIT(mtcars hp and wt, am) = {18.86630, 0.03626, -8.08348}',
    params: [
      range('features', t('One row per past lead, one column per feature (numbers; TRUE/FALSE as 1/0).',
        '每条历史线索一行，每个特征一列（数字；TRUE/FALSE 视为 1/0）。', '每筆歷史線索一列，每個特徵一欄（數字；TRUE/FALSE 視為 1/0）。')),
      range('outcomes', t('Each row\'s outcome: 1/0, TRUE/FALSE, won/lost, 赢单/输单, 成交/未成交.',
        '每行的结果：1/0、TRUE/FALSE、赢单/输单、成交/未成交、won/lost。', '每列的結果：1/0、TRUE/FALSE、贏單/輸單、成交/未成交、won/lost。')),
    ],
  },
  {
    name: 'CONVERSION_PROB',
    description: t(
      'Probability that each lead converts, from its features and the coefficients LOGISTIC_FIT returns.',
      '依据线索特征和 LOGISTIC_FIT 返回的系数，计算每条线索的转化概率。',
      '依據線索特徵和 LOGISTIC_FIT 傳回的係數，計算每筆線索的轉換機率。'),
    example: 'CONVERSION_PROB(1, {-2.944439, 1.209838}) = 0.15',
    params: [
      range('features', t('One row per lead, the same feature columns as the fit.', '每条线索一行，特征列与拟合时相同。', '每筆線索一列，特徵欄與擬合時相同。')),
      range('coefficients', t('The row LOGISTIC_FIT returns: intercept | b1 | ... | bk.', 'LOGISTIC_FIT 返回的一行：截距 | b1 | ... | bk。', 'LOGISTIC_FIT 傳回的一列：截距 | b1 | ... | bk。')),
    ],
  },
  {
    name: 'C139_SCORE',
    description: t(
      'C139 opportunity score in points 0-100 from coverage, value fit, three key people and nine competitive factors; "advice" gives the next step for the weakest.',
      'C139 商机评分（0-100 分）：客户覆盖度、价值主张匹配度、三个关键人、九个竞争要素；"advice" 给出最弱项的下一步行动。',
      'C139 商機評分（0-100 分）：客戶覆蓋度、價值主張匹配度、三個關鍵人、九個競爭要素；"advice" 給出最弱項的下一步行動。'),
    example: 'C139_SCORE(0.8, 0.9, {0,1,0.5}, {4,4,3,5,4,4,3,5,4}) = 73.75',
    params: [
      range('coverage', t('Customer coverage, 0-1.', '客户覆盖度，0-1。', '客戶覆蓋度，0-1。')),
      range('value_fit', t('Fit of the one value proposition, 0-1.', '价值主张匹配度，0-1。', '價值主張匹配度，0-1。')),
      range('key_people', t('Three columns: decision maker, influencer, user reached (1/0, TRUE/FALSE or 0-1).',
        '三列：决策人、影响者、使用者是否触达（1/0、TRUE/FALSE 或 0-1）。', '三欄：決策人、影響者、使用者是否觸達（1/0、TRUE/FALSE 或 0-1）。')),
      range('factors', t('Nine columns: each competitive factor against the strongest competitor, 1-5 (3 on par).',
        '九列：各竞争要素相对最强竞争对手的得分，1-5（3 为持平）。', '九欄：各競爭要素相對最強競爭對手的得分，1-5（3 為持平）。')),
      range('weights', t('Weights of C, 1, 3, 9 (default equal).', 'C、1、3、9 的权重（默认相等）。', 'C、1、3、9 的權重（預設相等）。'), true),
      option('output', t('"score" (default) or "advice".', '"score"（默认）或 "advice"。', '"score"（預設）或 "advice"。')),
    ],
  },
  {
    name: 'FUNNEL',
    description: t(
      'Sales funnel per stage: count, step conversion, conversion from the first stage, gap to target and the bottleneck, from each record\'s stage or from counts per stage.',
      '销售漏斗（按阶段）：数量、环节转化率、相对首阶段的转化率、与目标的差距及瓶颈；输入为每条记录所处阶段或各阶段数量。',
      '銷售漏斗（按階段）：數量、環節轉換率、相對首階段的轉換率、與目標的差距及瓶頸；輸入為每筆記錄所處階段或各階段數量。'),
    example: 'FUNNEL({1000,600,300,90,27}, {"线索","触达","跟进","商机","赢单"}, {1000,650,350,120,30}) marks 商机',
    params: [
      range('stages', t('A column of each record\'s furthest stage, or a row of counts per stage.',
        '一列每条记录到达的最远阶段，或一行各阶段的数量。', '一欄每筆記錄到達的最遠階段，或一列各階段的數量。')),
      range('stage_names', t('The stages in funnel order (needed for records).', '按漏斗顺序排列的阶段名称（按记录统计时必填）。', '按漏斗順序排列的階段名稱（按記錄統計時必填）。'), true),
      range('targets', t('How many should reach each stage (counts, not rates).', '各阶段应到达的数量（是数量，不是转化率）。', '各階段應到達的數量（是數量，不是轉換率）。'), true),
    ],
  },
];
