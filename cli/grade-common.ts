// What both of the CLI's ways of grading an order list share (in memory, cli/ledger-grade.ts, and on
// the embedded engine, cli/engine-grade.ts), and the exit codes: the bands and as-of date the options
// choose, how counts and data problems are said on stderr, and how the output reaches its file.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { DateConvention } from '../src/cells/coerce';
import type { EditedSettings } from '../src/formulas/read-settings';
import type { AsOfRule } from '../src/formulas/settings-sheet';
import type { DataProblem } from '../src/grading/data-problems';
import { LEDGER_FIELDS } from '../src/grading/grade-ledger';
import { describeProblem } from '../src/grading/grade-table';
import type { Lang } from '../src/i18n/lang';
import { RFM_PRESETS } from '../src/models/presets';
import type { RfmTables } from '../src/models/rfm';
import type { XlsxSink } from '../src/xlsx/stream-xlsx';
import { listOnlyFields, todaySerial, type GradeArgs } from './args';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, output: 4 } as const;

/** Where messages go: stdout gets the output path only, stderr everything for a person. */
export interface Io {
  out(s: string): unknown;
  err(s: string): unknown;
}

/**
 * The band tables to grade with, when not the preset's alone: the settings sheet's, or the preset's
 * with the dimensions `--bands` gives replaced. Undefined leaves the preset (quintiles included) to the core.
 * @example bandTables(parseArgs(['grade', 'x.csv', '--bands', 'r=0:5,31:3,91:1']) as GradeArgs, undefined).r // { from: [0, 31, 91], score: [5, 3, 1] }
 */
export function bandTables(args: GradeArgs, settings: EditedSettings | undefined): RfmTables | undefined {
  const base = settings?.tables ?? (Object.keys(args.bands).length ? RFM_PRESETS[args.preset === 'five' || args.preset === 'manufacturing' ? args.preset : 'seed'] : undefined);
  return base && { ...base, ...args.bands };
}

/** The as-of date and how it was chosen: undefined `asOf` is an order list's latest order. */
export interface AsOfChoice {
  readonly asOf?: number;
  readonly rule?: AsOfRule;
  /** How it was chosen, after the date on stderr: "the latest order". */
  readonly why: string;
}

/**
 * The as-of date: `--as-of`; else the date of `--settings` when it was chosen by hand (its sheet notes
 * no rule); else the rule for the kind of input, as a graded workbook notes it: an order list's latest
 * order, a customer list's day of grading.
 * @example chooseAsOf(parseArgs(['grade', 'orders.csv']) as GradeArgs, undefined, 'ledger', new Date()) // { rule: 'latestOrder', why: 'the latest order' }
 */
export function chooseAsOf(args: GradeArgs, settings: EditedSettings | undefined, kind: 'ledger' | 'list', today: Date): AsOfChoice {
  if (args.asOf !== undefined) return { asOf: args.asOf, why: 'as given' };
  if (settings && !settings.asOfRule) {
    return { asOf: settings.asOf, why: `the date on the settings sheet of ${args.settings} (--as-of counts to another day)` };
  }
  const rule: AsOfRule = kind === 'ledger' ? 'latestOrder' : 'today';
  const from = settings?.asOfRule === rule ? `, as in ${args.settings}` : '';
  return kind === 'ledger' ? { rule, why: `the latest order${from}` } : { asOf: todaySerial(today), rule, why: `today${from}` };
}

/**
 * A count for a person: 6,919. ("graded N customers" keeps plain digits: scripts read that line.)
 * @example count(6919) // '6,919'
 */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Each data problem on its own stderr line, in the list's language.
 * @example reportProblems(io, [{ kind: 'notNumber', column: 'Amount', rows: [7], examples: ['abc'] }], 'en') // "warning: Amount: not numbers ('abc') in row 7"
 */
export function reportProblems(io: Io, problems: readonly DataProblem[], lang: Lang): void {
  for (const problem of problems) io.err(`warning: ${describeProblem(problem, lang)}\n`);
}

/**
 * Says which `--map` fields an order list does not read (a customer list's own).
 * @example noteUnusedMap(parseArgs(['grade', 'orders.csv', '--map', 'frequency=Orders']) as GradeArgs, io) // 'note: --map frequency: not read in an order list (...)'
 */
export function noteUnusedMap(args: GradeArgs, io: Io): void {
  const unused = listOnlyFields(args.map);
  if (unused.length) io.err(`note: --map ${unused.join(', ')}: not read in an order list (its fields: ${LEDGER_FIELDS.join(', ')})\n`);
}

/**
 * The day/month order the user gave for dates like 10/1/2026.
 * @example givenDates(parseArgs(['grade', 'x.csv', '--date-order', 'dmy']) as GradeArgs) // { order: 'dmy' }
 */
export function givenDates(args: GradeArgs): DateConvention | undefined {
  return args.dateOrder ? { order: args.dateOrder } : undefined;
}

/**
 * Why an input cannot be read, for a person; undefined for an error that is not about reading.
 * @example readFailure(Object.assign(new Error('...'), { code: 'ENOENT' })) // 'no such file'
 */
export function readFailure(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  return code ? (e as Error).message : undefined;
}

export class OutputError extends Error {}

/**
 * Writes the output to a file next to `path` and renames it into place when complete, so a nightly
 * job never picks up half a workbook. Errors in writing are OutputErrors.
 * @example writeToFile('graded.xlsx', (sink) => writeGradedLedger(streamXlsx(sink), graded))
 */
export function writeToFile(path: string, write: (sink: XlsxSink) => void): void {
  const partial = `${path}.${process.pid}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (e) {
    throw new OutputError((e as Error).message);
  }
  try {
    write((chunk) => {
      try {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      } catch (e) {
        throw new OutputError((e as Error).message);
      }
    });
    closeSync(fd);
    renameSync(partial, path);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    rmSync(partial, { force: true });
    throw e instanceof OutputError || !(e as NodeJS.ErrnoException).code ? e : new OutputError((e as Error).message);
  }
}

/**
 * writeToFile for a writer that makes the file itself (DuckDB's COPY ... TO): it writes the file
 * beside `path`, which is renamed into place when complete. A file that cannot be created there, or an
 * I/O error from the writer, is an OutputError.
 * @example await writeFileVia('graded.parquet', (partial) => connection.run(`COPY graded TO '${partial}' (FORMAT parquet)`))
 */
export async function writeFileVia(path: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    closeSync(openSync(partial, 'w'));
  } catch (e) {
    throw new OutputError((e as Error).message);
  }
  try {
    await write(partial);
    renameSync(partial, path);
  } catch (e) {
    rmSync(partial, { force: true });
    const message = (e as Error).message ?? '';
    throw /^IO Error/.test(message) || (e as NodeJS.ErrnoException).code ? new OutputError(message.split('\n')[0]) : e;
  }
}
