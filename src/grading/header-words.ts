// A column header reduced to the words that say what the column holds, in one vocabulary for English,
// Simplified and Traditional Chinese: '客戶代號', 'Customer No.' and 'CUST_ID' all become
// ['customer', 'number'|'id']. Field detection compares these words, not the header's letters, so a
// header it has never seen (最後交易日, "Date of last order") still matches the words it shares.
import { HEADER_LEXICON_EN, HEADER_LEXICON_ZH, TRADITIONAL, SIMPLIFIED } from './header-lexicon';

/** The words of one header, and how many of them count when comparing (a number counts half). */
export interface HeaderWords {
  /** Canonical words, each once, in the order written ('#num' for a number such as a year). */
  readonly words: readonly string[];
  /** The header as normalizeHeader-style text, for exact comparisons: lower case, no spaces or punctuation. */
  readonly plain: string;
}

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]]));
// Maps, not the objects: a header word like "constructor" must not find Object's.
const ZH = new Map(Object.entries(HEADER_LEXICON_ZH));
const EN = new Map(Object.entries(HEADER_LEXICON_EN));
const LONGEST_ZH = Math.max(...[...ZH.keys()].map((k) => k.length));
const LONGEST_EN = Math.max(...[...EN.keys()].map((k) => k.split(' ').length));
// Words that start a phrase of several words ("number of", "last modified"): only they are looked up
// with the words after them.
const PHRASE_STARTS = new Set([...EN.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// Periods and year labels say when, not what: "Revenue (last 12 months)", 近12个月订单数, 2025年销售额.
const PERIOD_EN = /\b(?:(?:last|past|trailing|previous|prior|rolling|in the last|over the last)\s*(?:\d+|one|two|three|six|twelve)\s*(?:months?|mos?|m|days?|d|years?|yrs?|y|weeks?|wks?)|[lrt]\d+m|ltm|ttm|ytd|mtd|qtd|this year|last year|past year|all time)\b/gi;
const PERIOD_ZH = /(?:近|最近|过去|前|近期)\s*(?:\d+|[一二两三六十]+)\s*个?\s*(?:月|年|天|日|周|星期)(?:内|以来)?|\d+\s*个月|本年度?|本期|当期|今年|上年度?|去年|全年/g;
// A year or a month written in Chinese is a number, as in English: 2025年销售额 reads as "Sales 2025".
const YEAR_OR_MONTH_ZH = /(\d{1,4})\s*(?:年度?|月份?)/g;

const cache = new Map<string, HeaderWords>();

/**
 * The words a header says, each reduced to the shared vocabulary: Traditional characters read as
 * Simplified, camelCase and compounds split, abbreviations and synonyms merged, units, currencies and
 * periods dropped.
 * @example headerWords('最後交易日').words // ['last', 'order', 'date']
 * @example headerWords('客户编号 Customer ID').words // ['customer', 'id']
 * @example headerWords('Total Spent (USD, last 12 months)').words // ['total', 'amount']
 */
export function headerWords(header: unknown): HeaderWords {
  const text = typeof header === 'string' ? header : header === null || header === undefined ? '' : String(header);
  let found = cache.get(text);
  if (!found) {
    found = { words: wordsOf(text), plain: plainHeader(text) };
    if (cache.size > 50_000) cache.clear();
    cache.set(text, found);
  }
  return found;
}

/**
 * A header as plain letters for exact comparison: NFKC (full-width to ASCII), Traditional to Simplified,
 * lower case, no spaces, punctuation or bracketed unit.
 * @example plainHeader('客戶編號 (NT$)') // '客户编号'
 */
export function plainHeader(header: string): string {
  return simplified(header.normalize('NFKC').toLowerCase())
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s_\-./#:：,，、]+/g, '');
}

function simplified(text: string): string {
  if (!CJK.test(text)) return text;
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

function wordsOf(header: string): string[] {
  const text = simplified(header.normalize('NFKC'))
    .replace(PERIOD_EN, ' ')
    .replace(PERIOD_ZH, ' ')
    .replace(YEAR_OR_MONTH_ZH, ' $1 ')
    // "# of orders" and "Cust #": the sign is a word of its own.
    .replace(/#/g, ' # ')
    .replace(/\$/g, ' ');
  const out: string[] = [];
  const add = (words: string) => {
    for (const w of words.split(' ')) if (w && !out.includes(w)) out.push(w);
  };
  // Runs of Chinese and of everything else are read by their own lexicons.
  for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (CJK.test(run)) chineseWords(run, add);
    else latinWords(run, add);
  }
  return out;
}

/** Chinese text by longest match against the lexicon; an unknown character is a word of its own. */
function chineseWords(run: string, add: (words: string) => void): void {
  for (let i = 0; i < run.length;) {
    let matched = false;
    for (let n = Math.min(LONGEST_ZH, run.length - i); n >= 1; n--) {
      const piece = run.slice(i, i + n);
      const words = ZH.get(piece);
      if (words !== undefined) {
        add(words);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) add(run[i++]);
  }
}

/** English words: camelCase and letter/digit runs split, phrases of up to three words looked up first. */
function latinWords(run: string, add: (words: string) => void): void {
  const words = run
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .toLowerCase()
    .split(/[^a-z0-9#%]+/)
    .filter(Boolean);
  for (let i = 0; i < words.length;) {
    let matched = false;
    const longest = PHRASE_STARTS.has(words[i]) ? Math.min(LONGEST_EN, words.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const words_ = EN.get(n === 1 ? words[i] : words.slice(i, i + n).join(' '));
      if (words_ !== undefined) {
        add(words_);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = words[i++];
    if (/^\d+$/.test(w)) add('#num');
    else add(compoundWords(w) ?? singular(w) ?? w);
  }
}

/** A run-together word split into known words ('lastorderdate', 'custid'); undefined when it does not split. */
function compoundWords(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const split = (rest: string, depth: number): string | undefined => {
    if (rest === '') return '';
    if (depth > 5) return undefined;
    for (let n = rest.length; n >= 2; n--) {
      const head = EN.get(rest.slice(0, n));
      if (head === undefined) continue;
      const tail = split(rest.slice(n), depth + 1);
      if (tail !== undefined) return `${head} ${tail}`.trim();
    }
    return undefined;
  };
  return split(word, 0);
}

/** A plural the lexicon knows in the singular ("amounts", "dates"). */
function singular(word: string): string | undefined {
  if (word.length > 3 && word.endsWith('s')) return EN.get(word.slice(0, -1));
  return undefined;
}
