import type { Lang } from '../i18n/lang';
import { CellError, cellError } from './cell-error';
import { DATE_1904_OFFSET, dateToSerial, FIRST_SAFE_SERIAL, isDate, LAST_SERIAL, serialToIso } from './dates';
import { readDateText, type DateOrder } from './date-text';
import { looksLikeDecimalComma, parseNumberText } from './number-text';

export { parseNumberText } from './number-text';

/** How a workbook writes dates: the day/month order of year-last text (from its locale, or as the user
 * said) and Excel's date system (1904 in some workbooks made on a Mac). */
export interface DateConvention {
  readonly order?: DateOrder;
  readonly system?: 1900 | 1904;
}

/** What a reader makes of one cell: a number, `null` for a blank cell, or the row's error. */
export type Read = number | null | CellError;

/**
 * True for what a host hands over for an empty cell or a skipped optional argument: Excel's `null`,
 * Sheets' `undefined` or `''`, and whitespace-only text.
 * @example isBlank('  ') // true
 * @example isBlank(0) // false
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Shows a cell value inside a message: text as typed (shortened), TRUE/FALSE, dates as ISO text.
 * @example showValue(true) // 'TRUE'
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 37)}...` : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : serialToIso(dateToSerial(value));
  return String(value);
}

const ERROR_VALUE = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA)$/;

/**
 * The error code a cell holds when its own formula failed: Excel hands a range's error cells over as
 * error objects with a code, Sheets as the error's text. Undefined for any other value.
 * @example upstreamError('#DIV/0!') // '#DIV/0!'
 * @example upstreamError({ code: '#N/A' }) // '#N/A'
 */
export function upstreamError(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim() : typeof value === 'object' && value !== null && !isDate(value)
    ? String((value as { code?: unknown }).code ?? '') : '';
  return ERROR_VALUE.test(code) ? code : undefined;
}

/**
 * Reads a number argument: numbers as they are, number text parsed, blanks as `null`; anything else
 * (booleans, dates, words, NaN, Infinity) is an error that names the argument and the value.
 * @example readNumber('abc', 'monetary', 'en') // CellError "monetary: 'abc' is not a number"
 * @example readNumber(' 1,200 ', 'monetary', 'en') // 1200
 */
export function readNumber(value: unknown, arg: string, lang: Lang): Read {
  if (typeof value === 'number') {
    if (value - value === 0) return value;
    return cellError(lang, 'value', 'notFinite', { arg, value: String(value) });
  }
  // Number text first: no blank or error text reads as a number, and amounts as text are common enough
  // (a million '¥1,234.50' in a CRM export) that the checks for the rare cases should wait.
  const n = typeof value === 'string' ? parseNumberText(value) : NaN;
  if (n === n) return n;
  if (isBlank(value)) return null;
  const error = upstreamError(value);
  if (error) return cellError(lang, 'value', 'upstreamError', { arg, value: error });
  if (typeof value === 'string' && looksLikeDecimalComma(value)) return cellError(lang, 'value', 'decimalComma', { arg, value: showValue(value) });
  return cellError(lang, 'value', 'notNumber', { arg, value: showValue(value) });
}

/**
 * Reads a number that cannot be negative (days, counts, amounts, costs).
 * @example readNonNegative(-3, 'frequency', 'en') // CellError "frequency: -3 is negative"
 */
export function readNonNegative(value: unknown, arg: string, lang: Lang): Read {
  const n = typeof value === 'number' && value >= 0 && value !== Infinity ? value : readNumber(value, arg, lang);
  if (typeof n === 'number' && n < 0) return cellError(lang, 'value', 'negative', { arg, value: n });
  return n;
}

/**
 * Reads a ratio from 0 to 1: `0.875`, or text `"87.5%"`. A number above 1 is an error that suggests
 * the percent form, never silently rescaled (SPEC: "Fractions are fractions").
 * @example readRatio('87.5%', 'penetration', 'en') // 0.875
 * @example readRatio(87.5, 'penetration', 'en').message // 'penetration: 87.5 is above 1, write 87.5% or 0.875'
 */
