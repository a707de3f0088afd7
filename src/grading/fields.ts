/** The columns a customer list may hold that grading understands. */
export type FieldId =
  | 'customerId' | 'customerName' | 'lastPurchase' | 'recencyDays' | 'frequency' | 'monetary'
  | 'manualGrade'
  | 'currentValue' | 'growthPotential' | 'stability' | 'strategicImportance'
  | 'annualRevenue' | 'years' | 'acquisitionCost' | 'maintenanceCost'
  | 'thisQuarter' | 'lastQuarter' | 'responseHours'
  // An order ledger's: the date of each order and its number; a line's quantity is claimed so that it
  // is never taken for a count of orders.
  | 'orderDate' | 'orderId' | 'quantity';

/**
 * Header words for each field in English, Simplified and Traditional Chinese, as CRM exports write
 * them (seed 002's field list: 客户编号, 客户名称, 最近一次购买日期, 订单数, 金额 ...). Compared after
 * `normalizeHeader`, so case, spaces, brackets and units do not matter.
 */
export const FIELD_SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = {
  customerId: ['客户编号', '客户id', '客户代码', '客户编码', '编号', '客戶編號', '客戶代碼', '客戶編碼',
    'customerid', 'custid', 'accountid', 'clientid', 'id', 'customerno', 'customernumber', 'accountnumber'],
  customerName: ['客户名称', '客户名', '客户', '公司名称', '名称', '客戶名稱', '客戶', '公司名稱', '名稱',
    'customername', 'customer', 'accountname', 'account', 'clientname', 'client', 'company', 'companyname', 'name'],
  lastPurchase: ['最近一次购买日期', '最近购买日期', '最后购买日期', '最近下单日期', '最后下单日期', '最近交易日期',
    '最近一次購買日期', '最近購買日期', '最後購買日期', '最近下單日期', '最後下單日期', '最近交易日期',
    'lastpurchasedate', 'lastpurchase', 'lastorderdate', 'lastorder', 'lastorderdt', 'lasttransactiondate', 'mostrecentpurchase'],
  recencyDays: ['距今天数', '最近购买天数', '未购买天数', '最近一次购买距今天数', '距今天數', '最近購買天數', '未購買天數',
    'recency', 'recencydays', 'dayssincelastpurchase', 'dayssincelastorder', 'daysince', 'dayssince'],
  frequency: ['订单数', '订单数量', '购买次数', '下单次数', '订单次数', '交易次数', '频次', '購買次數', '訂單數', '訂單數量',
    '下單次數', '交易次數', '頻次', 'frequency', 'orders', 'ordercount', 'numberoforders', 'purchases', 'purchasecount',
    'transactions', 'norders'],
  monetary: ['金额', '销售额', '消费金额', '购买金额', '累计金额', '交易金额', '订单金额', '总金额', '销售金额', '金額', '銷售額',
    '消費金額', '購買金額', '累計金額', '交易金額', '訂單金額', '總金額', '銷售金額', 'monetary', 'amount', 'revenue',
    'sales', 'totalspend', 'spend', 'totalamount', 'totalsales', 'value', 'ordervalue', 'ordertotal', 'total', 'lineamount',
    'lineitemtotal', 'netamount', 'subtotal', '价税合计', '实付金额', '含税金额', '实收金额', '價稅合計', '實付金額', '含稅金額'],
  manualGrade: ['手动等级', '人工等级', '手工等级', '手动分级', '手動等級', '人工等級', '手動分級', 'manualgrade', 'gradeoverride',
    'overridegrade', 'manualclass'],
  currentValue: ['当前价值', '当前价值贡献', '价值贡献', '当前价值得分', '當前價值', '當前價值貢獻', '價值貢獻', 'currentvalue', 'valuecontribution', 'currentvaluescore'],
  growthPotential: ['成长潜力', '成长潜力得分', '增长潜力', '成長潛力', '增長潛力', 'growthpotential', 'growth', 'growthscore'],
  stability: ['合作稳定性', '稳定性', '合作稳定性得分', '合作穩定性', '穩定性', 'stability', 'cooperationstability', 'stabilityscore'],
  annualRevenue: ['年收入', '年销售额', '年均收入', '年均销售额', '年營收', '年銷售額', '年均收入', 'annualrevenue', 'revenueperyear', 'yearlyrevenue'],
  years: ['合作年限', '预计合作年数', '预计合作年限', '合作年数', '預計合作年數', '合作年限', 'years', 'expectedyears', 'relationshipyears', 'lifetimeyears'],
  acquisitionCost: ['获客成本', '获取成本', '獲客成本', 'acquisitioncost', 'cac'],
  maintenanceCost: ['维护成本', '服务成本', '維護成本', '服務成本', 'maintenancecost', 'servicecost', 'retentioncost'],
  thisQuarter: ['本季度金额', '本季度订单金额', '本季度销售额', '本季金額', '本季度金額', '本季度訂單金額', 'thisquarter', 'thisquarteramount', 'currentquarter', 'currentquarteramount', 'q0amount'],
  lastQuarter: ['上季度金额', '上季度订单金额', '上季度销售额', '上季金額', '上季度金額', '上季度訂單金額', 'lastquarter', 'lastquarteramount', 'previousquarter', 'previousquarteramount'],
  responseHours: ['服务响应时间', '响应时长', '响应时间', '服务响应小时', '服務回應時間', '回應時長', 'responsehours', 'responsetime', 'serviceresponsehours', 'serviceresponsetime'],
  orderDate: ['订单日期', '下单日期', '下单时间', '交易日期', '交易时间', '销售日期', '出库日期', '发货日期', '单据日期', '付款时间',
    '订单创建时间', '创建时间', '日期', '訂單日期', '下單日期', '下單時間', '交易時間', '銷售日期', '出貨日期', '單據日期', '付款時間',
    'orderdate', 'date', 'invoicedate', 'transactiondate', 'purchasedate', 'saledate', 'salesdate', 'createdat', 'orderdatetime',
    'paidat', 'postingdate', 'documentdate', 'orderedat', 'ordercreated', 'createddate'],
  orderId: ['订单号', '订单编号', '单号', '单据编号', '订单id', '销售单号', '发票号', '发票号码', '訂單號', '訂單編號', '單號', '單據編號',
    '發票號碼', 'orderid', 'orderno', 'ordernumber', 'ordercode', 'invoiceno', 'invoicenumber', 'invoiceid', 'transactionid',
    'documentno', 'docno', 'receiptno', 'salesorder', 'salesorderno'],
  quantity: ['数量', '件数', '销售数量', '商品数量', '數量', '件數', '銷售數量', 'quantity', 'qty', 'units', 'items', 'itemcount',
    'numberofitems', 'lineitemquantity'],
  strategicImportance: ['战略意义', '战略重要性', '战略意义得分', '戰略意義', '戰略重要性', 'strategicimportance', 'strategicvalue', 'strategy'],
};

/** Seed 002's four composite dimensions, in the order of the default weights 0.4 / 0.3 / 0.2 / 0.1. */
export const COMPOSITE_FIELDS = ['currentValue', 'growthPotential', 'stability', 'strategicImportance'] as const;

/** The four inputs of CLV (seed 000, formula 6), in CLV's argument order. */
export const CLV_FIELDS = ['annualRevenue', 'years', 'acquisitionCost', 'maintenanceCost'] as const;

export const FIELD_IDS = Object.keys(FIELD_SYNONYMS) as FieldId[];

/**
 * A header reduced to what identifies it: lower case, no spaces or punctuation (ASCII or full-width),
 * no bracketed unit such as "（万元）" or "(RMB)".
 * @example normalizeHeader(' Last Purchase Date ') // 'lastpurchasedate'
 * @example normalizeHeader('金额（元）') // '金额'
 */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s_\-./#:：,，、]+/g, '');
}
