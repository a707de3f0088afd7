import { cellKind, profileColumns, recencyIsDate, type ColumnProfile } from './column-profile';
import { CONTRADICTS, contentFit, type Role } from './field-content';
import { DECOY_SYNONYMS, FIELD_IDS, FIELD_SYNONYMS, FIELD_VETOES, type DecoyRole, type FieldId } from './fields';
import { headerWords, plainHeader, type HeaderWords } from './header-words';

/** Which column (0-based) holds each field; a field with no column is absent. */
export type ColumnMapping = Partial<Record<FieldId, number>>;

/** A header scoring below this names no field. */
export const MIN_HEADER_SCORE = 0.5;
/** Two columns within this of each other for one field are too close to choose between: ask. */
export const CLOSE_SCORES = 0.1;
/** How much content moves a score: enough to break near-ties of header words, never to make a match. */
const CONTENT_WEIGHT = 0.1;

/** The three inputs grading cannot do without; recency is either a date or a number of days. */
export const REQUIRED_ROLES = ['recency', 'frequency', 'monetary'] as const;
export type RequiredRole = typeof REQUIRED_ROLES[number];

/** Customer lists and order ledgers read a bare "ID" or "Created at" differently. */
type Shape = 'list' | 'ledger';

interface Phrase {
  readonly role: Role;
  readonly words: readonly string[];
  readonly plain: string;
  readonly weight: number;
  readonly only?: Shape;
}

const DECOYS = Object.keys(DECOY_SYNONYMS) as DecoyRole[];
const PHRASES: readonly Phrase[] = [
  ...FIELD_IDS.flatMap((role) => FIELD_SYNONYMS[role].map((text) => phrase(role, text))),
  ...DECOYS.flatMap((role) => DECOY_SYNONYMS[role].map((text) => phrase(role, text))),
];
const VETOES = new Map<Role, ReadonlySet<string>>(
  Object.entries(FIELD_VETOES).map(([role, words]) => [role as Role, new Set(words!.split(' '))]),
);
// Phrases by each of their words and by their plain text: a header is compared with those it shares one with.
const BY_WORD = new Map<string, Phrase[]>();
const BY_PLAIN = new Map<string, Phrase[]>();
const index = <K>(map: Map<K, Phrase[]>, key: K, p: Phrase) => {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
};
for (const p of PHRASES) {
  for (const w of p.words) index(BY_WORD, w, p);
  index(BY_PLAIN, p.plain, p);
}

/** 'id*0.9@list' -> the words of 'id', weight 0.9, customer lists only. */
function phrase(role: Role, text: string): Phrase {
  const m = /^(.*?)(?:\*([\d.]+))?(?:@(list|ledger))?$/.exec(text)!;
  return { role, words: headerWords(m[1]).words, plain: plainHeader(m[1]), weight: m[2] ? Number(m[2]) : 1, only: m[3] as Shape | undefined };
}

/**
 * How well header words match one phrase: its weight for the phrase itself, else, when the header has
 * every word of the phrase, 0.6 to 0.95 by the share of the header's words it accounts for (a number
 * such as a year counts half); 0 when a word is missing or the header says it is something else.
 */
function phraseScore(h: HeaderWords, p: Phrase): number {
  const vetoes = VETOES.get(p.role);
  // A vetoing word counts even when the letters match ("Last Order #" is plainly "lastorder").
  for (const w of h.words) if (vetoes?.has(w) && !p.words.includes(w)) return 0;
  if (h.plain === p.plain) return p.weight;
  if (p.words.length === 0) return 0;
  for (const w of p.words) if (!h.words.includes(w)) return 0;
  let extra = 0;
  for (const w of h.words) if (!p.words.includes(w)) extra += w === '#num' ? 0.5 : 1;
  const precision = p.words.length / (p.words.length + extra);
  // A generic phrase ("ID", "Count", "Value") names the field only as nearly all of a header: "Store ID"
  // and "Call count" are something else.
  if (p.weight < 1 && precision < 0.6) return 0;
  return p.weight * (0.6 + 0.35 * precision);
}

const scoreCache = new Map<string, ReadonlyMap<Role, number>>();
const NOTHING: ReadonlyMap<Role, number> = new Map();

