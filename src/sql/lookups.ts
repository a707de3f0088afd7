// The band tables and the segment table as SQL expressions, written from the core's own tables
// (RfmTables, SEGMENTERS): nothing here knows a threshold or a label.
import type { Lang } from '../i18n/lang';
import type { BandTable } from '../models/band-table';
import { rfmCode } from '../models/rfm';
import { SEGMENTERS, type SegmentScheme } from '../models/segments';

/**
 * A number as an SQL literal that every dialect reads as that number. Refuses what is not finite.
 * @example sqlNumber(199999.99) // '199999.99'
 * @example sqlNumber(-5) // '(-5)'
 */
export function sqlNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`${x} cannot be written in SQL`);
  const text = String(x);
  return x < 0 ? `(${text})` : text;
}

/**
 * A band table read like an approximate-match VLOOKUP, as a CASE over `value`: the score of the last
 * row whose `from` is at or below it, tried from the last row back; NULL below the first `from` (where
 * scoreByBands gives NaN and VLOOKUP #N/A).
 * @example bandCase('recency_days', { from: [0, 31, 91], score: [5, 3, 1] }) // 'CASE WHEN recency_days >= 91 THEN 1 WHEN recency_days >= 31 THEN 3 WHEN recency_days >= 0 THEN 5 END'
 */
export function bandCase(value: string, table: BandTable): string {
  const { from, score } = table;
  if (from.length === 0 || from.length !== score.length) throw new RangeError('a band table needs as many scores as rows, and one row at least');
  for (let i = 1; i < from.length; i++) if (!(from[i] > from[i - 1])) throw new RangeError('a band table\'s "from" must ascend');
  const whens: string[] = [];
  for (let i = from.length - 1; i >= 0; i--) whens.push(`WHEN ${value} >= ${sqlNumber(from[i])} THEN ${sqlNumber(score[i])}`);
  return `CASE ${whens.join(' ')} END`;
}

/**
 * The segment of every code 111..555 under `scheme`, as the core grades a list (gradeRfmList's map),
 * grouped by label in the order labels first appear: [label, codes].
 * @example segmentCodes('value8', 'en')[0] // ['General win-back', [111, 112, 121, 122]]
 */
export function segmentCodes(scheme: SegmentScheme, lang: Lang): [string, number[]][] {
  const byLabel = new Map<string, number[]>();
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const label = SEGMENTERS[scheme](r, f, m)[lang];
        const codes = byLabel.get(label) ?? [];
        codes.push(rfmCode(r, f, m));
        byLabel.set(label, codes);
      }
    }
  }
  return [...byLabel];
}

/**
 * The segment of an RFM code as a CASE, one WHEN per label; NULL for a code outside 111..555 or NULL
 * (a customer a band could not score).
 * @example segmentCase('rfm_code', 'value8', 'en', (s) => `'${s}'`) // "CASE WHEN rfm_code IN (111, 112, 121, 122) THEN 'General win-back' ... END"
 */
export function segmentCase(code: string, scheme: SegmentScheme, lang: Lang, text: (s: string) => string): string {
  const whens = segmentCodes(scheme, lang).map(([label, codes]) => `    WHEN ${code} IN (${codes.join(', ')}) THEN ${text(label)}`);
  return `CASE\n${whens.join('\n')}\n  END`;
}
