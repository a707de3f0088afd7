// Which encoding a CSV file is in. Chinese Excel saves "CSV" in the system code page (GBK on the
// mainland, Big5 in Taiwan and Hong Kong), not UTF-8, and a user cannot be expected to know that.

/** The encodings a CSV list is read in; GB18030 is the superset of GBK that TextDecoder knows. */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'big5';

// Characters frequent in CRM headers and Chinese names, in both scripts: a decoding that produces many of
// them is the right one; the wrong one produces rare characters instead.
const COMMON = new Set([...'客户戶名称稱日期金额額订訂单單数數量次购購买買最近销銷售时時间間编編号號电電话話地址公司有限业業务務员員合计計年月元人民币幣区區省市']);

/**
 * Guesses a CSV file's encoding from its first bytes: UTF-8 when they decode as UTF-8 (with or without
 * a BOM), else whichever of GB18030 and Big5 yields more common Chinese characters.
 * @example csvEncoding(new TextEncoder().encode('客户,金额')) // 'utf-8'
 * @example csvEncoding(Uint8Array.of(0xbf, 0xcd, 0xbb, 0xa7)) // 'gb18030' (客户 in GBK)
 */
export function csvEncoding(bytes: Uint8Array): CsvEncoding {
  const sample = bytes.subarray(0, 64 * 1024);
  // A sample cut inside a character is still UTF-8: drop up to 3 trailing bytes of an unfinished one.
  for (let cut = 0; cut <= Math.min(3, sample.length); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - cut));
      return 'utf-8';
    } catch {
      // try a shorter sample, then the Chinese code pages
    }
  }
  const score = (encoding: CsvEncoding) => {
    let hits = 0;
    for (const ch of new TextDecoder(encoding).decode(sample)) if (COMMON.has(ch)) hits++;
    return hits;
  };
  return score('big5') > score('gb18030') ? 'big5' : 'gb18030';
}

/**
 * Decodes a whole CSV file in the encoding `csvEncoding` finds, dropping a UTF-8 BOM.
 * @example decodeCsv(Uint8Array.of(0xbf, 0xcd, 0xbb, 0xa7)) // '客户'
 */
export function decodeCsv(bytes: Uint8Array): string {
  const text = new TextDecoder(csvEncoding(bytes)).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