/** The best score of a header for every role it matches at all. */
function roleScores(header: unknown, shape?: Shape): ReadonlyMap<Role, number> {
  // Numbers, dates and codes name nothing: only text with a letter or a Chinese character is read.
  if (typeof header !== 'string' || !/[A-Za-z\u3400-\u9fff\uff21-\uff5a]/.test(header)) return NOTHING;
  const key = `${shape ?? ''}\u0000${header}`;
  let scores = scoreCache.get(key);
  if (scores) return scores;
  // Date text names nothing either, though 2026年3月6日 has Chinese in it (日 is a day): a data row of
  // dates under headers that name nothing (A列, Col1) must not be taken for the header row.
  if (/\d/.test(header) && cellKind(header) === 'date') {
    scoreCache.set(key, NOTHING);
    return NOTHING;
  }
  const h = headerWords(header);
  const out = new Map<Role, number>();
  const consider = (p: Phrase) => {
    if (p.only && shape && p.only !== shape) return;
    const s = phraseScore(h, p);
    if (s > (out.get(p.role) ?? 0)) out.set(p.role, s);
  };
  for (const w of h.words) for (const p of BY_WORD.get(w) ?? []) consider(p);
  for (const p of BY_PLAIN.get(h.plain) ?? []) consider(p);
  if (scoreCache.size > 50_000) scoreCache.clear();
  scoreCache.set(key, (scores = out));
  return scores;
}

/**
 * How well a header names a field, from 0 to 1, by its words: 1 for a known header, about 0.95 for the
 * same words in another order, language or spelling, less as the header says more besides; 0 when it
 * lacks a word the field needs or says it is something else ("Average order value" for the amount).
 * @example headerScore('订单数', 'frequency') // 1
 * @example headerScore('交易筆數', 'frequency') // 0.95 (交易 order, 筆數 count)
 * @example headerScore('Sales 2025', 'monetary') // 0.83...
 * @example headerScore('Average order value', 'monetary') // 0
 */
export function headerScore(header: unknown, field: FieldId): number {
  return roleScores(header).get(field) ?? 0;
}

/** What detection found: the mapping, how sure it is, and what each column holds. */
export interface ColumnDetection {
  readonly mapping: ColumnMapping;
  /** Whether the table reads as a customer list or an order ledger (a line per order). */
  readonly shape: Shape;
  /** For each field whose best columns scored too close to choose: those columns, best first. */
  readonly ambiguous: Partial<Record<FieldId, readonly number[]>>;
  /** For a required role with no column: the columns whose content could hold it, most likely first. */
  readonly suggestions: Partial<Record<RequiredRole, readonly number[]>>;
  /** Each column's content profile (none when only the header was given). */
  readonly profiles?: readonly ColumnProfile[];
  /** Score of each (column, role) pair kept, header words and content together. */
  readonly scores: readonly ReadonlyMap<Role, number>[];
}

/**
 * Maps header cells to fields: every (header, field) pair is scored and the best pairs are taken
 * first, each header and field used once. Decoys (a running number, a phone, a registration date, an
 * average order value, a balance) take their column too, so it is never mapped to a field.
 * @example detectColumns(['客户名称', '最近一次购买日期', '订单数', '金额']) // { customerName: 0, lastPurchase: 1, frequency: 2, monetary: 3 }
 */
export function detectColumns(headers: readonly unknown[]): ColumnMapping {
  return detect(headers, undefined).mapping;
}

/**
 * detectColumns with the content of the first data rows weighed in: a column is scored by its header's
 * words and by what its cells hold (a sample of PROFILE_CELLS per column), a column whose content
 * contradicts a field is never mapped to it, recency is a date or a number of days by its content, and
 * fields whose best columns are too close to tell apart are reported in `ambiguous` so the user is asked.
 * @example detectColumnsWithContent(['客户', '最近交易', '次数', '金额'], [['甲', '2026-10-01', 3, '¥1,200']]).mapping // { customerName: 0, lastPurchase: 1, frequency: 2, monetary: 3 }
 * @example detectColumnsWithContent(['Customer', 'Recency', 'Orders', 'Amount'], [['A', '2026-10-01', 3, 1200]]).mapping.lastPurchase // 1 (dates, though the header says days)
 */
export function detectColumnsWithContent(header: readonly unknown[], rows: readonly (readonly unknown[])[]): ColumnDetection {
  return detect(header, profileColumns(rows, header.length));
}

