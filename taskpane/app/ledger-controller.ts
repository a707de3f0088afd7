// An order ledger in the pane: recognised when the list is found, its fields mapped, summarised per
// customer for the live band counts and the data problems, and graded onto a customer sheet of its own.
// No DOM here (ledger-section.ts draws it), so the tests drive it on the in-memory workbook.
import { readDate, readNumber, showValue, type DateConvention } from '../../src/cells/coerce';
import type { DateOrder } from '../../src/cells/date-text';
import { serialToIso } from '../../src/cells/dates';
import { headerScale } from '../../src/cells/number-text';
import { cellValue, type DataProblem } from '../../src/grading/data-problems';
import { columnDateOrder } from '../../src/grading/date-order';
import { detectColumns } from '../../src/grading/detect-columns';
import { idsRepeat, ledgerColumnsFromHeader, tableReading, type GradedLedger, type GradeLedgerOptions, type LedgerField } from '../../src/grading/grade-ledger';
import { TableError } from '../../src/grading/grade-table';
import { quintileTablesOf } from '../../src/grading/grade-rfm-list';
import { ledgerReader, type LedgerColumns, type LedgerReader, type LedgerSummary } from '../../src/grading/ledger-summary';
import { fitBtydModels, type BtydModels } from '../../src/grading/ledger-btyd';
import type { Lang } from '../../src/i18n/lang';
import type { RfmDimension, RfmTables } from '../../src/models/rfm';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { gradeLedgerIntoNewSheet, type NewSheetControl } from './grade-into-workbook';
import { gradeLedgerHere, type BtydChecker, type LedgerGrader } from './graders';
import { BtydCheck, type BtydAnswer } from './btyd-check';
import { t, type StringKey } from './strings';

/** One row per order ('ledger', graded per customer) or one row per customer ('list'). */
export type Reading = 'ledger' | 'list';

/** The ledger fields the user mapped: column indexes into the list's rows. */
export type LedgerColumnChoice = Partial<Record<LedgerField, number>>;

/** What is saved with the workbook about a table with a ledger's header, restored for the same list. */
export interface LedgerChoices {
  readonly reading: Reading;
  readonly columns: LedgerColumnChoice;
  /** The window, in months (SPEC: 12 by default). */
  readonly months: number;
  /** Whether to add the buy-till-you-die predictions (on when not saved). */
  readonly btyd?: boolean;
  /** The user chose no status column ("— none —": every line counts). Choices saved without it and
   * without a status column were saved before statuses were read: the status column found is read. */
  readonly noStatus?: boolean;
}

/** The ledger fields in the order the pane shows them, with their labels; the first three are required. */
export const LEDGER_FIELD_LABELS: readonly (readonly [LedgerField, StringKey])[] = [
  ['customerId', 'ledgerFieldId'], ['orderDate', 'ledgerFieldDate'], ['amount', 'ledgerFieldAmount'],
  ['orderId', 'ledgerFieldOrderId'], ['customerName', 'ledgerFieldName'], ['status', 'ledgerFieldStatus'],
];
const REQUIRED: readonly LedgerField[] = ['customerId', 'orderDate', 'amount'];
export const DEFAULT_MONTHS = 12;

/**
 * The ledger fields a header names (with what the lines below it say, as the core reads them), even
 * without an amount (so a ledger missing one is recognised and the user told what is missing, not
 * shown a customer list with nothing to grade): a customer and an order date, with no count of orders
 * or days since the last purchase. Undefined otherwise.
 * @example ledgerFieldsOfHeader(['客户编号', '订单日期', '数量']) // { customerId: 0, orderDate: 1 }
 * @example ledgerFieldsOfHeader(['订单编号', '买家会员名', '订单创建时间', '订单状态', '实付款']).status // 3
 */
