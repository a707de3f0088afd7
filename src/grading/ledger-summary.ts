// An order ledger (one row per order or order line) summarised per customer, as SPEC's "Order ledgers"
// defines it: days since the last order on or before the as-of date, distinct orders and the summed
// amount in the window EDATE(as_of, -months) .. as_of. Lines are read once into flat arrays, so the
// as-of date (by default the latest order) can be chosen after reading, and a million lines cost a few
// numbers each.
import { isBlank, readDate, readNumber, showValue, type DateConvention } from '../cells/coerce';
import { readDateText } from '../cells/date-text';
import { edate, serialToIso } from '../cells/dates';
import type { Lang } from '../i18n/lang';
import { btydSummary, type BtydSummary } from '../models/btyd-summary';
import { cellValue, type DataProblem } from './data-problems';
import { notAnOrderStatus } from './order-status';

/** Where a ledger's fields are: column indexes into each row. */
export interface LedgerColumns {
  readonly customerId: number;
  readonly orderDate: number;
  readonly amount: number;
  /** Order numbers: lines sharing one are one order. Without it each line is an order. */
  readonly orderId?: number;
  readonly customerName?: number;
  /** Order statuses: a line whose status is not an order's (order-status.ts) is left out and reported. */
  readonly status?: number;
  /** The amount column's unit from its header (10000 for 金额（万元）); 1 when plain. */
  readonly amountScale?: number;
}

/** One customer of a summarised ledger. */
export interface LedgerCustomer {
  /** The id as written: `00123` stays `00123`. */
  readonly id: string;
  /** The name on the customer's first line, where the ledger has a name column. */
  readonly name?: string;
  /** as-of minus the latest order dated on or before it (any time, not only in the window). */
  readonly days: number;
  /** Distinct orders in the window. */
  readonly orders: number;
  /** Sum of the amounts in the window, returns and credits included. */
  readonly amount: number;
  /** The first and last order dates on or before as-of (serials). */
  readonly firstOrder: number;
  readonly lastOrder: number;
  /** Distinct orders and amount in the window before (EDATE(as_of, -2 months) up to the window's start). */
  readonly previousOrders: number;
  readonly previousAmount: number;
}

export interface LedgerSummary {
  readonly asOf: number;
  readonly months: number;
  /** First day of the window, EDATE(as_of, -months), included; the window ends on as_of, included. */
  readonly windowStart: number;
  /** First day of the window before, EDATE(as_of, -2 x months); it ends the day before windowStart. */
  readonly previousStart: number;
  /** Customers with an order on or before as-of, in order of first appearance. */
  readonly customers: readonly LedgerCustomer[];
  /** Lines read (blank rows not counted), and of them the lines summarised. */
  readonly lines: number;
  readonly linesUsed: number;
  /** Distinct orders over the whole ledger (order numbers counted once). */
  readonly ordersInLedger: number;
  /** Lines whose status is not an order's (per status), unreadable lines, lines after as-of, customers with every order after as-of; by sheet row. */
  readonly problems: readonly DataProblem[];
  /** The same lines summarised for the buy-till-you-die models (in weeks, to the same as-of), when asked. */
  readonly btyd?: BtydSummary;
}

export interface LedgerReadOptions {
  readonly lang: Lang;
  readonly dates?: DateConvention;
  /** How many lines to make room for at once, when known (a ledger in memory): growing by doubling
   * copies and discards a million-line ledger's arrays many times over. */
  readonly capacity?: number;
  /** Count every line whatever its status (`--count-all-statuses`): the lines that would have been left
   * out are still reported, as counted. */
  readonly countAllStatuses?: boolean;
}

/** Takes a ledger's lines one at a time, then summarises them for an as-of date chosen afterwards. */
export interface LedgerReader {
  /** Reads one line, shown to the user as sheet row `sheetRow` (1-based). */
  add(row: readonly unknown[], sheetRow: number): void;
  /** The latest order date read (a serial day), undefined before any line could be read. */
  latest(): number | undefined;
  /** Customers whose ids repeat on more than one line, and the lines read: what tells a ledger from a list. */
  shape(): { readonly lines: number; readonly customers: number };
  /** The summary for `asOf` (default: the latest order date) and a window of `months` (default 12);
   * with `btyd`, the BTYD summary of the same lines to the same as-of date too. */
  summarize(options?: { readonly asOf?: number; readonly months?: number; readonly btyd?: boolean }): LedgerSummary;
}

