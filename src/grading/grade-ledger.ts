// An order ledger graded per customer: its columns found, its lines summarised (ledger-summary.ts), the
// summary written as a customer sheet of values, and that sheet graded exactly like a pasted list, with
// the stocktake on the summary sheet and the summary's rules on the methodology sheet.
import type { DateConvention } from '../cells/coerce';
import { headerScale } from '../cells/number-text';
import { tableMessage } from '../i18n/table-messages';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import type { LedgerNote } from '../formulas/methodology-sheet';
import { gradedHeaderRow, gradedLayout, workbookDateShift } from '../formulas/graded-workbook';
import { cellValue } from './data-problems';
import { columnDateOrder, type DateOrderTally } from './date-order';
import { detectColumns, findHeaderRow, type ColumnMapping } from './detect-columns';
import { normalizeHeader, type FieldId } from './fields';
import { gradeTable, languageOfHeaders, TableError, type GradedTable, type GradeTableOptions } from './grade-table';
import { idRepeatFinder, idsRepeat, ledgerLineFields } from './ledger-lines';
import { ledgerReader, type LedgerColumns, type LedgerCustomer, type LedgerSummary } from './ledger-summary';
import { btydCustomerCells, btydHeader } from './ledger-btyd-columns';
import { fitLedgerBtyd, type BtydCustomerRow, type BtydModels, type LedgerBtyd } from './ledger-btyd';
import type { GradedOutput } from '../formulas/graded-workbook';
import type { BtydNote } from '../formulas/btyd-sheets';

export { idRepeatFinder, idsRepeat };

/** Rows looked at for a ledger's header (findHeaderRow's look-ahead). */
const HEADER_ROWS = 20;

/** Lines read between two progress reports: often enough for a bar to move, rarely enough to cost nothing. */
const PROGRESS_EVERY = 4096;

/** The fields a ledger is read by, as `--map` and the pane name them. */
export const LEDGER_FIELDS = ['customerId', 'orderDate', 'amount', 'orderId', 'customerName', 'status'] as const;
export type LedgerField = typeof LEDGER_FIELDS[number];

/** What grading a ledger needs from its first rows: the header and where each ledger field is. */
export interface LedgerPlan {
  readonly headerRow: number;
  readonly header: readonly unknown[];
  readonly columns: LedgerColumns;
  readonly lang: Lang;
}

/** How a ledger is graded: the list's options, but the as-of date defaults to the latest order. */
export interface GradeLedgerOptions extends Omit<GradeTableOptions, 'asOf' | 'columns' | 'map'> {
  /** The as-of date (serial); the ledger's latest order date when omitted. */
  readonly asOf?: number;
  /** The window in months (default 12). */
  readonly months?: number;
  /** Header text chosen by the user for a ledger field, overriding detection. */
  readonly map?: Partial<Record<LedgerField, string>>;
  /** The column of each ledger field as the user confirmed it: replaces detection and `map`. */
  readonly ledgerColumns?: LedgerColumns;
  /** The customer sheet's name, which the summary's formulas name too (the pane picks one not taken
   * in the workbook); the language's 'Customers' when omitted. */
  readonly customerSheet?: string;
  /** Told how many of the ledger's lines have been read, every few thousand (the pane's progress bar). */
  readonly progress?: (linesRead: number, lines: number) => void;
  /** Fit the buy-till-you-die models on the ledger and add their columns (docs/ledgers.md); off when omitted. */
  readonly btyd?: boolean;
  /** The models already fitted on this ledger to this as-of date (the pane's check, ledgerBtydModels):
   * reused instead of fitted again, unless they do not describe the ledger's customers. */
  readonly btydModels?: BtydModels;
  /** Count every line whatever its status (the lines a status would leave out are still reported). */
  readonly countAllStatuses?: boolean;
}

/** What reading a ledger's lines takes of the grading options (readLedgerTable). */
export type LedgerReadOptions = Pick<GradeLedgerOptions, 'map' | 'ledgerColumns' | 'lang' | 'dates' | 'asOf' | 'months' | 'btyd' | 'progress' | 'countAllStatuses'>;

/** A graded ledger: the graded customer sheet's workbook, and the summary it came from. */
export interface GradedLedger extends GradedTable {
  readonly summary: LedgerSummary;
  readonly plan: LedgerPlan;
  /** The customer sheet's name (the workbook's first sheet). */
  readonly customerSheet: string;
  /** The buy-till-you-die models fitted on the ledger, when asked for: what they were fitted on, or why not. */
  readonly btyd?: LedgerBtyd;
}