export function ledgerFieldsOfHeader(header: readonly unknown[], rows: readonly (readonly unknown[])[] = []): LedgerColumnChoice | undefined {
  const complete = ledgerColumnsFromHeader(header, {}, rows);
  if (complete) {
    const { customerId, orderDate, amount, orderId, customerName, status } = complete;
    return { customerId, orderDate, amount, orderId, customerName, status };
  }
  const d = detectColumns(header);
  const id = d.customerId ?? d.customerName;
  if (d.frequency !== undefined || d.recencyDays !== undefined || id === undefined || d.orderDate === undefined) return undefined;
  return {
    customerId: id, orderDate: d.orderDate, orderId: d.orderId, customerName: d.customerName === id ? undefined : d.customerName, status: d.orderStatus,
  };
}

/**
 * What Find my list says of a ledger, in the user's language, its counts with thousands separators.
 * @example ledgerFoundText(ledger, 'en', 'Orders', 1) // 'An order list: 12,480 orders from 1,906 customers, on sheet “Orders”, headers in row 1.'
 */
export function ledgerFoundText(ledger: LedgerController, lang: Lang, sheet: string, headerRow: number): string {
  const shape = ledger.shape();
  const n = (x: number) => x.toLocaleString(lang);
  return shape
    ? t(lang, 'ledgerFound', { orders: n(shape.orders), customers: n(shape.customers), sheet, header: headerRow })
    : t(lang, 'ledgerFoundIncomplete', { sheet, header: headerRow });
}

/**
 * The pane's order-ledger state and what it asks of the core. `recognise` reads a found list; until the
 * user confirms a ledger (`confirm`) or says which reading is right (`readAs`), the pane asks.
 * @example const ledger = new LedgerController(); ledger.recognise(found, 0); ledger.reading // 'ledger'
 */
export class LedgerController {
  list?: FoundList;
  headerRow = 0;
  /** The table has a ledger's header: the pane offers the other reading. */
  hasLedgerHeader = false;
  /** A customer appears on more than one line. */
  repeats = false;
  reading: Reading = 'list';
  /** The user said which reading is right (or did so before, for this list, and it was restored). */
  confirmed = false;
  columns: LedgerColumnChoice = {};
  months = DEFAULT_MONTHS;
  /** The user wants the buy-till-you-die predictions (on by default; written when the models can be fitted). */
  btyd = true;
  /** The day/month order the user chose for year-last order dates (10/1/2026). */
  dateOrder?: DateOrder;
  private memo = new Map<string, unknown>();
  /** Counts the readings of the ledger (found, a column, the date order): the predictions' answer is kept per reading and as-of date. */
  private readingCount = 0;
  private readonly check: BtydCheck;

  /**
   * `checker` fits the predictions' models off the page (the grading worker); without it they are fitted
   * on the page, as the Sheets sidebar grades. `checked` is told when the checker's answer arrives.
   */
  constructor(private readonly options: {
    readonly dateSystem?: 1900 | 1904; readonly localeOrder?: DateOrder; readonly checker?: BtydChecker; readonly checked?: () => void;
  } = {}) {
    this.check = new BtydCheck(options.checked);
  }

  /**
   * Reads a found list: a ledger when it has a ledger's header and customer ids that repeat (the core's
   * tableReading), or a customer and order date whose ids repeat with the amount not found. Choices
   * saved for this list are taken as the user's word.
   * @example ledger.recognise({ sheetName: 'Orders', top: 0, left: 0, rows }, 0); ledger.pending() // true
   */
  recognise(list: FoundList, headerRow: number, saved?: LedgerChoices): void {
    this.list = list;
    this.headerRow = headerRow;
    this.reread();
    this.dateOrder = undefined;
    this.months = DEFAULT_MONTHS;
    this.btyd = true;
    this.confirmed = false;
    const fields = ledgerFieldsOfHeader(this.header(), this.dataRows());
    this.hasLedgerHeader = fields !== undefined;
    this.columns = fields ?? {};
    this.repeats = fields !== undefined && idsRepeat(this.dataRows(), fields.customerId!);
    // With an amount, the core's reading (the same test); without, repeats alone, so the gap can be said.
    this.reading = fields?.amount !== undefined ? tableReading(list.rows) : this.repeats ? 'ledger' : 'list';
    if (saved && this.hasLedgerHeader) {
      this.reading = saved.reading;
      // A status column found now but not in choices saved before statuses were read is read, unless
      // the user chose none: a closed order is never counted because of when the choices were saved.
      const status = saved.columns.status ?? (saved.noStatus ? undefined : fields?.status);
      this.columns = { ...saved.columns, status };
      this.months = saved.months;
      this.btyd = saved.btyd !== false;
      this.confirmed = true;
    }
  }

