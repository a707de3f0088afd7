// The grading of an order ledger as one SELECT, for the warehouse where the ledger lives (SPEC,
// "Warehouse SQL"): the ledger rules of src/grading/ledger-summary.ts, the band tables of
// src/models/presets.ts (or any RfmTables) and the segment table of src/models/segments.ts, written
// for a dialect. The ledger rules, as the core applies them:
// - a line with no customer id, date or amount is left out (the core reports it and leaves it out);
// - with a status column, a line whose status, trimmed and lower case, is in order-status.ts's list is
//   left out (the core reports it); a NULL status counts;
// - as-of is given, or the latest order date of the table; lines after as-of are left out, and so is a
//   customer whose every line is after it;
// - days = as-of minus the latest order on or before as-of (any time, not only in the window);
// - the window is EDATE(as_of, -months) <= date <= as_of, both ends included;
// - orders = distinct order ids in the window (a line without one is an order of its own; without an
//   order column every line is an order); amount = the sum in the window, credits included, 0 if none.
//   With order ids the lines are first grouped per customer and order (see the `per_order` CTE: named apart from any table, `orders` above all).
// With the stocktake (docs/ledgers.md), as the customer sheet of a graded ledger has it: the orders of
// the window before (EDATE(as_of, -2 x months) <= date < the window's start), the first order on or
// before as-of, and the status (new, returning, lost, inactive) in the labels' language.
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import type { RfmTables } from '../models/rfm';
import type { SegmentScheme } from '../models/segments';
import { NOT_AN_ORDER_STATUSES } from '../grading/order-status';
import { DIALECTS, type SqlDialect } from './dialects';
import { plainIdentifier, tableNameParts } from './identifiers';
import { bandCase, segmentCase } from './lookups';

/** The ledger's columns in the table: plain identifiers. */
export interface SqlLedgerColumns {
  readonly customerId: string;
  readonly orderDate: string;
  readonly amount: string;
  /** Order numbers: lines sharing one are one order. Without it each line is an order. */
  readonly orderId?: string;
  /** Order statuses: a line whose status is no order's (order-status.ts) is left out. */
  readonly status?: string;
}

export interface GradingSqlOptions {
  readonly dialect: SqlDialect;
  /** `table`, `schema.table` or `database.schema.table`, each part a plain identifier. */
  readonly table: string;
  readonly columns: SqlLedgerColumns;
  /** `YYYY-MM-DD`; omitted: the latest order date in the table. */
  readonly asOf?: string;
  /** The window in months (default 12). */
  readonly months?: number;
  readonly tables: RfmTables;
  /** Default `value8`. */
  readonly scheme?: SegmentScheme;
  /** The language of the segment and status labels (default `en`). */
  readonly lang?: Lang;
  /** Also the customer stocktake's columns, STOCKTAKE_SQL_COLUMNS, after GRADING_SQL_COLUMNS. */
  readonly stocktake?: boolean;
  /** The id and order-number columns are text already trimmed, blank as NULL (the embedded engine's,
   * read by the core's rules): read as they are, so the engine can group by them as it stores them. */
  readonly trimmedIds?: boolean;
  /** Count every line whatever its status: the status column's condition is left out. */
  readonly countAllStatuses?: boolean;
}

/** The columns of the result, in order (SPEC, "Warehouse SQL"). */
export const GRADING_SQL_COLUMNS = [
  'customer_id', 'recency_days', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score', 'rfm_code', 'segment',
] as const;

/** The stocktake's columns, with `stocktake` (docs/ledgers.md): orders in the window before, first order, status. */
export const STOCKTAKE_SQL_COLUMNS = ['previous_frequency', 'first_order', 'status'] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The grading of an order table as one SELECT (CTEs allowed) in `dialect`: one row per customer with
 * GRADING_SQL_COLUMNS. A table or column name that is not a plain identifier is a SqlNameError; a bad
 * as-of date or window a RangeError.
 * @example gradingSql({ dialect: 'postgres', table: 'sales.orders', columns: { customerId: 'customer', orderDate: 'order_date', amount: 'net' }, tables: RFM_PRESETS.seed }) // 'WITH ledger AS (\n  SELECT\n    TRIM(CAST("customer" AS TEXT)) AS customer_id, ...'
 */