function detect(header: readonly unknown[], profiles: readonly ColumnProfile[] | undefined): ColumnDetection {
  const shape = shapeOf(header);
  const scores = header.map((h, c) => {
    const out = new Map<Role, number>();
    for (const [role, score] of roleScores(h, shape)) {
      if (score < MIN_HEADER_SCORE) continue;
      const fit = contentFit(profiles?.[c], role);
      if (fit <= CONTRADICTS) continue;
      out.set(role, score + CONTENT_WEIGHT * fit);
    }
    return out;
  });
  const pairs: { role: Role; column: number; score: number }[] = [];
  scores.forEach((roles, column) => roles.forEach((score, role) => pairs.push({ role, column, score })));
  pairs.sort((a, b) => b.score - a.score || Number(isDecoy(a.role)) - Number(isDecoy(b.role)) || a.column - b.column);
  const taken = new Map<Role, number>();
  const claimedBy = new Map<number, Role>();
  for (const { role, column } of pairs) {
    if (taken.has(role) || claimedBy.has(column)) continue;
    taken.set(role, column);
    claimedBy.set(column, role);
  }
  rekeyRecency(taken, claimedBy, profiles);
  const mapping: ColumnMapping = {};
  for (const [role, column] of taken) if (!isDecoy(role)) mapping[role as FieldId] = column;
  const ambiguous: Partial<Record<FieldId, number[]>> = {};
  for (const field of ['lastPurchase', 'recencyDays', 'frequency', 'monetary'] as const) {
    const rivals = closeRivals(field, scores, taken, claimedBy);
    if (rivals.length > 1) ambiguous[field] = rivals;
  }
  const suggestions: Partial<Record<RequiredRole, number[]>> = {};
  if (mapping.lastPurchase === undefined && mapping.recencyDays === undefined) suggestions.recency = suggest('lastPurchase', scores, claimedBy, profiles);
  if (mapping.frequency === undefined) suggestions.frequency = suggest('frequency', scores, claimedBy, profiles);
  if (mapping.monetary === undefined) suggestions.monetary = suggest('monetary', scores, claimedBy, profiles);
  return { mapping, shape, ambiguous, suggestions, profiles, scores };
}

function isDecoy(role: Role): boolean {
  return role in DECOY_SYNONYMS;
}

/**
 * An order ledger when the headers name a quantity or an order number beside an order date, and nothing
 * a customer list has (a last purchase, days since it, a count of orders).
 */
function shapeOf(header: readonly unknown[]): Shape {
  const best = (role: Role, shape?: Shape) => Math.max(0, ...header.map((h) => roleScores(h, shape).get(role) ?? 0));
  const listLike = Math.max(best('frequency', 'list'), best('lastPurchase', 'list'), best('recencyDays', 'list')) >= MIN_HEADER_SCORE;
  // Words of an order line, read as a list reads them: a bare "Id" is not yet an order number.
  const lineLike = Math.max(best('quantity', 'list'), best('orderId', 'list')) >= 0.7;
  return !listLike && lineLike && best('orderDate') >= 0.6 ? 'ledger' : 'list';
}

/** A date column found under a "days" header is the last purchase date, and days under a date header
 * are days: content decides, as it does when the user maps the column by hand. */
function rekeyRecency(taken: Map<Role, number>, claimedBy: Map<number, Role>, profiles: readonly ColumnProfile[] | undefined): void {
  if (!profiles) return;
  const move = (from: FieldId, to: FieldId, toDate: boolean) => {
    const c = taken.get(from);
    if (c === undefined || taken.has(to) || recencyIsDate(profiles[c]) !== toDate) return;
    taken.delete(from);
    taken.set(to, c);
    claimedBy.set(c, to);
  };
  move('recencyDays', 'lastPurchase', true);
  move('lastPurchase', 'recencyDays', false);
}

/**
 * The columns too close to the chosen one for a field to choose between: the chosen column and every
 * other whose score is within CLOSE_SCORES of it, unless another field took it with a better score.
 */
function closeRivals(field: FieldId, scores: readonly ReadonlyMap<Role, number>[], taken: ReadonlyMap<Role, number>, claimedBy: ReadonlyMap<number, Role>): number[] {
  const chosen = taken.get(field);
  if (chosen === undefined) return [];
  // A date column moved to lastPurchase from a "days" header is compared under the header it matched.
  const scoreOf = (c: number) => Math.max(scores[c].get(field) ?? 0, field === 'lastPurchase' || field === 'recencyDays'
    ? Math.max(scores[c].get('lastPurchase') ?? 0, scores[c].get('recencyDays') ?? 0) : 0);
  const best = scoreOf(chosen);
  const rivals = scores.map((_, c) => c).filter((c) => {
    if (c === chosen) return false;
    const s = scoreOf(c);
    if (s === 0 || s < best - CLOSE_SCORES) return false;
    const owner = claimedBy.get(c);
    if (owner === undefined) return true;
    if (owner === 'lastPurchase' || owner === 'recencyDays') return owner === field;
    return (scores[c].get(owner) ?? 0) < s;
  });
  return [chosen, ...rivals.sort((a, b) => scoreOf(b) - scoreOf(a) || a - b)];
}

/** Columns no field or decoy took whose content fits a missing role (or which name it weakly), best first. */
function suggest(field: FieldId, scores: readonly ReadonlyMap<Role, number>[], claimedBy: ReadonlyMap<number, Role>, profiles: readonly ColumnProfile[] | undefined): number[] {
  if (!profiles) return [];
  const free = (c: number) => {
    const owner = claimedBy.get(c);
    return owner === undefined || owner === 'orderDate' || owner === 'orderId' || owner === 'quantity';
  };
  const fitOf = (c: number) => {
    const fit = contentFit(profiles[c], field);
    // Any column of small numbers fits days; only dates are offered for recency unless the header says so.
    return field === 'lastPurchase' && recencyIsDate(profiles[c]) !== true && !scores[c].has('recencyDays') ? 0 : fit;
  };
  return profiles.map((_, c) => c)
    .filter((c) => free(c) && fitOf(c) >= 0.5)
    .sort((a, b) => fitOf(b) - fitOf(a) || a - b)
    .slice(0, 5);
}