  /** A ledger recognised and not yet confirmed: the pane asks before anything else. */
  pending(): boolean {
    return this.reading === 'ledger' && !this.confirmed;
  }

  /** The table is graded per customer. */
  active(): boolean {
    return this.reading === 'ledger' && this.confirmed;
  }

  /** The user said yes: grade it per customer. */
  confirm(): void {
    this.confirmed = true;
  }

  /** The user chose the reading (the switch either way); it is kept, and saved with the choices. */
  readAs(reading: Reading): void {
    this.reading = reading;
    this.confirmed = true;
  }

  /**
   * A field's column as the user picked it (undefined: none), taken from any other field that had it
   * (one column, one field: the order number picked is no longer the customer's name); the ledger is
   * read again.
   * @example ledger.setColumn('orderId', 0); ledger.columns.customerName // undefined (it was 0)
   */
  setColumn(field: LedgerField, column: number | undefined): void {
    const columns: LedgerColumnChoice = { ...this.columns };
    if (column !== undefined) for (const other of Object.keys(columns) as LedgerField[]) if (columns[other] === column) columns[other] = undefined;
    this.columns = { ...columns, [field]: column };
    this.reread();
  }

  /**
   * Sets the window; false (and nothing changed) unless it is a whole number of months from 1 to 120.
   * @example ledger.setMonths(6) // true
   */
  setMonths(months: number): boolean {
    if (!Number.isInteger(months) || months < 1 || months > 120) return false;
    this.months = months;
    return true;
  }

  /** The user's choice of the buy-till-you-die predictions (saved with the choices). */
  setBtyd(on: boolean): void {
    this.btyd = on;
  }

  /**
   * The buy-till-you-die models fitted on the ledger up to `asOf`, as grading will fit them: what the
   * pane says before grading (the option is offered when BG/NBD can be fitted, and says why not when
   * it cannot). Fitted once per reading of the ledger and as-of date: by the checker, answering
   * 'checking' until it has, else on the page. Nothing while a field or the date order is missing.
   * @example ledger.predictions(isoToSerial('1997-09-30')) // 'checking', then { bgnbd: { params: { r: 0.2426, ... } }, ... }
   */
  predictions(asOf: number): BtydAnswer {
    const columns = this.ledgerColumns();
    const list = this.list;
    if (!columns || !list || this.dateOrderMissing()) return undefined;
    const checker = this.options.checker;
    return this.check.answer(this.checkKey(asOf), () => (checker
      ? checker(list.rows, { ledgerColumns: columns, dates: this.dates(), asOf, months: this.months })
      : this.fitHere(asOf)));
  }

  /** The models fitted on the page, from the lines read for the counts (as grading reads them). */
  private fitHere(asOf: number): BtydModels | undefined {
    const btyd = this.reader()?.summarize({ asOf, btyd: true }).btyd;
    return btyd && btyd.customers.length ? fitBtydModels(btyd) : undefined;
  }

  /** What the predictions' answer depends on: the ledger as read (its columns, date order) and the as-of date. */
  private checkKey(asOf: number): string {
    return `${this.readingCount}|${asOf}`;
  }

  /** The ledger is read anew: what was worked out from the last reading is forgotten. */
  private reread(): void {
    this.memo.clear();
    this.readingCount++;
  }

  /** The day/month order the user chose for the order dates; the ledger is read again. */
  setDateOrder(order: DateOrder | undefined): void {
    this.dateOrder = order;
    this.reread();
  }

  /** The found list's header row, and below it its lines. */
  header(): readonly unknown[] {
    return this.list?.rows[this.headerRow] ?? [];
  }

