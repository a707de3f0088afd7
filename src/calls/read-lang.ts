import { failCall } from '../cells/cell-error';
import { showValue } from '../cells/coerce';
import { parseLangArg, type Lang } from '../i18n/lang';

/**
 * The language of a call: its `lang` argument when given, else the host's. An unknown tag fails the
 * call in the host's language.
 * @example readLang('zh-TW', 'en') // 'zh-TW'
 * @example readLang(undefined, 'zh-CN') // 'zh-CN'
 */
export function readLang(value: unknown, hostLang: Lang): Lang {
  const v = Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value;
  const parsed = parseLangArg(v);
  if (parsed === null) failCall(hostLang, 'badLang', { value: showValue(v) });
  return parsed ?? hostLang;
}
