// What an order list's lines say that its header does not (docs/ledgers.md, "A ledger or a list"):
// whether a customer appears on more than one line, when a "Created at" is the order's date, and when a
// "Name" of order numbers is the order rather than the customer. One place for these rules: the CLI,
// the pane and grading all read a ledger's fields through grade-ledger.ts, which asks here.
import { isBlank } from '../cells/coerce';
import { recencyIsDateColumn } from './column-profile';
import { cellValue } from './data-problems';
import type { ColumnMapping } from './detect-columns';
import { normalizeHeader, type FieldId } from './fields';

/** Lines whose cells are read for what a column holds: enough to tell, few enough to cost nothing. */
const SAMPLE_LINES = 1000;

// A record's creation, as exports write it (Shopify's Created at, 创建时间). Not a sign-up's or a
// registration's (Signup date, 注册时间), which are a customer's whatever else the table holds, though
// the header lexicon reads them all as one word, `created`.
const CREATED_HEADER = /^(?:(?:date|time)?(?:created|creation)(?:at|on|date|time|datetime|timestamp)?|(?:创建|創建)(?:时间|時間|日期|日)?)$/;

// An order's number: a leading # or letters, then digits (#1001, SO-0001, INV20260001).
const ORDER_NUMBER = /^(?:#\s*|[A-Za-z]+[-_]?)\d+$/;

/**
 * True when a customer id appears on more than one line: with a ledger's header, what makes a table an
 * order list rather than a list of customers missing their order counts.
 * @example idsRepeat([['C1'], ['C2'], ['C1']], 0) // true
 */
export function idsRepeat(rows: readonly (readonly unknown[])[], idColumn: number): boolean {
  const repeat = idRepeatFinder();
  return rows.some((row) => repeat.add(row[idColumn]));
}

/**
 * idsRepeat a cell at a time, for a table read from a file a row at a time: `add` is true from the
 * first id seen before on.
 * @example const r = idRepeatFinder(); r.add('C1'); r.add('C2'); r.add(' C1 ') // true
 */
export function idRepeatFinder(): { add(cell: unknown): boolean } {
  const seen = new Set<string>();
  let repeated = false;
  return {
    add(cell) {
      if (repeated) return true;
      const key = idKey(cell);
      if (key === undefined) return false;
      if (seen.has(key)) return (repeated = true);
      seen.add(key);
      return false;
    },
  };
}

/**
 * A ledger's fields with what its lines say added, when a customer id repeats (then a line is not a
 * customer): with no order date, no count of orders and no days or last purchase, a `created` column
 * whose cells read as dates is the order's date; a customer name column whose values are all order
 * numbers, one customer having two of them, is the order's id and no one's name. Fields in `chosen`
 * (the user's) are left as they are.
 * @example ledgerLineFields({ customerName: 0, customerId: 1, monetary: 2 }, ['Name', 'Email', 'Total', 'Created at'], [['#1001', 'a@x', 1, '2026-10-01'], ['#1002', 'a@x', 2, '2026-10-03']]) // { customerId: 1, monetary: 2, orderDate: 3, orderId: 0 }
 */
export function ledgerLineFields(
  mapping: ColumnMapping, header: readonly unknown[], rows: readonly (readonly unknown[])[], chosen: ReadonlySet<FieldId> = new Set(),
): ColumnMapping {
  const id = mapping.customerId ?? mapping.customerName;
  const asks = mapping.orderDate === undefined || mapping.customerName !== undefined;
  if (id === undefined || !asks || !idsRepeat(rows, id)) return mapping;
  const out = { ...mapping };
  const sample = rows.slice(0, SAMPLE_LINES);
  const listOnly = out.frequency !== undefined || out.recencyDays !== undefined || out.lastPurchase !== undefined;
  if (out.orderDate === undefined && out.monetary !== undefined && !listOnly) {
    const taken = new Set(Object.values(out));
    const created = header.findIndex((h, c) => !taken.has(c) && CREATED_HEADER.test(normalizeHeader(h))
      && recencyIsDateColumn(sample.map((row) => cellValue(row[c]))) === true);
    if (created >= 0) out.orderDate = created;
  }
  const name = out.customerName;
  if (name !== undefined && out.customerId !== undefined && name !== out.customerId && !chosen.has('customerName')
    && holdsOrderNumbers(sample, name, out.customerId)) {
    delete out.customerName;
    if (out.orderId === undefined) out.orderId = name;
  }
  return out;
}

/** Every value of `column` reads as an order number and some customer has two different ones: one per
 * order, not one per customer as a name would be. */
function holdsOrderNumbers(rows: readonly (readonly unknown[])[], column: number, idColumn: number): boolean {
  const valueOf = new Map<string, string>();
  let twoForOne = false;
  for (const row of rows) {
    const value = cellValue(row[column]);
    if (isBlank(value)) continue;
    const text = String(value).trim();
    if (!ORDER_NUMBER.test(text)) return false;
    const id = idKey(row[idColumn]);
    if (id === undefined) continue;
    const seen = valueOf.get(id);
    if (seen === undefined) valueOf.set(id, text);
    else if (seen !== text) twoForOne = true;
  }
  return twoForOne;
}

/** A customer id as lines are matched by it: its text, trimmed; undefined when blank. */
function idKey(cell: unknown): string | undefined {
  const id = cellValue(cell);
  return isBlank(id) ? undefined : String(id).trim();
}
