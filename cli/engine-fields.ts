// How the embedded engine reads a ledger's fields with the in-memory path's rules (ledger-summary.ts's
// ledgerKey, ledgerDay, ledgerAmount, ledgerName over the cells a CSV is typed into by typeCsvField),
// without writing those rules a second time: SQL reads only the plain forms, where it provably agrees
// with the core (an id with nothing to trim, an ISO day from 1900-03-01, a decimal with up to 6 places),
// and every other distinct value is handed to the core's own functions once, its result joined back.
// A ledger has few distinct dates, so a column of 2026/1/5 or 5 January 2026 costs a few thousand calls.
// An order status has fewer still: every one is handed to the core (order-status.ts), which says whether
// it is no order's, so the engine never holds a second copy of that list.
import { cellValue } from '../src/grading/data-problems';
import { isBlank, type DateConvention } from '../src/cells/coerce';
import { ledgerAmount, ledgerDay, ledgerKey, ledgerName } from '../src/grading/ledger-summary';
import { notAnOrderStatus } from '../src/grading/order-status';
import type { Lang } from '../src/i18n/lang';
import { typeCsvField } from '../src/xlsx/read-csv';

/** The ledger fields the engine reads. */
export type EngineField = 'customer' | 'date' | 'amount' | 'order' | 'name' | 'status';

/** How SQL reads one field of the source (`x` is the column as the source gives it). */
export interface FieldRule {
  /** SQL: true where SQL alone reads `x` as the core reads it (never for a blank `x`). */
  fast(x: string): string;
  /** SQL: the value of `x` where `fast`: VARCHAR for the texts, DATE, a DECIMAL for an amount; never an
   * error where not (a Parquet file's values are read without the `fast` test once its other texts are known). */
  value(x: string): string;
  /** SQL: `x` as text, for the core where not `fast`. */
  text(x: string): string;
  /** The cell the in-memory path holds for that text (a CSV field as typeCsvField types it). */
  cell(text: string): unknown;
}

/** What the core makes of one value: the value for SQL (null when unreadable), and whether it is blank. */
export interface CoreReading {
  readonly value: string | number | null;
  readonly blank: boolean;
}

/** The SQL type of a field's value as the core's reading is stored (dates as serial days). */
export const SLOW_VALUE_TYPE: Readonly<Record<EngineField, string>> = {
  customer: 'VARCHAR', order: 'VARCHAR', name: 'VARCHAR', date: 'INTEGER', amount: 'DOUBLE', status: 'VARCHAR',
};

/** Amounts as the engine sums them: exact to 10 places (doubles would make 0.1 + 0.2 a band edge
 * case), up to 10^28. An amount the core reads beyond that is refused rather than rounded. */
export const AMOUNT_TYPE = 'DECIMAL(38, 10)';
const LARGEST_AMOUNT = 1e27;

/** The characters JavaScript's trim() drops (WhiteSpace and LineTerminator), as an RE2 class body. */
const TRIMMED = String.raw`\t\n\x0B\f\r\pZ\x{FEFF}`;
// Text with nothing to trim: the core's key is the text itself.
const UNTRIMMED = String.raw`[^${TRIMMED}](?s:.*[^${TRIMMED}])?`;
// ... and that typeCsvField keeps as text: it starts with no digit, sign or point (so it is no number
// and no year-first date), and is not an exponent like e5.
const CSV_TEXT = String.raw`[^0-9+\-.${TRIMMED}](?s:.*[^${TRIMMED}])?`;
const EXPONENT_START = String.raw`^[eE][+\-]?[0-9]`;
// Whole numbers typeCsvField reads as numbers the core shows as written (15 digits are exact in a
// double), and digits with a leading zero, which it keeps as text.
const CSV_ID_DIGITS = '0[0-9]*|[1-9][0-9]{0,14}';
const ISO_DAY = '(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}';
const DECIMAL = String.raw`-?[0-9]{1,12}(\.[0-9]{1,6})?`;
// The core reads no date before 1900-03-01 (where Excel's serials stop matching the calendar).
const FIRST_DAY = "DATE '1900-03-01'";
// The largest whole number a double holds exactly: a larger integer id is shown as the core's double shows it.
const EXACT = '9007199254740991';

const match = (x: string, pattern: string) => `regexp_full_match(${x}, '${pattern}')`;
const asText = (x: string) => `CAST(${x} AS VARCHAR)`;
// A plain decimal of up to 12 digits and 6 places is held in 8 bytes until it is summed.
const decimal = (x: string) => `TRY_CAST(${x} AS DECIMAL(18, 6))`;
const day = (x: string) => `TRY_CAST(${x} AS DATE)`;
const isoDay = (x: string) => `(${match(x, ISO_DAY)} AND ${day(x)} >= ${FIRST_DAY})`;

/**
 * The rules for a CSV, every column read as text: a field is the cell typeCsvField makes of it, as in
 * the in-memory path.
 * @example csvFieldRule('customer').fast('c') // "((regexp_full_match(c, '[^0-9+\\-.\\t...') ..."
 */
