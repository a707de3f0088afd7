// `crm-grader grade <file.csv|file.xlsx> [options]` (every option: cli/args.ts, `--help`): the one-click
// grading of the pane, on a file, for the nightly export from a CRM. A customer list is graded row by
// row (cli/stream-grade.ts); an order list is summarised per customer first (cli/ledger-grade.ts).
// Exit codes: 0 graded, 2 bad arguments, 3 input unreadable or ungradable, 4 output not writable,
// 1 anything unexpected.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { version } from '../package.json';
import type { DateConvention } from '../src/cells/coerce';
import { serialToIso } from '../src/cells/dates';
import type { EditedSettings } from '../src/formulas/read-settings';
import type { AsOfRule } from '../src/formulas/settings-sheet';
import { detectColumns } from '../src/grading/detect-columns';
import { gradeLedgerSummary, LEDGER_FIELDS, ledgerColumnsFromHeader, ledgerDates, ledgerHeaderRow, planLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { describeProblem, TableError, type GradeTableOptions } from '../src/grading/grade-table';
import { btydReport } from '../src/grading/btyd-report';
import type { DataProblem } from '../src/grading/data-problems';
import type { Lang } from '../src/i18n/lang';
import { RFM_PRESETS } from '../src/models/presets';
import type { RfmTables } from '../src/models/rfm';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { streamXlsx, type XlsxSink, type XlsxStream } from '../src/xlsx/stream-xlsx';
import { zlibDeflater } from './zlib-deflater';
import { HELP, ledgerMap, listMap, listOnlyFields, mapsListOnly, parseArgs, todaySerial, USAGE, UsageError, type Command, type GradeArgs, type SqlArgs } from './args';
import { csvTable } from './csv-table';
import { readLedger, writeGradedLedger, type LedgerPass } from './ledger-grade';
import { csvFileRows, memoryRows, type RowSource } from './list-source';
import { SettingsFileError, readSettingsFile } from './settings-file';
import { sqlForArgs } from './sql-command';
import { checkList, writeGradedList, type CheckedList } from './stream-grade';
import { tableHints } from './table-hints';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, output: 4 } as const;

/** Where messages go: stdout gets the output path only, stderr everything for a person. */
export interface Io {
  out(s: string): unknown;
  err(s: string): unknown;
}

/**
 * Runs the CLI; returns the exit code. Messages a script can rely on: one line per problem on stderr,
 * the output path on stdout. A CSV is read from disk a pass at a time (never whole), so a million rows
 * or order lines fit in well under 1 GB.
 * @example main(['grade', 'list.csv', '-o', 'graded.xlsx']) // 0, with 'graded.xlsx' on stdout
 */
