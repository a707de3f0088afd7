// The CLI's command line: what each option means, read once into plain values, and the help that
// lists them. A mistake in the arguments is a UsageError (exit 2) naming the option and the value.
import { basename, dirname, extname, join } from 'node:path';
import { readBandTableArg } from '../src/cells/band-table-arg';
import { CallError } from '../src/cells/cell-error';
import type { DateOrder } from '../src/cells/date-text';
import { isoToSerial, serialToIso } from '../src/cells/dates';
import { FIELD_IDS, type FieldId } from '../src/grading/fields';
import { LEDGER_FIELDS, type LedgerField } from '../src/grading/grade-ledger';
import { parseLangArg, type Lang } from '../src/i18n/lang';
import type { BandTable } from '../src/models/band-table';
import { PRESET_NAMES, type PresetName } from '../src/models/presets';
import type { RfmDimension } from '../src/models/rfm';
import { SEGMENT_SCHEMES, type SegmentScheme } from '../src/models/segments';
import { parseDialect, SQL_DIALECTS, type SqlDialect } from '../src/sql/dialects';
import type { SqlLedgerColumns } from '../src/sql/grading-sql';
import { ENGINE_THRESHOLD_TEXT } from './engine-choice';

/** A mistake in the command line: exit 2, with the message and the usage. */
export class UsageError extends Error {}

/** A field `--map` can name: a customer list's (FieldId) or an order list's (LedgerField). */
export type MapField = FieldId | LedgerField;

/** How the input is read: decided from the file, or as the user says. */
export type Reading = 'auto' | 'ledger' | 'list';

/** Where an order list is graded: in memory, on the embedded DuckDB, or chosen by the file (engine-choice.ts). */
export type Engine = 'auto' | 'duckdb' | 'memory';


/** `crm-grader grade ...`, read. */
export interface GradeArgs {
  readonly command: 'grade';
  readonly input: string;
  readonly output: string;
  /** The output's kind, from its extension: a workbook, or the graded table alone as CSV or Parquet. */
  readonly format: 'xlsx' | 'csv' | 'parquet';
  /** Undefined when not given: the seed preset, or the bands of `--settings`. */
  readonly preset?: PresetName | 'quintile';
  /** Band tables given with `--bands`, by dimension: they replace the preset's (or the settings'). */
  readonly bands: Partial<Record<RfmDimension, BandTable>>;
  /** A workbook graded before, whose settings sheet gives the bands and the as-of rule. */
  readonly settings?: string;
  readonly map: Partial<Record<MapField, string>>;
  readonly lang?: Lang;
  /** Undefined when not given: the as-of rule decides (the latest order, today, or the settings' date). */
  readonly asOf?: number;
  readonly dateOrder?: DateOrder;
  readonly reading: Reading;
  /** An order list's window in months; undefined when not given (12). */
  readonly months?: number;
  /** Copy an order list's lines into the workbook as a sheet of their own. */
  readonly keepRows: boolean;
  /** An order list's buy-till-you-die predictions: undefined (the default) adds them when the models can
   * be fitted and says why not otherwise; true requires them (exit 3 without); false leaves them out. */
  readonly btyd?: boolean;
  /** Count an order list's every line whatever its status (docs/ledgers.md): the lines the status would
   * leave out are still said on stderr. */
  readonly countAllStatuses?: boolean;
  readonly engine: Engine;
  /** The embedded engine's memory in MB (DuckDB spills what does not fit to a temp directory);
   * undefined: from the ledger's size (engine-choice.ts's engineMemoryMb). */
  readonly memoryMb?: number;
}

/** `crm-grader sql ...`, read: the grading of a warehouse's order table, printed as one SELECT. */
export interface SqlArgs {
  readonly command: 'sql';
  readonly dialect: SqlDialect;
  /** The order table as given (validated as an identifier when the SQL is written). */
  readonly from: string;
  /** Column names as given, validated when the SQL is written. */
  readonly map: Partial<Record<keyof SqlLedgerColumns, string>>;
  /** `YYYY-MM-DD`; undefined: the settings' date when chosen by hand, else the table's latest order. */
  readonly asOf?: string;
  readonly months?: number;
  readonly preset?: PresetName;
  readonly bands: Partial<Record<RfmDimension, BandTable>>;
  readonly settings?: string;
  readonly scheme: SegmentScheme;
  readonly lang: Lang;
  /** Count every line whatever its status: the mapped status column's condition is left out. */
  readonly countAllStatuses?: boolean;
}

