// `crm-grader grade` on the embedded engine: an order list too big for the in-memory path (a CSV past
// the threshold of engine-choice.ts, or any Parquet file) graded by DuckDB in-process, with the same
// columns, rules and messages as the in-memory path (cli/crm-grader.ts's gradeLedgerFile): its lines
// read as that path reads them (engine-lines.ts), graded by the warehouse SQL (engine-output.ts), the
// lines it leaves out reported by row, and the customers written as CSV, Parquet or a workbook.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DateConvention } from '../src/cells/coerce';
import { edate, serialToIso } from '../src/cells/dates';
import type { EditedSettings } from '../src/formulas/read-settings';
import type { DataProblem } from '../src/grading/data-problems';
import { planLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { TableError } from '../src/grading/grade-table';
import { format } from '../src/i18n/messages';
import { RFM_PRESETS } from '../src/models/presets';
import { streamXlsx } from '../src/xlsx/stream-xlsx';
import { ledgerMap, type GradeArgs } from './args';
import { ENGINE_THRESHOLD_TEXT, engineMemoryMb } from './engine-choice';
import { csvLayout, emptyRecordRows, hasInnerEmptyLine, rowsPast, toUtf8 } from './engine-csv';
import { afterAsOfProblems, countLines, typeLines, unreadableLines, type RawLines } from './engine-lines';
import { gradedWorkbook, gradeOnEngine, SHEET_CUSTOMERS, writeEngineFile, type EngineGrading } from './engine-output';
import { engineProgress } from './engine-progress';
import { csvRawLines, parquetColumns, parquetRawLines } from './engine-sources';
import { loadDuckDb } from './duckdb-module';
import { bandTables, chooseAsOf, count, EXIT, givenDates, OutputError, reportProblems, writeFileVia, writeToFile, type Io } from './grade-common';
import { writeGradedLedger } from './ledger-grade';

/** DuckDB ran out of the memory --memory-mb gives it: how much to give, on one line. */
export class EngineMemoryError extends Error {}

/** An order list for the engine, as the CLI found it. */
export interface EngineJob {
  readonly args: GradeArgs;
  readonly settings?: EditedSettings;
  readonly io: Io;
  readonly today: Date;
  /** The sheet name the workbook gives the ledger (the file's name). */
  readonly sheetName: string;
  /** A CSV's ledger plan, made from its first rows as the in-memory path makes it; a Parquet file's
   * is made from its columns. */
  readonly plan?: LedgerPlan;
  /** Whether ids were seen to repeat in the first lines (then the whole file need not be asked). */
  readonly repeatsSeen: boolean;
  /** Why the engine, for the line that says so: "--engine duckdb", "a Parquet file". */
  readonly why: string;
}

/** What the engine made of the job: graded (with the exit code), or a list (ids never repeat) for the in-memory path. */
export type EngineOutcome = { readonly kind: 'graded'; readonly code: number } | { readonly kind: 'list' };

/**
 * Why a CSV of `bytes` goes to the engine with `--engine auto`, for the line that says so.
 * @example engineReason(195_000_514) // '186 MB, past 16 MB; --engine memory grades it in memory'
 */
export function engineReason(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB, past ${ENGINE_THRESHOLD_TEXT}; --engine memory grades it in memory`;
}

/**
 * Grades an order list on the embedded DuckDB. EngineMissingError when DuckDB is not installed, and
 * EngineReadError when DuckDB cannot read the CSV as the in-memory path does: the caller decides
 * whether to grade in memory instead. TableError, OutputError, SettingsFileError as the in-memory path.
 * @example await gradeOnEngineFile({ args, io, today: new Date(), sheetName: 'orders', plan, repeatsSeen: true, why: '--engine duckdb' }) // { kind: 'graded', code: 0 }
 */
export async function gradeOnEngineFile(job: EngineJob): Promise<EngineOutcome> {
  const duck = await loadDuckDb();
  const temp = mkdtempSync(join(tmpdir(), 'crm-grader-'));
  const instance = await duck.DuckDBInstance.create(':memory:');
  // The memory DuckDB may use, once the ledger's size is known.
  const memory = { mb: 0 };
  const connection = await instance.connect();
  try {
    // DuckDB spills what does not fit in memory to a directory of its own, removed afterwards (an
    // in-memory database would otherwise spill to ./.tmp, wherever the CLI was run).
    await connection.run(`SET temp_directory = '${join(temp, 'spill').replace(/'/g, "''")}'`);
    await connection.run('SET enable_progress_bar = true');
    await connection.run('SET enable_progress_bar_print = false');
    return await gradeOn(connection, job, temp, memory);
  } catch (e) {
    if (/^Out of Memory Error/.test((e as Error).message ?? '')) {
      const mb = memory.mb;
      throw new EngineMemoryError(`the embedded engine needs more than the ${count(mb)} MB it may use (--memory-mb): give it more, e.g. --memory-mb ${mb * 4}`);
    }
    throw e;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
}

