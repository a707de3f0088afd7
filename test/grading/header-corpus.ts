// Header sets of real export shapes, written for this corpus from what the systems' exports and reports
// hold (column names, their order, decoys beside the real columns, units in headers, title rows), in
// English, Simplified and Traditional Chinese. Each set writes generated customers (or order lines) in
// that system's cell forms; the test grades them with no --map and compares with the seed's hand rules.
import { typeCsvField } from '../../src/xlsx/read-csv';

export const AS_OF = '2026-11-01';
/** Serial of 2026-11-01: 2026-10-01 is 46296 (Excel's own), plus 31 days. */
export const AS_OF_SERIAL = 46327;

/** One customer of a generated list: what its RFM cells mean, and the other things exports carry. */
export interface Customer {
  readonly i: number;
  readonly days: number;
  readonly orders: number;
  readonly amount: number;
  /** Days before as-of the customer registered (before the first order). */
  readonly createdDays: number;
  readonly firstOrderDays: number;
  /** Days before as-of of the last activity (a login, an email opened), more recent than the last order. */
  readonly activeDays: number;
  readonly balance: number;
}

export interface Column {
  readonly header: string;
  readonly cell: (c: Customer) => unknown;
}

export interface ListShape {
  readonly kind: 'list';
  readonly name: string;
  readonly title?: readonly (readonly unknown[])[];
  readonly columns: readonly Column[];
  /** Cells typed as the CLI types a CSV's fields (typeCsvField), rather than passed as the host gives them. */
  readonly csv?: boolean;
  /** What the export lacks, when it cannot be graded as it is: a refusal is the right answer. */
  readonly lacks?: string;
}

/** One order line of a generated ledger. */
export interface Line {
  readonly customer: number;
  readonly order: number;
  readonly line: number;
  readonly days: number;
  readonly quantity: number;
  readonly amount: number;
}

export interface LedgerShape {
  readonly kind: 'ledger';
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly cell: (l: Line) => unknown }[];
  /** The headers detection may take for each field (any of them is right). */
  readonly expect: {
    readonly customerId: readonly string[]; readonly orderDate: readonly string[]; readonly monetary: readonly string[]; readonly orderId?: readonly string[];
    /** The order status column, where the export has one (never a fulfillment or refund status). */
    readonly orderStatus?: readonly string[];
    /** The customer name column read, where the shape says ('(none)': no column is anyone's name). */
    readonly customerName?: string;
  };
}

export type Shape = ListShape | LedgerShape;