/**
 * Where a table's ledger fields are, from its header (detected, or as the user says) and what its first
 * lines say (ledger-lines.ts: a "Created at" read as the order date, a "Name" of order numbers as the
 * order), or undefined when it does not read as a ledger: an order date and an amount with no count of
 * orders or days (those make it one row per customer). A quantity column is an order line's, never a count.
 * @example ledgerColumnsFromHeader(['客户编号', '订单日期', '数量', '金额']) // { customerId: 0, orderDate: 1, amount: 3 }
 */
export function ledgerColumnsFromHeader(
  header: readonly unknown[], map: Partial<Record<LedgerField, string>> = {}, rows: readonly (readonly unknown[])[] = [],
): LedgerColumns | undefined {
  const mapping = ledgerMapping(header, rows, map, 'en');
  if (mapping.frequency !== undefined || mapping.recencyDays !== undefined) return undefined;
  if ((mapping.customerId ?? mapping.customerName) === undefined || mapping.orderDate === undefined || mapping.monetary === undefined) return undefined;
  return columnsOf(mapping, header);
}

/**
 * Finds a ledger's header among its first rows and its fields (its lines below the header, as many as
 * given, say what the header does not: ledger-lines.ts); a TableError in the user's language says which
 * of customer id, order date and amount is missing.
 * @example planLedger([['Customer', 'Order date', 'Amount'], ['C1', '2026-10-01', 100]], {}).columns // { customerId: 0, orderDate: 1, amount: 2, amountScale: 1 }
 */
export function planLedger(firstRows: readonly (readonly unknown[])[], options: Pick<GradeLedgerOptions, 'map' | 'ledgerColumns' | 'lang'>): LedgerPlan {
  const headerRow = ledgerHeaderRow(firstRows.slice(0, HEADER_ROWS), options.map);
  const header = firstRows[headerRow] ?? [];
  const lang = options.lang ?? languageOfHeaders(header);
  if (options.ledgerColumns) return { headerRow, header, columns: options.ledgerColumns, lang };
  const mapping = ledgerMapping(header, firstRows.slice(headerRow + 1), options.map ?? {}, lang);
  const missing = [
    (mapping.customerId ?? mapping.customerName) === undefined ? tableMessage(lang, 'ledgerFieldId') : '',
    mapping.orderDate === undefined ? tableMessage(lang, 'ledgerFieldDate') : '',
    mapping.monetary === undefined ? tableMessage(lang, 'ledgerFieldAmount') : '',
  ].filter(Boolean);
  if (missing.length) throw new TableError(tableMessage(lang, 'ledgerMissing', { missing: missing.join(lang === 'en' ? '; ' : '；') }));
  return { headerRow, header, lang, columns: columnsOf(mapping, header) };
}

/**
 * A ledger's fields: detection's, the user's `map` over them (a column the user names is that field's
 * only, as planTable has it for a list), then what the lines say.
 */
function ledgerMapping(header: readonly unknown[], rows: readonly (readonly unknown[])[], map: Partial<Record<LedgerField, string>>, lang: Lang): ColumnMapping {
  const mapping: ColumnMapping = { ...detectColumns(header) };
  const user = userLedgerMapping(header, map, lang);
  for (const [field, column] of Object.entries(user) as [FieldId, number][]) {
    for (const [other, at] of Object.entries(mapping) as [FieldId, number][]) if (at === column) delete mapping[other];
    mapping[field] = column;
  }
  return ledgerLineFields(mapping, header, rows, new Set(Object.keys(user) as FieldId[]));
}

/** The ledger columns of a mapping with a customer, an order date and an amount. */
function columnsOf(mapping: ColumnMapping, header: readonly unknown[]): LedgerColumns {
  const id = (mapping.customerId ?? mapping.customerName)!;
  return {
    customerId: id, orderDate: mapping.orderDate!, amount: mapping.monetary!,
    ...(mapping.orderId === undefined ? {} : { orderId: mapping.orderId }),
    ...(mapping.customerName === undefined || mapping.customerName === id ? {} : { customerName: mapping.customerName }),
    ...(mapping.orderStatus === undefined ? {} : { status: mapping.orderStatus }),
    amountScale: headerScale(header[mapping.monetary!]),
  };
}