export function readRatio(value: unknown, arg: string, lang: Lang): Read {
  const n = readNumber(value, arg, lang);
  if (typeof n !== 'number') {
    if (n instanceof CellError && typeof value === 'string' && !upstreamError(value)) {
      return cellError(lang, 'value', 'notRatio', { arg, value: showValue(value) });
    }
    return n;
  }
  // "150%" was typed as a percent: advising "write 150%" would be circular.
  if (n > 1 && typeof value === 'string' && value.trim().endsWith('%')) return cellError(lang, 'value', 'percentAbove', { arg, value: showValue(value) });
  // 12.3 / 100 is 0.12300000000000001 in floating point: show the fraction a person would type.
  if (n > 1) return cellError(lang, 'value', 'ratioAbove', { arg, value: n, fraction: Number((n / 100).toPrecision(12)) });
  if (n < 0) return cellError(lang, 'value', 'ratioBelow', { arg, value: n });
  return n;
}

/**
 * Reads a date as a serial day number (1900 date system): an Excel serial (1904 serials shifted), a Date
 * (Sheets), or date text in any form `readDateText` knows. A year-last date that reads two ways is an
 * error unless the convention gives the order; dates before 1900-03-01 are refused, never read a day off.
 * @example readDate('2026-10-01', 'as_of', 'en') // 46296
 * @example readDate(new Date(2026, 9, 1), 'as_of', 'en') // 46296
 * @example readDate(44834, 'as_of', 'en', { system: 1904 }) // 46296
 * @example readDate('10/1/2026', 'as_of', 'en', { order: 'dmy' }) // 46032 (10 January)
 */
export function readDate(value: unknown, arg: string, lang: Lang, convention?: DateConvention): Read {
  if (typeof value === 'number') {
    if (value - value !== 0) return cellError(lang, 'value', 'notDate', { arg, value: String(value) });
    // 20261001: a date exported as a yyyymmdd number, far beyond the last serial (9999-12-31). Compared
    // first, so the global Number is not read for every serial (slow in a sandboxed global scope, dates.ts).
    if (value > LAST_SERIAL && Number.isInteger(value)) {
      const read = readDateText(String(value));
      return read.kind === 'date' ? read.serial : cellError(lang, 'value', 'notDate', { arg, value: String(value) });
    }
    const serial = convention?.system === 1904 ? value + DATE_1904_OFFSET : value;
    if (serial < FIRST_SAFE_SERIAL || serial >= LAST_SERIAL + 1) return cellError(lang, 'value', 'dateOutOfRange', { arg, value: String(value) });
    return serial;
  }
  if (isDate(value)) {
    const t = value.getTime();
    if (t !== t /* NaN: an Invalid Date */) return cellError(lang, 'value', 'notDate', { arg, value: 'Invalid Date' });
    const serial = dateToSerial(value);
    if (serial < FIRST_SAFE_SERIAL || serial >= LAST_SERIAL + 1) return cellError(lang, 'value', 'dateOutOfRange', { arg, value: showValue(value) });
    return serial;
  }
  if (isBlank(value)) return null;
  const error = upstreamError(value);
  if (error) return cellError(lang, 'value', 'upstreamError', { arg, value: error });
  if (typeof value === 'string') {
    const read = readDateText(value, convention?.order);
    if (read.kind === 'date') return read.serial;
    if (read.kind === 'ambiguous') {
      return cellError(lang, 'value', 'ambiguousDate', { arg, value: showValue(value), mdy: serialToIso(read.mdy), dmy: serialToIso(read.dmy) });
    }
    if (read.kind === 'outOfRange') return cellError(lang, 'value', 'dateOutOfRange', { arg, value: showValue(value) });
  }
  return cellError(lang, 'value', 'notDate', { arg, value: showValue(value) });
}
