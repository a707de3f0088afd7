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
import { edate } from '../src/cells/dates';
import type { EditedSettings } from '../src/formulas/read-settings';
import type { DataProblem } from '../src/grading/data-problems';
import { planLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { TableError } from '../src/grading/grade-table';
import type { Lang } from '../src/i18n/lang';
import { tableMessage } from '../src/i18n/table-messages';
import { RFM_PRESETS } from '../src/models/presets';
import { streamXlsx } from '../src/xlsx/stream-xlsx';
import { ledgerMap, type GradeArgs } from './args';
import { cliMessage } from './cli-messages';
import { ENGINE_THRESHOLD_TEXT, engineMemoryMb } from './engine-choice';
import { csvLayout, emptyRecordRows, hasInnerEmptyLine, rowsPast, toUtf8 } from './engine-csv';
import { afterAsOfProblems, countLines, statusProblems, typeLines, unreadableLines, type RawLines } from './engine-lines';
import { gradedWorkbook, gradeOnEngine, SHEET_CUSTOMERS, writeEngineFile, type EngineGrading } from './engine-output';
import { engineProgress } from './engine-progress';
import { csvRawLines, parquetColumns, parquetRawLines } from './engine-sources';
import { loadDuckDb } from './duckdb-module';
import { bandTables, chooseAsOf, count, EXIT, givenDates, gradedLine, ledgerSummaryLines, OutputError, reportProblems, writeFileVia, writeToFile, type Io } from './grade-common';
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
  /** Why the engine, for the line that says so, in the file's language: "--engine duckdb", "a Parquet file". */
  readonly why: (lang: Lang) => string;
}

/** What the engine made of the job: graded (with the exit code), or a list (ids never repeat) for the in-memory path. */
export type EngineOutcome = { readonly kind: 'graded'; readonly code: number } | { readonly kind: 'list' };

/**
 * Why a CSV of `bytes` goes to the engine with `--engine auto`, for the line that says so.
 * @example engineReason(195_000_514, 'en') // '186 MB, past 16 MB; --engine memory grades it in memory'
 */
export function engineReason(bytes: number, lang: Lang): string {
  return cliMessage(lang, 'engineWhySize', { mb: (bytes / 1024 / 1024).toFixed(0), threshold: ENGINE_THRESHOLD_TEXT });
}

/**
 * Grades an order list on the embedded DuckDB. EngineMissingError when DuckDB is not installed, and
 * EngineReadError when DuckDB cannot read the CSV as the in-memory path does: the caller decides
 * whether to grade in memory instead. TableError, OutputError, SettingsFileError as the in-memory path.
 * @example await gradeOnEngineFile({ args, io, today: new Date(), sheetName: 'orders', plan, repeatsSeen: true, why: () => '--engine duckdb' }) // { kind: 'graded', code: 0 }
 */
export async function gradeOnEngineFile(job: EngineJob): Promise<EngineOutcome> {
  // The memory DuckDB may use, once the ledger's size is known, and the language to speak in (a
  // Parquet file's is known once its columns are read).
  const memory: EngineMemory = { mb: 0, lang: job.plan?.lang ?? job.args.lang ?? 'en' };
  const duck = await loadDuckDb(memory.lang);
  const temp = mkdtempSync(join(tmpdir(), 'crm-grader-'));
  const instance = await duck.DuckDBInstance.create(':memory:');
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
      throw new EngineMemoryError(cliMessage(memory.lang, 'engineMemory', { mb: count(mb), more: mb * 4 }));
    }
    throw e;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The memory DuckDB may use, and the language its shortage is told in. */
interface EngineMemory {
  mb: number;
  lang: Lang;
}

