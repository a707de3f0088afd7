// What the pane asks beside a field before it grades, worked out from what it knows of the list: a
// required field with no column (and the columns whose content could hold it), columns too close to
// call, a column whose content contradicts its field, and what a grading raised. Pure: no DOM, no port.
import type { ColumnProfile } from '../../src/grading/column-profile';
import { CONTRADICTS, contentFit } from '../../src/grading/field-content';
import { contentExamples, contentWords, quoteList } from '../../src/grading/table-error';
import type { Lang } from '../../src/i18n/lang';
import { REQUIRED, whatKey, type Field } from './pane-fields';
import { t } from './strings';

/** The question the pane asks beside a field before it grades. */
export interface FieldQuestion {
  /** No column yet; two or more too close to choose between; a column whose content says it holds
   * something else; or a question the grading itself raised. */
  readonly kind: 'missing' | 'ambiguous' | 'contradicted' | 'raised';
  /** The columns that could hold the field, or the one whose content contradicts it. */
  readonly columns: readonly number[];
  /** One line in the user's language: "Which column holds the number of orders? It could be 'A' or 'B'." */
  readonly text: string;
  /** The quoted column names and cells in the text, which a line should not break inside ('E列', '2026-06-16'). */
  readonly keep: readonly string[];
}

/** A question a grading raised (a TableError's problem and the columns it named), kept until the user changes a column. */
export interface RaisedQuestion { readonly problem: string; readonly columns: readonly number[]; readonly message: string }

/** What the questions are worked out from. */
export interface QuestionInput {
  readonly lang: Lang;
  /** The fields the pane shows, in order. */
  readonly fields: readonly Field[];
  readonly columns: Partial<Record<Field, number>>;
  readonly profiles: readonly ColumnProfile[];
  /** A column's header as the pane shows it. */
  readonly columnName: (column: number) => string;
  readonly ambiguous: Partial<Record<Field, readonly number[]>>;
  readonly suggestions: Partial<Record<Field, readonly number[]>>;
  readonly raised: Partial<Record<Field, RaisedQuestion>>;
}

/**
 * The questions open before grading, by field. Candidates another field took are left out.
 * @example fieldQuestions({ lang: 'en', fields: ['recency', 'frequency', 'monetary'], columns: { recency: 1, monetary: 3 }, suggestions: { frequency: [2] }, ... }).frequency
 * // { kind: 'missing', columns: [2], text: "Which column holds the number of orders? It could be 'C列'.", keep: ["'C列'"] }
 */
export function fieldQuestions(input: QuestionInput): Partial<Record<Field, FieldQuestion>> {
  const out: Partial<Record<Field, FieldQuestion>> = {};
  const taken = new Set(Object.values(input.columns).filter((x): x is number => x !== undefined));
  for (const field of input.fields) {
    const raised = input.raised[field];
    const column = input.columns[field];
    if (raised) {
      const asked = ask(input, raised.problem, field, raised.columns);
      out[field] = { kind: 'raised', columns: raised.columns, text: asked?.text ?? raised.message, keep: asked?.keep ?? [] };
    } else if (column === undefined && REQUIRED.includes(field)) {
      const ambiguous = input.ambiguous[field];
      const columns = (ambiguous ?? input.suggestions[field] ?? []).filter((x) => !taken.has(x));
      out[field] = { kind: ambiguous ? 'ambiguous' : 'missing', columns, ...ask(input, 'missing', field, columns)! };
    } else if (column !== undefined && contradicts(input.profiles[column], field)) {
      out[field] = { kind: 'contradicted', columns: [column], ...ask(input, 'contradicted', field, [column])! };
    }
  }
  return out;
}

/** The content rules the column out as the field, as planTable rules it out (3 cells at least). */
function contradicts(profile: ColumnProfile | undefined, field: Field): boolean {
  return profile !== undefined && contentFit(profile, field === 'recency' ? 'lastPurchase' : field) <= CONTRADICTS;
}

/** The line asked for a problem of the core's kind, and the quoted pieces in it; undefined for a kind it has none for. */
function ask(input: QuestionInput, problem: string, field: Field, columns: readonly number[]): { text: string; keep: string[] } | undefined {
  const { lang } = input;
  const what = t(lang, whatKey(field));
  const names = columns.map((x) => input.columnName(x));
  const quote = (text: string) => quoteList([text], lang);
  const profile = input.profiles[columns[0]];
  if (problem === 'contradicted' && profile) {
    const examples = contentExamples(profile);
    return {
      text: t(lang, 'askContradicted', { column: quote(names[0]), content: contentWords(profile, lang), examples: quoteList(examples, lang), what }),
      keep: [quote(names[0]), ...examples.map(quote)],
    };
  }
  if (problem !== 'missing' && problem !== 'ambiguous') return undefined;
  return {
    text: names.length ? t(lang, 'askCouldBe', { what, candidates: quoteList(names, lang, 'orSeparator') }) : t(lang, 'askChoose', { what }),
    keep: names.map(quote),
  };
}
