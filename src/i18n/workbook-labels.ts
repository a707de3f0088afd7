import type { Lang } from './lang';

/** Every label the graded workbook shows, in three languages. */
export const WORKBOOK_LABELS = {
  rScore: { en: 'R score', 'zh-CN': 'R 分', 'zh-TW': 'R 分' },
  fScore: { en: 'F score', 'zh-CN': 'F 分', 'zh-TW': 'F 分' },
  mScore: { en: 'M score', 'zh-CN': 'M 分', 'zh-TW': 'M 分' },
  rfmCode: { en: 'RFM code', 'zh-CN': 'RFM 代码', 'zh-TW': 'RFM 代碼' },
  segment: { en: 'Segment', 'zh-CN': '客户类型', 'zh-TW': '客戶類型' },
  compositeScore: { en: 'Composite score', 'zh-CN': '综合得分', 'zh-TW': '綜合得分' },
  compositeGrade: { en: 'Grade', 'zh-CN': '价值等级', 'zh-TW': '價值等級' },
  clv: { en: 'CLV', 'zh-CN': '客户终身价值', 'zh-TW': '客戶終身價值' },
  warnings: { en: 'Early warnings', 'zh-CN': '预警', 'zh-TW': '預警' },
  churn: { en: 'Churn risk', 'zh-CN': '流失风险', 'zh-TW': '流失風險' },
  churnM: { en: 'Churn weight m (interactions)', 'zh-CN': '流失风险权重 m（互动）', 'zh-TW': '流失風險權重 m（互動）' },
  churnN: { en: 'Churn weight n (satisfaction)', 'zh-CN': '流失风险权重 n（满意度）', 'zh-TW': '流失風險權重 n（滿意度）' },
  clvMargin: { en: 'CLV margin', 'zh-CN': 'CLV 毛利率', 'zh-TW': 'CLV 毛利率' },
  clvRate: { en: 'CLV discount rate', 'zh-CN': 'CLV 折现率', 'zh-TW': 'CLV 折現率' },
  clvAbove: { en: 'Customers with CLV above 5,000,000 (a success manager each)', 'zh-CN': 'CLV 高于 500 万的客户（各配客户成功经理）', 'zh-TW': 'CLV 高於 500 萬的客戶（各配客戶成功經理）' },
  weights: { en: 'Composite weights', 'zh-CN': '综合评分权重', 'zh-TW': '綜合評分權重' },
  cutoffs: { en: 'Composite cutoffs', 'zh-CN': '综合等级分界', 'zh-TW': '綜合等級分界' },
  cutoff: { en: 'at least', 'zh-CN': '不低于', 'zh-TW': '不低於' },
  gradesTitle: { en: 'Customers and revenue per grade', 'zh-CN': '各价值等级的客户数与金额', 'zh-TW': '各價值等級的客戶數與金額' },
  dimCurrentValue: { en: 'Current value', 'zh-CN': '当前价值', 'zh-TW': '當前價值' },
  dimGrowth: { en: 'Growth potential', 'zh-CN': '成长潜力', 'zh-TW': '成長潛力' },
  dimStability: { en: 'Stability', 'zh-CN': '合作稳定性', 'zh-TW': '合作穩定性' },
  dimStrategic: { en: 'Strategic importance', 'zh-CN': '战略意义', 'zh-TW': '戰略意義' },
  problem: { en: 'Data problem', 'zh-CN': '数据问题', 'zh-TW': '資料問題' },
  settingsSheet: { en: 'CRM Settings', 'zh-CN': '分级设置', 'zh-TW': '分級設定' },
  summarySheet: { en: 'CRM Summary', 'zh-CN': '分级汇总', 'zh-TW': '分級彙總' },
  methodSheet: { en: 'CRM Method', 'zh-CN': '分级方法', 'zh-TW': '分級方法' },
  settingsTitle: { en: 'CRM Grader settings', 'zh-CN': 'CRM 客户分级设置', 'zh-TW': 'CRM 客戶分級設定' },
  settingsNote: {
    en: 'Edit the yellow cells and the graded columns recalculate. A value scores the row of the last "from" at or below it, like VLOOKUP(value, table, 2, TRUE).',
    'zh-CN': '修改黄色单元格，分级列会自动重算。数值取“起点”不大于它的最后一行的分数，同 VLOOKUP(数值, 表, 2, TRUE)。',
    'zh-TW': '修改黃色儲存格，分級欄會自動重算。數值取「起點」不大於它的最後一列的分數，同 VLOOKUP(數值, 表, 2, TRUE)。',
  },
  rTable: { en: 'R: days since last purchase', 'zh-CN': 'R：距最近一次购买的天数', 'zh-TW': 'R：距最近一次購買的天數' },
  fTable: { en: 'F: purchases in the period', 'zh-CN': 'F：期间内购买次数', 'zh-TW': 'F：期間內購買次數' },
  mTable: { en: 'M: amount in the period', 'zh-CN': 'M：期间内购买金额', 'zh-TW': 'M：期間內購買金額' },
  from: { en: 'from', 'zh-CN': '起点', 'zh-TW': '起點' },
  score: { en: 'score', 'zh-CN': '分数', 'zh-TW': '分數' },
  asOf: { en: 'Days are counted up to', 'zh-CN': '天数计算截至', 'zh-TW': '天數計算截至' },
  asOfLatestOrder: {
    en: 'the latest order in the order list (graded again, the new list\'s latest order)',
    'zh-CN': '订单台账中最近一次下单的日期（再次评级时取新台账的最近下单日期）',
    'zh-TW': '訂單台帳中最近一次下單的日期（再次評級時取新台帳的最近下單日期）',
  },
  asOfToday: {
    en: 'the day it was graded (graded again, that day)',
    'zh-CN': '评级当天（再次评级时取评级当天）',
    'zh-TW': '評級當天（再次評級時取評級當天）',
  },
  segmentTable: { en: 'Segment of each RFM code', 'zh-CN': '各 RFM 代码对应的客户类型', 'zh-TW': '各 RFM 代碼對應的客戶類型' },
  code: { en: 'code', 'zh-CN': '代码', 'zh-TW': '代碼' },
  preset: { en: 'Preset', 'zh-CN': '预设', 'zh-TW': '預設' },
  summaryTitle: { en: 'Customers and revenue per segment', 'zh-CN': '各客户类型的客户数与金额', 'zh-TW': '各客戶類型的客戶數與金額' },
  customers: { en: 'Customers', 'zh-CN': '客户数', 'zh-TW': '客戶數' },
  revenue: { en: 'Revenue', 'zh-CN': '金额', 'zh-TW': '金額' },
  share: { en: 'Share of revenue', 'zh-CN': '金额占比', 'zh-TW': '金額占比' },
  total: { en: 'Total', 'zh-CN': '合计', 'zh-TW': '合計' },
  paretoTitle: { en: 'Pareto curve: top customers and their share of revenue', 'zh-CN': '帕累托曲线：头部客户及其金额占比', 'zh-TW': '帕累托曲線：頭部客戶及其金額占比' },
  paretoChart: { en: 'Share of revenue by top share of customers', 'zh-CN': '头部客户占比与金额占比', 'zh-TW': '頭部客戶占比與金額占比' },
  shareCustomers: { en: 'Top share of customers', 'zh-CN': '头部客户占比', 'zh-TW': '頭部客戶占比' },
  shareRevenue: { en: 'Share of revenue', 'zh-CN': '金额占比', 'zh-TW': '金額占比' },
  abcTitle: { en: 'ABC classes (80% / 95% of revenue)', 'zh-CN': 'ABC 分类（金额的 80% / 95%）', 'zh-TW': 'ABC 分類（金額的 80% / 95%）' },
  abcClass: { en: 'Class', 'zh-CN': '类别', 'zh-TW': '類別' },
  playbook: { en: 'What to do', 'zh-CN': '维护策略', 'zh-TW': '維護策略' },
  seedPlaybook: { en: 'Rules from the grading method', 'zh-CN': '分级方法中的规则', 'zh-TW': '分級方法中的規則' },
  // A customer sheet summarised from an order ledger, and its stocktake (seed 003's 客户盘点).
  customersSheet: { en: 'Customers', 'zh-CN': '客户汇总', 'zh-TW': '客戶彙總' },
  // A graded copy of a list, when the cells beside the list are taken (and numbered when that is taken too).
  gradedCopy: { en: '{name} (graded)', 'zh-CN': '{name}（已分级）', 'zh-TW': '{name}（已分級）' },
  gradedCopyNumbered: { en: '{name} (graded {n})', 'zh-CN': '{name}（已分级 {n}）', 'zh-TW': '{name}（已分級 {n}）' },
  ledgerCustomerId: { en: 'Customer ID', 'zh-CN': '客户编号', 'zh-TW': '客戶編號' },
  ledgerCustomerName: { en: 'Customer name', 'zh-CN': '客户名称', 'zh-TW': '客戶名稱' },
  ledgerDays: { en: 'Days since last order', 'zh-CN': '距今天数', 'zh-TW': '距今天數' },
  ledgerOrders: { en: 'Orders ({n} months)', 'zh-CN': '订单数（近{n}个月）', 'zh-TW': '訂單數（近{n}個月）' },
  ledgerAmount: { en: 'Amount ({n} months)', 'zh-CN': '金额（近{n}个月）', 'zh-TW': '金額（近{n}個月）' },
  ledgerPrevious: { en: 'Orders (the {n} months before)', 'zh-CN': '上期订单数（再往前{n}个月）', 'zh-TW': '上期訂單數（再往前{n}個月）' },
  ledgerFirstOrder: { en: 'First order', 'zh-CN': '首次下单日期', 'zh-TW': '首次下單日期' },
  ledgerStatus: { en: 'Customer status', 'zh-CN': '客户状态', 'zh-TW': '客戶狀態' },
  statusNew: { en: 'New', 'zh-CN': '新客户', 'zh-TW': '新客戶' },
  statusReturning: { en: 'Returning', 'zh-CN': '老客户', 'zh-TW': '老客戶' },
  statusLost: { en: 'Lost', 'zh-CN': '流失客户', 'zh-TW': '流失客戶' },
  statusInactive: { en: 'Inactive', 'zh-CN': '沉睡客户', 'zh-TW': '沉睡客戶' },
  stocktakeTitle: { en: 'Customer stocktake (last {n} months)', 'zh-CN': '客户盘点（近{n}个月）', 'zh-TW': '客戶盤點（近{n}個月）' },
  shareOfAmount: { en: 'Share of amount', 'zh-CN': '金额占比', 'zh-TW': '金額占比' },
  activeBefore: { en: 'Customers with an order in the {n} months before', 'zh-CN': '上期（再往前{n}个月）有订单的客户', 'zh-TW': '上期（再往前{n}個月）有訂單的客戶' },
  lostRate: { en: 'Lost rate (lost / customers with an order in the months before)', 'zh-CN': '流失率（流失客户 / 上期有订单的客户）', 'zh-TW': '流失率（流失客戶 / 上期有訂單的客戶）' },
  stocktakeBySegment: { en: 'New, returning and lost customers per segment', 'zh-CN': '各客户类型的新客户、老客户与流失客户', 'zh-TW': '各客戶類型的新客戶、老客戶與流失客戶' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WorkbookLabel = keyof typeof WORKBOOK_LABELS;

/**
 * A workbook label in a language.
 * @example workbookLabel('segment', 'zh-CN') // '客户类型'
 * @example workbookLabel('ledgerOrders', 'en', { n: 12 }) // 'Orders (12 months)'
 */
export function workbookLabel(key: WorkbookLabel, lang: Lang, params?: Record<string, string | number>): string {
  const text: string = WORKBOOK_LABELS[key][lang];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}