export type Command = GradeArgs | SqlArgs | { readonly command: 'help' } | { readonly command: 'version' };

/** The order table's fields `crm-grader sql --map` takes: the column of each. */
export const SQL_MAP_FIELDS: readonly (keyof SqlLedgerColumns)[] = ['customerId', 'orderDate', 'amount', 'orderId', 'status'];

// The fields a customer list is graded by, shown first in the help; the rest are the other models' inputs.
const LIST_FIELDS: readonly FieldId[] = ['customerId', 'customerName', 'lastPurchase', 'recencyDays', 'frequency', 'monetary', 'manualGrade'];
// A line's quantity is detected only so that it is never read as a count of orders: nothing to map.
const MAP_FIELDS: readonly MapField[] = [...new Set<MapField>([...FIELD_IDS, ...LEDGER_FIELDS])].filter((f) => f !== 'quantity' && f !== 'orderStatus');
const OTHER_FIELDS = MAP_FIELDS.filter((f) => !(LIST_FIELDS as readonly string[]).includes(f) && !(LEDGER_FIELDS as readonly string[]).includes(f));

/** The short usage shown after a mistake. */
export const USAGE = `usage: crm-grader grade <file.csv|file.xlsx|file.parquet> [-o graded.xlsx|graded.csv|graded.parquet] [options]
       crm-grader sql --dialect D --from TABLE --map customerId=COL --map orderDate=COL ...
       crm-grader --help      (every option, the fields for --map, examples and exit codes)`;

/** Everything `--help` prints. */
export const HELP = `crm-grader: grade customers (RFM scores and segments) from a customer list or an order list.

usage: crm-grader grade <file.csv|file.xlsx|file.parquet> [options]
       crm-grader sql --dialect D --from TABLE --map customerId=COL --map orderDate=COL
                      --map amount=COL [--map orderId=COL] [options]
       crm-grader --help | --version

A customer list has one row per customer: days since (or the date of) the last purchase, the
number of orders, the amount. An order list (a ledger: one row per order or order line, with a
customer id, an order date and an amount) is summarised per customer over the last --months
months, then graded the same way. Which one a file is comes from its header and whether customer
ids repeat, and is said on stderr.

options:
  -o, --output FILE        graded.xlsx (default: <input>-graded.xlsx beside the input), or
                           graded.csv: the graded table alone, UTF-8 with a BOM, text starting
                           with = + - @ tab or CR written with a leading '; or graded.parquet
                           (an order list, on the embedded engine)
  --preset NAME            seed (default: 5/3/1 bands), five, manufacturing or quintile
  --bands D=FROM:SCORE,... your own bands for one dimension (r, f or m), e.g.
                           --bands r=0:5,31:3,91:1 (0-30 days score 5, 31-90 score 3, 91+ 1);
                           repeat for f= and m= (the others keep the preset's). "from" ascending,
                           scores whole numbers 1-5
  --settings FILE.xlsx     grade as a workbook graded before: the bands and the as-of rule of its
                           settings sheet (a monthly run grades alike); --bands, --as-of still apply
  --as-of YYYY-MM-DD       the day days are counted up to (default: today for a customer list,
                           the latest order for an order list)
  --ledger, --list         read the file as an order list, or as a customer list
  --months N               an order list's window: the orders and amount of the N months up to
                           the as-of date (default 12)
  --keep-rows              copy an order list's lines into the workbook, after the customers
  --count-all-statuses     count an order list's every line, whatever its status: without it, lines
                           whose status (订单状态, Financial Status...) says they are no order
                           (交易关闭, 等待买家付款, refunded, voided...) are left out and listed
  --btyd, --no-btyd        an order list's predictions (BG/NBD and Gamma-Gamma fitted on it): the
                           probability each customer is still active, their expected orders and
                           value in the next 12 months, and the fitted parameters on the settings
                           sheet. Default: added when the models can be fitted (stderr says why
                           not otherwise); --btyd: required, exit 3 when any cannot be written;
                           --no-btyd: left out
  --engine E               where an order list is graded: auto (default: a CSV of ${ENGINE_THRESHOLD_TEXT} or
                           more, or a Parquet file, on the embedded DuckDB; smaller ones in memory),
                           duckdb, or memory. DuckDB (@duckdb/node-api) is an optional dependency
  --memory-mb N            the embedded engine's memory (default: 512 MB, 80 MB a million lines
                           past that, at most half the machine's); DuckDB spills the rest to disk
  --map FIELD=HEADER       the column holding FIELD, when its header is not recognised (repeat)
  --lang en|zh-CN|zh-TW    the workbook's language and stderr's (default: the language of the
                           headers; before the file is read, English)
  --date-order dmy|mdy     how to read dates like 10/1/2026 when the file itself does not tell
  -h, --help               this help
  --version                the version

crm-grader sql prints the same grading of an order table in a warehouse as one SELECT (one row
per customer: customer_id, recency_days, frequency, monetary, r_score, f_score, m_score,
rfm_code, segment), to run there or save as a view:
  --dialect D              ${SQL_DIALECTS.join(', ')}
  --from TABLE             the order table: table or schema.table (letters, digits, _)
  --map FIELD=COLUMN       the table's column for customerId, orderDate (a DATE), amount, and
                           optionally orderId (lines sharing an order number are one order) and
                           status (lines whose status is no order's, 交易关闭, refunded..., are left
                           out; --count-all-statuses counts them)
  --as-of, --months, --preset (not quintile), --bands, --settings, --lang: as for grade; without
                           --as-of, the latest order date in the table
  --scheme S               the segments: ${SEGMENT_SCHEMES.join(', ')} (default value8)

fields for --map:
  customer list: ${LIST_FIELDS.join(', ')}
  order list:    ${LEDGER_FIELDS.join(', ')}
  other models:  ${wrap(OTHER_FIELDS.join(', '), 80).join('\n                 ')}

examples:
  crm-grader grade customers.csv -o graded.xlsx
  crm-grader grade 客户名单.xlsx --preset quintile --as-of 2026-11-01
  crm-grader grade orders.csv --months 12 --map orderDate="Invoice Date" --map amount="Net Sales"
  crm-grader grade orders-december.csv --settings orders-november-graded.xlsx -o december.csv
  crm-grader grade orders-2016-2026.parquet -o customers.parquet --months 12
  crm-grader sql --dialect postgres --from sales.orders --map customerId=customer_id \\
    --map orderDate=order_date --map amount=net_amount --map orderId=order_no

exit codes:
  0  graded (rows that could not be graded are marked in the output and listed on stderr)
  1  an unexpected error
  2  bad arguments
  3  the input cannot be read or graded (a column missing, dates only you can read, ...)
  4  the output cannot be written`;

