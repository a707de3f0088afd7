/** The three languages labels and messages come in. */
export type Lang = 'en' | 'zh-CN' | 'zh-TW';

export const LANGS: readonly Lang[] = ['en', 'zh-CN', 'zh-TW'];

/**
 * Maps a host's locale tag to one of our languages; anything unknown is English (SPEC: "English where the
 * host tells none").
 * @example toLang('zh-Hant-HK') // 'zh-TW'
 * @example toLang('zh_CN') // 'zh-CN'
 * @example toLang('fr-FR') // 'en'
 */
export function toLang(tag: unknown): Lang {
  if (typeof tag !== 'string') return 'en';
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!t.startsWith('zh')) return 'en';
  // Traditional script or a region that writes it: Taiwan, Hong Kong, Macau.
  if (/hant|-tw|-hk|-mo/.test(t)) return 'zh-TW';
  return 'zh-CN';
}

/**
 * Reads an explicit `lang` argument: blank means "not given" (undefined); anything else must name one of
 * the three languages.
 * @example parseLangArg('zh-TW') // 'zh-TW'
 * @example parseLangArg('') // undefined
 */
export function parseLangArg(value: unknown): Lang | undefined | null {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return null;
  const t = value.trim().toLowerCase().replace(/_/g, '-');
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (t === 'zh' || t.startsWith('zh-')) return toLang(t);
  return null;
}
