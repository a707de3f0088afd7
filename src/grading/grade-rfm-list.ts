import { rfmScoreCall } from '../calls/rfm-score';
import { CellError } from '../cells/cell-error';
import type { Lang } from '../i18n/lang';
import type { BandTable } from '../models/band-table';
import { RFM_PRESETS, type PresetName } from '../models/presets';
import { quintileBandTable } from '../models/quintiles';
import type { RfmTables } from '../models/rfm';
import { SEGMENTERS, type SegmentScheme } from '../models/segments';
import { readDate, readNonNegative, readNumber, type DateConvention } from '../cells/coerce';
import { scaledInput } from './list-inputs';
import { DATE_1904_OFFSET } from '../cells/dates';
import { cellValue } from './data-problems';
import { segmentPlaybook } from './playbook';

/** Where the RFM inputs of a list are: column indexes into each row. */
export interface RfmColumns {
  /** Days since the last purchase, or the date of the last purchase (`recencyIsDate`). */
  readonly recency: number;
  readonly recencyIsDate: boolean;
  readonly frequency: number;
  readonly monetary: number;
  /** A column of grades set by hand (seed 004): where filled, it wins over the computed segment. */
  readonly manualGrade?: number;
  /** The monetary column's unit from its header (10000 for 金额（万元）); 1 when plain. */
  readonly monetaryScale?: number;
}

export interface RfmListOptions {
  readonly preset: PresetName | 'quintile';
  /** Tables edited by the user, used instead of the preset's. */
  readonly tables?: RfmTables;
  /** Serial day recency dates are counted up to. */
  readonly asOf: number;
  readonly scheme: SegmentScheme;
  readonly lang: Lang;
  /** How the list writes dates (the column's day/month order, the date system). */
  readonly dates?: DateConvention;
}

/** One graded row: its scores and segment, blank, or the reason it could not be graded. */
export type GradedRow =
  | { readonly kind: 'graded'; readonly r: number; readonly f: number; readonly m: number; readonly code: number; readonly segment: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'problem'; readonly message: string; readonly missing: boolean };

export interface GradedRfmList {
  readonly tables: RfmTables;
  readonly rows: readonly GradedRow[];
  /** The segment of every code 111..555 under the scheme, in the list's language. */
  readonly segments: ReadonlyMap<number, string>;
  /** What to do with each segment (by its label in the list's language), where the scheme has one. */
  readonly playbook: ReadonlyMap<string, string>;
}

/**
 * Grades every row of a list with RFM scores and a segment, through the same core call as the custom
 * functions. Quintiles are turned into plain band tables first, so the tables written to the settings
 * sheet are exactly the ones the rows were graded with.
 * @example gradeRfmList([[10, 12, 600000]], { recency: 0, recencyIsDate: false, frequency: 1, monetary: 2 }, { preset: 'seed', asOf: 46296, scheme: 'value8', lang: 'en' }).rows[0] // { kind: 'graded', r: 5, f: 5, m: 5, code: 555, segment: 'Important value' }
 */
export function gradeRfmList(rows: readonly (readonly unknown[])[], columns: RfmColumns, options: RfmListOptions): GradedRfmList {
  const { lang } = options;
  const column = (c: number) => rows.map((row) => [cellValue(row[c]) ?? null]);
  const scale = columns.monetaryScale ?? 1;
  const recency = column(columns.recency), frequency = column(columns.frequency);
  const monetary = rows.map((row) => [scaledInput(row[columns.monetary], scale) ?? null]);
  const tables = options.tables ?? (options.preset === 'quintile'
    ? quintileTables(rows, columns, options)
    : RFM_PRESETS[options.preset]);
  const asGrid = (t: BandTable) => t.from.map((from, i) => [from, t.score[i]]);
  const codes = rfmScoreCall([recency, frequency, monetary, asGrid(tables.r), asGrid(tables.f), asGrid(tables.m),
    // as_of goes in as a cell of this workbook would hold it: in a 1904 workbook, 1462 days fewer.
    columns.recencyIsDate ? options.asOf - (options.dates?.system === 1904 ? DATE_1904_OFFSET : 0) : null, 'code'], { lang, dates: options.dates });
  const segments = new Map<number, string>();
  const playbook = new Map<string, string>();
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const labels = SEGMENTERS[options.scheme](r, f, m);
        segments.set(r * 100 + f * 10 + m, labels[lang]);
        playbook.set(labels[lang], segmentPlaybook(labels.en, lang));
      }
    }
  }
  const graded: GradedRow[] = codes.map(([cell]) => {
    if (cell === '') return { kind: 'blank' };
    if (cell instanceof CellError) return { kind: 'problem', message: cell.message, missing: cell.code === 'na' };
    const code = cell as number;
    const r = Math.floor(code / 100), f = Math.floor(code / 10) % 10, m = code % 10;
    return { kind: 'graded', r, f, m, code, segment: segments.get(code) ?? '' };
  });
  return { tables, rows: graded, segments, playbook };
}

/**
 * Band tables from the list's own quintiles, over the values that can be read.
 * @example quintileTables(rows, columns, options).f // { from: [0, 3, 5, 7, 9], score: [1, 2, 3, 4, 5] }
 */
export function quintileTables(rows: readonly (readonly unknown[])[], columns: RfmColumns, options: RfmListOptions): RfmTables {
  const inputs = rows.map((row) => quintileInputs(row, columns, options));
  return quintileTablesOf(inputs.map((v) => v[0]), inputs.map((v) => v[1]), inputs.map((v) => v[2]));
}

/**
 * One row's part in a quintile scoring: its days since the last purchase, frequency and amount, NaN
 * where the value cannot be read (or the days are negative), so it counts in no quintile.
 * @example quintileInputs(['2026-10-01', 3, 'x'], { recency: 0, recencyIsDate: true, frequency: 1, monetary: 2 }, { preset: 'quintile', asOf: 46327, scheme: 'value8', lang: 'en' }) // [31, 3, NaN]
 */
export function quintileInputs(row: readonly unknown[], columns: RfmColumns, options: Pick<RfmListOptions, 'asOf' | 'lang' | 'dates'>): [number, number, number] {
  const read = (c: number, reader: (v: unknown) => unknown) => {
    const v = reader(cellValue(row[c]));
    return typeof v === 'number' ? v : NaN;
  };
  const days = read(columns.recency, (v) => {
    if (!columns.recencyIsDate) return readNonNegative(v, 'recency', options.lang);
    const date = readDate(v, 'recency', options.lang, options.dates);
    return typeof date === 'number' ? Math.floor(options.asOf) - Math.floor(date) : date;
  });
  return [
    days >= 0 ? days : NaN,
    read(columns.frequency, (v) => readNonNegative(v, 'frequency', options.lang)),
    read(columns.monetary, (v) => readNumber(scaledInput(v, columns.monetaryScale ?? 1), 'monetary', options.lang)),
  ];
}

/**
 * The R, F and M quintile band tables of a list's days, frequencies and amounts (NaN entries skipped).
 * @example quintileTablesOf([], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], []).f // { from: [0, 3, 5, 7, 9], score: [1, 2, 3, 4, 5] }
 */
export function quintileTablesOf(days: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>): RfmTables {
  return { r: quintileBandTable(days, true), f: quintileBandTable(frequency, false), m: quintileBandTable(monetary, false) };
}