/**
 * Reads the command line (without `node` and the script). `--help` or `--version` anywhere wins; a
 * mistake throws a UsageError naming the option and the value.
 * @example parseArgs(['grade', 'orders.csv', '--months', '6']) // { command: 'grade', input: 'orders.csv', output: 'orders-graded.xlsx', months: 6, ... }
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'sql') return parseSqlArgs(rest);
  if (command !== 'grade') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  let input: string | undefined, output: string | undefined, preset: GradeArgs['preset'], settings: string | undefined;
  let lang: Lang | undefined, asOf: number | undefined, dateOrder: DateOrder | undefined, months: number | undefined;
  let reading: Reading = 'auto', keepRows = false, countAllStatuses = false, btyd: boolean | undefined, engine: Engine = 'auto', memoryMb: number | undefined;
  const map: Partial<Record<MapField, string>> = {};
  const bands: Partial<Record<RfmDimension, BandTable>> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-o' || a === '--output') output = value();
    else if (a === '--preset') preset = presetArg(value());
    else if (a === '--bands') {
      const [dimension, table] = bandsArg(value());
      if (bands[dimension]) throw new UsageError(`--bands ${dimension}= is given twice`);
      bands[dimension] = table;
    } else if (a === '--settings') settings = value();
    else if (a === '--map') {
      const m = /^([^=]+)=(.+)$/.exec(value());
      const field = m?.[1].trim() as MapField;
      if (!m || !MAP_FIELDS.includes(field)) throw new UsageError(`--map takes field=Header with field one of ${MAP_FIELDS.join(', ')}`);
      map[field] = m[2].trim();
    } else if (a === '--lang') {
      const l = parseLangArg(value());
      if (!l) throw new UsageError('--lang: use en, zh-CN or zh-TW');
      lang = l;
    } else if (a === '--as-of') {
      const serial = isoToSerial(value());
      if (Number.isNaN(serial)) throw new UsageError('--as-of: use a date like 2026-10-01');
      asOf = serial;
    } else if (a === '--date-order') {
      const order = value().toLowerCase();
      if (order !== 'dmy' && order !== 'mdy') throw new UsageError('--date-order: use dmy (10/1/2026 is 10 January) or mdy (1 October)');
      dateOrder = order;
    } else if (a === '--ledger' || a === '--list') {
      const r = a === '--ledger' ? 'ledger' : 'list';
      if (reading !== 'auto' && reading !== r) throw new UsageError('--ledger and --list: give one or the other');
      reading = r;
    } else if (a === '--months') months = monthsArg(value());
    else if (a === '--keep-rows') keepRows = true;
    else if (a === '--count-all-statuses') countAllStatuses = true;
    else if (a === '--btyd' || a === '--no-btyd') {
      const on = a === '--btyd';
      if (btyd !== undefined && btyd !== on) throw new UsageError('--btyd and --no-btyd: give one or the other');
      btyd = on;
    }
    else if (a === '--engine') {
      const e = value().trim().toLowerCase();
      if (e !== 'auto' && e !== 'duckdb' && e !== 'memory') throw new UsageError(`--engine: '${e}' is not one of auto, duckdb, memory`);
      engine = e;
    } else if (a === '--memory-mb') {
      const v = value();
      if (!/^\d+$/.test(v.trim()) || Number(v) < 64) throw new UsageError(`--memory-mb: '${v}' is not a whole number of megabytes from 64 (e.g. --memory-mb 2048)`);
      memoryMb = Number(v);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else if (input === undefined) input = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (!input) throw new UsageError('no input file given');
  if (settings !== undefined && preset !== undefined) {
    throw new UsageError(`--settings and --preset: the bands come from ${settings}; give one or the other`);
  }
  if (preset === 'quintile' && Object.keys(bands).length) {
    throw new UsageError('--bands and --preset quintile: quintile bands come from the list itself; give one or the other');
  }
  const out = output ?? join(dirname(input), `${basename(input, extname(input))}-graded.xlsx`);
  const ext = extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.parquet') throw new UsageError(`-o: '${out}' is neither a workbook (.xlsx) nor a table (.csv, .parquet)`);
  const format = ext === '.csv' ? 'csv' : ext === '.parquet' ? 'parquet' : 'xlsx';
  checkEngine(input, format, engine, { preset, keepRows, reading, listOnly: mapsListOnly(map), btyd });
  return {
    command: 'grade', input, output: out, format, preset, bands, settings, map, lang, asOf, dateOrder, reading, months, keepRows, engine, memoryMb,
    ...(btyd === undefined ? {} : { btyd }), ...(countAllStatuses ? { countAllStatuses } : {}),
  };
}

/**
 * The combinations of input, output and options the engines cannot grade, refused before any reading:
 * a Parquet file is an order list for the embedded engine, an .xlsx is read in memory, and quintile
 * bands and --keep-rows are the in-memory path's. (A CSV customer list with --engine duckdb is graded
 * as it streams, in memory, with a note: the engine grades order lists.)
 */