/**
 * Reads a ledger's lines for summarising. A line whose id, date and amount are all blank is skipped; a
 * line whose status says it is not an order (order-status.ts) is reported per status with its row and
 * left out (counted, with `countAllStatuses`); a line with only some of id, date and amount blank, or an
 * unreadable date or amount, is reported with its row and left out, never counted as 0.
 * @example const r = ledgerReader(['id', 'date', 'amount'], { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en' }); r.add(['C1', '2026-10-01', 100], 2); r.summarize().customers[0] // { id: 'C1', days: 0, orders: 1, amount: 100, ... }
 */
export function ledgerReader(header: readonly unknown[], columns: LedgerColumns, options: LedgerReadOptions): LedgerReader {
  const { lang, dates } = options;
  const scale = columns.amountScale ?? 1;
  const ids: string[] = [];
  const names: (string | undefined)[] = [];
  const idIndex = new Map<string, number>();
  // Orders are counted per customer, so an order number is looked up among its customer's own orders:
  // a list, with a 64-bit mask of the numbers' hashes that tells most new numbers without scanning it,
  // and a Map once the customer has more than BIG_CUSTOMER orders. (One Map of every order number made
  // a million-line ledger take a third longer: its lookups miss the processor's caches.)
  const orderNumberOf: string[] = [];
  // Per customer, side by side so that one cache line holds them: its latest order (-1 for none), its
  // number of orders and a 64-bit mask of its order numbers' hashes.
  let orderState = new Int32Array(4 * 1024);
  const bigCustomerOrders = new Map<number, Map<string, number>>();
  let orderCount = 0;
  let lineCount = 0, used = 0, latest = -Infinity;
  const room = Math.max(16, Math.min(options.capacity ?? 1024, 1 << 24));
  let customerOf = new Int32Array(room), orderOf = new Int32Array(room), rowOf = new Int32Array(room);
  let dateOf = new Float64Array(room), amountOf = new Float64Array(room);
  // Each order's previous order of the same customer, -1 for its first (there are never more orders than
  // lines, so it grows with the lines).
  let previousOrderOf = new Int32Array(room);
  // The lines of one order usually follow each other: the last id and order number read are looked up
  // once, not once a line.
  let lastId: unknown, lastCustomer = -1, lastOrderNumber: unknown, lastOrderCustomer = -1, lastOrder = -1;
  const unreadable = problemsByColumn(header);
  // The lines not orders, by status as written, in the order first seen.
  const notOrders = new Map<string, number[]>();
  let lastStatusCell: unknown, lastStatus: string | undefined;

  const addOrder = (number: string, c: number): number => {
    const order = orderCount++;
    orderNumberOf.push(number);
    previousOrderOf[order] = orderState[4 * c];
    orderState[4 * c] = order;
    orderState[4 * c + 1]++;
    return order;
  };
  const orderFor = (number: string, c: number): number => {
    const at = 4 * c;
    if (orderState[at + 1] > BIG_CUSTOMER) {
      const big = bigCustomerOrders.get(c)!;
      let order = big.get(number);
      if (order === undefined) big.set(number, order = addOrder(number, c));
      return order;
    }
    const hash = hashText(number);
    const word = at + 2 + (hash & 1), bit = 1 << (hash >>> 27);
    if (orderState[word] & bit) {
      for (let o = orderState[at]; o >= 0; o = previousOrderOf[o]) if (orderNumberOf[o] === number) return o;
    }
    orderState[word] |= bit;
    const order = addOrder(number, c);
    if (orderState[at + 1] > BIG_CUSTOMER) {
      const orders = new Map<string, number>();
      for (let o = order; o >= 0; o = previousOrderOf[o]) orders.set(orderNumberOf[o], o);
      bigCustomerOrders.set(c, orders);
    }
    return order;
  };

  const grow = () => {
    const n = customerOf.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => { const b = make(n); b.set(a); return b; };
    customerOf = copy(customerOf, (k) => new Int32Array(k));
    orderOf = copy(orderOf, (k) => new Int32Array(k));
    rowOf = copy(rowOf, (k) => new Int32Array(k));
    dateOf = copy(dateOf, (k) => new Float64Array(k));
    amountOf = copy(amountOf, (k) => new Float64Array(k));
    previousOrderOf = copy(previousOrderOf, (k) => new Int32Array(k));
  };

  return {
    add(row, sheetRow) {
      const id = cellValue(row[columns.customerId]);
      const date = cellValue(row[columns.orderDate]);
      const amount = cellValue(row[columns.amount]);
      const idBlank = isBlank(id), dateBlank = isBlank(date), amountBlank = isBlank(amount);
      if (idBlank && dateBlank && amountBlank) return;
      lineCount++;
      // Before the other checks: an unpaid order's amount is often blank, and it is no order anyway.
      if (columns.status !== undefined) {
        // A status column holds a handful of values: the last one's reading is reused.
        const cell = row[columns.status];
        if (cell !== lastStatusCell) { lastStatusCell = cell; lastStatus = notAnOrderStatus(cell); }
        const status = lastStatus;
        if (status !== undefined) {
          const rows = notOrders.get(status);
          if (rows) rows.push(sheetRow);
          else notOrders.set(status, [sheetRow]);
          if (!options.countAllStatuses) return;
        }
      }
      let bad = false;
      if (idBlank) { unreadable.add('blank', columns.customerId, sheetRow, ''); bad = true; }
      if (dateBlank) { unreadable.add('blank', columns.orderDate, sheetRow, ''); bad = true; }
      if (amountBlank) { unreadable.add('blank', columns.amount, sheetRow, ''); bad = true; }
      const d = dateBlank ? undefined : ledgerDay(date, lang, dates);
      if (!dateBlank && d === undefined) {
        const ambiguous = typeof date === 'string' && readDateText(date, dates?.order).kind === 'ambiguous';
        unreadable.add(ambiguous ? 'ambiguousDate' : 'notDate', columns.orderDate, sheetRow, showValue(date));
        bad = true;
      }
      const a = amountBlank ? undefined : ledgerAmount(amount, lang);
      if (!amountBlank && a === undefined) { unreadable.add('notNumber', columns.amount, sheetRow, showValue(amount)); bad = true; }
      if (bad) return;
      let c = lastCustomer;
      if (id !== lastId) {
        const key = ledgerKey(id);
        const known = idIndex.get(key);
        if (known === undefined) {
          c = ids.length;
          idIndex.set(key, c);
          ids.push(key);
          if (4 * c === orderState.length) {
            const more = new Int32Array(2 * orderState.length);
            more.set(orderState);
            orderState = more;
          }
          orderState[4 * c] = -1;
          const name = columns.customerName === undefined ? undefined : cellValue(row[columns.customerName]);
          names.push(ledgerName(name));
        } else {
          c = known;
        }
        lastId = id;
        lastCustomer = c;
      }
      if (used === customerOf.length) grow();
      const day = d as number;
      customerOf[used] = c;
      dateOf[used] = day;
      amountOf[used] = scale === 1 ? a as number : (a as number) * scale;
      rowOf[used] = sheetRow;
      let order = -1;
      if (columns.orderId !== undefined) {
        const o = cellValue(row[columns.orderId]);
        if (o === lastOrderNumber && c === lastOrderCustomer) order = lastOrder;
        else if (!isBlank(o)) {
          order = orderFor(ledgerKey(o), c);
          lastOrderNumber = o;
          lastOrderCustomer = c;
          lastOrder = order;
        }
      }
      orderOf[used] = order;
      if (day > latest) latest = day;
      used++;
    },
    latest: () => (used ? latest : undefined),
    shape: () => ({ lines: used, customers: ids.length }),
    summarize(given = {}) {
      const months = given.months ?? 12;
      const asOf = Math.floor(given.asOf ?? (used ? latest : 0));
      const windowStart = edate(asOf, -months);
      const previousStart = edate(asOf, -2 * months);
      const n = ids.length;
      const last = new Float64Array(n).fill(-Infinity), first = new Float64Array(n).fill(Infinity);
      const orders = new Float64Array(n), amounts = new Float64Array(n);
      const previousOrders = new Float64Array(n), previousAmounts = new Float64Array(n);
      // An order of several lines is counted once per window: the window it was last counted in.
      const countedIn = new Int8Array(orderCount);
      const after: number[] = [];
      let linesUsed = 0;
      for (let i = 0; i < used; i++) {
        const day = dateOf[i], c = customerOf[i];
        if (day > asOf) { after.push(rowOf[i]); continue; }
        linesUsed++;
        if (day > last[c]) last[c] = day;
        if (day < first[c]) first[c] = day;
        const window = day >= windowStart ? 1 : day >= previousStart ? 2 : 0;
        if (window === 0) continue;
        const o = orderOf[i];
        const newOrder = o < 0 || (countedIn[o] & window) === 0;
        if (o >= 0) countedIn[o] |= window;
        if (window === 1) {
          amounts[c] += amountOf[i];
          if (newOrder) orders[c]++;
        } else {
          previousAmounts[c] += amountOf[i];
          if (newOrder) previousOrders[c]++;
        }
      }
      const customers: LedgerCustomer[] = [];
      const onlyAfter: { id: string; row: number }[] = [];
      for (let c = 0; c < n; c++) {
        if (last[c] === -Infinity) { onlyAfter.push({ id: ids[c], row: 0 }); continue; }
        // No object spread here: lowered for older runtimes it costs more than the rest of the summary.
        const customer: { -readonly [K in keyof LedgerCustomer]: LedgerCustomer[K] } = {
          id: ids[c], days: asOf - last[c], orders: orders[c],
          amount: roundCents(amounts[c]), firstOrder: first[c], lastOrder: last[c],
          previousOrders: previousOrders[c], previousAmount: roundCents(previousAmounts[c]),
        };
        if (names[c] !== undefined) customer.name = names[c];
        customers.push(customer);
      }
      const statusColumn = columns.status === undefined ? '' : showValue(header[columns.status] ?? `#${columns.status + 1}`);
      const kind = options.countAllStatuses ? 'statusCounted' : 'notAnOrder';
      const problems: DataProblem[] = [...notOrders].map(([status, rows]) => ({ kind, column: statusColumn, rows, examples: [status] }));
      problems.push(...unreadable.problems());
      const asOfText = serialToIso(asOf);
      const dateColumn = showValue(header[columns.orderDate] ?? `#${columns.orderDate + 1}`);
      if (after.length) problems.push({ kind: 'afterAsOf', column: dateColumn, rows: after, examples: [], asOf: asOfText });
      if (onlyAfter.length) {
        const firstRows = new Map<number, number>();
        for (let i = 0; i < used; i++) if (!firstRows.has(customerOf[i])) firstRows.set(customerOf[i], rowOf[i]);
        const rows = onlyAfter.map(({ id }) => firstRows.get(idIndex.get(id)!)!).sort((a, b) => a - b);
        problems.push({
          kind: 'notGraded', column: showValue(header[columns.customerId] ?? `#${columns.customerId + 1}`), rows,
          examples: onlyAfter.slice(0, 3).map((x) => x.id), asOf: asOfText,
        });
      }
      const summary: LedgerSummary = {
        asOf, months, windowStart, previousStart, customers, lines: lineCount, linesUsed,
        ordersInLedger: orderCount + countLinesWithoutOrder(orderOf, used), problems,
      };
      if (!given.btyd) return summary;
      // The lines the customer sheet was summarised from, read by the BTYD summary's own rules (one
      // purchase a day, weeks), so the models see exactly the customers and dates the sheet shows.
      const lineIds = new Array<string>(used);
      for (let i = 0; i < used; i++) lineIds[i] = ids[customerOf[i]];
      return { ...summary, btyd: btydSummary(lineIds, dateOf.subarray(0, used), amountOf.subarray(0, used), asOf, 'W') };
    },
  };
}

