// What a column holds, from a sample of its cells: dates, day counts, small whole numbers, amounts,
// codes, phone numbers, names, a running number. Detection weighs it with the header's words, and
// grading decides from it whether recency is a date or a number of days, whatever the header says.
import { isBlank, showValue, upstreamError } from '../cells/coerce';
import { isDate, LAST_SERIAL } from '../cells/dates';
import { readDateText } from '../cells/date-text';
import { looksLikeDecimalComma, parseNumberText } from '../cells/number-text';

/** Rows read from the top of a list to profile its columns, and cells kept per column: enough to tell a
 * column's kind, few enough that a list of a million rows is profiled in a millisecond or two. */
export const PROFILE_ROWS = 1000;
export const PROFILE_CELLS = 200;

/** One cell's kind. `money` is number text with a currency or unit (¥1,234.50, 50万); `code` an
 * identifier (C0012, SO-2026-001, 00123). */
export type CellKind = 'date' | 'number' | 'money' | 'percent' | 'phone' | 'email' | 'code' | 'word';

/** A column's kind: what most of its sampled cells are. */
export type ContentKind =
  | 'empty' | 'date'
  /** Numbers that are Excel date serials (20000 and up: as day counts, 55 years and more). */
  | 'serial'
  /** Whole numbers from 0 below 20000: counts, days, quantities. */
  | 'count'
  /** 1, 2, 3, ... down the rows: a row number (序号), not data. */
  | 'running'
  /** Amounts: currency or units written, decimals or negatives. */
  | 'amount'
  /** Other numbers (large whole numbers: ids or amounts). */
  | 'number'
  | 'phone' | 'email' | 'id' | 'text' | 'mixed';

export interface ColumnProfile {
  readonly kind: ContentKind;
  /** Non-blank cells sampled. */
  readonly cells: number;
  /** Share of the sampled cells of each kind (0 to 1). */
  readonly share: Readonly<Record<CellKind, number>>;
  /** Distinct values among the sampled cells, as a share of them. */
  readonly distinct: number;
  /** Up to three sampled values as a person would read them, for messages. */
  readonly examples: readonly string[];
}

// The share of cells a kind needs to name the column: a few bad cells are data problems, not its kind.
const MOST = 0.8;
/** Serial 20000 is 1954-10-03 (as a number of days, 55 years); 73051 is 2100-01-01. */
const FIRST_SERIAL = 20_000;
const LAST_LIKELY_SERIAL = 73_051;