function checkEngine(
  input: string, format: GradeArgs['format'], engine: Engine,
  o: { preset: GradeArgs['preset']; keepRows: boolean; reading: Reading; listOnly: boolean; btyd?: boolean },
): void {
  const inExt = extname(input).toLowerCase();
  const onDuckDb = engine === 'duckdb' || inExt === '.parquet';
  if (inExt === '.parquet' && engine === 'memory') throw new UsageError('--engine memory: a Parquet file is read by the embedded engine only (--engine duckdb)');
  if (inExt === '.xlsx' && engine === 'duckdb') throw new UsageError('--engine duckdb: an .xlsx is read in memory (a sheet holds at most 1,048,576 rows); the embedded engine reads .csv and .parquet');
  if (format === 'parquet' && engine === 'memory') throw new UsageError('-o .parquet is written by the embedded engine: drop --engine memory, or write .csv or .xlsx');
  if (format === 'parquet' && inExt === '.xlsx') throw new UsageError('-o .parquet is written by the embedded engine, which reads .csv and .parquet: write .csv or .xlsx');
  const why = inExt === '.parquet' ? 'a Parquet file is graded on the embedded engine' : '--engine duckdb';
  if (inExt === '.parquet' && (o.reading === 'list' || o.listOnly)) throw new UsageError(`${why}, as an order list (one line per order): a customer list is graded from .csv or .xlsx`);
  if (onDuckDb && o.preset === 'quintile') throw new UsageError(`--preset quintile: ${why}, with fixed bands (a preset, --bands or --settings); quintiles are the in-memory path's`);
  if (onDuckDb && o.keepRows) throw new UsageError(`--keep-rows: ${why}, whose lines do not fit in a workbook; leave it out`);
  if (onDuckDb && o.btyd === true) throw new UsageError(`--btyd: ${why}, which grades without the predictions (BG/NBD is fitted in memory); leave out --btyd, or grade a .csv with --engine memory`);
}