export function gradingSql(options: GradingSqlOptions): string {
  const d = DIALECTS[options.dialect];
  if (!d) throw new RangeError(`unknown SQL dialect '${options.dialect}'`);
  const months = options.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 1200) throw new RangeError(`months: ${months} is not a whole number of months from 1 to 1200`);
  const table = tableNameParts(options.table).map(d.quote).join('.');
  const column = (field: keyof SqlLedgerColumns) => {
    const name = options.columns[field];
    return name === undefined ? undefined : d.quote(plainIdentifier(name, `column (${field})`));
  };
  const id = column('customerId')!, date = column('orderDate')!, amount = column('amount')!, order = column('orderId');
  const statusColumn = options.countAllStatuses ? undefined : column('status');
  // The one list of order-status.ts, compared as the core compares it (trimmed, lower case); NULL counts.
  const isOrder = statusColumn === undefined ? ''
    : ` AND (${statusColumn} IS NULL OR LOWER(TRIM(CAST(${statusColumn} AS ${d.textType}))) NOT IN (${NOT_AN_ORDER_STATUSES.map(d.text).join(', ')}))`;
  const asOf = options.asOf === undefined ? undefined : asOfLiteral(options.asOf);
  const idText = options.trimmedIds ? id : `TRIM(CAST(${id} AS ${d.textType}))`;
  const orderText = (o: string) => (options.trimmedIds ? o : `NULLIF(TRIM(CAST(${o} AS ${d.textType})), '')`);
  const inWindow = 'l.order_date >= b.window_start';
  const inPrevious = 'l.order_date >= b.previous_start AND l.order_date < b.window_start';
  const { r, f, m } = options.tables;
  const lang = options.lang ?? 'en';
  const stock = options.stocktake === true;
  // The stocktake's columns, carried from the customers to the end.
  const carried = stock ? ', previous_frequency, first_order, status' : '';
  const status = (label: Parameters<typeof workbookLabel>[0]) => d.text(workbookLabel(label, lang));
  return [
    'WITH ledger AS (',
    '  SELECT',
    `    ${idText} AS customer_id,`,
    `    CAST(${date} AS DATE) AS order_date,`,
    `    ${amount} AS amount${order === undefined ? '' : ','}`,
    ...(order === undefined ? [] : [`    ${orderText(order)} AS order_id`]),
    `  FROM ${table}`,
    `  WHERE ${id} IS NOT NULL AND ${date} IS NOT NULL AND ${amount} IS NOT NULL AND ${idText} <> ''${isOrder}`,
    '),',
    'as_of AS (',
    asOf === undefined ? '  SELECT MAX(order_date) AS as_of_date FROM ledger' : `  SELECT DATE '${asOf}' AS as_of_date`,
    '),',
    'bounds AS (',
    `  SELECT as_of_date, ${d.monthsBefore('as_of_date', months)} AS window_start${stock ? `, ${d.monthsBefore('as_of_date', 2 * months)} AS previous_start` : ''} FROM as_of`,
    '),',
    ...(order === undefined ? [
      // Every line an order: counted and summed per customer.
      'customers AS (',
      '  SELECT',
      '    l.customer_id,',
      `    ${d.daysBetween('b.as_of_date', 'MAX(l.order_date)')} AS recency_days,`,
      `    SUM(CASE WHEN ${inWindow} THEN 1 ELSE 0 END) AS frequency,`,
      `    COALESCE(SUM(CASE WHEN ${inWindow} THEN l.amount END), 0) AS monetary${stock ? ',' : ''}`,
      ...(stock ? [
        `    SUM(CASE WHEN ${inPrevious} THEN 1 ELSE 0 END) AS previous_frequency,`,
        '    MIN(l.order_date) AS first_order,',
        '    b.window_start',
      ] : []),
      '  FROM ledger AS l CROSS JOIN bounds AS b',
      '  WHERE l.order_date <= b.as_of_date',
      `  GROUP BY l.customer_id, b.as_of_date${stock ? ', b.window_start' : ''}`,
      '),',
    ] : [
      // One row per order (per customer: one number, two customers, two orders), then per customer: an
      // order counts once in each window it has a line in. The lines without a number group together,
      // and count one order each. (Two plain aggregations, which engines spill to disk and spread over
      // their threads, where COUNT(DISTINCT) per customer is one of the slowest things they do.)
      'per_order AS (',
      '  SELECT',
      '    l.customer_id, l.order_id, MAX(l.order_date) AS last_date,',
      `    MAX(CASE WHEN ${inWindow} THEN 1 ELSE 0 END) AS in_window,`,
      `    SUM(CASE WHEN ${inWindow} THEN 1 ELSE 0 END) AS lines_in_window,`,
      `    SUM(CASE WHEN ${inWindow} THEN l.amount END) AS amount_in_window${stock ? ',' : ''}`,
      ...(stock ? [
        `    MAX(CASE WHEN ${inPrevious} THEN 1 ELSE 0 END) AS in_previous,`,
        `    SUM(CASE WHEN ${inPrevious} THEN 1 ELSE 0 END) AS lines_in_previous,`,
        '    MIN(l.order_date) AS first_date',
      ] : []),
      '  FROM ledger AS l CROSS JOIN bounds AS b',
      '  WHERE l.order_date <= b.as_of_date',
      '  GROUP BY l.customer_id, l.order_id',
      '),',
      'customers AS (',
      '  SELECT',
      '    o.customer_id,',
      `    ${d.daysBetween('b.as_of_date', 'MAX(o.last_date)')} AS recency_days,`,
      '    SUM(CASE WHEN o.order_id IS NULL THEN o.lines_in_window ELSE o.in_window END) AS frequency,',
      `    COALESCE(SUM(o.amount_in_window), 0) AS monetary${stock ? ',' : ''}`,
      ...(stock ? [
        '    SUM(CASE WHEN o.order_id IS NULL THEN o.lines_in_previous ELSE o.in_previous END) AS previous_frequency,',
        '    MIN(o.first_date) AS first_order,',
        '    b.window_start',
      ] : []),
      '  FROM per_order AS o CROSS JOIN bounds AS b',
      `  GROUP BY o.customer_id, b.as_of_date${stock ? ', b.window_start' : ''}`,
      '),',
    ]),
    ...(stock ? [
      'stocked AS (',
      '  SELECT',
      '    customer_id, recency_days, frequency, monetary, previous_frequency, first_order,',
      `    CASE WHEN frequency > 0 THEN CASE WHEN first_order >= window_start THEN ${status('statusNew')} ELSE ${status('statusReturning')} END`,
      `      WHEN previous_frequency > 0 THEN ${status('statusLost')} ELSE ${status('statusInactive')} END AS status`,
      '  FROM customers',
      '),',
    ] : []),
    'scored AS (',
    '  SELECT',
    `    customer_id, recency_days, frequency, monetary${carried},`,
    `    ${bandCase('recency_days', r)} AS r_score,`,
    `    ${bandCase('frequency', f)} AS f_score,`,
    `    ${bandCase('monetary', m)} AS m_score`,
    `  FROM ${stock ? 'stocked' : 'customers'}`,
    '),',
    'coded AS (',
    '  SELECT',
    `    customer_id, recency_days, frequency, monetary, r_score, f_score, m_score${carried},`,
    '    r_score * 100 + f_score * 10 + m_score AS rfm_code',
    '  FROM scored',
    ')',
    'SELECT',
    '  customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_code,',
    `  ${segmentCase('rfm_code', options.scheme ?? 'value8', lang, d.text)} AS segment${carried}`,
    'FROM coded',
  ].join('\n');
}

/** A `YYYY-MM-DD` that is a real day, for a DATE literal; a RangeError otherwise. */
function asOfLiteral(text: string): string {
  const match = ISO_DAY.exec(text);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || !day || day.toISOString().slice(0, 10) !== text) throw new RangeError(`as-of '${text}' is not a day written YYYY-MM-DD`);
  return text;
}
