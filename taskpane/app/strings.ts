import type { Lang } from '../../src/i18n/lang';

const STRINGS = {
  title: { en: 'CRM Grader', 'zh-CN': 'CRM 客户分级', 'zh-TW': 'CRM 客戶分級' },
  language: { en: 'Language', 'zh-CN': '语言', 'zh-TW': '語言' },
  stepList: { en: '1. Your customer list', 'zh-CN': '1. 客户名单', 'zh-TW': '1. 客戶名單' },
  findList: { en: 'Find my list', 'zh-CN': '查找名单', 'zh-TW': '尋找名單' },
  findHint: {
    en: 'Click a cell inside your list, then find it.', 'zh-CN': '先点击名单中的任一单元格，再查找。', 'zh-TW': '先點選名單中的任一儲存格，再尋找。',
  },
  noList: { en: 'No list found around the selection.', 'zh-CN': '所选位置附近没有找到名单。', 'zh-TW': '所選位置附近沒有找到名單。' },
  found: {
    en: '{rows} customers on sheet “{sheet}”, headers in row {header}.',
    'zh-CN': '在工作表“{sheet}”中找到 {rows} 位客户，标题在第 {header} 行。',
    'zh-TW': '在工作表「{sheet}」中找到 {rows} 位客戶，標題在第 {header} 列。',
  },
  stepColumns: { en: '2. Columns', 'zh-CN': '2. 列对应', 'zh-TW': '2. 欄位對應' },
  fieldRecency: { en: 'Recency: days or last purchase date', 'zh-CN': '最近购买：天数或日期', 'zh-TW': '最近購買：天數或日期' },
  fieldFrequency: { en: 'Frequency: purchases', 'zh-CN': '频次：购买次数', 'zh-TW': '頻次：購買次數' },
  fieldMonetary: { en: 'Monetary: amount', 'zh-CN': '金额', 'zh-TW': '金額' },
  fieldId: { en: 'Customer ID', 'zh-CN': '客户编号', 'zh-TW': '客戶編號' },
  fieldCurrentValue: { en: 'Current value (0-100)', 'zh-CN': '当前价值（0-100）', 'zh-TW': '當前價值（0-100）' },
  fieldGrowth: { en: 'Growth potential', 'zh-CN': '成长潜力', 'zh-TW': '成長潛力' },
  fieldStability: { en: 'Stability', 'zh-CN': '合作稳定性', 'zh-TW': '合作穩定性' },
  fieldStrategic: { en: 'Strategic importance', 'zh-CN': '战略意义', 'zh-TW': '戰略意義' },
  compositeTitle: { en: 'Composite grade: weights and cutoffs', 'zh-CN': '综合等级：权重与分界', 'zh-TW': '綜合等級：權重與分界' },
  weightsSum: {
    en: 'The weights sum to {sum}, not 100%: scores are divided by the sum, so grades still work; check it is what you meant.',
    'zh-CN': '权重之和为 {sum}，不是 100%：得分会除以权重之和，分级仍然有效；请确认这是您的本意。',
    'zh-TW': '權重之和為 {sum}，不是 100%：得分會除以權重之和，分級仍然有效；請確認這是您的本意。',
  },
  cutStrategic: { en: 'Strategic from', 'zh-CN': '战略级起点', 'zh-TW': '戰略級起點' },
  cutCore: { en: 'Core from', 'zh-CN': '核心级起点', 'zh-TW': '核心級起點' },
  cutPotential: { en: 'Potential from', 'zh-CN': '潜力级起点', 'zh-TW': '潛力級起點' },
  fieldAnnualRevenue: { en: 'Annual revenue', 'zh-CN': '年收入', 'zh-TW': '年收入' },
  fieldYears: { en: 'Expected years', 'zh-CN': '预计合作年数', 'zh-TW': '預計合作年數' },
  fieldAcquisition: { en: 'Acquisition cost', 'zh-CN': '获客成本', 'zh-TW': '獲客成本' },
  fieldMaintenance: { en: 'Maintenance cost', 'zh-CN': '维护成本', 'zh-TW': '維護成本' },
  clvTitle: { en: 'CLV: margin and discount rate', 'zh-CN': '客户终身价值：毛利率与折现率', 'zh-TW': '客戶終身價值：毛利率與折現率' },
  clvMargin: { en: 'Gross margin (0-1)', 'zh-CN': '毛利率（0-1）', 'zh-TW': '毛利率（0-1）' },
  clvRate: { en: 'Discount rate a year (0-1)', 'zh-CN': '年折现率（0-1）', 'zh-TW': '年折現率（0-1）' },
  churnTitle: { en: 'Churn risk: weights and mode', 'zh-CN': '流失风险：权重与方式', 'zh-TW': '流失風險：權重與方式' },
  churnM: { en: 'm (interaction volatility)', 'zh-CN': 'm（互动波动）', 'zh-TW': 'm（互動波動）' },
  churnN: { en: 'n (satisfaction volatility)', 'zh-CN': 'n（满意度波动）', 'zh-TW': 'n（滿意度波動）' },
  churnMode: { en: 'Volatility', 'zh-CN': '波动计算', 'zh-TW': '波動計算' },
  churnSd: { en: 'Standard deviation (seed)', 'zh-CN': '标准差（原始公式）', 'zh-TW': '標準差（原始公式）' },
  churnCv: { en: 'Divided by the mean (cv)', 'zh-CN': '除以均值（变异系数）', 'zh-TW': '除以平均值（變異係數）' },
  fieldManual: { en: 'Manual grade (wins)', 'zh-CN': '手动等级（优先）', 'zh-TW': '手動等級（優先）' },
  none: { en: '— none —', 'zh-CN': '— 无 —', 'zh-TW': '— 無 —' },
  problems: { en: 'Data problems', 'zh-CN': '数据问题', 'zh-TW': '資料問題' },
  noProblems: { en: 'No data problems found.', 'zh-CN': '未发现数据问题。', 'zh-TW': '未發現資料問題。' },
  stepThresholds: { en: '3. Thresholds', 'zh-CN': '3. 分档阈值', 'zh-TW': '3. 分級閾值' },
  preset: { en: 'Preset', 'zh-CN': '预设', 'zh-TW': '預設' },
  presetSeed: { en: 'Seed 5/3/1', 'zh-CN': '5/3/1 标准', 'zh-TW': '5/3/1 標準' },
  presetFive: { en: 'Five-point', 'zh-CN': '五分制', 'zh-TW': '五分制' },
  presetManufacturing: { en: 'Manufacturing', 'zh-CN': '制造业', 'zh-TW': '製造業' },
  presetQuintile: { en: 'Quintiles of this list', 'zh-CN': '按本名单五等分', 'zh-TW': '按本名單五等分' },
  presetCustom: { en: 'Custom', 'zh-CN': '自定义', 'zh-TW': '自訂' },
  asOf: { en: 'Count days up to', 'zh-CN': '天数计算截至', 'zh-TW': '天數計算截至' },
  from: { en: 'from', 'zh-CN': '起点', 'zh-TW': '起點' },
  score: { en: 'score', 'zh-CN': '分数', 'zh-TW': '分數' },
  customers: { en: 'customers', 'zh-CN': '位客户', 'zh-TW': '位客戶' },
  bandR: { en: 'R: days since last purchase', 'zh-CN': 'R：距最近购买天数', 'zh-TW': 'R：距最近購買天數' },
  bandF: { en: 'F: purchases', 'zh-CN': 'F：购买次数', 'zh-TW': 'F：購買次數' },
  bandM: { en: 'M: amount', 'zh-CN': 'M：金额', 'zh-TW': 'M：金額' },
  grade: { en: 'Grade', 'zh-CN': '开始分级', 'zh-TW': '開始分級' },
  graded: {
    en: 'Graded {graded} customers.', 'zh-CN': '已为 {graded} 位客户分级。', 'zh-TW': '已為 {graded} 位客戶分級。',
  },
  rowProblems: {
    en: '{count} rows could not be graded: see the Data problem column.',
    'zh-CN': '{count} 行无法分级：见“数据问题”列。', 'zh-TW': '{count} 列無法分級：見「資料問題」欄。',
  },
  occupied: {
    en: 'The columns beside your list are not empty, so nothing was written there.',
    'zh-CN': '名单右侧的列不是空的，因此没有在那里写入任何内容。',
    'zh-TW': '名單右側的欄不是空的，因此沒有在那裡寫入任何內容。',
  },
  newSheet: { en: 'Write to a new sheet instead', 'zh-CN': '改为写入新工作表', 'zh-TW': '改為寫入新工作表' },
  wroteSheet: { en: 'The graded list is on sheet “{sheet}”.', 'zh-CN': '分级后的名单在工作表“{sheet}”中。', 'zh-TW': '分級後的名單在工作表「{sheet}」中。' },
  error: { en: 'Could not grade: {message}', 'zh-CN': '无法分级：{message}', 'zh-TW': '無法分級：{message}' },
  segment: { en: 'Segment', 'zh-CN': '客户类型', 'zh-TW': '客戶類型' },
  output: { en: 'Write as', 'zh-CN': '写入方式', 'zh-TW': '寫入方式' },
  outputFormulas: { en: 'Native formulas (work without the add-in)', 'zh-CN': '原生公式（无需插件即可使用）', 'zh-TW': '原生公式（無需增益集即可使用）' },
  outputValues: { en: 'Values only', 'zh-CN': '仅数值', 'zh-TW': '僅數值' },
  outputFunctions: { en: 'Live custom functions', 'zh-CN': '实时自定义函数', 'zh-TW': '即時自訂函數' },
  stepShare: { en: '4. Share', 'zh-CN': '4. 分享', 'zh-TW': '4. 分享' },
  shareHint: {
    en: 'Turns this sheet’s =CRM.… formulas into ordinary formulas, so a colleague without the add-in sees the grades.',
    'zh-CN': '把本工作表中的 =CRM.… 公式转为普通公式，没有安装插件的同事也能看到分级。',
    'zh-TW': '把本工作表中的 =CRM.… 公式轉為一般公式，沒有安裝增益集的同事也能看到分級。',
  },
  makeShareable: { en: 'Make shareable', 'zh-CN': '转为可分享', 'zh-TW': '轉為可分享' },
  shared: {
    en: '{converted} formulas now work without the add-in; {frozen} kept as values.',
    'zh-CN': '{converted} 个公式已无需插件即可使用；{frozen} 个保留为数值。',
    'zh-TW': '{converted} 個公式已無需增益集即可使用；{frozen} 個保留為數值。',
  },
  grading: { en: 'Grading…', 'zh-CN': '正在分级…', 'zh-TW': '正在分級…' },
  cancel: { en: 'Cancel', 'zh-CN': '取消', 'zh-TW': '取消' },
  cancelled: { en: 'Grading cancelled: nothing was written.', 'zh-CN': '已取消分级：未写入任何内容。', 'zh-TW': '已取消分級：未寫入任何內容。' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/**
 * A pane string in a language, with `{name}` placeholders filled.
 * @example t('zh-CN', 'graded', { graded: 3 }) // '已为 3 位客户分级。'
 */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return (STRINGS[key][lang] as string).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
