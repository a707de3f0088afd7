/** The columns a customer list may hold that grading understands. */
export type FieldId =
  | 'customerId' | 'customerName' | 'lastPurchase' | 'recencyDays' | 'frequency' | 'monetary'
  | 'manualGrade'
  | 'currentValue' | 'growthPotential' | 'stability' | 'strategicImportance'
  | 'annualRevenue' | 'years' | 'acquisitionCost' | 'maintenanceCost'
  | 'thisQuarter' | 'lastQuarter' | 'responseHours'
  // An order ledger's: the date of each order and its number; a line's quantity is claimed so that it
  // is never taken for a count of orders; the order's status (交易关闭, refunded...), which says when a
  // line is not an order at all (order-status.ts).
  | 'orderDate' | 'orderId' | 'quantity' | 'orderStatus';

/**
 * Header phrases for each field in English, Simplified and Traditional Chinese, as CRM exports write
 * them (seed 002's field list: 客户编号, 客户名称, 最近一次购买日期, 订单数, 金额 ...). Each phrase is read
 * into header words (header-words.ts), so one phrase stands for its translations, abbreviations and
 * word orders: 'last order date' also matches 最後交易日, LastPurchaseDt and "Date of last order". A
 * header that says more than the phrase still matches, a little less well ("Total Revenue 2025").
 * `*0.9` after a phrase weighs it down (a generic word like "ID" is less sure than "Customer ID");
 * `@list` / `@ledger` keep it to customer lists or order ledgers (a bare "Id" in an order export is the
 * order's).
 */