/**
 * Which of a ledger's first rows is its header: the row detection finds (the first row when it finds
 * none), unless the headers the user named with `map` are not all in it and another row has them
 * (headers detection does not know, such as Kunde / Datum / Betrag, below a title).
 * @example ledgerHeaderRow([['Bestellungen 2026'], ['Kunde', 'Datum', 'Betrag']], { customerId: 'Kunde', orderDate: 'Datum', amount: 'Betrag' }) // 1
 */
export function ledgerHeaderRow(firstRows: readonly (readonly unknown[])[], map: Partial<Record<LedgerField, string>> = {}): number {
  const detected = Math.max(0, findHeaderRow(firstRows));
  const named = Object.values(map).map(normalizeHeader);
  const hasNamed = (row: readonly unknown[] | undefined) => named.every((text) => (row ?? []).some((h) => normalizeHeader(h) === text));
  if (hasNamed(firstRows[detected])) return detected;
  const found = firstRows.findIndex(hasNamed);
  return found < 0 ? detected : found;
}

/**
 * How a table reads: as an order ledger (a ledger's header and customer ids that repeat) or as a list
 * of customers, unless the user said which (`reading`).
 * @example tableReading([['客户', '订单日期', '金额'], ['甲', '2026-10-01', 1], ['甲', '2026-10-02', 2]]) // 'ledger'
 */
export function tableReading(
  table: readonly (readonly unknown[])[], reading: 'auto' | 'ledger' | 'list' = 'auto', map: Partial<Record<LedgerField, string>> = {},
): 'ledger' | 'list' {
  if (reading !== 'auto') return reading;
  const headerRow = ledgerHeaderRow(table.slice(0, HEADER_ROWS), map);
  const columns = ledgerColumnsFromHeader(table[headerRow] ?? [], map, table.slice(headerRow + 1));
  return columns && idsRepeat(table.slice(headerRow + 1), columns.customerId) ? 'ledger' : 'list';
}

/**
 * The day/month order of a ledger's date column (its own dates', else the one given); a column that
 * reads both ways with none given is refused, in the user's language.
 * @example ledgerDates(['13/1/2026'], 'en', undefined) // { order: 'dmy' }
 */
export function ledgerDates(cells: readonly unknown[] | DateOrderTally, lang: Lang, given: DateConvention | undefined): DateConvention | undefined {
  const order = Array.isArray(cells) ? columnDateOrder(cells, given?.order) : (cells as DateOrderTally).order(given?.order);
  if (order === 'ask') throw new TableError(tableMessage(lang, 'tableDateOrder'), { problem: 'dateOrder', questions: [] });
  return order ? { ...given, order } : given;
}

/** The buy-till-you-die models' results for the customer sheet: each customer's row, by id. */
export interface BtydColumnsInput {
  readonly fit: LedgerBtyd;
  readonly rows: ReadonlyMap<string, BtydCustomerRow>;
  readonly output?: GradedOutput;
}

/**
 * The customer sheet of a summarised ledger: one row per customer (id, name where the ledger has one,
 * days since the last order, orders and amount in the window, orders in the window before, first order,
 * status, and with `btyd` fitted the prediction columns of ledger-btyd-columns.ts), and where grading
 * finds its fields.
 * @example ledgerCustomerTable(summary, plan, 'en').header // ['Customer ID', 'Days since last order', 'Orders (12 months)', ...]
 */
