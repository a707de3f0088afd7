// Date text as CRM exports write it: 2026-10-01, 2026/10/1, 2026.10.1, 2026年10月1日, 20261001,
// 1-Oct-2026, Oct 1, 2026, ISO timestamps (2026-10-30T14:22:10-05:00), and the year-last 10/1/2026
// whose day/month order depends on the locale.
import { FIRST_SAFE_SERIAL, LAST_SERIAL, ymdToSerial } from './dates';

/** Which of day and month comes first in year-last dates like `10/1/2026`. */
export type DateOrder = 'mdy' | 'dmy';

/** What reading one piece of date text gave. */
export type DateTextRead =
  | { readonly kind: 'date'; readonly serial: number }
  /** A year-last date that reads two ways (`10/1/2026`) and no order was given. */
  | { readonly kind: 'ambiguous'; readonly mdy: number; readonly dmy: number }
  /** A real calendar date before 1900-03-01 (or after 9999): no spreadsheet counts it the same way. */
  | { readonly kind: 'outOfRange' }
  | { readonly kind: 'none' };

// An ISO 8601 timestamp's offset (Z, +08:00, -0500) is read past: the date is the one the exporting
// system wrote, the day its users saw, not that instant moved into another time zone.
const YEAR_FIRST = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT))?)?$/i;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/;
const YEAR_LAST = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?: +(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[-\s]+([a-z]{3,9})\.?[-,\s]+(\d{4}|\d{2})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads date text into a serial day number. Year-first and written-out forms are never ambiguous;
 * a year-last numeric date that reads two ways is read with `order`, and without one it is `ambiguous`
 * (one that reads one way only, 31/1/2026, is that date whatever the order).
 * @example readDateText('2026年10月1日') // { kind: 'date', serial: 46296 }
 * @example readDateText('2026-10-30T14:22:10-05:00').serial // 46325.599... (30 October, as written)
 * @example readDateText('10/1/2026', 'mdy') // { kind: 'date', serial: 46296 }
 * @example readDateText('10/1/2026').kind // 'ambiguous'
 * @example readDateText('13/1/2026') // { kind: 'date', serial: 46035 } (13 January: 13 cannot be a month)
 */
export function readDateText(text: string, order?: DateOrder): DateTextRead {
  const t = (/[^ -~]/.test(text) ? text.normalize('NFKC') : text).trim();
  let m = YEAR_FIRST.exec(t);
  if (m) return fromParts(+m[1], +m[3], +m[4], time(m[5], m[6], m[7]));
  if ((m = CHINESE.exec(t))) return fromParts(+m[1], +m[2], +m[3], 0);
  if ((m = COMPACT.exec(t))) return fromParts(+m[1], +m[2], +m[3], 0);
  if ((m = DAY_MONTH_NAME.exec(t))) return fromParts(fullYear(m[3]), monthNumber(m[2]), +m[1], 0);
  if ((m = MONTH_NAME_DAY.exec(t))) return fromParts(+m[3], monthNumber(m[1]), +m[2], 0);
  const both = yearLastReadings(t);
  if (!both) return { kind: 'none' };
  const { mdy, dmy } = both;
  // The order breaks ties only: 31/1/2026 is 31 January in any locale.
  if (mdy.kind !== 'date') return dmy;
  if (dmy.kind !== 'date' || dmy.serial === mdy.serial) return mdy;
  if (order) return order === 'mdy' ? mdy : dmy;
  return { kind: 'ambiguous', mdy: mdy.serial, dmy: dmy.serial };
}

/** Both readings of a year-last date (`10/1/2026`), or undefined for any other text. */
function yearLastReadings(text: string): { mdy: DateTextRead; dmy: DateTextRead } | undefined {
  const m = YEAR_LAST.exec(text);
  if (!m) return undefined;
  const year = fullYear(m[4]), a = +m[1], b = +m[3], at = time(m[5], m[6], m[7]);
  return { mdy: fromParts(year, a, b, at), dmy: fromParts(year, b, a, at) };
}

/**
 * Which orders can read a year-last date: `'mdy'` or `'dmy'` when only one can, `'either'` when both
 * give different dates, undefined for any other text (year-first, or not a date). The pane decides a
 * whole column's order from these.
 * @example yearLastOrders('13/1/2026') // 'dmy'
 * @example yearLastOrders('10/1/2026') // 'either'
 */
export function yearLastOrders(text: string): DateOrder | 'either' | undefined {
  const both = yearLastReadings(text.trim());
  if (!both) return undefined;
  const { mdy, dmy } = both;
  if (mdy.kind === 'date' && dmy.kind === 'date') return mdy.serial === dmy.serial ? undefined : 'either';
  if (mdy.kind === 'date') return 'mdy';
  return dmy.kind === 'date' ? 'dmy' : undefined;
}

/**
 * The day/month order a locale writes year-last dates in: month first in the United States and the
 * Philippines, day first in most other places; undefined where dates are written year first (Chinese,
 * Japanese, Korean, ...) and a year-last date is foreign, so the order cannot be told from the locale.
 * @example dateOrderForLocale('en-US') // 'mdy'
 * @example dateOrderForLocale('en_GB') // 'dmy'
 * @example dateOrderForLocale('zh-CN') // undefined
 */
export function dateOrderForLocale(locale: string | undefined): DateOrder | undefined {
  if (!locale) return undefined;
  const [language, region = ''] = locale.replace('_', '-').split('-');
  const lang = language.toLowerCase(), reg = region.toUpperCase();
  if (['zh', 'ja', 'ko', 'hu', 'lt', 'mn'].includes(lang)) return undefined;
  if (reg === 'US' || reg === 'PH' || reg === 'FM' || reg === 'MH' || (lang === 'en' && reg === '')) return 'mdy';
  return 'dmy';
}

function fromParts(year: number, month: number, day: number, fraction: number): DateTextRead {
  if (Number.isNaN(fraction) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return { kind: 'none' };
  const serial = ymdToSerial(year, month, day);
  if (Number.isNaN(serial)) return { kind: 'none' };
  if (serial < FIRST_SAFE_SERIAL || serial > LAST_SERIAL) return { kind: 'outOfRange' };
  return { kind: 'date', serial: serial + fraction };
}

/** The time of day as a fraction of a day; NaN for an impossible time. */
function time(h = '0', mi = '0', s = '0'): number {
  const hours = +h, minutes = +mi, seconds = +s;
  if (hours > 23 || minutes > 59 || seconds > 59) return NaN;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 4 ? y : y < 30 ? 2000 + y : 1900 + y;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((m) => lower.startsWith(m));
  // "Sept" and full names start with the abbreviation; reject words that merely share three letters.
  if (i < 0 || !('january february march april may june july august september october november december sept'
    .split(' ').some((full) => full.startsWith(lower)))) return NaN;
  return i + 1;
}
