// Number text as people paste it from CRM exports and finance reports: thousands separators, currency
// signs and codes, full-width digits, Chinese units (万, 亿), percentages and accounting negatives.

// Plain decimal text with optional thousands separators and exponent: "1,234.50", "3", "1e6", ".5".
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
// The common case (digits, a point, a sign), tried first so a column of plain numbers stays fast.
const SIMPLE_NUMBER = /^[+-]?\d+(\.\d+)?$/;
// The next most common, amounts as CRM exports write them ("¥1,234.50", "$1,200", "1,234"): a currency
// sign and PLAIN_NUMBER's digits without an exponent. The general pass reads them as exactly the digits
// without their commas, so this shortcut gives the same number in one test and one replace.
const GROUPED_AMOUNT = /^[¥$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const SIGN_OR_COMMA = /[¥$€£,]/g;

// Currency signs and ISO codes CRM exports put around amounts (NT$ before $, so it is not read as $).
const CURRENCY_BEFORE = 'NT\\$|US\\$|HK\\$|RMB|CNY|USD|TWD|NTD|HKD|EUR|GBP|JPY|[¥$€£]';
const CURRENCY_AFTER = 'RMB|CNY|USD|TWD|NTD|HKD|EUR|GBP|JPY|[元圆塊块]';

// Chinese magnitude words: 1.2亿 = 120,000,000; 50万 = 500,000.
const UNITS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['萬', 1e4], ['億', 1e8], ['千', 1e3],
];
const UNIT_SCALE = new Map(UNITS);

// One pass over the whole form: ( sign currency sign digits unit currency % ). Group by group:
// 1 "(", 2 sign, 3 currency, 4 sign, 5 the number, 6 unit, 7 currency, 8 "%", 9 ")".
const NUMBER_FORM = new RegExp(
  `^(\\()?\\s*([+-])?\\s*(${CURRENCY_BEFORE})?\\s*([+-])?\\s*([\\d.,]*\\d[\\d.,]*(?:[eE][+-]?\\d+)?)\\s*`
  + `(${UNITS.map(([w]) => w).join('|')})?\\s*(${CURRENCY_AFTER})?\\s*(%)?\\s*(\\))?$`, 'i');
// Full-width forms (１２３, ，, ．, ％, ￥) and the ideographic space, which NFKC turns into ASCII.
const FULL_WIDTH = /[\u3000\uff00-\uffef]/;

/**
 * Parses number text as people type or export it; NaN when it is not a number. Accepts thousands
 * separators, a leading or trailing currency sign or code, full-width digits and punctuation, Chinese
 * units, a trailing percent sign and accounting negatives in parentheses.
 * @example parseNumberText('1,234.50') // 1234.5
 * @example parseNumberText('￥1,234') // 1234
 * @example parseNumberText('1.2亿') // 120000000
 * @example parseNumberText('(1,234)') // -1234
 * @example parseNumberText('87.5%') // 0.875
 */
export function parseNumberText(text: string): number {
  const simple = text.trim();
  if (SIMPLE_NUMBER.test(simple)) return Number(simple);
  if (GROUPED_AMOUNT.test(simple)) {
    const n = Number(simple.replace(SIGN_OR_COMMA, ''));
    // Hundreds of digits overflow to Infinity, which the general pass refuses.
    return n - n === 0 ? n : NaN;
  }
  const t = FULL_WIDTH.test(simple) ? simple.normalize('NFKC') : simple;
  const m = NUMBER_FORM.exec(t);
  if (!m) return NaN;
  const [, open, sign1, , sign2, digits, unit, , percent, close] = m;
  // Parentheses come in pairs; "(-5)" says negative twice; a sign on both sides of a currency sign, and
  // a unit with a percent, mean nothing.
  if (Boolean(open) !== Boolean(close) || (open && (sign1 || sign2)) || (sign1 && sign2) || (unit && percent)) return NaN;
  if (!PLAIN_NUMBER.test(digits)) return NaN;
  const scale = percent ? 0.01 : unit ? UNIT_SCALE.get(unit)! : 1;
  const negative = Boolean(open) || sign1 === '-' || sign2 === '-';
  const n = (negative ? -1 : 1) * Number(digits.replace(/,/g, '')) * scale;
  if (n - n !== 0) return NaN;
  // 1.2 * 1e8 is 120000000.00000001 in floating point: keep the digits the person wrote.
  return scale === 1 ? n : Number(n.toPrecision(15));
}

/**
 * True for text written with a decimal comma (`1.234,50`, `12,5`), as many European exports are: the
 * reader refuses it rather than guess, and the message says how to write it.
 * @example looksLikeDecimalComma('1.234,50') // true
 * @example looksLikeDecimalComma('1,234.50') // false
 */
export function looksLikeDecimalComma(text: string): boolean {
  return /^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d{1,2}$/.test(text.trim()) && Number.isNaN(parseNumberText(text));
}

/**
 * The scale a column header gives its amounts, as finance reports write it: `金额（万元）` holds ten
 * thousands of yuan, `销售额/亿元` hundreds of millions; 1 for a plain header.
 * @example headerScale('金额（万元）') // 10000
 * @example headerScale('Amount (CNY)') // 1
 */
export function headerScale(header: unknown): number {
  if (typeof header !== 'string') return 1;
  const t = header.normalize('NFKC');
  const m = /[(/\s_-]?(万亿|千万|百万|亿|万|萬|億|千)\s*(元|圆|人民币|RMB|CNY)?\s*\)?$/i.exec(t);
  if (!m || (m[2] === undefined && !/[(/]/.test(t))) return 1;
  return UNITS.find(([word]) => word === m[1])?.[1] ?? 1;
}