async function gradeOn(connection: DuckDBConnection, job: EngineJob, temp: string, memory: { mb: number }): Promise<EngineOutcome> {
  const { args, io } = job;
  const progress = engineProgress(connection, io.err);
  const { plan, open, lines: about } = await linesOf(connection, job, temp);
  memory.mb = args.memoryMb ?? engineMemoryMb(about);
  await connection.run(`SET memory_limit = '${memory.mb}MB'`);
  io.err(`engine: DuckDB, in-process (${job.why}); ${count(memory.mb)} MB of memory\n`);
  const { lang } = plan;
  // A CSV's lines are typed once into a table (the file is parsed once, not once a query); a Parquet
  // file's are read again by each query, as cheaply as a table.
  const keep = job.plan !== undefined;
  let raw: RawLines, dates: DateConvention | undefined;
  try {
    raw = await open(true);
    dates = await typeLines(connection, raw, plan, givenDates(args), progress, keep);
  } catch (e) {
    // DuckDB's parallel CSV reader cannot pad short lines in a file with line breaks inside quotes:
    // such a file is read again by one thread.
    if (!/quoted new ?lines/i.test((e as Error).message ?? '')) throw e;
    raw = await open(false);
    dates = await typeLines(connection, raw, plan, givenDates(args), progress, keep);
  }
  const choice = chooseAsOf(args, job.settings, 'ledger', job.today);
  const counts = await progress.phase('checking the lines', () => countLines(connection, { repeats: args.reading === 'auto' && !job.repeatsSeen, asOf: choice.asOf }, raw),
    (c) => `${count(c.lines)} lines read`);
  if (counts.repeats === false) {
    if (job.plan) return { kind: 'list' };
    throw new TableError(`${format(lang, 'ledgerNoCustomers', { lines: counts.lines })}: no customer id appears on two lines; if each line is one order, give --ledger`);
  }
  const problems: DataProblem[] = counts.lines > counts.readable ? await progress.phase('reporting unreadable lines', () => unreadableLines(connection, raw, plan, dates)) : [];
  const asOf = choice.asOf ?? counts.latest;
  if (asOf === undefined) throw new TableError(format(lang, 'ledgerNoCustomers', { lines: counts.lines }));
  const after = counts.after ? await afterAsOfProblems(connection, plan, asOf, counts.after, raw) : { problems: [], notGraded: 0 };
  problems.push(...after.problems);
  const months = args.months ?? 12;
  const g: EngineGrading = { plan, asOf, months, lang, tables: bandTables(args, job.settings) ?? RFM_PRESETS[args.preset === 'five' || args.preset === 'manufacturing' ? args.preset : 'seed'] };
  const graded = await progress.phase('grading', () => gradeOnEngine(connection, g), (r) => `${count(r.customers)} customers graded`);
  if (!graded.customers) throw new TableError(format(lang, 'ledgerNoCustomers', { lines: counts.lines }));
  io.err(`${args.input}: an order list${args.reading === 'ledger' ? ' (--ledger)' : ''}: ${count(counts.lines)} lines, ${count(graded.customers + after.notGraded)} customers\n`);
  io.err(`as of ${serialToIso(asOf)}, ${choice.why}; orders and amounts of the ${months} months from ${serialToIso(edate(asOf, -months))}\n`);
  let unscored = graded.unscored;
  if (args.format === 'xlsx') {
    if (graded.customers > SHEET_CUSTOMERS) {
      throw new OutputError(`${count(graded.customers)} customers do not fit in a sheet (${count(SHEET_CUSTOMERS)} rows below the header): write -o .csv or .parquet`);
    }
    const workbook = await progress.phase('building the workbook', () => gradedWorkbook(connection, g, {
      sheetName: job.sheetName, lines: counts.lines, linesUsed: counts.readable - (counts.after?.count ?? 0), problems,
      options: { preset: args.preset ?? 'seed', tables: bandTables(args, job.settings), lang, dates, months, asOf, asOfRule: choice.rule },
    }));
    reportProblems(io, workbook.problems, lang);
    writeToFile(args.output, (sink) => writeGradedLedger(streamXlsx(sink), workbook));
    unscored = workbook.rowProblems;
  } else {
    reportProblems(io, problems, lang);
    const kind = args.format;
    await writeFileVia(args.output, (partial) => progress.phase('writing', () => writeEngineFile(connection, partial, kind, g)));
  }
  io.err(`graded ${graded.customers - unscored} customers${unscored ? `, ${unscored} could not be graded (see the Data problem column)` : ''}\n`);
  io.out(`${args.output}\n`);
  return { kind: 'graded', code: EXIT.ok };
}

/**
 * The job's ledger plan, about how many lines it has, and how to make the view `raw` over its file: a CSV decoded to UTF-8 if it
 * must be and its empty lines found if it has any inside, read by DuckDB's parallel reader or by one
 * thread; a Parquet file planned from its columns.
 */
async function linesOf(
  connection: DuckDBConnection, job: EngineJob, temp: string,
): Promise<{ plan: LedgerPlan; open: (parallel: boolean) => Promise<RawLines>; lines: number }> {
  const { args } = job;
  if (!job.plan) {
    const columns = await parquetColumns(connection, args.input);
    const plan = planLedger([columns.names], { map: ledgerMap(args.map), lang: args.lang });
    return { plan, open: () => parquetRawLines(connection, args.input, plan, columns), lines: columns.lines };
  }
  const plan = job.plan;
  const layout = csvLayout(args.input);
  let path = args.input;
  if (layout.encoding !== 'utf-8') {
    path = join(temp, 'ledger.csv');
    toUtf8(args.input, layout.encoding, path);
  }
  // Empty lines above the header are skipped with it (DuckDB's skip counts lines): only those after count.
  const sheetRow = hasInnerEmptyLine(path) ? rowsPast(emptyRecordRows(path).filter((row) => row > plan.headerRow + 1)) : (row: number) => row;
  return { plan, open: (parallel) => csvRawLines(connection, path, plan, layout.separator, sheetRow, parallel), lines: layout.lines };
}