/**
 * The header row of a pasted block: among the first rows that read as words (not as data, see
 * rowReadsAsData), the one whose cells name the most fields, ties to the one naming them best, then to
 * the earlier row; -1 when no such row names any. A list with no header row at all therefore gives -1,
 * though a customer called 华东机电销售公司 names a field: its first row holds dates and numbers.
 * @example findHeaderRow([['Customer report'], [], ['客户名称', '订单数', '金额'], ['甲', 3, 100]]) // 2
 * @example findHeaderRow([['A列', 'B列'], ['华东机电', '2026年3月6日']]) // -1 (a date names no field)
 * @example findHeaderRow([['华东机电销售公司', '订单管理软件', '2026-03-01', 3, 1200]]) // -1 (a data row)
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], lookAhead = 20): number {
  let bestRow = -1;
  let bestCount = 0;
  let bestSum = 0;
  for (let r = 0; r < Math.min(rows.length, lookAhead); r++) {
    if (rowReadsAsData(rows[r]) || filledCells(rows[r]) < 2) continue;
    const { count, sum } = fieldsNamed(rows[r]);
    if (count > bestCount || (count === bestCount && count > 0 && sum > bestSum + 1e-9)) {
      bestRow = r;
      bestCount = count;
      bestSum = sum;
    }
  }
  return bestRow;
}

// A row of one cell is a title or a note above the list (2026年客户销售额统计), never its header: grading
// needs three columns at least.
const filledCells = (row: readonly unknown[]) => row.filter((c) => cellKind(c) !== undefined).length;

/**
 * The row a UI takes for the header: findHeaderRow's, or when no row names a field, the first row of
 * words with two cells or more (a note or title above it is skipped); -1 when the first filled row is
 * data (a list with no header row), which must be asked about, not read as column names.
 * @example headerRowOrFirst([['Kunden 2026'], ['Kunde', 'Datum', 'Anzahl', 'Betrag'], ['K1', 46300, 3, 100]]) // 1
 * @example headerRowOrFirst([['华东机电销售公司', '2026-03-01', 3, 1200]]) // -1
 */
export function headerRowOrFirst(rows: readonly (readonly unknown[])[], lookAhead = 20): number {
  const found = findHeaderRow(rows, lookAhead);
  if (found >= 0) return found;
  for (let r = 0; r < Math.min(rows.length, lookAhead); r++) {
    if (rowReadsAsData(rows[r])) return -1;
    if (filledCells(rows[r]) >= 2) return r;
  }
  return -1;
}

// What a header cell never is: a header is words (a code such as Q1 or Col1 may be one), data is numbers,
// dates, amounts, phones and addresses.
const DATA_KINDS: ReadonlySet<string> = new Set(['date', 'number', 'money', 'percent', 'phone', 'email']);

/**
 * Whether a row reads as data rather than as a header: two of its cells (one, in a row of one or two)
 * are numbers, dates, amounts, phone numbers or addresses. A header names its columns in words; a year
 * typed as a header (2025) is one number, and a header row with two of them is asked about, not guessed.
 * @example rowReadsAsData(['华东机电销售公司', '2026-03-01', 3, 1200]) // true
 * @example rowReadsAsData(['客户名称', '最近购买日期', '订单数', '金额（万元）']) // false
 */
export function rowReadsAsData(row: readonly unknown[]): boolean {
  let filled = 0;
  let data = 0;
  for (const cell of row) {
    const kind = cellKind(cell);
    if (kind === undefined) continue;
    filled++;
    if (DATA_KINDS.has(kind)) data++;
  }
  return data >= 2 || (data === 1 && filled <= 2);
}

/** How many fields the cells of a row name (each cell counts for its best field, each field once), and
 * the sum of their best scores, which tells apart two rows naming as many. */
function fieldsNamed(row: readonly unknown[]): { count: number; sum: number } {
  const named = new Map<Role, number>();
  for (const cell of row) {
    let best: Role | undefined;
    let bestScore = MIN_HEADER_SCORE;
    for (const [role, score] of roleScores(cell)) {
      if (!isDecoy(role) && score >= bestScore) {
        best = role;
        bestScore = score;
      }
    }
    if (best && bestScore > (named.get(best) ?? 0)) named.set(best, bestScore);
  }
  let sum = 0;
  for (const s of named.values()) sum += s;
  return { count: named.size, sum };
}
