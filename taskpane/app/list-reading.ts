// A customer list as grading reads it, for the pane: its header and rows, whether recency holds dates or
// days (by its cells, wherever the column was chosen), the values the live band counts count, the data
// problems and the first rows as they will be read. The same rules as planTable and gradeRfmList, so
// what the pane shows before grading is what grading does. No DOM.
import { readDate, readNonNegative, readNumber, showValue, type DateConvention } from '../../src/cells/coerce';
import type { DateOrder } from '../../src/cells/date-text';
import { serialToIso } from '../../src/cells/dates';
import { headerScale } from '../../src/cells/number-text';
import { recencyIsDate as profileHoldsDates, type ColumnProfile } from '../../src/grading/column-profile';
import { cellValue, findDataProblems, type DataProblem } from '../../src/grading/data-problems';
import { columnDateOrder } from '../../src/grading/date-order';
import { headerScore, type ColumnMapping } from '../../src/grading/detect-columns';
import { scaledInput } from '../../src/grading/list-inputs';
import type { Lang } from '../../src/i18n/lang';
import type { RfmDimension } from '../../src/models/rfm';
import type { FoundList } from '../hosts/workbook-port';
import { CLV, COMPOSITE, FIELDS, WARN, type Field } from './pane-fields';

/** What the reading reads: the pane's state, as it stands when asked. */
export interface ReadingSource {
  readonly list?: FoundList;
  readonly headerRow: number;
  readonly columns: Partial<Record<Field, number>>;
  /** What each column holds, from the list's first rows. */
  readonly profiles: readonly ColumnProfile[];
  /** The date days are counted up to (a serial). */
  readonly asOf: number;
  readonly lang: Lang;
  /** The day/month order the user chose for year-last dates. */
  readonly dateOrder?: DateOrder;
}

/**
 * The list found, as grading will read it. Results are kept until the columns, the as-of date, the
 * language or the date order change (or `clear` is called for a new list): reading 50,000 rows takes
 * tens of milliseconds, and the pane redraws often.
 * @example const reading = new ListReading(state, {}); reading.recencyIsDate() // true when the recency column holds dates
 */
export class ListReading {
  private readonly memo = new Map<string, unknown>();

  constructor(private readonly source: ReadingSource, private readonly options: { readonly localeOrder?: DateOrder; readonly dateSystem?: 1900 | 1904 }) {}

  /** Forgets what was read: a new list was found. */
  clear(): void {
    this.memo.clear();
  }

  /** The list's header row, and below it its data rows. */
  header(): readonly unknown[] {
    return this.source.list ? this.source.list.rows[this.source.headerRow] : [];
  }

  dataRows(): readonly (readonly unknown[])[] {
    return this.source.list ? this.source.list.rows.slice(this.source.headerRow + 1) : [];
  }

  /** A column's header as the pane shows it (a blank header by its position). */
  columnName(column: number): string {
    const name = this.header()[column];
    return name === null || name === undefined || name === '' ? `#${column + 1}` : String(name);
  }

  /**
   * Whether the recency column holds dates (true) or numbers of days, by its content wherever it was
   * chosen, as grading decides it; only a column with nothing to read goes by its header's wording.
   * @example reading.recencyIsDate() // true for a column of 2026年3月6日 (or date cells)
   */
  recencyIsDate(): boolean {
    const c = this.source.columns.recency;
    if (c === undefined) return false;
    const profile = this.source.profiles[c];
    const byContent = profile ? profileHoldsDates(profile) : undefined;
    if (byContent !== undefined) return byContent;
    const h = this.header()[c];
    return headerScore(h, 'lastPurchase') > headerScore(h, 'recencyDays');
  }

  /** The columns as grading takes them: recency keyed as a date or as days. */
  mapping(): ColumnMapping {
    const c = this.source.columns;
    return {
      [this.recencyIsDate() ? 'lastPurchase' : 'recencyDays']: c.recency,
      frequency: c.frequency, monetary: c.monetary, customerId: c.customerId, manualGrade: c.manualGrade,
      ...Object.fromEntries([...COMPOSITE, ...CLV, ...WARN].map((f) => [f, c[f]])),
    };
  }

  /** The order the last-purchase column is read in: its own dates', else `chosen`; 'ask' when none
   * tells, undefined when the column holds no year-last dates. */
  dateOrderOf(chosen: DateOrder | undefined): DateOrder | 'ask' | undefined {
    if (!this.recencyIsDate()) return undefined;
    const c = this.source.columns.recency!;
    return this.remember(`order|${chosen}`, () => columnDateOrder(this.dataRows().map((row) => row[c]), chosen));
  }

  /** The list's dates read two ways and nobody has said which: grading waits for the user. */
  dateOrderMissing(): boolean {
    return this.dateOrderOf(this.source.dateOrder ?? this.options.localeOrder) === 'ask';
  }

