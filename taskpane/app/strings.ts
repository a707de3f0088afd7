import type { Lang } from '../../src/i18n/lang';
import { fillPlaceholders } from '../../src/i18n/fill';

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
  // An order ledger (one row per order line), graded per customer: SPEC "Order ledgers".
  ledgerFound: {
    en: 'An order list: {orders} orders from {customers} customers, on sheet “{sheet}”, headers in row {header}.',
    'zh-CN': '订单明细：{customers} 位客户的 {orders} 笔订单，在工作表“{sheet}”中，标题在第 {header} 行。',
    'zh-TW': '訂單明細：{customers} 位客戶的 {orders} 筆訂單，在工作表「{sheet}」中，標題在第 {header} 列。',
  },
  ledgerFoundIncomplete: {
    en: 'An order list (customers appear on several lines), on sheet “{sheet}”, headers in row {header}.',
    'zh-CN': '订单明细（同一客户出现在多行），在工作表“{sheet}”中，标题在第 {header} 行。',
    'zh-TW': '訂單明細（同一客戶出現在多列），在工作表「{sheet}」中，標題在第 {header} 列。',
  },
  ledgerQuestion: {
    en: 'Grade it per customer? Each customer’s orders are added up first, on a new sheet; the order list itself is not changed.',
    'zh-CN': '按客户分级吗？会先按客户汇总订单，写在新工作表中；订单明细本身不会改动。',
    'zh-TW': '按客戶分級嗎？會先按客戶彙總訂單，寫在新工作表中；訂單明細本身不會改動。',
  },
  ledgerConfirm: { en: 'Yes, grade per customer', 'zh-CN': '是，按客户分级', 'zh-TW': '是，按客戶分級' },
  ledgerAsList: { en: 'No, it is one row per customer', 'zh-CN': '不，这是每位客户一行的名单', 'zh-TW': '不，這是每位客戶一列的名單' },
  ledgerSwitchToList: { en: 'Read it as one row per customer instead', 'zh-CN': '改为按“每位客户一行”读取', 'zh-TW': '改為按「每位客戶一列」讀取' },
  ledgerOffer: {
    en: 'No customer appears on more than one line, so this is read as one row per customer. If each line is an order, say so:',
    'zh-CN': '每位客户只出现在一行，因此按“每位客户一行”的名单读取。如果每行是一笔订单，请选择：',
    'zh-TW': '每位客戶只出現在一列，因此按「每位客戶一列」的名單讀取。如果每列是一筆訂單，請選擇：',
  },
  ledgerChosenList: {
    en: 'Read as one row per customer, as you chose; some customers appear on several lines.',
    'zh-CN': '已按您的选择，按“每位客户一行”读取；有些客户出现在多行。',
    'zh-TW': '已按您的選擇，按「每位客戶一列」讀取；有些客戶出現在多列。',
  },
  ledgerAsLedger: { en: 'Read it as one row per order', 'zh-CN': '按“每行一笔订单”读取', 'zh-TW': '按「每列一筆訂單」讀取' },
  ledgerFieldId: { en: 'Customer ID', 'zh-CN': '客户编号', 'zh-TW': '客戶編號' },
  ledgerFieldDate: { en: 'Order date', 'zh-CN': '订单日期', 'zh-TW': '訂單日期' },
  ledgerFieldAmount: { en: 'Amount', 'zh-CN': '金额', 'zh-TW': '金額' },
  ledgerFieldOrderId: { en: 'Order number (optional)', 'zh-CN': '订单号（可选）', 'zh-TW': '訂單號（可選）' },
  ledgerFieldName: { en: 'Customer name (optional)', 'zh-CN': '客户名称（可选）', 'zh-TW': '客戶名稱（可選）' },
  ledgerFieldStatus: {
    en: 'Order status (optional: none counts every line)', 'zh-CN': '订单状态（可选：不选则每行都计入）', 'zh-TW': '訂單狀態（可選：不選則每列都計入）',
  },
  ledgerMissing: {
    en: 'An order list needs a customer ID, an order date and an amount on each line. No column found for: {missing}. Choose it under Columns.',
    'zh-CN': '订单明细每行需要客户编号、订单日期和金额。未找到：{missing}。请在“列对应”中选择。',
    'zh-TW': '訂單明細每列需要客戶編號、訂單日期和金額。未找到：{missing}。請在「欄位對應」中選擇。',
  },
  needLedgerDateOrder: {
    en: 'The order dates can be read day first or month first, and nothing in the list tells which: choose under Columns.',
    'zh-CN': '订单日期既可按“日在前”也可按“月在前”理解，名单本身无法判断：请在“列对应”中选择。',
    'zh-TW': '訂單日期既可按「日在前」也可按「月在前」理解，名單本身無法判斷：請在「欄位對應」中選擇。',
  },
  windowMonths: { en: 'Window (months)', 'zh-CN': '统计期（月）', 'zh-TW': '統計期（月）' },
  windowHint: {
    en: 'Orders and amounts count the {n} months up to the date above; days count from each customer’s last order.',
    'zh-CN': '订单数和金额统计上述日期之前 {n} 个月内的订单；天数从每位客户最近一次下单算起。',
    'zh-TW': '訂單數和金額統計上述日期之前 {n} 個月內的訂單；天數從每位客戶最近一次下單算起。',
  },
  // Buy till you die on a graded ledger (docs/ledgers.md): the option, and why it cannot be offered.
  btydOption: {
    en: 'Predict who is still active, and their orders and value in the next 12 months',
    'zh-CN': '预测客户是否仍活跃，以及未来 12 个月的订单数和价值',
    'zh-TW': '預測客戶是否仍活躍，以及未來 12 個月的訂單數和價值',
  },
  btydHint: {
    en: 'BG/NBD and Gamma-Gamma, fitted on this order list: the predictions beside each customer, the parameters on the settings sheet.',
    'zh-CN': 'BG/NBD 与 Gamma-Gamma 模型，按本订单明细拟合：预测写在每位客户旁，参数写在设置表中。',
    'zh-TW': 'BG/NBD 與 Gamma-Gamma 模型，按本訂單明細擬合：預測寫在每位客戶旁，參數寫在設定表中。',
  },
  btydChecking: {
    en: 'Checking whether predictions can be made for this order list…',
    'zh-CN': '正在检查能否为此订单明细做预测…',
    'zh-TW': '正在檢查能否為此訂單明細做預測…',
  },
  btydCannot: {
    en: 'Not possible for this order list: {reason}.',
    'zh-CN': '此订单明细无法预测：{reason}。',
    'zh-TW': '此訂單明細無法預測：{reason}。',
  },
  ledgerGraded: {
    en: 'Graded {customers} customers from {lines} order lines. The customers are on the new sheet “{sheet}”; the order list was not changed.',
    'zh-CN': '已根据 {lines} 行订单为 {customers} 位客户分级。客户汇总在新工作表“{sheet}”中；订单明细未改动。',
    'zh-TW': '已根據 {lines} 列訂單為 {customers} 位客戶分級。客戶彙總在新工作表「{sheet}」中；訂單明細未改動。',
  },
  ledgerLeftOut: {
    en: '{count} order lines were left out: see Data problems.',
    'zh-CN': '{count} 行订单未计入：见“数据问题”。',
    'zh-TW': '{count} 列訂單未計入：見「資料問題」。',
  },
  chooseColumns: {
    en: 'Choose under Columns which column holds: {fields}.',
    'zh-CN': '请在“列对应”中选择以下各项所在的列：{fields}。',
    'zh-TW': '請在「欄位對應」中選擇以下各項所在的欄：{fields}。',
  },
  stepColumns: { en: '2. Columns', 'zh-CN': '2. 列对应', 'zh-TW': '2. 欄位對應' },
  // The question beside a field the pane is not sure of: no column, two too close, or one whose content
  // says it holds something else. {candidates} and {column} come quoted as the language quotes.
  askCouldBe: { en: 'Which column holds {what}? It could be {candidates}.', 'zh-CN': '哪一列是{what}？可能是{candidates}。', 'zh-TW': '哪一欄是{what}？可能是{candidates}。' },
  askChoose: { en: 'Which column holds {what}? Choose it here.', 'zh-CN': '哪一列是{what}？请在此选择。', 'zh-TW': '哪一欄是{what}？請在此選擇。' },
  askContradicted: {
    en: '{column} holds {content} ({examples}), not {what}: choose another column.',
    'zh-CN': '{column}列是{content}（{examples}），不是{what}：请另选一列。',
    'zh-TW': '{column}欄是{content}（{examples}），不是{what}：請另選一欄。',
  },
  whatRecency: { en: 'the last purchase date (or the days since it)', 'zh-CN': '最近购买日期（或距今天数）', 'zh-TW': '最近購買日期（或距今天數）' },
  whatFrequency: { en: 'the number of orders', 'zh-CN': '订单数（购买次数）', 'zh-TW': '訂單數（購買次數）' },
  whatMonetary: { en: 'the amount', 'zh-CN': '金额', 'zh-TW': '金額' },
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
  fieldThisQuarter: { en: 'This quarter’s orders', 'zh-CN': '本季度金额', 'zh-TW': '本季度金額' },
  fieldLastQuarter: { en: 'Last quarter’s orders', 'zh-CN': '上季度金额', 'zh-TW': '上季度金額' },
  fieldResponse: { en: 'Service response (hours)', 'zh-CN': '服务响应时间（小时）', 'zh-TW': '服務回應時間（小時）' },
  churnTitle: { en: 'Churn risk: weights and mode', 'zh-CN': '流失风险：权重与方式', 'zh-TW': '流失風險：權重與方式' },
  churnM: { en: 'm (interaction volatility)', 'zh-CN': 'm（互动波动）', 'zh-TW': 'm（互動波動）' },
  churnN: { en: 'n (satisfaction volatility)', 'zh-CN': 'n（满意度波动）', 'zh-TW': 'n（滿意度波動）' },
  churnMode: { en: 'Volatility', 'zh-CN': '波动计算', 'zh-TW': '波動計算' },
  churnSd: { en: 'Standard deviation (seed)', 'zh-CN': '标准差（原始公式）', 'zh-TW': '標準差（原始公式）' },
  churnCv: { en: 'Divided by the mean (cv)', 'zh-CN': '除以均值（变异系数）', 'zh-TW': '除以平均值（變異係數）' },
  fieldManual: { en: 'Manual grade (wins)', 'zh-CN': '手动等级（优先）', 'zh-TW': '手動等級（優先）' },
  none: { en: '— none —', 'zh-CN': '— 无 —', 'zh-TW': '— 無 —' },
  problems: { en: 'Data problems', 'zh-CN': '数据问题', 'zh-TW': '資料問題' },
  dateOrder: { en: 'Dates like 10/1/2026 are', 'zh-CN': '10/1/2026 这样的日期是', 'zh-TW': '10/1/2026 這樣的日期是' },
  dateOrderChoose: { en: 'choose…', 'zh-CN': '请选择…', 'zh-TW': '請選擇…' },
  dateOrderDmy: { en: 'day first (10 January)', 'zh-CN': '日在前（1月10日）', 'zh-TW': '日在前（1月10日）' },
  dateOrderMdy: { en: 'month first (1 October)', 'zh-CN': '月在前（10月1日）', 'zh-TW': '月在前（10月1日）' },
  needDateOrder: {
    en: 'The list’s dates can be read day first or month first, and nothing in it tells which: choose under Columns.',
    'zh-CN': '名单中的日期既可按“日在前”也可按“月在前”理解，名单本身无法判断：请在“列对应”中选择。',
    'zh-TW': '名單中的日期既可按「日在前」也可按「月在前」理解，名單本身無法判斷：請在「欄位對應」中選擇。',
  },
  interruptedRestored: {
    en: 'Grading stopped before it finished ({reason}). Everything it had written was taken back: the workbook is as it was.',
    'zh-CN': '分级未完成即停止（{reason}）。已写入的内容都已撤回：工作簿与分级前相同。',
    'zh-TW': '分級未完成即停止（{reason}）。已寫入的內容都已撤回：活頁簿與分級前相同。',
  },
  interruptedPartial: {
    en: 'Grading stopped halfway ({reason}). The graded columns and sheets are INCOMPLETE: grade again to finish them.',
    'zh-CN': '分级中途停止（{reason}）。分级列和工作表不完整：请重新分级以完成。',
    'zh-TW': '分級中途停止（{reason}）。分級欄和工作表不完整：請重新分級以完成。',
  },
  settingsDamaged: {
    en: 'The settings sheet “{sheet}” cannot be read: {problem}. Grading would rewrite it, so it waits until you say.',
    'zh-CN': '设置工作表“{sheet}”无法读取：{problem}。分级会重写它，因此需等您确认。',
    'zh-TW': '設定工作表「{sheet}」無法讀取：{problem}。分級會重寫它，因此需等您確認。',
  },
  // A settings sheet's problem, the table named by the title the sheet shows (settings-check.ts).
  settingsProblem: { en: '“{table}”: {problem}', 'zh-CN': '“{table}”：{problem}', 'zh-TW': '「{table}」：{problem}' },
  // Why saved choices cannot be used (saved-choices.ts).
  savedUnreadable: { en: 'they cannot be read: cut short or edited', 'zh-CN': '无法读取：被截断或被修改过', 'zh-TW': '無法讀取：被截斷或被修改過' },
  savedNoHeaders: { en: 'the list’s headers are missing', 'zh-CN': '缺少名单的标题', 'zh-TW': '缺少名單的標題' },
  savedNoPresetOrColumns: { en: 'the preset or the columns are missing', 'zh-CN': '缺少预设或列对应', 'zh-TW': '缺少預設或欄位對應' },
  savedBrokenTable: { en: 'the {table} band table is broken', 'zh-CN': '{table} 分档表已损坏', 'zh-TW': '{table} 分級表已損壞' },
  savedBrokenLedger: { en: 'the order list choices are broken', 'zh-CN': '订单明细的选择已损坏', 'zh-TW': '訂單明細的選擇已損壞' },
  savedDamaged: {
    en: 'The choices saved in this workbook are damaged ({reason}); the defaults are shown instead.',
    'zh-CN': '此工作簿中保存的选择已损坏（{reason}）；现显示默认值。',
    'zh-TW': '此活頁簿中儲存的選擇已損壞（{reason}）；現顯示預設值。',
  },
  repair: { en: 'Repair…', 'zh-CN': '修复…', 'zh-TW': '修復…' },
  confirmSettings: {
    en: 'Rewrite “{sheet}” from the choices shown here and grade again? What is in it now is replaced.',
    'zh-CN': '按此处显示的选择重写“{sheet}”并重新分级？其中现有内容将被替换。',
    'zh-TW': '按此處顯示的選擇重寫「{sheet}」並重新分級？其中現有內容將被取代。',
  },
  confirmSaved: {
    en: 'Replace the damaged saved choices with the choices shown here?',
    'zh-CN': '用此处显示的选择替换已损坏的保存选择？',
    'zh-TW': '用此處顯示的選擇取代已損壞的儲存選擇？',
  },
  yesRewrite: { en: 'Yes, rewrite it', 'zh-CN': '确定重写', 'zh-TW': '確定重寫' },
  keepIt: { en: 'Keep it as it is', 'zh-CN': '保持不变', 'zh-TW': '保持不變' },
  settingsFirst: {
    en: 'The settings sheet is damaged: repair it first (see above), or fix it by hand and find the list again.',
    'zh-CN': '设置工作表已损坏：请先修复（见上方），或手动改正后重新查找名单。',
    'zh-TW': '設定工作表已損壞：請先修復（見上方），或手動改正後重新尋找名單。',
  },
  settingsEdited: {
    en: 'The band tables and as-of date were read from “{sheet}”, where they were edited.',
    'zh-CN': '分档表和截至日期已从“{sheet}”读取（在那里被修改过）。',
    'zh-TW': '分級表和截至日期已從「{sheet}」讀取（在那裡被修改過）。',
  },
  repaired: { en: 'Repaired.', 'zh-CN': '已修复。', 'zh-TW': '已修復。' },
  tooManyColumns: {
    en: 'The graded columns would reach column {needed}, past the last column this sheet has ({max}). Move the list further left, or copy it to a new sheet.',
    'zh-CN': '分级列将到达第 {needed} 列，超出此工作表的最后一列（{max}）。请把名单左移，或复制到新工作表。',
    'zh-TW': '分級欄將到達第 {needed} 欄，超出此工作表的最後一欄（{max}）。請把名單左移，或複製到新工作表。',
  },
  tooManyCells: {
    en: 'Grading this list needs about {needed} more cells; this spreadsheet already has {used} of the {max} Google Sheets allows. Delete unused sheets, rows or columns, or grade the list in parts. Nothing was written.',
    'zh-CN': '为此名单分级约需再增加 {needed} 个单元格；此电子表格已有 {used} 个，Google 表格上限为 {max}。请删除未用的工作表、行或列，或分批分级。未写入任何内容。',
    'zh-TW': '為此名單分級約需再增加 {needed} 個儲存格；此試算表已有 {used} 個，Google 試算表上限為 {max}。請刪除未用的工作表、列或欄，或分批分級。未寫入任何內容。',
  },
  lastPartial: {
    en: 'The last grading of this list stopped halfway: its graded columns are INCOMPLETE. Grade again to finish them.',
    'zh-CN': '此名单上次分级中途停止：分级列不完整。请重新分级以完成。',
    'zh-TW': '此名單上次分級中途停止：分級欄不完整。請重新分級以完成。',
  },
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
  return fillPlaceholders(STRINGS[key][lang], params);
}
