// Cells that may be a checkbox: a lead feature such as "attended a webinar", a key person reached or
// not. TRUE and FALSE are 1 and 0 there (docs/pipeline.md); everywhere else a boolean is not a number.
import type { Lang } from '../i18n/lang';
import { readNumber, readRatio, type Read } from './coerce';

/**
 * Reads a number, or TRUE / FALSE as 1 / 0 (LOGISTIC_FIT's and CONVERSION_PROB's features).
 * @example readNumberOrFlag(true, 'features', 'en') // 1
 * @example readNumberOrFlag('3', 'features', 'en') // 3
 */
export function readNumberOrFlag(value: unknown, arg: string, lang: Lang): Read {
  return typeof value === 'boolean' ? Number(value) : readNumber(value, arg, lang);
}

/**
 * Reads a ratio 0-1, or TRUE / FALSE as 1 / 0 (C139's key people: reached or not, or how well).
 * @example readRatioOrFlag(false, 'key_people', 'en') // 0
 * @example readRatioOrFlag('50%', 'key_people', 'en') // 0.5
 */
export function readRatioOrFlag(value: unknown, arg: string, lang: Lang): Read {
  return typeof value === 'boolean' ? Number(value) : readRatio(value, arg, lang);
}