/**
 * The arguments of `crm-grader sql` (after `sql`). Names of the table and columns are taken as given
 * here and validated as identifiers when the SQL is written; the dialect is one of SQL_DIALECTS.
 * @example parseSqlArgs(['--dialect', 'duckdb', '--from', 'orders', '--map', 'customerId=cust', '--map', 'orderDate=day', '--map', 'amount=net']) // { command: 'sql', dialect: 'duckdb', from: 'orders', scheme: 'value8', lang: 'en', ... }
 */
export function parseSqlArgs(rest: readonly string[]): SqlArgs {
  let dialect: SqlDialect | undefined, from: string | undefined, asOf: string | undefined, months: number | undefined;
  let preset: PresetName | undefined, settings: string | undefined, scheme: SegmentScheme = 'value8', lang: Lang = 'en';
  let countAllStatuses = false;
  const map: Partial<Record<keyof SqlLedgerColumns, string>> = {};
  const bands: Partial<Record<RfmDimension, BandTable>> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--dialect') {
      const v = value();
      dialect = parseDialect(v);
      if (!dialect) throw new UsageError(`--dialect: '${v}' is not one of ${SQL_DIALECTS.join(', ')}`);
    } else if (a === '--from') from = value();
    else if (a === '--map') {
      const m = /^([^=]+)=(.*)$/.exec(value());
      const field = m?.[1].trim() as keyof SqlLedgerColumns;
      if (!m || !SQL_MAP_FIELDS.includes(field)) throw new UsageError(`--map takes field=column with field one of ${SQL_MAP_FIELDS.join(', ')}`);
      map[field] = m[2].trim();
    } else if (a === '--as-of') {
      const v = value();
      const serial = isoToSerial(v);
      if (Number.isNaN(serial)) throw new UsageError('--as-of: use a date like 2026-10-01');
      asOf = serialToIso(serial);
    } else if (a === '--months') months = monthsArg(value());
    else if (a === '--preset') {
      const p = presetArg(value());
      if (p === 'quintile') throw new UsageError('--preset quintile: quintile bands come from a list graded in memory; give a preset, --bands or --settings');
      preset = p;
    } else if (a === '--bands') {
      const [dimension, table] = bandsArg(value());
      if (bands[dimension]) throw new UsageError(`--bands ${dimension}= is given twice`);
      bands[dimension] = table;
    } else if (a === '--settings') settings = value();
    else if (a === '--scheme') {
      const v = value().trim().toLowerCase();
      if (!(SEGMENT_SCHEMES as readonly string[]).includes(v)) throw new UsageError(`--scheme: '${v}' is not one of ${SEGMENT_SCHEMES.join(', ')}`);
      scheme = v as SegmentScheme;
    } else if (a === '--lang') {
      const l = parseLangArg(value());
      if (!l) throw new UsageError('--lang: use en, zh-CN or zh-TW');
      lang = l;
    } else if (a === '--count-all-statuses') countAllStatuses = true;
    else throw new UsageError(a.startsWith('-') ? `unknown option '${a}' for sql` : `unexpected argument '${a}'`);
  }
  if (!dialect) throw new UsageError(`sql: give --dialect, one of ${SQL_DIALECTS.join(', ')}`);
  if (!from) throw new UsageError('sql: give --from TABLE, the order table');
  const missing = (['customerId', 'orderDate', 'amount'] as const).filter((f) => !map[f]);
  if (missing.length) throw new UsageError(`sql: give the column of ${missing.map((f) => `--map ${f}=COLUMN`).join(', ')}`);
  if (settings !== undefined && preset !== undefined) {
    throw new UsageError(`--settings and --preset: the bands come from ${settings}; give one or the other`);
  }
  return { command: 'sql', dialect, from, map, asOf, months, preset, bands, settings, scheme, lang, ...(countAllStatuses ? { countAllStatuses } : {}) };
}