export function ledgerCustomerTable(summary: LedgerSummary, plan: LedgerPlan, lang: Lang, dates?: DateConvention, btyd?: BtydColumnsInput): {
  header: string[]; rows: unknown[][]; columns: ColumnMapping; statusColumn: number; previousColumn: number; btyd?: BtydNote;
} {
  const named = plan.columns.customerName !== undefined;
  const header = ledgerCustomerHeader(summary.months, named, lang);
  const at = named ? 1 : 0;
  const shift = workbookDateShift(dates);
  const rows: unknown[][] = summary.customers.map((c) => [
    c.id, ...(named ? [c.name ?? null] : []), c.days, c.orders, c.amount, c.previousOrders,
    { v: c.firstOrder - shift, style: 'date' }, workbookLabel(customerStatus(c, summary), lang),
  ]);
  const table = {
    header, rows, statusColumn: at + 6, previousColumn: at + 4,
    columns: { customerId: 0, ...(named ? { customerName: 1 } : {}), recencyDays: at + 1, frequency: at + 2, monetary: at + 3 },
  };
  if (!btyd) return table;
  // The predictions follow the status; without a BG/NBD fit no column is written (the note says why).
  if (!btyd.fit.bgnbd) return { ...table, btyd: { fit: btyd.fit } };
  const first = header.length;
  const withValue = btyd.fit.gammaGamma !== undefined;
  header.push(...btydHeader(lang, btyd.fit.months, withValue));
  summary.customers.forEach((c, i) => {
    const row = btyd.rows.get(c.id);
    // The BTYD summary is made from the same lines to the same date: every customer has a row.
    if (!row) throw new Error(`no BTYD summary for customer ${c.id}`);
    rows[i].push(...btydCustomerCells(row, first, i + 1, withValue, btyd.output));
  });
  return {
    ...table,
    btyd: { fit: btyd.fit, columns: { frequency: first, pAlive: first + 4, orders: first + 5, ...(withValue ? { value: first + 6 } : {}) } },
  };
}

/**
 * The customer sheet's own columns (before the graded ones), in the workbook's language.
 * @example ledgerCustomerHeader(12, false, 'en') // ['Customer ID', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)', 'Orders (the 12 months before)', 'First order', 'Customer status']
 */
export function ledgerCustomerHeader(months: number, named: boolean, lang: Lang): string[] {
  const n = { n: months };
  return [
    workbookLabel('ledgerCustomerId', lang), ...(named ? [workbookLabel('ledgerCustomerName', lang)] : []),
    workbookLabel('ledgerDays', lang), workbookLabel('ledgerOrders', lang, n), workbookLabel('ledgerAmount', lang, n),
    workbookLabel('ledgerPrevious', lang, n), workbookLabel('ledgerFirstOrder', lang), workbookLabel('ledgerStatus', lang),
  ];
}

/**
 * The header of a graded ledger's customer sheet as text, as the workbook and `-o graded.csv` write it:
 * the customer's columns, then the graded ones.
 * @example gradedLedgerHeader(12, false, 'en').slice(-6) // ['R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']
 */
export function gradedLedgerHeader(months: number, named: boolean, lang: Lang): string[] {
  const header = ledgerCustomerHeader(months, named, lang);
  const options = { lang, asOf: 0, presetLabel: '' };
  return gradedHeaderRow(header, gradedLayout(header.length, 0, options), options).map((cell) => String(cellValue(cell)));
}

/**
 * A customer's status in the stocktake (SPEC, "Order ledgers"): New when the first order is in the
 * window; Returning with an order in the window and a first order before it; Lost with an order in the
 * window before and none in this one; Inactive otherwise.
 * @example customerStatus({ orders: 0, previousOrders: 2, firstOrder: 45000 } as LedgerCustomer, summary) // 'statusLost'
 */
export function customerStatus(c: LedgerCustomer, summary: Pick<LedgerSummary, 'windowStart'>): 'statusNew' | 'statusReturning' | 'statusLost' | 'statusInactive' {
  if (c.orders > 0) return c.firstOrder >= summary.windowStart ? 'statusNew' : 'statusReturning';
  return c.previousOrders > 0 ? 'statusLost' : 'statusInactive';
}

/**
 * How a customer sheet was made, for the methodology sheet and the stocktake.
 * @example ledgerNote('Orders', summary, plan, table).byOrderId // true
 */
export function ledgerNote(
  source: string, summary: LedgerSummary, plan: LedgerPlan, table: { statusColumn: number; previousColumn: number; btyd?: BtydNote },
): LedgerNote {
  return {
    source, months: summary.months, windowStart: summary.windowStart, asOf: summary.asOf, lines: summary.lines,
    linesUsed: summary.linesUsed, customers: summary.customers.length, byOrderId: plan.columns.orderId !== undefined,
    statusColumn: table.statusColumn, previousColumn: table.previousColumn, ...(table.btyd ? { btyd: table.btyd } : {}),
  };
}

/**
 * Grades an order ledger end to end: finds its fields, summarises its lines per customer (reporting the
 * lines it leaves out), and grades the customer sheet like a list. The ledger is not changed; the
 * workbook's first sheet is the graded customer sheet.
 * @example gradeLedger('Orders', [['客户', '订单日期', '金额'], ['甲', '2026-10-01', 100], ['甲', '2026-10-05', 50]], { preset: 'seed' }).summary.customers[0] // { id: '甲', days: 0, orders: 2, amount: 150, ... }
 */
