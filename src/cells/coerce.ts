import type { Lang } from '../i18n/lang';
import { CellError, cellError } from './cell-error';
import { dateToSerial, isDate, isoToSerial, serialToIso } from './dates';

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

// Plain decimal text with optional thousands separators, sign and exponent: "1,234.50", "-3", "1e6".
const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Parses number text as people type it in a cell: `"1,234.5"`, `" 42 "`, `"87.5%"`; NaN when it is not
 * a number.
 * @example parseNumberText('1,234.5') // 1234.5
 * @example parseNumberText('87.5%') // 0.875
 */
export function parseNumberText(text: string): number {
  let t = text.trim();
  let scale = 1;
  if (t.endsWith('%')) {
    t = t.slice(0, -1).trim();
    scale = 100;
  }
  if (t === '' || !NUMBER_TEXT.test(t) || !/\d/.test(t)) return NaN;
  return Number(t.replace(/,/g, '')) / scale;
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
  if (isBlank(value)) return null;
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    if (!Number.isNaN(n)) return n;
  }
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
    if (n instanceof CellError && typeof value === 'string') {
      return cellError(lang, 'value', 'notRatio', { arg, value: showValue(value) });
    }
    return n;
  }
  // 12.3 / 100 is 0.12300000000000001 in floating point: show the fraction a person would type.
  if (n > 1) return cellError(lang, 'value', 'ratioAbove', { arg, value: n, fraction: Number((n / 100).toPrecision(12)) });
  if (n < 0) return cellError(lang, 'value', 'ratioBelow', { arg, value: n });
  return n;
}

/**
 * Reads a date as a serial day number: an Excel serial, a Date (Sheets), or ISO text `2026-10-01`.
 * @example readDate('2026-10-01', 'as_of', 'en') // 46296
 * @example readDate(new Date(2026, 9, 1), 'as_of', 'en') // 46296
 */
export function readDate(value: unknown, arg: string, lang: Lang): Read {
  if (typeof value === 'number') {
    if (value - value === 0 && value >= 0) return value;
    return cellError(lang, 'value', 'notDate', { arg, value: String(value) });
  }
  if (isDate(value)) {
    const t = value.getTime();
    if (!Number.isNaN(t)) return dateToSerial(value);
  } else if (isBlank(value)) {
    return null;
  } else if (typeof value === 'string') {
    const serial = isoToSerial(value.trim());
    if (!Number.isNaN(serial)) return serial;
  }
  return cellError(lang, 'value', 'notDate', { arg, value: showValue(value) });
}
