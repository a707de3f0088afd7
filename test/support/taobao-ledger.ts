// A Taobao-style order export with an order status column, for the tests of lines that are not orders
// (docs/ledgers.md, "Lines that are not orders"). Worked by hand where each test uses it.

/** Taobao's headers: order number, buyer, created at, status, amount paid. */
export const TAOBAO_HEADER: readonly string[] = ['订单编号', '买家会员名', '订单创建时间', '订单状态', '实付款(元)'];

/** Six order lines: 小王 one paid, one closed (交易关闭), one unpaid (等待买家付款); 小李 two that count; 小张 closed only. */
export const TAOBAO_LINES: readonly (readonly unknown[])[] = [
  ['T1001', '小王', '2026-10-01 10:15:00', '交易成功', '¥120.50'],
  ['T1002', '小王', '2026-10-05 20:01:33', '交易关闭', '¥88.00'],
  ['T1003', '小李', '2026-10-06 09:00:00', '交易成功', '¥1,200.00'],
  ['T1004', '小王', '2026-10-08 12:00:00', '等待买家付款', '¥60.00'],
  ['T1005', '小李', '2026-10-09 18:30:00', '卖家已发货', '¥300.00'],
  ['T1006', '小张', '2026-10-12 11:11:11', '交易关闭', '¥50.00'],
];
