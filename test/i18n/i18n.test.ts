// Languages (SPEC.md, "Labels follow the user's language"): en, zh-CN, zh-TW; English where the host
// tells none; every message written once for the three.
import { describe, expect, it } from 'vitest';
import { parseLangArg, toLang } from '../../src/i18n/lang';
import { format } from '../../src/i18n/messages';
import { hasCjk } from '../support/call-cells';

describe('toLang', () => {
  it.each([
    ['zh-CN', 'zh-CN'], ['zh_CN', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh-SG', 'zh-CN'], ['zh', 'zh-CN'],
    ['zh-TW', 'zh-TW'], ['zh-HK', 'zh-TW'], ['zh-MO', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'], ['ZH-tw', 'zh-TW'],
    ['en-US', 'en'], ['en-GB', 'en'],
    // English where the host tells none, or tells a language we do not have
    ['fr-FR', 'en'], ['ja-JP', 'en'], ['', 'en'], [undefined, 'en'], [null, 'en'],
  ])('%j is %s', (tag, lang) => expect(toLang(tag)).toBe(lang));
});

describe('parseLangArg', () => {
  it.each([
    ['en', 'en'], ['EN', 'en'], ['en-US', 'en'], ['zh-CN', 'zh-CN'], ['zh-cn', 'zh-CN'], ['zh-TW', 'zh-TW'],
    ['zh', 'zh-CN'], [' zh-TW ', 'zh-TW'],
  ])('%j pins %s', (value, lang) => expect(parseLangArg(value)).toBe(lang));

  it.each([[null], [undefined], ['']])('blank (%j) means not given: undefined', (value) => {
    expect(parseLangArg(value)).toBeUndefined();
  });

  it.each([['fr'], ['chinese'], [1]])('%j is not a language: null', (value) => {
    expect(parseLangArg(value)).toBeNull();
  });
});

describe('format', () => {
  it('fills the SPEC example: "monetary: \'abc\' is not a number"', () => {
    expect(format('en', 'notNumber', { arg: 'monetary', value: 'abc' })).toBe("monetary: 'abc' is not a number");
  });

  it('fills the SPEC misalignment example', () => {
    expect(format('en', 'misaligned', { a: 'recency', an: 5, b: 'monetary', bn: 4 }))
      .toBe('Ranges do not line up: recency has 5 rows, monetary has 4 rows');
  });

  const KEYS = [
    ['notNumber', { arg: 'monetary', value: 'abc' }],
    ['ratioAbove', { arg: 'penetration', value: 87.5, fraction: 0.875 }],
    ['missing', { arg: 'frequency' }],
    ['misaligned', { a: 'recency', an: 5, b: 'monetary', bn: 4 }],
    ['notDate', { arg: 'as_of', value: '2026-02-30' }],
    ['weightsZero', { arg: 'weights' }],
  ] as const;

  it.each(KEYS)('%s exists in zh-CN and zh-TW, in Chinese, with every value filled in', (key, params) => {
    const en = format('en', key, params);
    for (const lang of ['zh-CN', 'zh-TW'] as const) {
      const text = format(lang, key, params);
      expect(text).not.toBe(en);
      expect(hasCjk(text)).toBe(true);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const v of Object.values(params)) expect(text).toContain(String(v));
    }
  });

  it('zh-TW is written in traditional script: "not a number" is 數字, not the simplified 数字', () => {
    expect(format('zh-TW', 'notNumber', { arg: 'monetary', value: 'abc' })).toContain('數字');
    expect(format('zh-CN', 'notNumber', { arg: 'monetary', value: 'abc' })).toContain('数字');
  });

  it('leaves a placeholder it has no value for as it is (never "undefined")', () => {
    expect(format('en', 'notNumber', { arg: 'monetary' })).toBe("monetary: '{value}' is not a number");
  });
});