export const FIELD_SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = {
  customerId: ['客户编号', '客户id', '客户代码', '客户编码', '客户代号', '客户号', '会员卡号', '会员编号', '买家id', '客戶編號',
    '客戶代碼', '客戶編碼', '客戶代號', 'customer id', 'customer number', 'customer id number', 'customer', 'customer*0.8',
    'id*0.9@list', 'number*0.75@list', 'email*0.7', 'custid', 'accountid', 'clientid', 'customerno', 'accountnumber'],
  customerName: ['客户名称', '客户名', '客户', '公司名称', '名称', '客戶名稱', '客戶', '公司名稱', '名稱', 'customer name',
    'customer*0.85', 'name*0.85', 'customername', 'accountname', 'clientname', 'companyname'],
  lastPurchase: ['最近一次购买日期', '最近购买日期', '最后购买日期', '最近下单日期', '最后下单日期', '最近交易日期',
    '最近一次購買日期', '最近購買日期', '最後購買日期', '最近下單日期', '最後下單日期', 'last order date', 'last order',
    'last paid date', 'last paid', 'last ship date', 'last ship', 'last sales date', 'last sales', 'last post date',
    'recency date', 'lastpurchasedate', 'lastpurchase', 'lastorderdate', 'lastorder', 'lastorderdt',
    'lasttransactiondate', 'mostrecentpurchase'],
  recencyDays: ['距今天数', '最近购买天数', '未购买天数', '最近一次购买距今天数', '距今天數', '最近購買天數', '未購買天數',
    'recency', 'recency days', 'days since last order', 'days since order', 'since last order', 'days since last',
    'since days', 'last order days', 'since order days', 'recencydays', 'dayssincelastpurchase', 'dayssincelastorder',
    'daysince', 'dayssince'],
  frequency: ['订单数', '订单数量', '购买次数', '下单次数', '订单次数', '交易次数', '频次', '購買次數', '訂單數', '訂單數量',
    '下單次數', '交易次數', '頻次', 'order count', 'frequency', 'order frequency', 'count*0.7', 'ship count',
    'paid count', 'order total count', 'frequency', 'orders', 'ordercount', 'numberoforders', 'purchases',
    'purchasecount', 'transactions', 'norders'],
  monetary: ['金额', '销售额', '消费金额', '购买金额', '累计金额', '交易金额', '订单金额', '总金额', '销售金额', '金額', '銷售額',
    '消費金額', '購買金額', '累計金額', '交易金額', '訂單金額', '總金額', '銷售金額', 'amount', 'sales', 'total amount',
    'sales amount', 'order amount', 'paid amount', 'total sales', 'total paid', 'order total', 'order value',
    'total value', 'total order amount', 'line amount', 'ship amount', 'total price*0.9', 'value*0.8', 'total*0.8',
    'subtotal*0.85', 'ltv*0.9', 'paid*0.8', 'monetary', 'revenue', 'totalspend', 'spend', 'totalamount', 'totalsales',
    'ordervalue', 'ordertotal', 'lineamount', 'lineitemtotal', 'netamount', '价税合计', '实付金额', '含税金额', '实收金额',
    '價稅合計', '實付金額', '含稅金額'],
  manualGrade: ['手动等级', '人工等级', '手工等级', '手动分级', '手動等級', '人工等級', '手動分級', 'manual grade',
    'grade manual', 'manualgrade', 'gradeoverride', 'overridegrade', 'manualclass'],
  currentValue: ['当前价值', '当前价值贡献', '价值贡献', '当前价值得分', '當前價值', '當前價值貢獻', '價值貢獻', 'current value',
    'value contribution', 'current value score'],
  growthPotential: ['成长潜力', '成长潜力得分', '增长潜力', '成長潛力', '增長潛力', 'growth potential', 'growth*0.9',
    'growth score'],
  stability: ['合作稳定性', '稳定性', '合作稳定性得分', '合作穩定性', '穩定性', 'stability', 'cooperation stability',
    'stability score'],
  annualRevenue: ['年收入', '年销售额', '年均收入', '年均销售额', '年營收', '年銷售額', '年均收入', 'annual revenue',
    'annual sales', 'annual amount', 'revenue per year', 'yearly revenue'],
  years: ['合作年限', '预计合作年数', '预计合作年限', '合作年数', '預計合作年數', '合作年限', 'years', 'expected years',
    'relationship years', 'lifetime years'],
  acquisitionCost: ['获客成本', '获取成本', '獲客成本', 'acquisition cost', 'cac'],
  maintenanceCost: ['维护成本', '服务成本', '維護成本', '服務成本', 'maintenance cost', 'service cost', 'retention cost'],
  thisQuarter: ['本季度金额', '本季度订单金额', '本季度销售额', '本季金額', '本季度金額', '本季度訂單金額', 'this quarter',
    'this quarter amount', 'current quarter', 'current quarter amount', 'q0amount'],
  lastQuarter: ['上季度金额', '上季度订单金额', '上季度销售额', '上季金額', '上季度金額', '上季度訂單金額', 'last quarter',
    'last quarter amount', 'previous quarter', 'previous quarter amount'],
  responseHours: ['服务响应时间', '响应时长', '响应时间', '服务响应小时', '服務回應時間', '回應時長', 'response hours',
    'response time', 'service response hours', 'service response time'],
  orderDate: ['订单日期', '下单日期', '下单时间', '交易日期', '交易时间', '销售日期', '出库日期', '发货日期', '单据日期', '付款时间',
    '订单创建时间', '日期*0.7', '訂單日期', '下單日期', '下單時間', '交易時間', '銷售日期', '出貨日期', '單據日期', '付款時間',
    'order date', 'date*0.7', 'ship date', 'post date', 'paid date', 'sales date', 'created date*0.9@ledger',
    'order created date@ledger', 'invoicedate', 'transactiondate', 'purchasedate', 'saledate', 'createdat@ledger',
    'orderdatetime', 'paidat', 'postingdate', 'documentdate', 'orderedat', 'ordercreated@ledger'],
  orderId: ['订单号', '订单编号', '单号', '单据编号', '订单id', '销售单号', '发票号', '发票号码', '訂單號', '訂單編號', '單號',
    '單據編號', '發票號碼', 'order id', 'order number', 'ship number', 'ship id', 'order*0.8', 'id*0.9@ledger',
    'number*0.75@ledger', 'orderid', 'orderno', 'ordernumber', 'ordercode', 'invoiceno', 'invoicenumber', 'invoiceid',
    'transactionid', 'documentno', 'docno', 'receiptno', 'salesorder', 'salesorderno'],
  quantity: ['数量', '件数', '销售数量', '商品数量', '數量', '件數', '銷售數量', 'quantity', 'product quantity',
    'ship quantity', 'qty', 'units', 'items', 'itemcount', 'numberofitems', 'lineitemquantity'],
  // A shop's order status, an ERP's document status; not a refund's or a shipment's status (vetoed).
  orderStatus: ['订单状态', '交易状态', '单据状态', '状态*0.8', '訂單狀態', '交易狀態', '單據狀態', '狀態*0.8', 'order status',
    'status*0.8', 'financial status', 'payment status', 'orderstatus', 'financialstatus', 'paymentstatus'],
  strategicImportance: ['战略意义', '战略重要性', '战略意义得分', '戰略意義', '戰略重要性', 'strategic importance',
    'strategic value', 'strategic*0.9'],
};