  /** The date convention the list is read in. */
  dates(): DateConvention {
    const order = this.dateOrderOf(this.source.dateOrder ?? this.options.localeOrder);
    const system = this.options.dateSystem ?? 1900;
    return order === 'ask' || order === undefined ? { system } : { order, system };
  }

  /**
   * The values of one dimension that can be read, as grading reads them: what the live band counts count.
   * @example reading.bandValues('r') // [12, 45, 300, ...] days, from dates or from day counts alike
   */
  bandValues(dimension: RfmDimension): number[] {
    return this.remember(`values-${dimension}`, () => {
      const c = this.source.columns[dimension === 'r' ? 'recency' : dimension === 'f' ? 'frequency' : 'monetary'];
      if (c === undefined) return [];
      const isDate = dimension === 'r' && this.recencyIsDate();
      const dates = this.dates(), scale = headerScale(this.header()[c]), lang = this.source.lang;
      const out: number[] = [];
      for (const row of this.dataRows()) {
        const v = cellValue(row[c]);
        let n;
        if (isDate) {
          const d = readDate(v, 'recency', lang, dates);
          n = typeof d === 'number' ? Math.floor(this.source.asOf) - Math.floor(d) : NaN;
        } else {
          n = dimension === 'm' ? readNumber(scaledInput(v, scale), 'monetary', lang) : readNonNegative(v, 'x', lang);
        }
        if (typeof n === 'number' && n === n) out.push(n);
      }
      return out;
    });
  }

  /** The list's data problems (blank and non-numeric cells, dates after the as-of date, duplicate ids). */
  problems(): readonly DataProblem[] {
    const c = this.source.columns;
    const isDate = this.recencyIsDate();
    return this.remember('problems', () => findDataProblems(this.header(), this.dataRows(), {
      id: c.customerId,
      dates: isDate ? c.recency : undefined,
      numbers: [isDate ? undefined : c.recency, c.frequency, c.monetary].filter((x): x is number => x !== undefined),
    }, this.source.asOf, (this.source.list?.top ?? 0) + this.source.headerRow + 2, this.source.lang, this.dates()));
  }

  /**
   * The first rows as grading will read them: recency as a date (ISO) or a number of days, the amount in
   * its header's unit (金额（万元） 12.5 is 125,000); a cell that cannot be read is shown as it is.
   * @example reading.preview(1) // { fields: ['recency', 'frequency', 'monetary'], rows: [['2026-03-06', '3', '125,000']] }
   */
  preview(lines = 3): { fields: Field[]; rows: string[][] } {
    const fields = FIELDS.map(([f]) => f).filter((f) => this.source.columns[f] !== undefined && ![...COMPOSITE, ...CLV, ...WARN].includes(f));
    const lang = this.source.lang, isDate = this.recencyIsDate(), dates = this.dates();
    const n = (x: number) => x.toLocaleString(lang, { maximumFractionDigits: 10 });
    const shown = (field: Field, cell: unknown): string => {
      const v = cellValue(cell);
      if (field === 'recency' && isDate) {
        const d = readDate(v, '', lang, dates);
        return typeof d === 'number' ? serialToIso(d) : showValue(v ?? '');
      }
      if (field === 'recency' || field === 'frequency' || field === 'monetary') {
        const x = readNumber(field === 'monetary' ? scaledInput(v, headerScale(this.header()[this.source.columns.monetary!])) : v, '', lang);
        return typeof x === 'number' ? n(x) : showValue(v ?? '');
      }
      return showValue(v ?? '');
    };
    return { fields, rows: this.dataRows().slice(0, lines).map((row) => fields.map((f) => shown(f, row[this.source.columns[f]!]))) };
  }

  /** The composite dimensions, CLV's inputs and the warning inputs show only for lists that hold them. */
  shownFields(): Field[] {
    const c = this.source.columns;
    const any = (group: readonly Field[]) => group.some((f) => c[f] !== undefined);
    return FIELDS.map(([f]) => f).filter((f) => !((COMPOSITE.includes(f) && !any(COMPOSITE))
      || (CLV.includes(f) && !any(CLV)) || (WARN.includes(f) && !any(WARN))));
  }

  /** Year-last dates the column cannot decide itself: the pane asks for the day/month order. */
  asksDateOrder(): boolean {
    return this.remember('order-question', () => this.dateOrderOf(undefined) === 'ask');
  }

  private remember<T>(key: string, compute: () => T): T {
    const s = this.source;
    const full = `${key}|${JSON.stringify(s.columns)}|${s.asOf}|${s.lang}|${s.dateOrder}`;
    if (!this.memo.has(full)) this.memo.set(full, compute());
    return this.memo.get(full) as T;
  }
}