// Groups of digits with a separator between each (an order number like 2301-20261000 has a group too
// long for a phone), an optional country code, area code in brackets and extension.
const PHONE_TEXT = /^(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?:\s*(?:ext|x|#|转)\s*\d{1,5})?$/i;
// A mainland landline: area code (0 and two or three digits), then seven or eight digits.
const CHINA_LANDLINE = /^0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}$/;
const CHINA_MOBILE = /^(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const CODE = /^[#A-Za-z0-9][A-Za-z0-9_\-/.#:]*$/;

/**
 * The kind of one cell: a date cell, a Date, date text or a yyyymmdd number is a date; a Chinese
 * mobile number is a phone even when stored as a number; number text with a currency or unit is money.
 * @example cellKind('2026-10-30T14:22:10-05:00') // 'date'
 * @example cellKind('¥1,234.50') // 'money'
 * @example cellKind('138-1234-5678') // 'phone'
 * @example cellKind('C0012') // 'code'
 */
export function cellKind(cell: unknown): CellKind | undefined {
  if (typeof cell === 'object' && cell !== null && !isDate(cell) && 'v' in cell) {
    const style = (cell as { style?: unknown }).style;
    if (style === 'date') return 'date';
    if (style === 'percent') return 'percent';
    return cellKind((cell as { v: unknown }).v);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'word';
    if (Number.isInteger(cell) && cell > LAST_SERIAL) {
      if (CHINA_MOBILE.test(String(cell))) return 'phone';
      if (isDateText(String(cell))) return 'date';
    }
    return 'number';
  }
  if (isDate(cell)) return 'date';
  if (typeof cell === 'boolean') return 'word';
  if (isBlank(cell) || upstreamError(cell)) return undefined;
  const text = String(cell).trim();
  // Most cells are plain numbers or words: tell them apart before the slower readers.
  if (!/\d/.test(text)) return EMAIL.test(text) ? 'email' : /^[０-９]/.test(text) ? slowKind(text) : 'word';
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
    if (CHINA_MOBILE.test(text)) return 'phone';
    if (/^0\d/.test(text)) return 'code';
    if (text.length === 8 && isDateText(text)) return 'date';
    return 'number';
  }
  return slowKind(text);
}

function slowKind(text: string): CellKind {
  const digits = text.replace(/\D/g, '').length;
  if (/^\d/.test(text) || text.startsWith('+') || text.startsWith('(')) {
    if (isDateText(text)) return 'date';
    // A separator a number never has (space, dash, bracket, plus) or two dots (555.123.4567), so that
    // 12345.67 stays an amount.
    const separated = /[\s()+-]/.test(text) || (text.match(/\./g)?.length ?? 0) >= 2;
    if (CHINA_MOBILE.test(text) || CHINA_LANDLINE.test(text) || (digits >= 7 && digits <= 15 && separated && PHONE_TEXT.test(text))) return 'phone';
  } else if (isDateText(text)) return 'date';
  // A leading zero is kept only by codes: 00123, 01.0001 (Kingdee's customer codes).
  if (/^0\d/.test(text)) return 'code';
  const n = parseNumberText(text);
  if (!Number.isNaN(n)) {
    if (/%|％/.test(text)) return 'percent';
    return /^[+-]?[\d,]*\.?\d+$/.test(text) ? 'number' : 'money';
  }
  if (looksLikeDecimalComma(text)) return 'money';
  if (EMAIL.test(text)) return 'email';
  if (digits > 0 && text.length <= 40 && CODE.test(text.normalize('NFKC'))) return 'code';
  return 'word';
}

/**
 * Profiles one column from its cells (blanks skipped; at most PROFILE_CELLS looked at).
 * @example profileColumn(['2026/10/1', '2026-09-30T08:00:00Z', null]).kind // 'date'
 * @example profileColumn([3, 12, 0, 7]).kind // 'count'
 * @example profileColumn([1, 2, 3, 4, 5]).kind // 'running'
 * @example profileColumn(['¥1,234.50', '50万', 800]).kind // 'amount'
 */
export function profileColumn(cells: readonly unknown[]): ColumnProfile {
  const counts: Record<CellKind, number> = { date: 0, number: 0, money: 0, percent: 0, phone: 0, email: 0, code: 0, word: 0 };
  const numbers: number[] = [];
  const seen = new Set<unknown>();
  const examples: string[] = [];
  let n = 0;
  for (const cell of cells) {
    if (n >= PROFILE_CELLS) break;
    const kind = cellKind(cell);
    if (kind === undefined) continue;
    n++;
    counts[kind]++;
    const value = typeof cell === 'object' && cell !== null && !isDate(cell) && 'v' in cell ? (cell as { v: unknown }).v : cell;
    const key = isDate(value) ? value.getTime() : typeof value === 'string' ? value.trim() : value;
    if (!seen.has(key) && examples.length < 3) examples.push(showValue(value));
    seen.add(key);
    if (kind === 'number' || kind === 'money') {
      const x = typeof value === 'number' ? value : parseNumberText(String(value));
      if (!Number.isNaN(x)) numbers.push(x);
    }
  }
  const share = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, n ? c / n : 0])) as Record<CellKind, number>;
  return { kind: kindOf(n, share, numbers), cells: n, share, distinct: n ? seen.size / n : 0, examples };
}

