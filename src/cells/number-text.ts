// Number text as people paste it from CRM exports and finance reports: thousands separators, currency
// signs and codes, full-width digits, Chinese units (万, 亿), percentages and accounting negatives.

// Plain decimal text with optional thousands separators and exponent: "1,234.50", "3", "1e6", ".5".
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
// The common case (digits, a point, a sign), tried first so a column of plain numbers stays fast.
const SIMPLE_NUMBER = /^[+-]?\d+(\.\d+)?$/;

// Currency signs and ISO codes CRM exports put around amounts. Longest first, so NT$ is not read as $.
const CURRENCY_PREFIXES = ['NT$', 'US$', 'HK$', 'RMB', 'CNY', 'USD', 'TWD', 'NTD', 'HKD', 'EUR', 'GBP', 'JPY', '¥', '$', '€', '£'];
const CURRENCY_SUFFIXES = ['RMB', 'CNY', 'USD', 'TWD', 'NTD', 'HKD', 'EUR', 'GBP', 'JPY', '元', '圆', '塊', '块'];

// Chinese magnitude words, longest first: 1.2亿 = 120,000,000; 50万 = 500,000.
const UNITS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['萬', 1e4], ['億', 1e8], ['千', 1e3],
];

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
  // NFKC turns full-width digits, commas, points, signs and ￥ into their ASCII forms.
  let t = (/[^ -~]/.test(simple) ? simple.normalize('NFKC') : simple).replace(/\s+/g, ' ').trim();
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1).trim();
    // "(-5)" says negative twice: refuse rather than guess.
    if (/^[+-]/.test(t)) return NaN;
  }
  let scale = 1;
  if (t.endsWith('%')) {
    t = t.slice(0, -1).trim();
    scale = 0.01;
  }
  t = stripSign(t, (s) => (sign *= s));
  t = stripAffix(t, CURRENCY_PREFIXES, 'prefix');
  t = stripSign(t, (s) => (sign *= s));
  t = stripAffix(t, CURRENCY_SUFFIXES, 'suffix');
  if (scale === 1) {
    const unit = UNITS.find(([word]) => t.endsWith(word));
    if (unit) {
      t = t.slice(0, -unit[0].length).trim();
      scale = unit[1];
    }
  }
  if (t === '' || !/\d/.test(t) || !PLAIN_NUMBER.test(t)) return NaN;
  const n = sign * Number(t.replace(/,/g, '')) * scale;
  if (n - n !== 0) return NaN;
  // 1.2 * 1e8 is 120000000.00000001 in floating point: keep the digits the person wrote.
  return scale === 1 ? n : Number(n.toPrecision(15));
}

/** Drops one leading + or - (after an accounting sign, a currency sign may still follow: -¥1,234). */
function stripSign(text: string, apply: (sign: number) => void): string {
  if (text.startsWith('-') || text.startsWith('+')) {
    apply(text.startsWith('-') ? -1 : 1);
    return text.slice(1).trim();
  }
  return text;
}

function stripAffix(text: string, affixes: readonly string[], where: 'prefix' | 'suffix'): string {
  const upper = text.toUpperCase();
  for (const affix of affixes) {
    if (where === 'prefix' && upper.startsWith(affix)) return text.slice(affix.length).trim();
    if (where === 'suffix' && upper.endsWith(affix)) return text.slice(0, -affix.length).trim();
  }
  return text;
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
