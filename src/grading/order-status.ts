// Which order statuses say a ledger line is not an order (docs/ledgers.md, "Lines that are not orders"):
// one list, read by the core, the embedded engine (through the core) and the warehouse SQL (generated
// from it), so all three leave out the same lines.
import { isBlank, showValue } from '../cells/coerce';
import { cellValue } from './data-problems';

/**
 * The statuses of a line that is not an order, lower case: closed or cancelled before payment, never
 * paid, refunded in full, or failed. Compared exactly with a status trimmed and lower-cased, never
 * fuzzily, so that SQL's `lower(trim(status)) IN (...)` can say the same. 部分退款 / partially_refunded,
 * 交易成功, 已发货, paid, fulfilled, closed (Shopify's archived), 已审核 and every other value count.
 */
export const NOT_AN_ORDER_STATUSES: readonly string[] = [
  // Closed or cancelled (Taobao's 交易关闭 is an order closed unpaid or cancelled).
  '交易关闭', '已关闭', '关闭', '已取消', '取消', '订单取消', '作废', '已作废',
  '交易關閉', '已關閉', '關閉', '訂單取消', '作廢', '已作廢',
  // Not English 'closed': Shopify's closed order is an archived one, usually fulfilled and paid.
  'cancelled', 'canceled', 'voided', 'void', 'abandoned', 'expired',
  // Never paid.
  '未付款', '待付款', '等待买家付款', '等待買家付款', 'pending', 'unpaid',
  // Paid, and all of it went back.
  '退款成功', '已退款', '全额退款', '全額退款', 'refunded',
  // The payment failed.
  '失败', '支付失败', '失敗', '支付失敗', 'failed', 'declined',
];

const NOT_AN_ORDER = new Set(NOT_AN_ORDER_STATUSES);

/**
 * A status as the list compares it: a cell's value as text, trimmed and lower case ('' when blank).
 * @example statusKey(' Refunded ') // 'refunded'
 */
export function statusKey(cell: unknown): string {
  const v = cellValue(cell);
  return isBlank(v) ? '' : showValue(v).trim().toLowerCase();
}

/**
 * The status of a line that is not an order, as written (trimmed), to report it by; undefined for a
 * line that counts (any other status, or none).
 * @example notAnOrderStatus('交易关闭') // '交易关闭'
 * @example notAnOrderStatus('Refunded ') // 'Refunded'
 * @example notAnOrderStatus('partially_refunded') // undefined
 */
export function notAnOrderStatus(cell: unknown): string | undefined {
  const key = statusKey(cell);
  return key && NOT_AN_ORDER.has(key) ? showValue(cellValue(cell)).trim() : undefined;
}
