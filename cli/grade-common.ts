// What both of the CLI's ways of grading an order list share (in memory, cli/ledger-grade.ts, and on
// the embedded engine, cli/engine-grade.ts), and the exit codes: the bands and as-of date the options
// choose, how counts and data problems are said on stderr, and how the output reaches its file.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { DateConvention } from '../src/cells/coerce';
import { serialToIso } from '../src/cells/dates';
import type { EditedSettings } from '../src/formulas/read-settings';
import type { AsOfRule } from '../src/formulas/settings-sheet';
import type { DataProblem } from '../src/grading/data-problems';
import { LEDGER_FIELDS } from '../src/grading/grade-ledger';
import { describeProblem } from '../src/grading/grade-table';
import type { Lang } from '../src/i18n/lang';
import { workbookLabel } from '../src/i18n/workbook-labels';
import { RFM_PRESETS } from '../src/models/presets';
import type { RfmTables } from '../src/models/rfm';
import type { XlsxSink } from '../src/xlsx/stream-xlsx';
import { listOnlyFields, todaySerial, type GradeArgs } from './args';
import { cliMessage, noteLine } from './cli-messages';

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
  /** How it was chosen, after the date on stderr, in the file's language (known only once it is read). */
  readonly why: (lang: Lang) => string;
}

/**
 * The as-of date: `--as-of`; else the date of `--settings` when it was chosen by hand (its sheet notes
 * no rule); else the rule for the kind of input, as a graded workbook notes it: an order list's latest
 * order, a customer list's day of grading.
 * @example chooseAsOf(parseArgs(['grade', 'orders.csv']) as GradeArgs, undefined, 'ledger', new Date()).why('zh-CN') // '最近一笔订单的日期'
 */
export function chooseAsOf(args: GradeArgs, settings: EditedSettings | undefined, kind: 'ledger' | 'list', today: Date): AsOfChoice {
  if (args.asOf !== undefined) return { asOf: args.asOf, why: (lang) => cliMessage(lang, 'asOfGiven') };
  if (settings && !settings.asOfRule) {
    return { asOf: settings.asOf, why: (lang) => cliMessage(lang, 'asOfSettings', { settings: args.settings! }) };
  }
  const rule: AsOfRule = kind === 'ledger' ? 'latestOrder' : 'today';
  const from = (lang: Lang) => (settings?.asOfRule === rule ? cliMessage(lang, 'asOfAsIn', { settings: args.settings! }) : '');
  return kind === 'ledger'
    ? { rule, why: (lang) => cliMessage(lang, 'asOfLatest', { from: from(lang) }) }
    : { asOf: todaySerial(today), rule, why: (lang) => cliMessage(lang, 'asOfToday', { from: from(lang) }) };
}

/**
 * A count for a person, in every language: 6,919. ("graded N customers" keeps plain digits: scripts read that line.)
 * @example count(6919) // '6,919'
 */
export const count = (n: number) => n.toLocaleString('en-US');

/** What the summary of an order list says, however it was graded. */
export interface LedgerSummaryFacts {
  readonly lines: number;
  readonly customers: number;
  /** The as-of date and the first day of the window, as serials. */
  readonly asOf: number;
  readonly start: number;
  readonly months: number;
  readonly why: AsOfChoice['why'];
}

/**
 * The two lines that say what an order list held and which window was graded, in the file's language
 * (the in-memory path and the engine say the same).
 * @example ledgerSummaryLines(args, 'en', { lines: 6919, customers: 2357, asOf: 35976, start: 35611, months: 12, why: () => 'the latest order' }) // 'x.csv: an order list: 6,919 lines, 2,357 customers\nas of 1998-06-30, the latest order; ...\n'
 */
export function ledgerSummaryLines(args: GradeArgs, lang: Lang, facts: LedgerSummaryFacts): string {
  const given = args.reading === 'ledger' ? cliMessage(lang, 'ledgerGiven') : '';
  return `${cliMessage(lang, 'ledgerSummary', { file: args.input, given, lines: count(facts.lines), customers: count(facts.customers) })}\n`
    + `${cliMessage(lang, 'ledgerWindow', { asOf: serialToIso(facts.asOf), why: facts.why(lang), months: facts.months, start: serialToIso(facts.start) })}\n`;
}

/**
 * The last line for a person: how many customers were graded (plain digits: scripts read them) and how
 * many rows or customers could not be, pointing at the column that says why.
 * @example gradedLine('zh-TW', 13, 1, 'ledgerUngraded') // '已分級 13 位客戶，1 位無法分級（見「資料問題」欄）\n'
 */
export function gradedLine(lang: Lang, graded: number, ungraded: number, how: 'listUngraded' | 'ledgerUngraded'): string {
  const rest = ungraded ? cliMessage(lang, how, { n: ungraded, column: workbookLabel('problem', lang) }) : '';
  return `${cliMessage(lang, 'graded', { n: graded })}${rest}\n`;
}

/**
 * Each data problem on its own stderr line, in the list's language.
 * @example reportProblems(io, [{ kind: 'notNumber', column: 'Amount', rows: [7], examples: ['abc'] }], 'en') // "warning: Amount: not numbers ('abc') in row 7"
 * @example reportProblems(io, [{ kind: 'notNumber', column: '金额', rows: [7], examples: ['abc'] }], 'zh-CN') // '警告：金额：…'
 */
export function reportProblems(io: Io, problems: readonly DataProblem[], lang: Lang): void {
  for (const problem of problems) io.err(`${cliMessage(lang, 'warning', { message: describeProblem(problem, lang) })}\n`);
}

/**
 * Says which `--map` fields an order list does not read (a customer list's own), in the file's language.
 * @example noteUnusedMap(parseArgs(['grade', 'orders.csv', '--map', 'frequency=Orders']) as GradeArgs, io, 'en') // 'note: --map frequency: not read in an order list (...)'
 */
export function noteUnusedMap(args: GradeArgs, io: Io, lang: Lang): void {
  const unused = listOnlyFields(args.map);
  if (unused.length) io.err(noteLine(lang, 'noteUnusedMap', { fields: unused.join(', '), ledgerFields: LEDGER_FIELDS.join(', ') }));
}

/**
 * The day/month order the user gave for dates like 10/1/2026.
 * @example givenDates(parseArgs(['grade', 'x.csv', '--date-order', 'dmy']) as GradeArgs) // { order: 'dmy' }
 */
export function givenDates(args: GradeArgs): DateConvention | undefined {
  return args.dateOrder ? { order: args.dateOrder } : undefined;
}

/**
 * Why an input cannot be read, for a person; undefined for an error that is not about reading. The
 * system's own messages stay as it words them.
 * @example readFailure(Object.assign(new Error('...'), { code: 'ENOENT' }), 'zh-TW') // '檔案不存在'
 */
export function readFailure(e: unknown, lang: Lang): string | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return cliMessage(lang, 'noSuchFile');
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
