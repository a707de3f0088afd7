import { CellError, cellError } from '../cells/cell-error';
import { isBlank, readNumber, showValue } from '../cells/coerce';
import { readChoice } from '../cells/options';
import { mapColumns, type Reader } from '../cells/rows';
import type { OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { SEGMENTERS, SEGMENT_SCHEMES, type Labels } from '../models/segments';
import type { CallContext } from './call-context';
import { readLang } from './read-lang';

/** A score must be a whole number from 1 to 5. */
const readScore: Reader = (value, arg, lang) => {
  const n = readNumber(value, arg, lang);
  if (typeof n === 'number' && !(Number.isInteger(n) && n >= 1 && n <= 5)) {
    return cellError(lang, 'value', 'notInteger', { arg, value: n });
  }
  return n;
};

/** True for a whole number whose three digits are each a score from 1 to 5 (111..555). */
function isRfmCode(n: number): boolean {
  // Integer arithmetic: % on a double is a library call, and every cell of a code column comes here.
  const k = n | 0;
  if (k !== n || k < 111 || k > 555) return false;
  const f = ((k / 10) | 0) % 10, m = k % 10;
  return f >= 1 && f <= 5 && m >= 1 && m <= 5;
}

/** A 3-digit code like 535 (number or text), read as one number whose digits are the scores. */
const readCode: Reader = (value, arg, lang) => {
  const n = readNumber(value, arg, lang);
  if (n === null) return null;
  if (n instanceof CellError || !isRfmCode(n)) return cellError(lang, 'value', 'badCode', { arg, value: showValue(value) });
  return n;
};

/** The label of every code 111..555 under a scheme, computed once per call: a million rows then cost
 * one array lookup each. */
function labelsByCode(segment: (r: number, f: number, m: number) => Labels, lang: Lang): string[] {
  const labels: string[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) labels[r * 100 + f * 10 + m] = segment(r, f, m)[lang];
  }
  return labels;
}

/**
 * RFM_SEGMENT over host cells: the customer type from the R, F and M scores, or from `r` alone holding a
 * 3-digit code, under a scheme (value8, five, rfm11), labelled in the user's language.
 * @example rfmSegmentCall([[[5]], [[1]], [[5]]], { lang: 'en' }) // [['Important development']]
 * @example rfmSegmentCall([[[535]], null, null, 'five', 'zh-CN'], { lang: 'en' }) // [['高价值客户']]
 */
export function rfmSegmentCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [r, f, m, scheme, langArg] = args;
  const lang: Lang = readLang(langArg, ctx.lang);
  const labels = labelsByCode(SEGMENTERS[readChoice(scheme, 'scheme', SEGMENT_SCHEMES, 'value8', lang)], lang);
  if (isBlank(f) && isBlank(m)) return codeColumnSegments(r, labels, lang);
  return mapColumns(
    [
      { name: 'r', value: r, read: readScore },
      { name: 'f', value: f, read: readScore },
      { name: 'm', value: m, read: readScore },
    ],
    ([rs, fs, ms]) => labels[rs * 100 + fs * 10 + ms],
    lang,
  );
}

/** Segments a column of 3-digit codes. */
function codeColumnSegments(value: unknown, labels: string[], lang: Lang): OutGrid {
  // `| 0`: a whole-number index, not a double, keeps the lookup fast.
  return mapColumns([{ name: 'r', value, read: readCode }], (v) => labels[v[0] | 0], lang);
}
