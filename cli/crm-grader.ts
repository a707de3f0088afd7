// `crm-grader grade <file.csv|file.xlsx> [options]` (every option: cli/args.ts, `--help`): the one-click
// grading of the pane, on a file, for the nightly export from a CRM. A customer list is graded row by
// row (cli/stream-grade.ts); an order list is summarised per customer first (cli/ledger-grade.ts).
// Exit codes: 0 graded, 2 bad arguments, 3 input unreadable or ungradable, 4 output not writable,
// 1 anything unexpected.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { version } from '../package.json';
import { serialToIso } from '../src/cells/dates';
import type { EditedSettings } from '../src/formulas/read-settings';
import { detectColumns } from '../src/grading/detect-columns';
import { gradeLedgerSummary, idRepeatFinder, ledgerColumnsFromHeader, ledgerDates, ledgerHeaderRow, planLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { languageOfHeaders, TableError, type GradeTableOptions } from '../src/grading/grade-table';
import { btydReport } from '../src/grading/btyd-report';
import type { Lang } from '../src/i18n/lang';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { streamXlsx, type XlsxSink, type XlsxStream } from '../src/xlsx/stream-xlsx';
import { zlibDeflater } from './zlib-deflater';
import { HELP, ledgerMap, listMap, mapsListOnly, parseArgs, USAGE, UsageError, type Command, type GradeArgs, type SqlArgs } from './args';
import { cliMessage, noteLine } from './cli-messages';
import { csvTable } from './csv-table';
import { EngineMissingError } from './duckdb-module';
import { engineFor } from './engine-choice';
import { EngineMemoryError, engineReason, gradeOnEngineFile, type EngineJob } from './engine-grade';
import { EngineReadError } from './engine-sources';
import { bandTables, chooseAsOf, count, EXIT, givenDates, gradedLine, ledgerSummaryLines, noteUnusedMap, OutputError, readFailure, reportProblems, writeToFile, type Io } from './grade-common';
import { readLedger, writeGradedLedger, type LedgerPass } from './ledger-grade';
import { csvFileRows, memoryRows, type RowSource } from './list-source';
import { SettingsFileError, readSettingsFile } from './settings-file';
import { sqlForArgs } from './sql-command';
import { checkList, writeGradedList, type CheckedList } from './stream-grade';
import { tableHints } from './table-hints';

/**
 * Runs the CLI; returns the exit code, or a promise of it when the embedded engine grades (engine-grade.ts:
 * DuckDB's API is asynchronous). Messages a script can rely on: one line per problem on stderr, the
 * output path on stdout. A CSV is read from disk a pass at a time (never whole), so a million rows or
 * order lines fit in well under 1 GB; a bigger order list goes to the embedded engine.
 * @example main(['grade', 'list.csv', '-o', 'graded.xlsx']) // 0, with 'graded.xlsx' on stdout
 */
export function main(
  argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, today = new Date(),
): number | Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`crm-grader: ${e.message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (command.command === 'help') {
    io.out(`${HELP}\n`);
    return EXIT.ok;
  }
  if (command.command === 'version') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  if (command.command === 'sql') return printSql(command, io);
  const args = command;
  let opened = false;
  try {
    const settings = args.settings === undefined ? undefined : readSettingsFile(args.settings);
    const job = { args, settings, io, today };
    if (extname(args.input).toLowerCase() === '.parquet') {
      statSync(args.input);
      opened = true;
      return onEngine({ ...job, sheetName: sheetNameOf(args.input), repeatsSeen: false, why: (lang) => cliMessage(lang, 'engineWhyParquet') }, undefined);
    }
    const input = openInput(args.input);
    opened = true;
    const reading = planReading(args, input.source);
    if (reading.kind === 'list') {
      return gradeListFile(args, input, settings, undefined, io, today);
    }
    const bytes = statSync(args.input).size;
    const inMemory = () => gradeLedgerInMemory(args, input, reading.plan, settings, io, today);
    if (engineFor(args, bytes) === 'memory') return inMemory();
    const why = (lang: Lang) => (args.engine === 'duckdb' ? '--engine duckdb' : args.format === 'parquet' ? '-o .parquet' : engineReason(bytes, lang));
    // Never a column silently missing: the predictions are the in-memory path's, and the user is told.
    if (args.btyd === undefined) io.err(noteLine(reading.plan.lang, 'noteNoPredictionsOnEngine'));
    return onEngine({ ...job, sheetName: input.sheetName, plan: reading.plan, repeatsSeen: idsRepeatEarly(input.source, reading.plan), why }, { input, inMemory });
  } catch (e) {
    return exitFor(e, args, io, opened);
  }
}

/**
 * The exit code for what went wrong, said on stderr; anything unexpected is thrown on. The file's
 * language is not known here (the file may not even be read): its own lines are English unless --lang
 * says otherwise.
 */
function exitFor(e: unknown, args: GradeArgs, io: Io, opened: boolean): number {
  const lang = args.lang ?? 'en';
  if (e instanceof TableError) {
    reportTableError(io, args.input, e, args.lang);
    return EXIT.input;
  }
  if (e instanceof SettingsFileError || e instanceof EngineMissingError || e instanceof EngineMemoryError) {
    io.err(`crm-grader: ${e.message}\n`);
    return EXIT.input;
  }
  if (e instanceof EngineReadError) {
    io.err(`crm-grader: ${cliMessage(lang, 'cannotRead', { file: args.input, reason: e.message })}\n`);
    return EXIT.input;
  }
  if (e instanceof OutputError) {
    io.err(`crm-grader: ${cliMessage(lang, 'cannotWrite', { file: args.output, reason: e.message })}\n`);
    return EXIT.output;
  }
  // Any failure to open the input is about reading it; later, only file-system and decoding errors are.
  const reason = readFailure(e, lang) ?? (opened ? undefined : (e as Error).message);
  if (reason === undefined) throw e;
  io.err(`crm-grader: ${cliMessage(lang, 'cannotRead', { file: args.input, reason })}\n`);
  return EXIT.input;
}

/**
 * An order list graded on the embedded engine. With `--engine auto`, a CSV DuckDB cannot read as the
 * in-memory path does (or no DuckDB installed) is graded in memory, saying why; a file whose ids never
 * repeat is graded as a customer list, as in memory.
 */
async function onEngine(job: EngineJob, memory: { input: Input; inMemory: () => number } | undefined): Promise<number> {
  const { args, io } = job;
  try {
    const outcome = await gradeOnEngineFile(job);
    if (outcome.kind === 'graded') return outcome.code;
    return gradeListFile(args, memory!.input, job.settings, job.plan!.lang, io, job.today);
  } catch (e) {
    if (memory && args.engine === 'auto' && args.format !== 'parquet' && (e instanceof EngineMissingError || e instanceof EngineReadError)) {
      io.err(noteLine(job.plan!.lang, 'noteInMemoryInstead', { reason: e.message }));
      try {
        return memory.inMemory();
      } catch (inner) {
        return exitFor(inner, args, io, true);
      }
    }
    return exitFor(e, args, io, true);
  }
}

/** `crm-grader sql`: the SELECT on stdout; a bad name exit 2, a settings file that cannot be used exit 3. */
function printSql(args: SqlArgs, io: Io): number {
  let sql: string;
  try {
    sql = sqlForArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`crm-grader: ${e.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (e instanceof SettingsFileError) {
      io.err(`crm-grader: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
  io.out(sql);
  return EXIT.ok;
}

/** A table that cannot be graded as it is: what is wrong, on one line, and the options that settle it in
 * the same language (--lang's, else the message's own: the core wrote it in the file's language). */
function reportTableError(io: Io, input: string, e: TableError, lang: Lang | undefined): void {
  io.err(`crm-grader: ${input}: ${e.message}\n${tableHints(e, lang ?? languageOfHeaders([e.message]))}`);
}

/** The input to grade: the sheet name the graded workbook keeps, and a source that reads it from the start. */
interface Input {
  readonly sheetName: string;
  readonly source: RowSource;
}

/** The sheet name a file's rows get in the workbook: its name, without what a sheet name cannot hold. */
function sheetNameOf(path: string): string {
  return basename(path, extname(path)).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'List';
}

function openInput(path: string): Input {
  if (extname(path).toLowerCase() === '.xlsx') {
    // An .xlsx is read whole (its cells cannot be read before the zip and its shared strings are);
    // grading and writing still go a piece at a time. A CSV streams from end to end.
    const sheet = readXlsx(readFileSync(path));
    return { sheetName: sheet.name, source: memoryRows(sheet.rows) };
  }
  return { sheetName: sheetNameOf(path), source: csvFileRows(path) };
}

export { EXIT, type Io };

// findHeaderRow looks this far down for the header.
const HEADER_LOOKAHEAD = 20;

// Lines looked at for a customer id that repeats before DuckDB is asked over the whole file.
const EARLY_LINES = 10_000;

type Reading = { readonly kind: 'ledger'; readonly plan: LedgerPlan } | { readonly kind: 'list' };

/**
 * A ledger's plan from the file's first rows, or a list: as the user says with --ledger / --list (or by
 * mapping a field only a list has), else from the header (a ledger's, with no count of orders or days:
 * grade-ledger.ts's tableReading). Whether its ids repeat is asked of the whole file afterwards.
 */
function planReading(args: GradeArgs, source: RowSource): Reading {
  if (args.reading === 'list' || (args.reading === 'auto' && mapsListOnly(args.map))) return { kind: 'list' };
  // The first lines too: whether a customer id repeats in them says what a "Created at" or a "Name" is
  // (grade-ledger.ts, ledger-lines.ts).
  const head: unknown[][] = [];
  source((row) => head.push(row) < EARLY_LINES);
  const map = ledgerMap(args.map);
  if (args.reading === 'auto') {
    const headerRow = ledgerHeaderRow(head.slice(0, HEADER_LOOKAHEAD), map);
    const header = head[headerRow] ?? [];
    if (!ledgerColumnsFromHeader(header, map, head.slice(headerRow + 1)) && !meansOrderLines(header)) return { kind: 'list' };
  }
  return { kind: 'ledger', plan: planLedger(head, { map, lang: args.lang }) };
}

/** True when a customer id repeats within the first EARLY_LINES lines. */
function idsRepeatEarly(source: RowSource, plan: LedgerPlan): boolean {
  const repeat = idRepeatFinder();
  let index = -1, found = false;
  source((row) => {
    if (++index <= plan.headerRow) return true;
    found = repeat.add(row[plan.columns.customerId]);
    return !found && index < plan.headerRow + EARLY_LINES;
  });
  return found;
}

/**
 * A header with an order date and nothing only a customer list has (a count of orders, the days or
 * date of the last purchase): an order list, even when a column it needs is missing, so what is
 * missing is said in an order list's terms.
 */
function meansOrderLines(header: readonly unknown[]): boolean {
  const found = detectColumns(header);
  return found.orderDate !== undefined && found.frequency === undefined && found.recencyDays === undefined && found.lastPurchase === undefined;
}

/** The output stream for the output's kind (never Parquet, the engine's): the workbook, or its graded table alone as CSV. */
function outputStream(args: GradeArgs, sink: XlsxSink, rowsAboveHeader: number): XlsxStream {
  return args.format === 'csv' ? csvTable(sink, rowsAboveHeader) : streamXlsx(sink, zlibDeflater());
}

/**
 * A customer list graded as it streams. `ledgerLang` is the language of the order list's plan when the
 * file was first read as one (its header said so) and turned out to be a list: its ids never repeat.
 */
function gradeListFile(
  args: GradeArgs, input: Input, settings: EditedSettings | undefined, ledgerLang: Lang | undefined, io: Io, today: Date,
): number {
  if (args.format === 'parquet') {
    io.err(`crm-grader: ${cliMessage(ledgerLang ?? args.lang ?? 'en', 'parquetForList', { file: args.input })}\n`);
    return EXIT.usage;
  }
  const choice = chooseAsOf(args, settings, 'list', today);
  const options: GradeTableOptions = {
    preset: args.preset ?? 'seed', tables: bandTables(args, settings), asOf: choice.asOf!, asOfRule: choice.rule,
    lang: args.lang, map: listMap(args.map), dates: givenDates(args),
  };
  let checked: CheckedList;
  try {
    checked = checkList(input.source, options);
  } catch (e) {
    // A ledger's header whose ids never repeat may be a customer list without its order counts: never
    // graded as one order per customer without the user saying so.
    if (e instanceof TableError && ledgerLang !== undefined) throw new TableError(cliMessage(ledgerLang, 'idsNeverRepeat', { reason: e.message }));
    throw e;
  }
  const { lang } = checked.plan;
  io.err(`${cliMessage(lang, 'listSummary', { file: args.input, rows: count(checked.dataRows) })}\n`);
  // Said once the list's language is known; only when the user asked for the engine on this very file.
  if (args.engine === 'duckdb' && ledgerLang === undefined) io.err(noteLine(lang, 'noteEngineList'));
  if (args.btyd === true) {
    io.err(`crm-grader: ${args.input}: ${cliMessage(lang, 'btydOnList')}\n`);
    return EXIT.input;
  }
  if (args.btyd === false) io.err(noteLine(lang, 'noteNoBtydList'));
  if (checked.plan.columns.recencyIsDate) io.err(`${cliMessage(lang, 'listDaysTo', { asOf: serialToIso(options.asOf), why: choice.why(lang) })}\n`);
  if (args.months !== undefined) io.err(noteLine(lang, 'noteMonthsList'));
  if (args.keepRows) io.err(noteLine(lang, 'noteKeepRowsList'));
  reportProblems(io, checked.problems, lang);
  let result: { graded: number; rowProblems: number } | undefined;
  writeToFile(args.output, (sink) => {
    result = writeGradedList(input.sheetName, input.source, checked, options, outputStream(args, sink, checked.above.length));
  });
  const { graded, rowProblems } = result!;
  io.err(gradedLine(lang, graded, rowProblems, 'listUngraded'));
  io.out(`${args.output}\n`);
  return EXIT.ok;
}

/** An order list graded in memory (ledger-grade.ts): one pass over its lines; a list when its ids never repeat. */
function gradeLedgerInMemory(args: GradeArgs, input: Input, plan: LedgerPlan, settings: EditedSettings | undefined, io: Io, today: Date): number {
  const pass = readLedger(input.source, plan, givenDates(args), args.countAllStatuses);
  if (args.reading === 'auto' && !pass.repeats) return gradeListFile(args, input, settings, plan.lang, io, today);
  return gradeLedgerFile(args, input, plan, pass, settings, io, today);
}

function gradeLedgerFile(
  args: GradeArgs, input: Input, plan: LedgerPlan, pass: LedgerPass, settings: EditedSettings | undefined, io: Io, today: Date,
): number {
  const { lang } = plan;
  const dates = ledgerDates(pass.dates, lang, givenDates(args));
  noteUnusedMap(args, io, lang);
  // Read in the order the whole column decides, when it is not the one the first pass assumed.
  const reader = dates?.order === givenDates(args)?.order ? pass.reader : readLedger(input.source, plan, dates, args.countAllStatuses).reader;
  const choice = chooseAsOf(args, settings, 'ledger', today);
  // The predictions' BTYD summary is made from the same lines, to the same as-of date.
  const summary = reader.summarize({ asOf: choice.asOf, months: args.months, btyd: args.btyd !== false });
  io.err(ledgerSummaryLines(args, lang, {
    lines: summary.lines, customers: reader.shape().customers, asOf: summary.asOf, start: summary.windowStart, months: summary.months, why: choice.why,
  }));
  const graded = gradeLedgerSummary(input.sheetName, summary, plan, {
    preset: args.preset ?? 'seed', tables: bandTables(args, settings), lang, dates, months: summary.months, asOf: summary.asOf,
    asOfRule: choice.rule, btyd: args.btyd !== false,
  });
  reportProblems(io, graded.problems, lang);
  if (graded.btyd) {
    const report = btydReport(graded.btyd, lang);
    // --btyd asks for every prediction column: without one, nothing is written.
    if (args.btyd === true && !(graded.btyd.bgnbd && graded.btyd.gammaGamma)) {
      io.err(`crm-grader: ${args.input}: --btyd: ${report.join(' ')}\n`);
      return EXIT.input;
    }
    for (const line of report) io.err(`${line}\n`);
  }
  if (args.keepRows && args.format === 'csv') io.err(noteLine(lang, 'noteKeepRowsCsv'));
  const keep = args.keepRows ? { sheetName: input.sheetName, source: input.source, headerRow: plan.headerRow } : undefined;
  writeToFile(args.output, (sink) => writeGradedLedger(outputStream(args, sink, 0), graded, keep));
  io.err(gradedLine(lang, graded.graded, graded.rowProblems, 'ledgerUngraded'));
  io.out(`${args.output}\n`);
  return EXIT.ok;
}