/**
 * The text a ledger knows a customer id or an order number by (a cell's value): text trimmed, a number
 * as shown (`00123` read from a CSV stays text; 123 is '123').
 * @example ledgerKey(' C1 ') // 'C1'
 * @example ledgerKey(123) // '123'
 */
export function ledgerKey(value: unknown): string {
  return typeof value === 'string' ? value.trim() : showValue(value);
}

/**
 * The name a ledger gives a customer (a cell's value): text trimmed; undefined when blank.
 * @example ledgerName(' Ann ') // 'Ann'
 */
export function ledgerName(value: unknown): string | undefined {
  return isBlank(value) ? undefined : String(value).trim();
}

/**
 * A ledger line's order date (a cell's value, not blank) as its day, a serial with any time of day
 * dropped; undefined when it cannot be read as a date (the line is then reported and left out).
 * @example ledgerDay('2026-10-01 18:30', 'en') // 46296
 * @example ledgerDay('soon', 'en') // undefined
 */
export function ledgerDay(value: unknown, lang: Lang, dates?: DateConvention): number | undefined {
  const d = readDate(value, '', lang, dates);
  return typeof d === 'number' ? floor(d) : undefined;
}

/**
 * A ledger line's amount (a cell's value, not blank) as a number, in the unit of its column (the header's
 * scale is applied after); undefined when it cannot be read as one.
 * @example ledgerAmount('¥1,234.50', 'zh-CN') // 1234.5
 * @example ledgerAmount('n/a', 'en') // undefined
 */
