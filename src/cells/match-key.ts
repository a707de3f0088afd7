// How text is matched against a list the user wrote (docs/pipeline.md, "Matching text"): attribute values
// against a points table, stages against stage names, outcome words. The rule is here once.
import { isBlank, showValue } from './coerce';

// Only text outside printable ASCII can change under NFKC; a plain word skips it.
const NOT_ASCII = /[^ -~]/;
const SPACES = /\s+/g;

/**
 * The key a cell is matched by: NFKC (full-width `ＡＢＣ` is `ABC`), trimmed, runs of spaces as one,
 * lower case; a number as its shortest text (500 and "500" match), TRUE / FALSE as "true" / "false", a
 * date as its ISO text. Blank cells have no key (undefined). Simplified and Traditional characters stay
 * apart: 赢单 and 贏單 are two keys.
 * @example matchKey('  Closed   WON ') // 'closed won'
 * @example matchKey('ＡＢＣ') // 'abc'
 * @example matchKey(500) // '500'
 * @example matchKey('') // undefined
 */
export function matchKey(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const text = typeof value === 'string' ? value : showValue(value);
  const normal = NOT_ASCII.test(text) ? text.normalize('NFKC') : text;
  return normal.trim().replace(SPACES, ' ').toLowerCase();
}
