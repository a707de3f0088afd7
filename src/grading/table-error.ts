// Why a table cannot be graded as it is, as a message in the user's language and as data a UI acts on:
// the field in question and the columns that could hold it, so the pane can highlight the choice and
// the CLI can print the --map line that settles it.
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/messages';
import { tableMessage, type TableMessageKey } from '../i18n/table-messages';
import { serialToIso } from '../cells/dates';
import type { ColumnProfile, ContentKind } from './column-profile';
import type { FieldId } from './fields';

/** What is wrong: no header row; a needed column missing, too close to call, or holding the wrong
 * thing; a column named that does not exist; dates whose day/month order is unknown; anything else. */
export type TableProblem = 'noHeader' | 'missing' | 'ambiguous' | 'contradicted' | 'noSuchColumn' | 'dateOrder' | 'invalid';

/** One choice the user has to make: a column for `field`, among `candidates` when some could hold it. */
export interface TableQuestion {
  /** The field to choose a column for (recency: `lastPurchase` for dates, `recencyDays` for days). */
  readonly field: FieldId;
  /** Headers of the columns that could hold it, most likely first; empty when nothing fits. */
  readonly candidates: readonly string[];
  /** Their indexes in the header row (0-based). */
  readonly columns: readonly number[];
}

/** A TableError's data, plain enough to pass from a worker: `new TableError(message, details)` rebuilds it. */
export interface TableErrorDetails {
  readonly problem: TableProblem;
  readonly questions: readonly TableQuestion[];
  /** The header row within the table, when it was found. */
  readonly headerRow?: number;
  /** For `contradicted`: the column's header and a few of its cells. */
  readonly column?: string;
  readonly examples?: readonly string[];
}

/**
 * A table that cannot be graded: no header row, a required column not found, two columns too close to
 * choose between, a column whose content contradicts its field, or dates read two ways.
 * @example
 * try { planTable([['Customer', 'Last order', 'Orders', 'Revenue 2024', 'Revenue 2025']], options) }
 * catch (e) { e.field // 'monetary'; e.candidates // ['Revenue 2024', 'Revenue 2025'] }
 */
export class TableError extends Error {
  readonly details: TableErrorDetails;

  constructor(message: string, details: TableErrorDetails = { problem: 'invalid', questions: [] }) {
    super(message);
    this.name = 'TableError';
    this.details = details;
  }

  get problem(): TableProblem { return this.details.problem; }
  get questions(): readonly TableQuestion[] { return this.details.questions; }
  /** The first question's field (the one to highlight first). */
  get field(): FieldId | undefined { return this.details.questions[0]?.field; }
  /** The first question's candidate headers. */
  get candidates(): readonly string[] { return this.details.questions[0]?.candidates ?? []; }
}

/** The three inputs grading needs, as the user reads them. */
export type RequiredField = 'recency' | 'frequency' | 'monetary';

const FIELD_KEY: Record<RequiredField, TableMessageKey> = { recency: 'fieldRecency', frequency: 'fieldFrequency', monetary: 'fieldMonetary' };

/**
 * The name of a required field for a person, in their language.
 * @example fieldLabel('frequency', 'en') // 'frequency (number of purchases)'
 */
export function fieldLabel(field: RequiredField, lang: Lang): string {
  return tableMessage(lang, FIELD_KEY[field]);
}

/**
 * Headers quoted and listed as the language lists them.
 * @example quoteList(['Orders', 'Count'], 'en') // "'Orders', 'Count'"
 * @example quoteList(['交易筆數', '訂單數'], 'zh-TW') // '「交易筆數」、「訂單數」'
 */
export function quoteList(items: readonly string[], lang: Lang, separator: 'listSeparator' | 'orSeparator' = 'listSeparator'): string {
  // The list separator is the functions' too (a funnel's unknown stage lists the stage names with it).
  const between = separator === 'orSeparator' ? tableMessage(lang, 'orSeparator') : format(lang, 'listSeparator', {});
  return items.map((text) => tableMessage(lang, 'quoted', { text })).join(between);
}

const CONTENT_KEY: Partial<Record<ContentKind, TableMessageKey>> = {
  date: 'contentDates', serial: 'contentDates', text: 'contentText', id: 'contentIds', phone: 'contentPhones',
  email: 'contentEmails', amount: 'contentAmounts', number: 'contentNumbers', count: 'contentNumbers',
  running: 'contentRunning', mixed: 'contentText',
};

/**
 * A few of a column's cells as a person reads them, for messages: a column of date cells that reached
 * us as Excel serials shows its dates, not the serial numbers.
 * @example contentExamples(profileColumn([46087, 46100, 46200])) // ['2026-03-06', '2026-03-19', '2026-06-27']
 * @example contentExamples(profileColumn(['call back', 'VIP'])) // ['call back', 'VIP']
 */
export function contentExamples(profile: ColumnProfile): readonly string[] {
  if (profile.kind !== 'serial') return profile.examples;
  return profile.examples.map((x) => (/^\d+(\.\d+)?$/.test(x) ? serialToIso(Number(x)) : x));
}

/**
 * What a column holds, in words: 'dates', 'phone numbers', ...
 * @example contentWords(profileColumn(['2026-10-01', '2026-10-02', '2026-10-03']), 'en') // 'dates'
 */
export function contentWords(profile: ColumnProfile, lang: Lang): string {
  return tableMessage(lang, CONTENT_KEY[profile.kind] ?? 'contentText');
}