async function gradeOn(connection: DuckDBConnection, job: EngineJob, temp: string, memory: EngineMemory): Promise<EngineOutcome> {
  const { args, io } = job;
  const progress = engineProgress(connection, io.err);
  const { plan, open, lines: about } = await linesOf(connection, job, temp);
  const { lang } = plan;
  memory.lang = lang;
  memory.mb = args.memoryMb ?? engineMemoryMb(about);
  await connection.run(`SET memory_limit = '${memory.mb}MB'`);
  io.err(`${cliMessage(lang, 'engineLine', { why: job.why(lang), mb: count(memory.mb) })}\n`);
  // A CSV's lines are typed once into a table (the file is parsed once, not once a query); a Parquet
  // file's are read again by each query, as cheaply as a table.
  const keep = job.plan !== undefined;
  let raw: RawLines, dates: DateConvention | undefined;
  try {
    raw = await open(true);
    dates = await typeLines(connection, raw, plan, givenDates(args), progress, keep, args.countAllStatuses);
  } catch (e) {
    // DuckDB's parallel CSV reader cannot pad short lines in a file with line breaks inside quotes:
    // such a file is read again by one thread.
    if (!/quoted new ?lines/i.test((e as Error).message ?? '')) throw e;
    raw = await open(false);
    dates = await typeLines(connection, raw, plan, givenDates(args), progress, keep, args.countAllStatuses);
  }
  const choice = chooseAsOf(args, job.settings, 'ledger', job.today);
  const counts = await progress.phase(cliMessage(lang, 'phaseChecking'), () => countLines(connection, { repeats: args.reading === 'auto' && !job.repeatsSeen, asOf: choice.asOf }, raw),
    (c) => cliMessage(lang, 'linesRead', { n: count(c.lines) }));
  if (counts.repeats === false) {
    if (job.plan) return { kind: 'list' };
    throw new TableError(cliMessage(lang, 'idsNeverRepeatEngine', { reason: tableMessage(lang, 'ledgerNoCustomers', { lines: counts.lines }) }));
  }
  // Reported in the in-memory path's order: the statuses, the unreadable lines, the lines after as-of.
  const problems: DataProblem[] = await statusProblems(connection, plan, raw, args.countAllStatuses === true);
  if (counts.lines > counts.readable) problems.push(...await progress.phase(cliMessage(lang, 'phaseUnreadable'), () => unreadableLines(connection, raw, plan, dates)));
  const asOf = choice.asOf ?? counts.latest;
  if (asOf === undefined) throw new TableError(tableMessage(lang, 'ledgerNoCustomers', { lines: counts.lines }));
  const after = counts.after ? await afterAsOfProblems(connection, plan, asOf, counts.after, raw) : { problems: [], notGraded: 0 };
  problems.push(...after.problems);
  const months = args.months ?? 12;
  const g: EngineGrading = { plan, asOf, months, lang, tables: bandTables(args, job.settings) ?? RFM_PRESETS[args.preset === 'five' || args.preset === 'manufacturing' ? args.preset : 'seed'] };
  const graded = await progress.phase(cliMessage(lang, 'phaseGrading'), () => gradeOnEngine(connection, g), (r) => cliMessage(lang, 'customersGraded', { n: count(r.customers) }));
  if (!graded.customers) throw new TableError(tableMessage(lang, 'ledgerNoCustomers', { lines: counts.lines }));
  io.err(ledgerSummaryLines(args, lang, { lines: counts.lines, customers: graded.customers + after.notGraded, asOf, start: edate(asOf, -months), months, why: choice.why }));
  let unscored = graded.unscored;
  if (args.format === 'xlsx') {
    if (graded.customers > SHEET_CUSTOMERS) {
      throw new OutputError(cliMessage(lang, 'sheetTooSmall', { customers: count(graded.customers), rows: count(SHEET_CUSTOMERS) }));
    }
    const workbook = await progress.phase(cliMessage(lang, 'phaseWorkbook'), () => gradedWorkbook(connection, g, {
      sheetName: job.sheetName, lines: counts.lines, linesUsed: counts.readable - (counts.after?.count ?? 0), problems,
      options: { preset: args.preset ?? 'seed', tables: bandTables(args, job.settings), lang, dates, months, asOf, asOfRule: choice.rule },
    }));
    reportProblems(io, workbook.problems, lang);
    writeToFile(args.output, (sink) => writeGradedLedger(streamXlsx(sink), workbook));
    unscored = workbook.rowProblems;
  } else {
    reportProblems(io, problems, lang);
    const kind = args.format;
    await writeFileVia(args.output, (partial) => progress.phase(cliMessage(lang, 'phaseWriting'), () => writeEngineFile(connection, partial, kind, g)));
  }
  io.err(gradedLine(lang, graded.customers - unscored, unscored, 'ledgerUngraded'));
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