export function csvFieldRule(field: EngineField): FieldRule {
  const csvText = (x: string) => `(${match(x, CSV_TEXT)} AND NOT regexp_matches(${x}, '${EXPONENT_START}'))`;
  const base = { text: (x: string) => x, cell: typeCsvField, value: (x: string) => x };
  switch (field) {
    case 'customer':
    case 'order':
      return { ...base, fast: (x) => `(${csvText(x)} OR ${match(x, CSV_ID_DIGITS)})` };
    case 'name':
      return { ...base, fast: csvText };
    case 'date':
      return { ...base, fast: isoDay, value: day };
    case 'amount':
      return { ...base, fast: (x) => match(x, DECIMAL), value: decimal };
    case 'status':
      return { ...base, fast: () => 'FALSE' };
  }
}

/** A Parquet column's DuckDB type, as `DESCRIBE` gives it, in the kinds the rules tell apart. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'date' | 'timestamp' | 'other';

/**
 * The kind of a DuckDB column type.
 * @example columnKind('DECIMAL(18,2)') // 'number'
 * @example columnKind('TIMESTAMP WITH TIME ZONE') // 'timestamp'
 */
export function columnKind(type: string): ColumnKind {
  const t = type.toUpperCase();
  if (t === 'VARCHAR') return 'text';
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(t)) return 'integer';
  if (t === 'FLOAT' || t === 'DOUBLE' || t.startsWith('DECIMAL')) return 'number';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  return 'other';
}

/**
 * The rules for a Parquet column of `kind`: its values are cells as a workbook holds them (text as
 * written, numbers, dates), never retyped the way CSV text is.
 * @example parquetFieldRule('amount', 'number').value('amt') // 'TRY_CAST(amt AS DECIMAL(38, 10))'
 */
export function parquetFieldRule(field: EngineField, kind: ColumnKind): FieldRule {
  const none = () => 'FALSE';
  // Where SQL reads no value at all: every text goes to the core.
  const nothing = (type: string) => () => `CAST(NULL AS ${type})`;
  const asNumber = (text: string) => Number(text);
  const asCell = (text: string) => text;
  if (field === 'date') {
    if (kind === 'text') return { fast: isoDay, value: day, text: asText, cell: asCell };
    // 'infinity' and days out of the sheet's range go to the core as text, which refuses them.
    if (kind === 'date' || kind === 'timestamp') return { fast: (x) => `(${day(x)} BETWEEN ${FIRST_DAY} AND DATE '9999-12-31')`, value: day, text: asText, cell: asCell };
    // Serials or yyyymmdd numbers: few distinct days, each read by the core.
    return { fast: none, value: nothing('DATE'), text: asText, cell: kind === 'integer' || kind === 'number' ? asNumber : asCell };
  }
  if (field === 'amount') {
    if (kind === 'text') return { fast: (x) => match(x, DECIMAL), value: decimal, text: asText, cell: asCell };
    if (kind === 'integer' || kind === 'number') {
      const exact = (x: string) => `TRY_CAST(${x} AS ${AMOUNT_TYPE})`;
      return { fast: (x) => `(${exact(x)} IS NOT NULL)`, value: exact, text: asText, cell: asNumber };
    }
    return { fast: none, value: nothing(AMOUNT_TYPE), text: asText, cell: asCell };
  }
  // A status: every value is the core's to read.
  if (field === 'status') return { fast: none, value: nothing('VARCHAR'), text: asText, cell: kind === 'integer' || kind === 'number' ? asNumber : asCell };
  // Customer ids, order numbers and names.
  if (kind === 'text') return { fast: (x) => match(x, UNTRIMMED), value: (x) => x, text: (x) => x, cell: asCell };
  if (kind === 'integer') return { fast: (x) => `(${x} BETWEEN -${EXACT} AND ${EXACT})`, value: asText, text: asText, cell: asNumber };
  return { fast: none, value: nothing('VARCHAR'), text: asText, cell: kind === 'number' ? asNumber : asCell };
}

/**
 * The core's reading of one value of `field`, given as the cell the in-memory path holds: the key of
 * an id or order number, a name, a date's serial day, an amount, a status that is no order's (as
 * written, trimmed; null for a status that counts); null where it cannot be read. An
 * amount beyond what the engine sums exactly is refused with a RangeError.
 * @example coreReading('date', typeCsvField('2026/10/1'), 'en') // { value: 46296, blank: false }
 * @example coreReading('amount', typeCsvField('¥1,234.50'), 'en') // { value: 1234.5, blank: false }
 */
export function coreReading(field: EngineField, cell: unknown, lang: Lang, dates?: DateConvention): CoreReading {
  const v = cellValue(cell);
  if (isBlank(v)) return { value: null, blank: true };
  switch (field) {
    case 'customer':
    case 'order':
      return { value: ledgerKey(v), blank: false };
    case 'name':
      return { value: ledgerName(v) ?? null, blank: false };
    case 'date':
      return { value: ledgerDay(v, lang, dates) ?? null, blank: false };
    case 'status':
      return { value: notAnOrderStatus(v) ?? null, blank: false };
    case 'amount': {
      const a = ledgerAmount(v, lang);
      if (a !== undefined && Math.abs(a) >= LARGEST_AMOUNT) throw new RangeError(`the amount ${a} is beyond what the embedded engine sums exactly (${LARGEST_AMOUNT})`);
      return { value: a ?? null, blank: false };
    }
  }
}