export function gradeLedger(sheetName: string, table: readonly (readonly unknown[])[], options: GradeLedgerOptions): GradedLedger {
  const { plan, summary, dates } = readLedgerTable(table, options);
  return gradeLedgerSummary(sheetName, summary, plan, { ...options, dates });
}

/**
 * A ledger's lines read and summarised per customer, as gradeLedger reads them: its header and fields
 * found, the order dates' day/month order settled (refused when they read both ways and none is given),
 * every line read (telling `progress`), and the summary made to the as-of date (with its BTYD summary
 * when `btyd` is on).
 * @example readLedgerTable([['客户', '订单日期', '金额'], ['甲', '2026-10-01', 100]], {}).summary.customers.length // 1
 */
export function readLedgerTable(
  table: readonly (readonly unknown[])[], options: LedgerReadOptions,
): { plan: LedgerPlan; summary: LedgerSummary; dates: DateConvention | undefined } {
  const plan = planLedger(table, options);
  const { columns, lang } = plan;
  const rows = table.slice(plan.headerRow + 1);
  const dates = ledgerDates(rows.map((row) => cellValue(row[columns.orderDate])), lang, options.dates);
  const reader = ledgerReader(plan.header, columns, { lang, dates, countAllStatuses: options.countAllStatuses });
  for (let i = 0; i < rows.length; i++) {
    reader.add(rows[i], plan.headerRow + 2 + i);
    if (options.progress && (i + 1) % PROGRESS_EVERY === 0) options.progress(i + 1, rows.length);
  }
  const summary = reader.summarize({ asOf: options.asOf, months: options.months, btyd: options.btyd });
  return { plan, summary, dates };
}

/**
 * Grades a ledger already summarised (the CLI reads its lines from a file a piece at a time). A summary
 * made with its BTYD summary (`summarize({ btyd: true })`) gets the models fitted (or `btydModels`
 * reused) and their columns, unless `btyd` is false.
 * @example gradeLedgerSummary('Orders', summary, plan, { preset: 'seed' }).customerSheet // 'Customers'
 */
export function gradeLedgerSummary(sheetName: string, summary: LedgerSummary, plan: LedgerPlan, options: GradeLedgerOptions): GradedLedger {
  const { lang } = plan;
  if (!summary.customers.length) throw new TableError(tableMessage(lang, 'ledgerNoCustomers', { lines: summary.lines }));
  const fitted = summary.btyd && options.btyd !== false ? fitLedgerBtyd(summary.btyd, options.btydModels) : undefined;
  const customers = ledgerCustomerTable(summary, plan, lang, options.dates, fitted && { fit: fitted.btyd, rows: fitted.rows, output: options.output });
  const customerSheet = options.customerSheet ?? workbookLabel('customersSheet', lang);
  const graded = gradeTable(customerSheet, [customers.header, ...customers.rows], {
    ...options, map: undefined, lang, asOf: summary.asOf, columns: customers.columns,
    // The customer sheet's days are numbers, never text to read in a day/month order.
    dates: options.dates?.system ? { system: options.dates.system } : undefined,
    ledger: ledgerNote(sheetName, summary, plan, customers),
  });
  // The BTYD summary's customers are the prediction columns' rows now: not kept a second time.
  const kept = summary.btyd ? { ...summary, btyd: undefined } : summary;
  return { ...graded, problems: [...summary.problems, ...graded.problems], summary: kept, plan, customerSheet, ...(fitted ? { btyd: fitted.btyd } : {}) };
}

/** Ledger columns the user named, matched by header text as detection compares them. */
function userLedgerMapping(header: readonly unknown[], map: Partial<Record<LedgerField, string>>, lang: Lang = 'en'): ColumnMapping {
  const out: ColumnMapping = {};
  const field: Record<LedgerField, FieldId> = { customerId: 'customerId', orderDate: 'orderDate', amount: 'monetary', orderId: 'orderId', customerName: 'customerName', status: 'orderStatus' };
  for (const [name, text] of Object.entries(map) as [LedgerField, string][]) {
    const at = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(text));
    if (at < 0) throw new TableError(tableMessage(lang, 'tableNoSuchColumn', { field: name, name: text }));
    out[field[name]] = at;
  }
  return out;
}