/**
 * Header words that say a column is something else, whatever phrase it also matches: "Average order
 * value" is not the amount spent, "Last activity date" is not the last purchase, "Product ID" is not the
 * customer's. A word the matched phrase itself holds does not count against it.
 */
export const FIELD_VETOES: Readonly<Partial<Record<FieldId, string>>> = {
  customerId: 'order product owner phone taxid row line tax ship paid date amount count quantity price balance address tag type status grade note currency deal',
  customerName: 'product owner phone email address tag type status grade note id number row currency amount date count given surname deal',
  lastPurchase: 'first created modified activity followup next due otherdate close deal refund predicted target product amount value total count quantity id number name days since price balance phone email average aov owner status note tag type address grade currency row extreme failed score',
  recencyDays: 'first created modified activity followup due otherdate amount value total quantity price credit limit balance average predicted target owner score grade status failed extreme',
  frequency: 'days date amount value quantity product average aov rate refund owner activity deal price balance points phone id number predicted target interaction satisfaction since last first score grade status failed extreme email address tag type note',
  monetary: 'average aov unit price balance limit credit discount tax shipping cost profit refund rate target predicted potential points annual quarter current growth count frequency quantity days date id number name phone email last first month week deal churn risk score owner interaction product grade status failed extreme address tag type note currency row created modified activity',
  orderDate: 'last first modified activity followup next due otherdate days since amount count id number name deal refund product failed',
  orderId: 'customer product phone taxid tax date amount count owner row',
  quantity: 'price amount date unit',
  orderStatus: 'ship refund customer product date count id number name grade type tag note',
};

/** Columns exports hold beside the real fields that must never be taken for them (a running number, a
 * phone number, a registration date, an average order value, a balance): they take their column in
 * detection, so it is neither mapped nor offered as a choice. */
export type DecoyRole = 'rowNumber' | 'phone' | 'registered' | 'firstOrder' | 'otherActivity' | 'averageOrder' | 'balance';

export const DECOY_SYNONYMS: Readonly<Record<DecoyRole, readonly string[]>> = {
  rowNumber: ['row', 'number*0.75'],
  phone: ['phone'],
  registered: ['created', 'created date', 'customer created date'],
  firstOrder: ['first order date', 'first order', 'first date'],
  otherActivity: ['activity', 'activity date', 'last activity date', 'modified', 'modified date', 'last modified date',
    'followup date', 'last followup date', 'next date', 'otherdate'],
  averageOrder: ['aov', 'average amount', 'average order amount', 'average value', 'average sales', 'average order value',
    'average paid', 'unit price'],
  balance: ['balance', 'limit', 'customer balance', 'credit'],
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