  dataRows(): readonly (readonly unknown[])[] {
    return this.list ? this.list.rows.slice(this.headerRow + 1) : [];
  }

  /** The required fields (customer id, order date, amount) with no column. */
  missing(): LedgerField[] {
    return REQUIRED.filter((f) => this.columns[f] === undefined);
  }

  /** The mapped fields as the core reads them, or undefined while a required one is missing. */
  ledgerColumns(): LedgerColumns | undefined {
    const c = this.columns;
    if (this.missing().length) return undefined;
    return {
      customerId: c.customerId!, orderDate: c.orderDate!, amount: c.amount!,
      ...(c.orderId === undefined ? {} : { orderId: c.orderId }),
      ...(c.customerName === undefined || c.customerName === c.customerId ? {} : { customerName: c.customerName }),
      ...(c.status === undefined ? {} : { status: c.status }),
      amountScale: headerScale(this.header()[c.amount!]),
    };
  }

  /** How the order dates read: the column's own order where it tells, else `chosen`; 'ask' when neither does. */
  dateOrderOf(chosen: DateOrder | undefined): DateOrder | 'ask' | undefined {
    const c = this.columns.orderDate;
    if (c === undefined) return undefined;
    return this.remember(`order|${c}|${chosen}`, () => columnDateOrder(this.dataRows().map((row) => row[c]), chosen));
  }

  /** The order dates read both ways and nobody said which (nor the locale): grading waits. */
  dateOrderMissing(): boolean {
    return this.dateOrderOf(this.dateOrder ?? this.options.localeOrder) === 'ask';
  }

  /** The date convention the ledger is read in (the workbook's date system, the day/month order). */
  dates(): DateConvention {
    const order = this.dateOrderOf(this.dateOrder ?? this.options.localeOrder);
    const system = this.options.dateSystem ?? 1900;
    return order === 'ask' || order === undefined ? { system } : { order, system };
  }

  /** Every line read once, kept until the columns or the date order change; undefined while a field is missing. */
  private reader(): LedgerReader | undefined {
    const columns = this.ledgerColumns();
    if (!columns || !this.list) return undefined;
    // Reading is the costly part (a 100,000-line ledger takes a few hundred milliseconds); the summary
    // for another as-of date or window is a pass over the flat arrays the reader keeps.
    return this.remember('reader', () => {
      const reader = ledgerReader(this.header(), columns, { lang: 'en', dates: this.dates() });
      const rows = this.dataRows();
      const first = this.list!.top + this.headerRow + 2;
      for (let i = 0; i < rows.length; i++) reader.add(rows[i], first + i);
      return reader;
    });
  }

  /** The latest order date read (a serial): the as-of date by default. */
  latest(): number | undefined {
    return this.reader()?.latest();
  }

  /**
   * What Find my list says of a ledger: its distinct orders and customers over every line read.
   * @example ledger.shape() // { orders: 6919, customers: 2357 }
   */
  shape(): { readonly orders: number; readonly customers: number } | undefined {
    const reader = this.reader();
    if (!reader) return undefined;
    return { orders: this.summary(undefined)!.ordersInLedger, customers: reader.shape().customers };
  }

  /**
   * The ledger summarised per customer up to `asOf` (the latest order when undefined) over the window,
   * kept until something it depends on changes.
   * @example ledger.summary(isoToSerial('1998-06-30'))!.customers.length // 2357
   */
  summary(asOf: number | undefined): LedgerSummary | undefined {
    const reader = this.reader();
    if (!reader) return undefined;
    return this.remember(`summary|${asOf}|${this.months}`, () => reader.summarize({ asOf, months: this.months }));
  }

  /**
   * The summarised customers' days, orders or amounts: what the live band counts count.
   * @example ledger.bandValues('f', asOf) // [3, 1, 7, ...]
   */
  bandValues(dimension: RfmDimension, asOf: number): number[] {
    const customers = this.summary(asOf)?.customers ?? [];
    return this.remember(`values|${dimension}|${asOf}|${this.months}`, () =>
      customers.map((c) => (dimension === 'r' ? c.days : dimension === 'f' ? c.orders : c.amount)));
  }