/** `--months N`: a positive whole number. */
function monthsArg(v: string): number {
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new UsageError(`--months: '${v}' is not a positive whole number of months (e.g. --months 12)`);
  return Number(v);
}

/**
 * The `--map` fields for a customer list: an order list's `amount` is the list's `monetary`.
 * @example listMap({ amount: 'Net', orderId: 'No.' }) // { monetary: 'Net', orderId: 'No.' }
 */
export function listMap(map: Partial<Record<MapField, string>>): Partial<Record<FieldId, string>> {
  const { amount, ...rest } = map as Partial<Record<FieldId | 'amount', string>>;
  return amount === undefined || rest.monetary !== undefined ? rest : { ...rest, monetary: amount };
}

/**
 * The `--map` fields for an order list: a list's `monetary` is the ledger's `amount`.
 * @example ledgerMap({ monetary: 'Net', frequency: 'Orders' }) // { amount: 'Net' }
 */
export function ledgerMap(map: Partial<Record<MapField, string>>): Partial<Record<LedgerField, string>> {
  const out: Partial<Record<LedgerField, string>> = {};
  for (const field of LEDGER_FIELDS) if (map[field] !== undefined) out[field] = map[field];
  if (out.amount === undefined && map.monetary !== undefined) out.amount = map.monetary;
  return out;
}

/**
 * The mapped fields an order list does not read (`monetary` is read as its amount).
 * @example listOnlyFields({ amount: 'Net', frequency: 'Orders', manualGrade: 'Grade' }) // ['frequency', 'manualGrade']
 */
export function listOnlyFields(map: Partial<Record<MapField, string>>): MapField[] {
  return (Object.keys(map) as MapField[]).filter((f) => f !== 'monetary' && !(LEDGER_FIELDS as readonly string[]).includes(f));
}

/**
 * True when the user mapped a field only a customer list has (a count of orders, the days or the
 * date of the last purchase): they say the file is a list.
 * @example mapsListOnly({ frequency: 'Orders' }) // true
 */
export function mapsListOnly(map: Partial<Record<MapField, string>>): boolean {
  return map.frequency !== undefined || map.recencyDays !== undefined || map.lastPurchase !== undefined;
}

function presetArg(value: string): PresetName | 'quintile' {
  const p = value.toLowerCase();
  if (p !== 'quintile' && !(PRESET_NAMES as string[]).includes(p)) {
    throw new UsageError(`--preset: '${p}' is not one of ${[...PRESET_NAMES, 'quintile'].join(', ')}`);
  }
  return p as PresetName | 'quintile';
}

/**
 * One `--bands` value, `r=0:5,31:3,91:1`: the dimension and its band table, validated as the core
 * validates a band-table argument (from ascending, numbers only), and its scores whole numbers 1-5 (the
 * segments are defined on them). A mistake names the value.
 * @example bandsArg('f=0:1,5:3,10:5') // ['f', { from: [0, 5, 10], score: [1, 3, 5] }]
 */
export function bandsArg(value: string): [RfmDimension, BandTable] {
  const m = /^\s*([rfmRFM])\s*=(.*)$/.exec(value);
  if (!m) throw new UsageError(`--bands '${value}': write a dimension (r, f or m), then from:score pairs, e.g. r=0:5,31:3,91:1`);
  const dimension = m[1].toLowerCase() as RfmDimension;
  const pairs = m[2].split(',').map((pair) => pair.split(':').map((x) => x.trim()));
  if (pairs.some((pair) => pair.length !== 2)) {
    throw new UsageError(`--bands '${value}': each band is from:score, separated by commas, e.g. ${dimension}=0:5,31:3,91:1`);
  }
  let table;
  try {
    table = readBandTableArg(pairs, `--bands '${value}'`, dimension, 'en');
  } catch (e) {
    if (e instanceof CallError) throw new UsageError(e.message);
    throw e;
  }
  if (table === 'quintile') throw new UsageError(`--bands '${value}': give from:score pairs`);
  const bad = table.score.find((s) => !Number.isInteger(s) || s < 1 || s > 5);
  if (bad !== undefined) throw new UsageError(`--bands '${value}': the score ${bad} is not a whole number from 1 to 5`);
  return [dimension, table];
}

/**
 * The as-of date of a day as the CLI counts it: the local calendar day.
 * @example todaySerial(new Date(2026, 10, 1)) // 46327
 */
export function todaySerial(today: Date): number {
  return isoToSerial(`${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`);
}

/** Text cut into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
