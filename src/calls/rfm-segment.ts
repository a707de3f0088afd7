import { CellError, cellError } from '../cells/cell-error';
import { isBlank, readNumber, showValue } from '../cells/coerce';
import { readChoice } from '../cells/options';
import { mapColumns, type Reader } from '../cells/rows';
import type { OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { SEGMENTERS, SEGMENT_SCHEMES } from '../models/segments';
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

/** A 3-digit code like 535 (number or text), read as one number whose digits are the scores. */
const readCode: Reader = (value, arg, lang) => {
  const n = readNumber(value, arg, lang);
  if (n instanceof CellError) return cellError(lang, 'value', 'badCode', { arg, value: showValue(value) });
  if (n === null) return null;
  const digits = String(n);
  if (!/^[1-5]{3}$/.test(digits)) return cellError(lang, 'value', 'badCode', { arg, value: showValue(value) });
  return n;
};

/**
 * RFM_SEGMENT over host cells: the customer type from the R, F and M scores, or from `r` alone holding a
 * 3-digit code, under a scheme (value8, five, rfm11), labelled in the user's language.
 * @example rfmSegmentCall([[[5]], [[1]], [[5]]], { lang: 'en' }) // [['Important development']]
 * @example rfmSegmentCall([[[535]], null, null, 'five', 'zh-CN'], { lang: 'en' }) // [['高价值客户']]
 */
export function rfmSegmentCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [r, f, m, scheme, langArg] = args;
  const lang: Lang = readLang(langArg, ctx.lang);
  const segment = SEGMENTERS[readChoice(scheme, 'scheme', SEGMENT_SCHEMES, 'value8', lang)];
  if (isBlank(f) && isBlank(m)) {
    return mapColumns([{ name: 'r', value: r, read: readCode }], ([code]) => {
      return segment(Math.floor(code / 100), Math.floor(code / 10) % 10, code % 10)[lang];
    }, lang);
  }
  return mapColumns(
    [
      { name: 'r', value: r, read: readScore },
      { name: 'f', value: f, read: readScore },
      { name: 'm', value: m, read: readScore },
    ],
    ([rs, fs, ms]) => segment(rs, fs, ms)[lang],
    lang,
  );
}