  /** The band tables of the summarised customers' own quintiles. */
  quintiles(asOf: number): RfmTables | undefined {
    const customers = this.summary(asOf)?.customers;
    if (!customers) return undefined;
    return quintileTablesOf(customers.map((c) => c.days), customers.map((c) => c.orders), customers.map((c) => c.amount));
  }

  /** The ledger's data problems at `asOf`: lines whose status is no order's, unreadable lines, lines after it, customers with no order by it. */
  problems(asOf: number): readonly DataProblem[] {
    return this.summary(asOf)?.problems ?? [];
  }

  /**
   * The first lines as the summary reads them: the id as text, the date as ISO, the amount as a number
   * (in its header's unit); a cell that cannot be read is shown as it is.
   * @example ledger.preview(1) // [['1', '1997-01-01', '29.33']]
   */
  preview(lines = 3): { fields: LedgerField[]; rows: string[][] } {
    const fields = LEDGER_FIELD_LABELS.map(([f]) => f).filter((f) => this.columns[f] !== undefined);
    const scale = this.columns.amount === undefined ? 1 : headerScale(this.header()[this.columns.amount]);
    const shown = (field: LedgerField, cell: unknown): string => {
      const v = cellValue(cell);
      if (field === 'orderDate') {
        const d = readDate(v, '', 'en', this.dates());
        return typeof d === 'number' ? serialToIso(d) : showValue(v);
      }
      if (field === 'amount') {
        const n = readNumber(v, '', 'en');
        return typeof n === 'number' ? String(n * scale) : showValue(v);
      }
      return typeof v === 'string' ? v.trim() : showValue(v);
    };
    const rows = this.dataRows().slice(0, lines).map((row) => fields.map((f) => shown(f, row[this.columns[f]!])));
    return { fields, rows };
  }

  /** What is saved with the workbook: only for a table with a ledger's header. */
  choices(): LedgerChoices | undefined {
    if (!this.hasLedgerHeader) return undefined;
    return { reading: this.reading, columns: this.columns, months: this.months, btyd: this.btyd, ...(this.columns.status === undefined ? { noStatus: true } : {}) };
  }

  /**
   * Grades the ledger per customer onto a new customer sheet, after the checks a person can act on: a
   * required field without a column, order dates that read two ways. Refusals are TableErrors in the
   * user's language; the ledger is only read.
   * @example await ledger.grade(port, { preset: 'seed', lang: 'en', asOf: 35976 }) // { sheetName: 'Customers', graded: 2357, ... }
   */
  async grade(
    port: WorkbookPort, options: GradeLedgerOptions & { readonly lang: Lang; readonly asOf: number },
    grader: LedgerGrader = gradeLedgerHere, control: NewSheetControl = {},
  ): Promise<GradedLedger & { sheetName: string }> {
    const lang = options.lang;
    const missing = this.missing();
    if (missing.length) {
      const labels = LEDGER_FIELD_LABELS.filter(([f]) => missing.includes(f)).map(([, key]) => t(lang, key));
      throw new TableError(t(lang, 'ledgerMissing', { missing: labels.join(lang === 'en' ? ', ' : '、') }));
    }
    if (this.dateOrderMissing()) throw new TableError(t(lang, 'needLedgerDateOrder'));
    const list = this.list;
    if (!list) throw new TableError(t(lang, 'noList'));
    const ledgerOptions = { ...options, months: this.months, ledgerColumns: this.ledgerColumns(), dates: this.dates(), btyd: this.btyd };
    // The models the option's check fitted for this reading and as-of date (waiting for it when under
    // way) are reused, so the ledger is fitted once; without them grading fits.
    const btydModels = this.btyd ? await this.check.models(this.checkKey(options.asOf)) : undefined;
    return gradeLedgerIntoNewSheet(port, list, { ...ledgerOptions, ...(btydModels ? { btydModels } : {}) }, await port.sheetNames(), grader, control);
  }

  private remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