function kindOf(n: number, share: Record<CellKind, number>, numbers: readonly number[]): ContentKind {
  if (n === 0) return 'empty';
  if (share.date >= MOST) return 'date';
  if (share.phone >= MOST) return 'phone';
  if (share.email >= MOST) return 'email';
  if (share.number + share.money + share.percent >= MOST) {
    const whole = numbers.every((x) => Number.isInteger(x));
    if (whole && numbers.length >= 3 && isRunning(numbers)) return 'running';
    if (share.number >= MOST && numbers.filter((x) => x >= FIRST_SERIAL && x <= LAST_LIKELY_SERIAL).length >= MOST * numbers.length) return 'serial';
    if (whole && share.money === 0 && numbers.every((x) => x >= 0 && x < FIRST_SERIAL)) return 'count';
    if (share.money > 0.2 || !whole || numbers.some((x) => x < 0)) return 'amount';
    return 'number';
  }
  if (share.code + share.number >= MOST && share.code > 0) return 'id';
  if (share.word >= MOST) return 'text';
  return 'mixed';
}

/** Date text, including a year-last date that reads two ways; not a "date" before 1900 (00001001). */
function isDateText(text: string): boolean {
  const kind = readDateText(text).kind;
  return kind === 'date' || kind === 'ambiguous';
}

/** 1, 2, 3, ... (or counting down): nine steps in ten are one apart. */
function isRunning(numbers: readonly number[]): boolean {
  let up = 0, down = 0;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] - numbers[i - 1] === 1) up++;
    else if (numbers[i - 1] - numbers[i] === 1) down++;
  }
  return Math.max(up, down) >= 0.9 * (numbers.length - 1);
}

/**
 * Profiles every column of a list from its first data rows: at most PROFILE_ROWS rows are read and
 * PROFILE_CELLS non-blank cells kept per column, so a long list costs no more than a short one.
 * @example profileColumns([['A1', 3], ['A2', 5]], 2).map((p) => p.kind) // ['id', 'count']
 */
export function profileColumns(rows: readonly (readonly unknown[])[], width: number): ColumnProfile[] {
  return sampleColumns(rows, width).map(profileColumn);
}

/**
 * The cells profiled for each column: non-blank cells from the top, at most PROFILE_CELLS a column,
 * from at most PROFILE_ROWS rows.
 * @example sampleColumns([[1, null], [2, 'x']], 2) // [[1, 2], ['x']]
 */
export function sampleColumns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  let open = width;
  for (let r = 0; r < Math.min(rows.length, PROFILE_ROWS) && open > 0; r++) {
    const row = rows[r];
    for (let c = 0; c < width; c++) {
      const column = out[c];
      if (column.length >= PROFILE_CELLS) continue;
      const cell = row[c];
      if (isBlank(cell)) continue;
      column.push(cell);
      if (column.length === PROFILE_CELLS) open--;
    }
  }
  return out;
}

/**
 * Whether a recency column holds dates (true) or numbers of days (false), from its cells, whatever its
 * header says: date cells, Dates, date text and Excel serials are dates; small numbers are days.
 * Undefined when the cells do not tell (none, or mostly text).
 * @example recencyIsDateColumn(['2026年3月6日', '2026年2月1日']) // true
 * @example recencyIsDateColumn([46296, 46300]) // true (Excel serials: 2026-10-01 and 2026-10-05)
 * @example recencyIsDateColumn([12, 45, 200]) // false
 */
export function recencyIsDateColumn(cells: readonly unknown[]): boolean | undefined {
  return recencyIsDate(profileColumn(cells));
}

/**
 * recencyIsDateColumn for a profile already made.
 * @example recencyIsDate(profileColumn([46296])) // true
 */
export function recencyIsDate(profile: ColumnProfile): boolean | undefined {
  if (profile.kind === 'date' || profile.kind === 'serial') return true;
  const { share } = profile;
  if (share.date >= 0.5) return true;
  if (profile.kind === 'count' || profile.kind === 'running' || profile.kind === 'number' || profile.kind === 'amount') return false;
  if (share.number + share.money >= 0.5) return false;
  return undefined;
}
