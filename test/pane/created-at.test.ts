// A minimal Shopify orders export in the pane (the in-memory workbook): its only date, "Created at", is
// the order date because customers repeat, Name (#1001...) is the order id and Email the customer; a
// customer list with a "Created at" whose ids never repeat is not taken for an order list. Picking a
// column for one field takes it from the other (one column, one field). Figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { findHeaderRow } from '../../src/grading/detect-columns';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { LedgerController } from '../../taskpane/app/ledger-controller';

const HEADER = ['Name', 'Email', 'Financial Status', 'Total', 'Created at'];
const LINES: unknown[][] = [
  ['#1001', 'ann@example.com', 'paid', 120.5, '2026-10-01 12:30:45 +0800'],
  ['#1002', 'ann@example.com', 'refunded', 80, '2026-10-03 09:10:00 +0800'],
  ['#1003', 'bob@example.com', 'paid', 1299, '2026-09-15 20:00:00 +0800'],
  ['#1004', 'bob@example.com', 'paid', 310, '2026-10-08 18:45:00 +0800'],
  ['#1005', 'cy@example.com', 'paid', 45, '2026-03-02 11:00:00 +0800'],
  ['#1006', 'cy@example.com', 'paid', 60, '2025-08-20 15:20:00 +0800'],
];

async function found(header: unknown[], lines: unknown[][]) {
  const wb = new MemoryWorkbook([{ name: 'orders_export', cells: [header, ...lines.map((l) => [...l])] as never }]);
  wb.selection = { sheet: 'orders_export', row: 1, column: 1 };
  const list = (await wb.readListAroundSelection())!;
  const ledger = new LedgerController();
  ledger.recognise(list, Math.max(0, findHeaderRow(list.rows)));
  return ledger;
}

describe('a Shopify export whose only date is Created at, in the pane', () => {
  it('is found as an order list: Name the order id, Email the customer, Created at the order date', async () => {
    const ledger = await found(HEADER, LINES);
    expect([ledger.reading, ledger.pending(), ledger.hasLedgerHeader]).toEqual(['ledger', true, true]);
    expect(ledger.columns).toEqual({ customerId: 1, orderDate: 4, amount: 3, orderId: 0, customerName: undefined, status: 2 });
    // Six lines, #1002 refunded: five orders from three customers.
    expect(ledger.shape()).toEqual({ orders: 5, customers: 3 });
    expect(ledger.latest()).toBe(isoToSerial('2026-10-08'));
    // As of 2026-10-08, 12 months: ann 7 days, 1 order of 120.50; bob 0 days, 1,299 + 310 = 1,609 in 2;
    // cy 220 days (2026-03-02 -> 2026-10-08), 1 order of 45, and #1006 in the 12 months before.
    expect(ledger.summary(undefined)!.customers.map((c) => [c.id, c.days, c.orders, c.amount, c.previousOrders])).toEqual([
      ['ann@example.com', 7, 1, 120.5, 0], ['bob@example.com', 0, 2, 1609, 0], ['cy@example.com', 220, 1, 45, 1],
    ]);
  });

  it('a customer list with Created at and ids that never repeat is not an order list', async () => {
    const ledger = await found(['Customer', 'Email', 'Total', 'Created at'], [
      ['Ann', 'ann@example.com', 120.5, '2026-10-01'], ['Bob', 'bob@example.com', 80, '2026-10-03'], ['Cy', 'cy@example.com', 45, '2026-03-02'],
    ]);
    expect([ledger.reading, ledger.hasLedgerHeader, ledger.choices()]).toEqual(['list', false, undefined]);
  });

  it('choosing Name as the order id takes it from the customer name', async () => {
    // Names are people here (one per customer): Name is the customer's, until the user says otherwise.
    const ledger = await found(['Order', 'Name', 'Email', 'Total', 'Order date'], [
      ['1', 'Ann', 'ann@example.com', 10, '2026-10-01'], ['2', 'Ann', 'ann@example.com', 20, '2026-10-02'],
    ]);
    expect([ledger.columns.orderId, ledger.columns.customerName]).toEqual([0, 1]);
    ledger.setColumn('orderId', 1);
    expect([ledger.columns.orderId, ledger.columns.customerName, ledger.columns.customerId]).toEqual([1, undefined, 2]);
  });
});