export function ledgerAmount(value: unknown, lang: Lang): number | undefined {
  const a = readNumber(value, '', lang);
  return typeof a === 'number' ? a : undefined;
}

/**
 * Summarises a ledger held in memory: ledgerReader fed every row, `firstRow` being the sheet row of
 * `rows[0]`.
 * @example summarizeLedger([['C1', '2026-09-01', 50], ['C1', '2026-10-01', 100]], { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en' }).customers[0] // { id: 'C1', days: 0, orders: 2, amount: 150, ... }
 */
export function summarizeLedger(
  rows: readonly (readonly unknown[])[], columns: LedgerColumns,
  options: LedgerReadOptions & {
    readonly header?: readonly unknown[]; readonly firstRow?: number; readonly asOf?: number; readonly months?: number; readonly btyd?: boolean;
  },
): LedgerSummary {
  const reader = ledgerReader(options.header ?? [], columns, { capacity: rows.length, ...options });
  const firstRow = options.firstRow ?? 2;
  for (let i = 0; i < rows.length; i++) reader.add(rows[i], firstRow + i);
  return reader.summarize({ asOf: options.asOf, months: options.months, btyd: options.btyd });
}

// Looked up once: a global read in a per-line loop costs about 250 ns in a sandboxed global scope (a
// Node vm context, where the tests and the bench load the bundles), 2 s over a million-line ledger.
const { floor, imul } = Math;

/** Orders past which a customer's order numbers are kept in a Map rather than scanned. */
const BIG_CUSTOMER = 16;

/** FNV-1a over the text's UTF-16 code units. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// Sums of amounts with cents (0.1 + 0.2) are shown as a person adds them.
function roundCents(x: number): number {
  return +x.toPrecision(15);
}

function countLinesWithoutOrder(orderOf: Int32Array, used: number): number {
  let n = 0;
  for (let i = 0; i < used; i++) if (orderOf[i] < 0) n++;
  return n;
}

/** Unreadable lines per kind and column, in the order first seen: the rows and the first examples. */
function problemsByColumn(header: readonly unknown[]) {
  const found = new Map<string, DataProblem & { rows: number[]; examples: string[] }>();
  return {
    add(kind: DataProblem['kind'], column: number, row: number, example: string) {
      const key = `${kind}|${column}`;
      let p = found.get(key);
      if (!p) {
        p = { kind, column: showValue(header[column] ?? `#${column + 1}`), rows: [], examples: [] };
        found.set(key, p);
      }
      p.rows.push(row);
      if (example && p.examples.length < 3) p.examples.push(example);
    },
    problems: (): DataProblem[] => [...found.values()],
  };
}