export function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, today = new Date()): number {
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
    const input = openInput(args.input);
    opened = true;
    const reading = chooseReading(args, input.source);
    if (reading.kind === 'ledger') return gradeLedgerFile(args, input, reading.plan, reading.pass, settings, io, today);
    return gradeListFile(args, input, settings, reading.lookedLikeLedger, io, today);
  } catch (e) {
    if (e instanceof TableError) {
      reportTableError(io, args.input, e);
      return EXIT.input;
    }
    if (e instanceof SettingsFileError) {
      io.err(`crm-grader: ${e.message}\n`);
      return EXIT.input;
    }
    if (e instanceof OutputError) {
      io.err(`crm-grader: cannot write ${args.output}: ${e.message}\n`);
      return EXIT.output;
    }
    // Any failure to open the input is about reading it; later, only file-system and decoding errors are.
    const reason = readFailure(e) ?? (opened ? undefined : (e as Error).message);
    if (reason === undefined) throw e;
    io.err(`crm-grader: cannot read ${args.input}: ${reason}\n`);
    return EXIT.input;
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

/** A table that cannot be graded as it is: what is wrong, on one line. */
function reportTableError(io: Io, input: string, e: TableError): void {
  io.err(`crm-grader: ${input}: ${e.message}\n${tableHints(e)}`);
}

/** The input to grade: the sheet name the graded workbook keeps, and a source that reads it from the start. */
interface Input {
  readonly sheetName: string;
  readonly source: RowSource;
}

function openInput(path: string): Input {
  if (extname(path).toLowerCase() === '.xlsx') {
    // An .xlsx is read whole (its cells cannot be read before the zip and its shared strings are);
    // grading and writing still go a piece at a time. A CSV streams from end to end.
    const sheet = readXlsx(readFileSync(path));
    return { sheetName: sheet.name, source: memoryRows(sheet.rows) };
  }
  const name = basename(path, extname(path)).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'List';
  return { sheetName: name, source: csvFileRows(path) };
}

// findHeaderRow looks this far down for the header.
const HEADER_LOOKAHEAD = 20;

type Reading =
  | { readonly kind: 'ledger'; readonly plan: LedgerPlan; readonly pass: LedgerPass }
  | { readonly kind: 'list'; readonly lookedLikeLedger: boolean };

/**
 * A ledger or a list, as the core decides it (a ledger's header, with no count of orders or days, and
 * customer ids that repeat: grade-ledger.ts's tableReading), over the whole file a row at a time; or
 * as the user says with --ledger / --list, or by mapping a field only a list has.
 */
function chooseReading(args: GradeArgs, source: RowSource): Reading {
  if (args.reading === 'list' || (args.reading === 'auto' && mapsListOnly(args.map))) return { kind: 'list', lookedLikeLedger: false };
  const head: unknown[][] = [];
  source((row) => head.push(row) < HEADER_LOOKAHEAD);
  const map = ledgerMap(args.map);
  if (args.reading === 'auto') {
    const header = head[ledgerHeaderRow(head, map)] ?? [];
    if (!ledgerColumnsFromHeader(header, map) && !meansOrderLines(header)) return { kind: 'list', lookedLikeLedger: false };
  }
  const plan = planLedger(head, { map, lang: args.lang });
  const pass = readLedger(source, plan, givenDates(args));
  if (args.reading === 'auto' && !pass.repeats) return { kind: 'list', lookedLikeLedger: true };
  return { kind: 'ledger', plan, pass };
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

/**
 * The band tables to grade with, when not the preset's alone: the settings sheet's, or the preset's
 * with the dimensions `--bands` gives replaced. Undefined leaves the preset (quintiles included) to the core.
 */
function bandTables(args: GradeArgs, settings: EditedSettings | undefined): RfmTables | undefined {
  const base = settings?.tables ?? (Object.keys(args.bands).length ? RFM_PRESETS[args.preset === 'five' || args.preset === 'manufacturing' ? args.preset : 'seed'] : undefined);
  return base && { ...base, ...args.bands };
}

/** The as-of date and how it was chosen: undefined `asOf` is an order list's latest order. */
interface AsOfChoice {
  readonly asOf?: number;
  readonly rule?: AsOfRule;
  /** How it was chosen, after the date on stderr: "the latest order". */
  readonly why: string;
}

/**
 * The as-of date: `--as-of`; else the date of `--settings` when it was chosen by hand (its sheet notes
 * no rule); else the rule for the kind of input, as a graded workbook notes it: an order list's latest
 * order, a customer list's day of grading.
 */
function chooseAsOf(args: GradeArgs, settings: EditedSettings | undefined, kind: 'ledger' | 'list', today: Date): AsOfChoice {
  if (args.asOf !== undefined) return { asOf: args.asOf, why: 'as given' };
  if (settings && !settings.asOfRule) {
    return { asOf: settings.asOf, why: `the date on the settings sheet of ${args.settings} (--as-of counts to another day)` };
  }
  const rule: AsOfRule = kind === 'ledger' ? 'latestOrder' : 'today';
  const from = settings?.asOfRule === rule ? `, as in ${args.settings}` : '';
  return kind === 'ledger' ? { rule, why: `the latest order${from}` } : { asOf: todaySerial(today), rule, why: `today${from}` };
}

// Counts for a person: 6,919. ("graded N customers" keeps plain digits: scripts read that line.)
const count = (n: number) => n.toLocaleString('en-US');

function reportProblems(io: Io, problems: readonly DataProblem[], lang: Lang): void {
  for (const problem of problems) io.err(`warning: ${describeProblem(problem, lang)}\n`);
}

/** The day/month order the user gave for dates like 10/1/2026. */
function givenDates(args: GradeArgs): DateConvention | undefined {
  return args.dateOrder ? { order: args.dateOrder } : undefined;
}

/** The output stream for the output's kind: the workbook, or its graded table alone as CSV. */
function outputStream(args: GradeArgs, sink: XlsxSink, rowsAboveHeader: number): XlsxStream {
  return args.format === 'csv' ? csvTable(sink, rowsAboveHeader) : streamXlsx(sink, zlibDeflater());
}

function gradeListFile(
  args: GradeArgs, input: Input, settings: EditedSettings | undefined, lookedLikeLedger: boolean, io: Io, today: Date,
): number {
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
    if (e instanceof TableError && lookedLikeLedger) {
      throw new TableError(`${e.message}. It reads like an order list (customer id, order date, amount) but no customer id `
        + 'appears on two lines: if each line is one order, give --ledger; if it is one row per customer, name its count of orders with --map frequency=...');
    }
    throw e;
  }
  io.err(`${args.input}: a customer list: ${count(checked.dataRows)} rows\n`);
  if (args.btyd === true) {
    io.err(`crm-grader: ${args.input}: --btyd: the predictions are made from an order list (one row per order); this file is read as a customer list\n`);
    return EXIT.input;
  }
  if (args.btyd === false) io.err('note: --no-btyd is for order lists; a customer list has no predictions to leave out\n');
  if (checked.plan.columns.recencyIsDate) io.err(`days counted up to ${serialToIso(options.asOf)}, ${choice.why}\n`);
  if (args.months !== undefined) io.err(`note: --months is for order lists; a customer list's own order counts and amounts are graded as they are\n`);
  if (args.keepRows) io.err('note: --keep-rows is for order lists; a customer list is always kept, with its graded columns beside it\n');
  reportProblems(io, checked.problems, checked.plan.lang);
  let result: { graded: number; rowProblems: number } | undefined;
  writeToFile(args.output, (sink) => {
    result = writeGradedList(input.sheetName, input.source, checked, options, outputStream(args, sink, checked.above.length));
  });
  const { graded, rowProblems } = result!;
  io.err(`graded ${graded} customers${rowProblems ? `, ${rowProblems} rows could not be graded (see the Data problem column)` : ''}\n`);
  io.out(`${args.output}\n`);
  return EXIT.ok;
}

function gradeLedgerFile(
  args: GradeArgs, input: Input, plan: LedgerPlan, pass: LedgerPass, settings: EditedSettings | undefined, io: Io, today: Date,
): number {
  const { lang } = plan;
  const dates = ledgerDates(pass.dates, lang, givenDates(args));
  const unused = listOnlyFields(args.map);
  if (unused.length) io.err(`note: --map ${unused.join(', ')}: not read in an order list (its fields: ${LEDGER_FIELDS.join(', ')})\n`);
  // Read in the order the whole column decides, when it is not the one the first pass assumed.
  const reader = dates?.order === givenDates(args)?.order ? pass.reader : readLedger(input.source, plan, dates).reader;
  const choice = chooseAsOf(args, settings, 'ledger', today);
  // The predictions' BTYD summary is made from the same lines, to the same as-of date.
  const summary = reader.summarize({ asOf: choice.asOf, months: args.months, btyd: args.btyd !== false });
  io.err(`${args.input}: an order list${args.reading === 'ledger' ? ' (--ledger)' : ''}: ${count(summary.lines)} lines, ${count(reader.shape().customers)} customers\n`);
  io.err(`as of ${serialToIso(summary.asOf)}, ${choice.why}; orders and amounts of the ${summary.months} months from ${serialToIso(summary.windowStart)}\n`);
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
  if (args.keepRows && args.format === 'csv') io.err('note: --keep-rows: a .csv holds the graded customers only; write an .xlsx to keep the order lines\n');
  const keep = args.keepRows ? { sheetName: input.sheetName, source: input.source, headerRow: plan.headerRow } : undefined;
  writeToFile(args.output, (sink) => writeGradedLedger(outputStream(args, sink, 0), graded, keep));
  const { rowProblems } = graded;
  io.err(`graded ${graded.graded} customers${rowProblems ? `, ${rowProblems} could not be graded (see the Data problem column)` : ''}\n`);
  io.out(`${args.output}\n`);
  return EXIT.ok;
}

/** Why an input cannot be read, for a person; undefined for an error that is not about reading. */
function readFailure(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  return code ? (e as Error).message : undefined;
}

class OutputError extends Error {}

/**
 * Writes the output to a file next to `path` and renames it into place when complete, so a nightly
 * job never picks up half a workbook. Errors in writing are OutputErrors.
 */
function writeToFile(path: string, write: (sink: XlsxSink) => void): void {
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