// ---- Cell forms ----------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar date `days` before as-of. */
function ymd(days: number): [number, number, number] {
  const d = new Date(Date.UTC(2026, 10, 1) - days * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** A date `days` before as-of, written as an export writes it. */
export function date(days: number, form: DateForm): unknown {
  const [y, m, d] = ymd(days);
  switch (form) {
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'isoTime': return `${y}-${pad(m)}-${pad(d)} 14:22:10`;
    case 'isoOffset': return `${y}-${pad(m)}-${pad(d)}T14:22:10-05:00`;
    case 'isoOffsetLate': return `${y}-${pad(m)}-${pad(d)}T23:41:02+08:00`;
    case 'isoSpaceOffset': return `${y}-${pad(m)}-${pad(d)} 09:05:00 +0800`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'slashTime': return `${y}/${pad(m)}/${pad(d)} 10:31`;
    case 'chinese': return `${y}年${m}月${d}日`;
    case 'cell': return { v: AS_OF_SERIAL - days, style: 'date' };
    case 'serial': return AS_OF_SERIAL - days;
    case 'jsDate': return new Date(y, m - 1, d);
    case 'mdy': return `${m}/${d}/${y}`;
    case 'dmy': return `${d}/${m}/${y}`;
    case 'dotsDmy': return `${pad(d)}.${pad(m)}.${y}`;
    case 'dMonY': return `${d}-${MONTHS[m - 1]}-${y}`;
    case 'compact': return `${y}${pad(m)}${pad(d)}`;
  }
}
export type DateForm = 'iso' | 'isoTime' | 'isoOffset' | 'isoOffsetLate' | 'isoSpaceOffset' | 'slash' | 'slashTime' | 'chinese'
  | 'cell' | 'serial' | 'jsDate' | 'mdy' | 'dmy' | 'dotsDmy' | 'dMonY' | 'compact';

const grouped = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount as an export writes it. */
export function money(amount: number, form: MoneyForm): unknown {
  switch (form) {
    case 'plain': return amount;
    case 'text': return grouped(amount);
    case 'yuan': return `¥${grouped(amount)}`;
    case 'usd': return `$${grouped(amount)}`;
    case 'usdCode': return `USD ${grouped(amount)}`;
    case 'nt': return `NT$${grouped(amount)}`;
    case 'hk': return `HK$${grouped(amount)}`;
    case 'wanText': return `${Number((amount / 10_000).toPrecision(12))}万`;
    case 'inWan': return Number((amount / 10_000).toPrecision(12));
  }
}
export type MoneyForm = 'plain' | 'text' | 'yuan' | 'usd' | 'usdCode' | 'nt' | 'hk' | 'wanText' | 'inWan';

const cnMobile = (c: Customer) => `13${(c.i * 7919 + 1234) % 10}${String(10_000_000 + ((c.i * 104_729) % 90_000_000)).slice(0, 8)}`;
const twMobile = (c: Customer) => `09${pad((c.i * 37) % 100)}-${String(100 + ((c.i * 211) % 900))}-${String(100 + ((c.i * 613) % 900))}`;
const usPhone = (c: Customer) => `(415) 555-${String(1000 + ((c.i * 733) % 9000))}`;
const hkPhone = (c: Customer) => `${9000 + ((c.i * 57) % 999)} ${String(1000 + ((c.i * 389) % 9000))}`;
const email = (c: Customer) => `customer${c.i}@example.com`;
const aov = (c: Customer) => (c.orders ? Math.round((c.amount / c.orders) * 100) / 100 : 0);
const EN_NAMES = ['Acme Ltd', 'Blue Harbor Co', 'Cedar & Sons', 'Delta Foods', 'Evergreen Inc', 'Fulton Supply', 'Granite Works', 'Hollis Trading', 'Ironwood LLC', 'Juniper Retail'];
const ZH_NAMES = ['上海华联贸易有限公司', '北京恒通科技', '杭州青禾食品', '深圳宏达电子', '广州远航物流', '成都天府商贸', '南京金陵百货', '武汉光谷实业', '苏州吴中纺织', '重庆山城建材'];
const TW_NAMES = ['台北永豐貿易', '新竹科園電子', '台中大甲食品', '高雄港都物流', '桃園大成實業', '台南府城百貨', '基隆海洋水產', '嘉義阿里山茶', '宜蘭礁溪酒店', '花蓮太魯閣石材'];
const en = (c: Customer) => EN_NAMES[c.i % EN_NAMES.length];
const zh = (c: Customer) => ZH_NAMES[c.i % ZH_NAMES.length];
const tw = (c: Customer) => TW_NAMES[c.i % TW_NAMES.length];
const col = (header: string, cell: (c: Customer) => unknown): Column => ({ header, cell });

// ---- Customer lists ------------------------------------------------------------------------------

export const LISTS: readonly ListShape[] = [
  { kind: 'list', name: 'Shopify customer report (en): ISO timestamps with an offset, AOV beside the total', csv: true, columns: [
    col('Customer ID', (c) => 7_051_234_567_000 + c.i * 977), col('Customer name', en), col('Customer email', email),
    col('First order date', (c) => date(c.firstOrderDays, 'isoOffset')), col('Last order date', (c) => date(c.days, 'isoOffset')),
    col('Total orders', (c) => c.orders), col('Total amount spent', (c) => money(c.amount, 'plain')),
    col('Average order value', (c) => aov(c)), col('Customer tags', (c) => (c.i % 3 ? '' : 'VIP, wholesale')),
  ] },
  { kind: 'list', name: 'WooCommerce customers (en): no last order date, only last active and registered', csv: true, lacks: 'recency', columns: [
    col('Name', en), col('Username', (c) => `user${c.i}`), col('Last active', (c) => date(c.activeDays, 'iso')),
    col('Date registered', (c) => date(c.createdDays, 'iso')), col('Email', email), col('Orders', (c) => c.orders),
    col('Total spend', (c) => money(c.amount, 'usd')), col('AOV', (c) => money(aov(c), 'usd')), col('Country / Region', () => 'US'),
    col('City', () => 'Portland'), col('Region', () => 'OR'), col('Postal code', () => '97201'),
  ] },
  { kind: 'list', name: 'Salesforce account report (en-US dates, annual revenue beside the order sum)', csv: true, columns: [
    col('Account Name', en), col('Account Number', (c) => `ACC-${1000 + c.i * 13}`), col('Account Owner', () => 'Dana Whitfield'),
    col('Type', () => 'Customer - Direct'), col('Billing City', () => 'Chicago'), col('Phone', usPhone),
    col('Created Date', (c) => date(c.createdDays, 'mdy')), col('Annual Revenue', (c) => 5_000_000 + c.i * 250_000),
    col('Last Order Date', (c) => date(c.days, 'mdy')), col('# of Orders', (c) => c.orders), col('Sum of Order Amount', (c) => money(c.amount, 'plain')),
  ] },
  { kind: 'list', name: 'Zoho Books customers (en): receivables and credits beside total sales', columns: [
    col('Customer Name', en), col('Customer Number', (c) => `CUS-${String(c.i + 1).padStart(5, '0')}`), col('Email ID', email),
    col('Mobile Phone', usPhone), col('Created Time', (c) => date(c.createdDays, 'isoTime')), col('Last Invoice Date', (c) => date(c.days, 'iso')),
    col('No. of Invoices', (c) => c.orders), col('Total Sales (USD)', (c) => money(c.amount, 'plain')),
    col('Outstanding Receivables (USD)', (c) => c.balance), col('Unused Credits (USD)', () => 0),
  ] },
  { kind: 'list', name: 'Dynamics 365 Business Central customers (en): date cells, balances in LCY', columns: [
    col('No.', (c) => `C${String(10_000 + c.i * 10)}`), col('Name', en), col('Responsibility Center', () => 'MAIN'), col('Phone No.', usPhone),
    col('Contact', () => 'Mr. Andy Teal'), col('Salesperson Code', () => 'PS'), col('Balance (LCY)', (c) => c.balance),
    col('Balance Due (LCY)', (c) => Math.round(c.balance / 2)), col('Sales (LCY)', (c) => money(c.amount, 'plain')),
    col('Last Date Modified', (c) => date(c.activeDays, 'cell')), col('Date of Last Sales Invoice', (c) => date(c.days, 'cell')),
    col('No. of Pstd. Invoices', (c) => c.orders),
  ] },
  { kind: 'list', name: 'SAP customer sales volume (en): dd.mm.yyyy dates, sold-to numbers', csv: true, columns: [
    col('Sold-to Party', (c) => 1_000_200 + c.i * 17), col('Name 1', en), col('City', () => 'Walldorf'), col('Telephone 1', () => '+49 6227 7-47474'),
    col('Created On', (c) => date(c.createdDays, 'dotsDmy')), col('Last Billing Date', (c) => date(c.days, 'dotsDmy')),
    col('Number of Billing Documents', (c) => c.orders), col('Net Value', (c) => money(c.amount, 'plain')), col('Currency', () => 'EUR'),
  ] },
  { kind: 'list', name: 'Klaviyo profiles (en): predicted CLV and last active beside the historic figures', columns: [
    col('Email', email), col('First Name', () => 'Alex'), col('Last Name', () => 'Morgan'), col('Phone Number', usPhone),
    col('Created', (c) => date(c.createdDays, 'isoTime')), col('Last Active', (c) => date(c.activeDays, 'isoTime')),
    col('Last Order Date', (c) => date(c.days, 'isoTime')), col('Historic Number Of Orders', (c) => c.orders),
    col('Historic Customer Lifetime Value', (c) => money(c.amount, 'plain')), col('Average Order Value', aov),
    col('Predicted Customer Lifetime Value', (c) => Math.round(c.amount * 1.3)), col('Churn Risk Prediction', (c) => (c.i % 10) / 10),
  ] },
  { kind: 'list', name: 'A small shop\'s own report (en): title rows, dollar amounts, signup and balance decoys',
    title: [['Customer report'], ['Generated 2026-11-01 08:00'], []], columns: [
      col('Cust #', (c) => `A-${1040 + c.i * 3}`), col('Customer', en), col('Phone', usPhone), col('Signup date', (c) => date(c.createdDays, 'dMonY')),
      col('Last purchase', (c) => date(c.days, 'dMonY')), col('Purchases', (c) => c.orders), col('Spend ($)', (c) => money(c.amount, 'usd')),
      col('Balance', (c) => money(c.balance, 'usd')),
    ] },
  { kind: 'list', name: 'Online Retail RFM table (en): the classic CustomerID / Recency / Frequency / Monetary', csv: true, columns: [
    col('CustomerID', (c) => 12_346 + c.i * 31), col('Recency', (c) => c.days), col('Frequency', (c) => c.orders), col('Monetary', (c) => money(c.amount, 'plain')),
  ] },
  { kind: 'list', name: 'A days-since list (en) with AOV and email', csv: true, columns: [
    col('Customer', en), col('Days Since Last Order', (c) => c.days), col('Order Count', (c) => c.orders),
    col('Lifetime Revenue', (c) => money(c.amount, 'text')), col('AOV', aov), col('Email', email),
  ] },
  { kind: 'list', name: 'An invoicing system (en): 12-month columns, credit limit and payment terms', columns: [
    col('Client Code', (c) => `CL${300 + c.i * 7}`), col('Client', en), col('Last Invoice Date', (c) => date(c.days, 'jsDate')),
    col('Invoices (last 12 months)', (c) => c.orders), col('Invoiced Amount (last 12 months)', (c) => money(c.amount, 'usdCode')),
    col('Credit Limit', () => 1_000_000), col('Payment Terms', () => 'Net 30'),
  ] },
  { kind: 'list', name: 'HubSpot contacts (en): deals and activity, no purchases', csv: true, lacks: 'recency and frequency', columns: [
    col('Record ID', (c) => 51_234 + c.i * 101), col('First Name', () => 'Jamie'), col('Last Name', () => 'Lee'), col('Email', email),
    col('Phone Number', usPhone), col('Create Date', (c) => date(c.createdDays, 'isoTime')), col('Last Activity Date', (c) => date(c.activeDays, 'isoTime')),
    col('Lifecycle Stage', () => 'customer'), col('Recent Deal Close Date', (c) => date(c.days, 'iso')),
    col('Number of Associated Deals', (c) => c.orders), col('Total Revenue', (c) => money(c.amount, 'plain')),
  ] },
  { kind: 'list', name: '纷享销客 客户 (zh-CN): 最后跟进时间 beside 最近成交日期', csv: true, columns: [
    col('客户编号', (c) => `KH${20_260_000 + c.i}`), col('客户名称', zh), col('客户级别', () => 'A类'), col('负责人', () => '王磊'), col('电话', cnMobile),
    col('创建时间', (c) => date(c.createdDays, 'isoTime')), col('最后跟进时间', (c) => date(c.activeDays, 'isoTime')),
    col('最近成交日期', (c) => date(c.days, 'iso')), col('成交订单数', (c) => c.orders), col('累计成交金额（元）', (c) => money(c.amount, 'text')),
  ] },
  { kind: 'list', name: '销售易 客户 (zh-CN): 回款金额 and 应收余额 beside 订单总金额', columns: [
    col('客户ID', (c) => String(3_001_200 + c.i * 9)), col('客户名称', zh), col('所有人', () => '李娜'), col('所属部门', () => '华东区'),
    col('创建日期', (c) => date(c.createdDays, 'iso')), col('最近修改日期', (c) => date(c.activeDays, 'iso')),
    col('最近活动记录时间', (c) => date(c.activeDays, 'isoTime')), col('最近下单时间', (c) => date(c.days, 'isoTime')),
    col('订单数量', (c) => c.orders), col('订单总金额', (c) => money(c.amount, 'plain')), col('回款金额', (c) => Math.round(c.amount * 0.8)),
    col('应收余额', (c) => c.balance),
  ] },
  { kind: 'list', name: '金蝶 客户销售汇总表 (zh-CN): two title rows, 销售数量 beside 销售订单数',
    title: [['客户销售汇总表'], ['期间：2026年1月1日 至 2026年10月31日']], columns: [
      col('客户编码', (c) => `01.${String(c.i + 1).padStart(4, '0')}`), col('客户名称', zh), col('销售数量', (c) => c.orders * 12),
      col('价税合计', (c) => money(c.amount, 'plain')), col('销售订单数', (c) => c.orders), col('最近销售日期', (c) => date(c.days, 'cell')),
    ] },
  { kind: 'list', name: '用友 U8 客户 (zh-CN): 发展日期, amounts in 万元', csv: true, columns: [
    col('客户编码', (c) => `0${1001 + c.i}`), col('客户简称', zh), col('客户分类', () => '批发'), col('发展日期', (c) => date(c.createdDays, 'slash')),
    col('联系电话', () => '021-6234-5678'), col('最后交易日期', (c) => date(c.days, 'slash')), col('交易次数', (c) => c.orders),
    col('累计销售额（万元）', (c) => money(c.amount, 'inWan')),
  ] },
  { kind: 'list', name: '有赞 客户 (zh-CN): mobile numbers as numbers, 客单价, 储值余额 and 积分', columns: [
    col('会员卡号', (c) => `YZ${880_000 + c.i * 3}`), col('姓名', (c) => ['张伟', '王芳', '李强', '刘洋', '陈静'][c.i % 5]),
    col('手机号', (c) => Number(cnMobile(c))), col('会员等级', () => 'VIP1'), col('成为客户时间', (c) => date(c.createdDays, 'isoTime')),
    col('最近消费时间', (c) => date(c.days, 'isoTime')), col('消费次数', (c) => c.orders), col('累计消费金额', (c) => money(c.amount, 'plain')),
    col('客单价', aov), col('储值余额', (c) => c.balance), col('积分', (c) => c.orders * 100),
  ] },
  { kind: 'list', name: '淘宝/千牛 客户运营 (zh-CN): 首次交易时间 and 平均客单价', csv: true, columns: [
    col('客户昵称', (c) => `tb_${91_000 + c.i * 7}`), col('手机号', cnMobile), col('最后交易时间', (c) => date(c.days, 'isoTime')),
    col('交易成功笔数', (c) => c.orders), col('交易总额（元）', (c) => money(c.amount, 'plain')), col('平均客单价', aov),
    col('会员等级', () => '店铺会员'), col('首次交易时间', (c) => date(c.firstOrderDays, 'isoTime')), col('地区', () => '浙江省杭州市'),
  ] },
  { kind: 'list', name: '微盟 会员 (zh-CN): 序号 beside 会员卡号, 注册时间, 余额', columns: [
    col('序号', (c) => c.i + 1), col('会员卡号', (c) => `8800${String(1234 + c.i * 41)}`), col('会员姓名', (c) => ['赵敏', '周杰', '吴磊', '郑爽', '孙俪'][c.i % 5]),
    col('手机号码', cnMobile), col('注册时间', (c) => date(c.createdDays, 'isoTime')), col('最近一次消费日期', (c) => date(c.days, 'chinese')),
    col('消费次数', (c) => c.orders), col('消费总额', (c) => money(c.amount, 'yuan')), col('余额', (c) => money(c.balance, 'yuan')),
  ] },
  { kind: 'list', name: '管家婆 往来单位 (zh-CN): 序号, 最后交易日, 交易笔数, 应收款余额', csv: true, columns: [
    col('序号', (c) => c.i + 1), col('往来单位编号', (c) => `00${String(101 + c.i)}`), col('往来单位名称', zh), col('电话', () => '0571-8888 6666'),
    col('最后交易日', (c) => date(c.days, 'iso')), col('交易笔数', (c) => c.orders), col('销售金额', (c) => money(c.amount, 'text')),
    col('应收款余额', (c) => c.balance),
  ] },
  { kind: 'list', name: 'A hand-kept workbook (zh-CN/en bilingual headers, a title and a blank row)',
    title: [['2026年客户分级表'], []], columns: [
      col('客户编号 Customer ID', (c) => `C${String(c.i + 1).padStart(4, '0')}`), col('客户名称 Customer Name', zh),
      col('最近购买日期 Last Purchase Date', (c) => date(c.days, 'slash')), col('购买次数 Orders', (c) => c.orders),
      col('消费金额（元） Amount (CNY)', (c) => money(c.amount, 'yuan')),
    ] },
  { kind: 'list', name: '京东 商家 客户 (zh-CN): 注册时间 and 首次下单时间 beside 最近下单时间', csv: true, columns: [
    col('用户账号', (c) => `jd_${c.i * 13 + 500}`), col('用户等级', () => '铜牌'), col('注册时间', (c) => date(c.createdDays, 'isoTime')),
    col('首次下单时间', (c) => date(c.firstOrderDays, 'isoTime')), col('最近下单时间', (c) => date(c.days, 'isoTime')),
    col('下单次数', (c) => c.orders), col('成交金额', (c) => money(c.amount, 'plain')), col('客单价', aov),
  ] },
  { kind: 'list', name: '近一年口径 (zh-CN): days since, 近一年 counts, 万元 text', columns: [
    col('客户', zh), col('最近一次购买距今天数', (c) => c.days), col('近一年购买次数', (c) => c.orders),
    col('近一年消费金额', (c) => money(c.amount, 'wanText')), col('联系人', () => '陈经理'), col('手机', cnMobile),
  ] },
  { kind: 'list', name: '鼎新 ERP 客戶 (zh-TW): 客戶代號, 最後交易日, 交易筆數 (the issue\'s headers)', csv: true, columns: [
    col('客戶代號', (c) => `A${String(c.i + 1).padStart(5, '0')}`), col('客戶簡稱', tw), col('業務人員', () => '林志明'), col('電話(一)', () => '(02)2345-6789'),
    col('建立日期', (c) => date(c.createdDays, 'slash')), col('最後交易日', (c) => date(c.days, 'slash')), col('交易筆數', (c) => c.orders),
    col('銷售金額(NT$)', (c) => money(c.amount, 'nt')), col('應收帳款餘額', (c) => c.balance),
  ] },
  { kind: 'list', name: '正航 ERP 客戶 (zh-TW): 統一編號 beside 客戶編號, 萬元', columns: [
    col('客戶編號', (c) => `C${String(c.i + 1).padStart(4, '0')}`), col('客戶名稱', tw), col('統一編號', (c) => String(12_345_670 + c.i)),
    col('聯絡電話', twMobile), col('建檔日期', (c) => date(c.createdDays, 'iso')), col('最近交易日期', (c) => date(c.days, 'cell')),
    col('交易次數', (c) => c.orders), col('銷售總額（萬元）', (c) => money(c.amount, 'inWan')),
  ] },
  { kind: 'list', name: '文中/凌越 ERP (zh-TW): 序號, 最近出貨日, 出貨次數, 出貨金額', csv: true, columns: [
    col('序號', (c) => c.i + 1), col('客戶編號', (c) => `TW${700 + c.i * 3}`), col('客戶全名', tw), col('手機', twMobile),
    col('最近出貨日', (c) => date(c.days, 'slash')), col('出貨次數', (c) => c.orders), col('出貨金額', (c) => money(c.amount, 'text')),
  ] },
  { kind: 'list', name: 'SHOPLINE 會員 (zh-TW): timestamps with +0800, 購物金', columns: [
    col('會員編號', (c) => `M${String(50_000 + c.i * 11)}`), col('姓名', () => '陳怡君'), col('電郵', email), col('手機號碼', twMobile),
    col('註冊日期', (c) => date(c.createdDays, 'isoSpaceOffset')), col('最後購物日期', (c) => date(c.days, 'isoSpaceOffset')),
    col('累積訂單數', (c) => c.orders), col('累積消費金額', (c) => money(c.amount, 'nt')), col('購物金', (c) => c.balance % 500),
    col('會員等級', () => '金卡'),
  ] },
  { kind: 'list', name: '91APP 會員 (zh-TW): 入會日期 and 平均客單價', csv: true, columns: [
    col('會員卡號', (c) => `91${String(100_000 + c.i * 29)}`), col('會員姓名', () => '黃雅婷'), col('入會日期', (c) => date(c.createdDays, 'slash')),
    col('最近一次消費日', (c) => date(c.days, 'slashTime')), col('消費次數', (c) => c.orders), col('累計消費金額', (c) => money(c.amount, 'plain')),
    col('平均客單價', aov),
  ] },
  { kind: 'list', name: 'Hong Kong POS (en/zh-HK bilingual): dd/mm/yyyy, HK$', csv: true, columns: [
    col('Member No. 會員編號', (c) => `HK${String(2000 + c.i * 5)}`), col('Name 姓名', () => 'Chan Tai Man'), col('Mobile 手提電話', hkPhone),
    col('Join Date 入會日期', (c) => date(c.createdDays, 'dmy')), col('Last Purchase 最後購買日期', (c) => date(c.days, 'dmy')),
    col('No. of Transactions 交易次數', (c) => c.orders), col('Total Spending (HK$) 消費總額', (c) => money(c.amount, 'hk')),
  ] },
  { kind: 'list', name: 'Hong Kong ERP 客戶 (zh-TW): 最後發票日期, 發票數目, 總銷售額(港幣)', columns: [
    col('客戶編號', (c) => `HC${300 + c.i}`), col('公司名稱', tw), col('電話', hkPhone), col('傳真', hkPhone),
    col('最後發票日期', (c) => date(c.days, 'compact')), col('發票數目', (c) => c.orders), col('總銷售額(港幣)', (c) => money(c.amount, 'plain')),
  ] },
  { kind: 'list', name: 'Google Sheets list (zh-CN/en): Dates from Sheets, USD in the header', columns: [
    col('客户编号', (c) => `G-${c.i * 17 + 100}`), col('客户名称', zh), col('最近购买日期', (c) => date(c.days, 'jsDate')),
    col('订单数', (c) => c.orders), col('金额(USD)', (c) => money(c.amount, 'usd')),
  ] },
  { kind: 'list', name: 'Excel list read by the pane (zh-CN): dates as plain serials, a 年销售额 column too', columns: [
    col('客户名称', zh), col('最近一次购买日期', (c) => date(c.days, 'serial')), col('订单数', (c) => c.orders),
    col('金额', (c) => money(c.amount, 'plain')), col('年销售额', (c) => Math.round(c.amount * 1.1)),
  ] },
];

// ---- Order ledgers -------------------------------------------------------------------------------

const lineCol = (header: string, cell: (l: Line) => unknown) => ({ header, cell });
const orderNo = (l: Line) => 1000 + l.order;

export const LEDGERS: readonly LedgerShape[] = [
  { kind: 'ledger', name: 'Shopify orders export (en): Name is the order, Email the customer, Id the order', columns: [
    lineCol('Name', (l) => `#${orderNo(l)}`), lineCol('Email', (l) => `buyer${l.customer}@example.com`),
    lineCol('Financial Status', (l) => (l.line ? '' : 'paid')), lineCol('Paid at', (l) => (l.line ? '' : date(l.days, 'isoSpaceOffset'))),
    lineCol('Fulfillment Status', (l) => (l.line ? '' : 'fulfilled')), lineCol('Currency', () => 'USD'),
    lineCol('Subtotal', (l) => (l.line ? '' : l.amount * 2)), lineCol('Shipping', (l) => (l.line ? '' : 8)), lineCol('Taxes', (l) => (l.line ? '' : 3.2)),
    lineCol('Total', (l) => (l.line ? '' : l.amount * 2 + 11.2)), lineCol('Discount Code', () => ''), lineCol('Discount Amount', () => 0),
    lineCol('Created at', (l) => date(l.days, 'isoSpaceOffset')), lineCol('Lineitem quantity', (l) => l.quantity),
    lineCol('Lineitem name', () => 'Linen shirt - M'), lineCol('Lineitem price', (l) => l.amount / l.quantity), lineCol('Billing Name', () => 'Sam Rivera'),
    lineCol('Billing Phone', () => '+1 415-555-0142'), lineCol('Id', (l) => 5_601_234_000 + l.order),
  ], expect: { customerId: ['Email'], orderDate: ['Created at', 'Paid at'], monetary: ['Total', 'Subtotal'], orderId: ['Name', 'Id'], orderStatus: ['Financial Status'] } },
  { kind: 'ledger', name: 'Shopify orders export trimmed (en): Created at its only date, Name the order, never a name', columns: [
    lineCol('Name', (l) => `#${orderNo(l)}`), lineCol('Email', (l) => `buyer${l.customer}@example.com`),
    lineCol('Financial Status', () => 'paid'), lineCol('Total', (l) => l.amount), lineCol('Created at', (l) => date(l.days, 'isoSpaceOffset')),
  ], expect: { customerId: ['Email'], orderDate: ['Created at'], monetary: ['Total'], orderId: ['Name'], orderStatus: ['Financial Status'], customerName: '(none)' } },
  { kind: 'ledger', name: 'WooCommerce orders export (en)', columns: [
    lineCol('Order ID', (l) => 4000 + l.order), lineCol('Order Number', (l) => `WC-${4000 + l.order}`), lineCol('Order Status', () => 'completed'),
    lineCol('Order Date', (l) => date(l.days, 'isoTime')), lineCol('Customer User ID', (l) => 20 + l.customer),
    lineCol('Billing First Name', () => 'Kim'), lineCol('Billing Last Name', () => 'Park'), lineCol('Billing Email', (l) => `c${l.customer}@example.com`),
    lineCol('Billing Phone', () => '(503) 555-0188'), lineCol('Order Subtotal Amount', (l) => l.amount), lineCol('Order Shipping Amount', () => 5),
    lineCol('Order Total Amount', (l) => l.amount + 5), lineCol('Item Name', () => 'Ceramic mug'), lineCol('Quantity', (l) => l.quantity),
  ], expect: { customerId: ['Customer User ID'], orderDate: ['Order Date'], monetary: ['Order Total Amount', 'Order Subtotal Amount'], orderId: ['Order ID', 'Order Number'], orderStatus: ['Order Status'] } },
  { kind: 'ledger', name: 'Salesforce orders report (en)', columns: [
    lineCol('Order Number', (l) => `0000${orderNo(l)}`), lineCol('Account Name', (l) => EN_NAMES[l.customer]), lineCol('Account ID', (l) => `001Dn00000${l.customer}ABC`),
    lineCol('Order Start Date', (l) => date(l.days, 'mdy')), lineCol('Status', () => 'Activated'), lineCol('Order Amount', (l) => l.amount),
    lineCol('Owner Name', () => 'Dana Whitfield'),
  ], expect: { customerId: ['Account ID'], orderDate: ['Order Start Date'], monetary: ['Order Amount'], orderId: ['Order Number'], orderStatus: ['Status'] } },
  { kind: 'ledger', name: 'Business Central posted sales invoice lines (en): No. is the item', columns: [
    lineCol('Posting Date', (l) => date(l.days, 'cell')), lineCol('Document No.', (l) => `PS-INV${103_000 + l.order}`),
    lineCol('Sell-to Customer No.', (l) => `C${10_000 + l.customer * 10}`), lineCol('Type', () => 'Item'), lineCol('No.', (l) => `19${l.line}0-S`),
    lineCol('Description', () => 'ATHENS Desk'), lineCol('Quantity', (l) => l.quantity), lineCol('Unit Price', (l) => l.amount / l.quantity),
    lineCol('Line Amount', (l) => l.amount), lineCol('Amount Including VAT', (l) => l.amount * 1.25),
  ], expect: { customerId: ['Sell-to Customer No.'], orderDate: ['Posting Date'], monetary: ['Line Amount', 'Amount Including VAT'], orderId: ['Document No.'] } },
  { kind: 'ledger', name: 'SAP billing document items (en)', columns: [
    lineCol('Billing Document', (l) => 90_000_000 + l.order), lineCol('Item', (l) => (l.line + 1) * 10), lineCol('Billing Date', (l) => date(l.days, 'dotsDmy')),
    lineCol('Sold-to Party', (l) => 1_000_200 + l.customer * 17), lineCol('Material', (l) => `TG1${l.line}`), lineCol('Billed Quantity', (l) => l.quantity),
    lineCol('Net Value', (l) => l.amount), lineCol('Currency', () => 'EUR'),
  ], expect: { customerId: ['Sold-to Party'], orderDate: ['Billing Date'], monetary: ['Net Value'], orderId: ['Billing Document'] } },
  { kind: 'ledger', name: '金蝶 销售出库单明细 (zh-CN)', columns: [
    lineCol('单据日期', (l) => date(l.days, 'iso')), lineCol('单据编号', (l) => `XSCKD${String(l.order).padStart(6, '0')}`),
    lineCol('客户编码', (l) => `01.${String(l.customer + 1).padStart(4, '0')}`), lineCol('客户名称', (l) => ZH_NAMES[l.customer]),
    lineCol('物料编码', (l) => `1.01.${l.line}`), lineCol('物料名称', () => '不锈钢螺栓'), lineCol('实发数量', (l) => l.quantity),
    lineCol('含税单价', (l) => l.amount / l.quantity), lineCol('价税合计', (l) => l.amount),
  ], expect: { customerId: ['客户编码'], orderDate: ['单据日期'], monetary: ['价税合计'], orderId: ['单据编号'] } },
  { kind: 'ledger', name: '用友 销售发货单列表 (zh-CN)', columns: [
    lineCol('发货日期', (l) => date(l.days, 'slash')), lineCol('发货单号', (l) => `FH${202_600 + l.order}`), lineCol('客户编码', (l) => `0${1001 + l.customer}`),
    lineCol('客户简称', (l) => ZH_NAMES[l.customer]), lineCol('存货编码', (l) => `CH${l.line}`), lineCol('存货名称', () => '包装纸箱'),
    lineCol('数量', (l) => l.quantity), lineCol('无税单价', (l) => l.amount / l.quantity), lineCol('价税合计', (l) => money(l.amount, 'text')),
    lineCol('业务员', () => '周敏'),
  ], expect: { customerId: ['客户编码'], orderDate: ['发货日期'], monetary: ['价税合计'], orderId: ['发货单号'] } },
  { kind: 'ledger', name: '有赞 订单导出 (zh-CN)', columns: [
    lineCol('订单号', (l) => `E2026${String(10_000 + l.order)}`), lineCol('下单时间', (l) => date(l.days, 'isoTime')),
    lineCol('付款时间', (l) => date(l.days, 'isoTime')), lineCol('买家ID', (l) => String(60_000 + l.customer)), lineCol('买家昵称', (l) => `小鱼${l.customer}`),
    lineCol('收货人手机号', (l) => `1390000${String(1000 + l.customer)}`), lineCol('商品名称', () => '有机绿茶'), lineCol('商品数量', (l) => l.quantity),
    lineCol('订单实付金额', (l) => l.amount), lineCol('订单状态', () => '交易成功'),
  ], expect: { customerId: ['买家ID', '买家昵称'], orderDate: ['下单时间', '付款时间'], monetary: ['订单实付金额'], orderId: ['订单号'], orderStatus: ['订单状态'] } },
  { kind: 'ledger', name: '淘宝 订单报表 (zh-CN)', columns: [
    lineCol('订单编号', (l) => String(3_600_000_000 + l.order)), lineCol('买家会员名', (l) => `tb${l.customer}_88`), lineCol('买家应付货款', (l) => l.amount + 10),
    lineCol('买家实际支付金额', (l) => l.amount), lineCol('订单状态', () => '交易成功'), lineCol('收货人姓名', () => '王小明'), lineCol('联系手机', (l) => `1381234${String(1000 + l.customer)}`),
    lineCol('订单创建时间', (l) => date(l.days, 'isoTime')), lineCol('订单付款时间', (l) => date(l.days, 'isoTime')),
    lineCol('宝贝总数量', (l) => l.quantity), lineCol('宝贝标题', () => '夏季纯棉T恤'),
  ], expect: { customerId: ['买家会员名'], orderDate: ['订单创建时间', '订单付款时间'], monetary: ['买家实际支付金额'], orderId: ['订单编号'], orderStatus: ['订单状态'] } },
  { kind: 'ledger', name: '纷享销客 销售订单 (zh-CN)', columns: [
    lineCol('销售订单编号', (l) => `SO${20_261_000 + l.order}`), lineCol('客户名称', (l) => ZH_NAMES[l.customer]), lineCol('客户编号', (l) => `KH${l.customer + 100}`),
    lineCol('下单日期', (l) => date(l.days, 'iso')), lineCol('订单金额（元）', (l) => money(l.amount, 'text')), lineCol('产品名称', () => '工业传感器'),
    lineCol('数量', (l) => l.quantity), lineCol('负责人', () => '王磊'),
  ], expect: { customerId: ['客户编号'], orderDate: ['下单日期'], monetary: ['订单金额（元）'], orderId: ['销售订单编号'] } },
  { kind: 'ledger', name: '鼎新 銷貨單身 (zh-TW)', columns: [
    lineCol('單據日期', (l) => date(l.days, 'slash')), lineCol('銷貨單號', (l) => `2301-${20_261_000 + l.order}`), lineCol('客戶代號', (l) => `A${String(l.customer + 1).padStart(5, '0')}`),
    lineCol('客戶簡稱', (l) => TW_NAMES[l.customer]), lineCol('品號', (l) => `P-${l.line}01`), lineCol('品名', () => '不鏽鋼水壺'), lineCol('數量', (l) => l.quantity),
    lineCol('單價', (l) => l.amount / l.quantity), lineCol('金額(NT$)', (l) => money(l.amount, 'nt')),
  ], expect: { customerId: ['客戶代號'], orderDate: ['單據日期'], monetary: ['金額(NT$)'], orderId: ['銷貨單號'] } },
  { kind: 'ledger', name: 'Hong Kong invoice lines (en/zh-HK bilingual)', columns: [
    lineCol('Invoice No. 發票編號', (l) => `INV${5000 + l.order}`), lineCol('Invoice Date 發票日期', (l) => date(l.days, 'dmy')),
    lineCol('Customer Code 客戶編號', (l) => `HC${300 + l.customer}`), lineCol('Item Code 貨品編號', (l) => `IT-${l.line}`),
    lineCol('Qty 數量', (l) => l.quantity), lineCol('Amount (HK$) 金額', (l) => money(l.amount, 'hk')),
  ], expect: { customerId: ['Customer Code 客戶編號'], orderDate: ['Invoice Date 發票日期'], monetary: ['Amount (HK$) 金額'], orderId: ['Invoice No. 發票編號'] } },
];

export const CORPUS: readonly Shape[] = [...LISTS, ...LEDGERS];

// ---- Generated lists --------------------------------------------------------------------------

/** A seeded shuffle, so each list pairs days, orders and amounts differently. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed * 2654435761 + 1;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Each band's edges on both sides (seed 002: R 30/31 and 90/91 days, F 4/5 and 9/10, M 199,999.5/200,000
// and 499,999.5/500,000), and values well inside the bands.
const DAYS = [0, 5, 12, 30, 31, 60, 90, 91, 150, 365];
const ORDERS = [0, 1, 3, 4, 5, 7, 9, 10, 15, 22];
const AMOUNTS = [0, 1500.5, 50_000, 123_456.5, 199_999.5, 200_000, 350_000, 499_999.5, 500_000, 820_000];

/** The ten customers of the `k`th list: every band edge, paired differently per list. */
export function customersFor(k: number): Customer[] {
  const days = shuffled(DAYS, k + 1), orders = shuffled(ORDERS, k + 101), amounts = shuffled(AMOUNTS, k + 211);
  return days.map((d, i) => ({
    i, days: d, orders: orders[i], amount: amounts[i], createdDays: d + 400 + i * 30, firstOrderDays: d + 200 + i * 10,
    activeDays: Math.max(0, d - 2 - (i % 3)), balance: (i * 7919) % 50_000,
  }));
}

/**
 * The table an export of `shape` gives: its title rows, header, customers, and a blank row at the end.
 */
export function tableOf(shape: ListShape, customers: readonly Customer[]): unknown[][] {
  const typed = (cell: unknown) => (shape.csv && (typeof cell === 'string' || typeof cell === 'number') ? typeCsvField(String(cell)) : cell);
  return [
    ...(shape.title ?? []).map((row) => [...row]),
    shape.columns.map((c) => c.header),
    ...customers.map((customer) => shape.columns.map((c) => typed(c.cell(customer)))),
    shape.columns.map(() => null),
  ];
}
