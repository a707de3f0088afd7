// `crm-grader grade <list.csv|list.xlsx> [-o graded.xlsx] [--preset NAME] [--map field=Header ...]
// [--lang en|zh-CN|zh-TW] [--as-of YYYY-MM-DD] [--date-order dmy|mdy]`: the one-click grading of the pane, on a file, for the
// nightly export from a CRM. Exit codes: 0 graded, 2 bad arguments, 3 input unreadable or ungradable,
// 4 output not writable, 1 anything unexpected.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isoToSerial } from '../src/cells/dates';
import { FIELD_IDS, type FieldId } from '../src/grading/fields';
import { describeProblem, TableError, type GradeTableOptions } from '../src/grading/grade-table';
import { parseLangArg } from '../src/i18n/lang';
import { PRESET_NAMES, type PresetName } from '../src/models/presets';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { streamXlsx, type XlsxStream } from '../src/xlsx/stream-xlsx';
import { csvFileRows, memoryRows, type RowSource } from './list-source';
import type { DateOrder } from '../src/cells/date-text';
import { checkList, writeGradedList, type CheckedList } from './stream-grade';
import { tableHints } from './table-hints';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, output: 4 } as const;

const USAGE = `usage: crm-grader grade <list.csv|list.xlsx> [-o graded.xlsx] [--preset seed|five|manufacturing|quintile]
                          [--map field=Header ...] [--lang en|zh-CN|zh-TW] [--as-of YYYY-MM-DD]
                          [--date-order dmy|mdy]   (how to read dates like 10/1/2026 when the list does not tell)
fields for --map: ${FIELD_IDS.join(', ')}`;

class UsageError extends Error {}

interface Args {
  input: string;
  output: string;
  preset: PresetName | 'quintile';
  map: Partial<Record<FieldId, string>>;
  lang?: ReturnType<typeof parseLangArg>;
  asOf: number;
  dateOrder?: DateOrder;
}

function parseArgs(argv: readonly string[], today: Date): Args {
  const [command, ...rest] = argv;
  if (command !== 'grade') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  const args: Partial<Args> & { map: Partial<Record<FieldId, string>> } = { map: {} };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-o' || a === '--output') args.output = value();
    else if (a === '--preset') {
      const p = value().toLowerCase();
      if (p !== 'quintile' && !(PRESET_NAMES as string[]).includes(p)) throw new UsageError(`--preset: '${p}' is not one of ${[...PRESET_NAMES, 'quintile'].join(', ')}`);
      args.preset = p as Args['preset'];
    } else if (a === '--map') {
      const m = /^([^=]+)=(.+)$/.exec(value());
      const field = m?.[1].trim() as FieldId;
      if (!m || !FIELD_IDS.includes(field)) throw new UsageError(`--map takes field=Header with field one of ${FIELD_IDS.join(', ')}`);
      args.map[field] = m[2].trim();
    } else if (a === '--lang') {
      const lang = parseLangArg(value());
      if (!lang) throw new UsageError('--lang: use en, zh-CN or zh-TW');
      args.lang = lang;
    } else if (a === '--as-of') {
      const serial = isoToSerial(value());
      if (Number.isNaN(serial)) throw new UsageError('--as-of: use a date like 2026-10-01');
      args.asOf = serial;
    } else if (a === '--date-order') {
      const order = value().toLowerCase();
      if (order !== 'dmy' && order !== 'mdy') throw new UsageError('--date-order: use dmy (10/1/2026 is 10 January) or mdy (1 October)');
      args.dateOrder = order;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else if (args.input === undefined) args.input = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (!args.input) throw new UsageError('no input file given');
  const stem = basename(args.input, extname(args.input));
  return {
    input: args.input,
    output: args.output ?? join(dirname(args.input), `${stem}-graded.xlsx`),
    preset: args.preset ?? 'seed',
    map: args.map,
    lang: args.lang,
    dateOrder: args.dateOrder,
    asOf: args.asOf ?? isoToSerial(`${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`),
  };
}

/** The list to grade: the sheet name the graded workbook keeps, and a source that reads it from the start. */
function openList(path: string): { sheetName: string; source: RowSource } {
  if (extname(path).toLowerCase() === '.xlsx') {
    // An .xlsx list is read whole (its cells cannot be read before the zip and its shared strings are);
    // grading and writing still go a piece at a time. A CSV streams from end to end.
    const sheet = readXlsx(readFileSync(path));
    return { sheetName: sheet.name, source: memoryRows(sheet.rows) };
  }
  const name = basename(path, extname(path)).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'List';
  return { sheetName: name, source: csvFileRows(path) };
}

/** Why a list cannot be read, for a person; undefined for an error that is not about reading. */
function readFailure(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  return code ? (e as Error).message : undefined;
}

/**
 * Writes the graded workbook to a file next to `path` and renames it into place when complete, so a
 * nightly job never picks up half a workbook. Errors in writing are OutputErrors.
 */
function writeToFile(path: string, write: (out: XlsxStream) => void): void {
  const partial = `${path}.${process.pid}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (e) {
    throw new OutputError((e as Error).message);
  }
  try {
    write(streamXlsx((chunk) => {
      try {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      } catch (e) {
        throw new OutputError((e as Error).message);
      }
    }));
    closeSync(fd);
    renameSync(partial, path);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    rmSync(partial, { force: true });
    throw e instanceof OutputError || !(e as NodeJS.ErrnoException).code ? e : new OutputError((e as Error).message);
  }
}

class OutputError extends Error {}

/**
 * Runs the CLI; returns the exit code. Messages a script can rely on: one line per problem on stderr,
 * the output path on stdout. A CSV is read twice from disk (checked, then graded and written a piece at
 * a time), so a million rows fit in well under 1 GB.
 * @example main(['grade', 'list.csv', '-o', 'graded.xlsx']) // 0, with 'graded.xlsx' on stdout
 */
export function main(argv: readonly string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }, today = new Date()): number {
  let args: Args;
  try {
    args = parseArgs(argv, today);
  } catch (e) {
    io.err(`crm-grader: ${(e as Error).message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const options: GradeTableOptions = {
    preset: args.preset, asOf: args.asOf, lang: args.lang ?? undefined, map: args.map,
    dates: args.dateOrder ? { order: args.dateOrder } : undefined,
  };
  let list: ReturnType<typeof openList>;
  let checked: CheckedList;
  let opened = false;
  try {
    list = openList(args.input);
    opened = true;
    checked = checkList(list.source, options);
  } catch (e) {
    if (e instanceof TableError) {
      io.err(`crm-grader: ${args.input}: ${e.message}\n${tableHints(e)}`);
      return EXIT.input;
    }
    // Any failure to open the list is about reading it; later, only file-system and decoding errors are.
    const reason = readFailure(e) ?? (opened ? undefined : (e as Error).message);
    if (reason === undefined) throw e;
    io.err(`crm-grader: cannot read ${args.input}: ${reason}\n`);
    return EXIT.input;
  }
  for (const problem of checked.problems) io.err(`warning: ${describeProblem(problem, checked.plan.lang)}\n`);
  let result: { graded: number; rowProblems: number } | undefined;
  try {
    writeToFile(args.output, (out) => { result = writeGradedList(list.sheetName, list.source, checked, options, out); });
  } catch (e) {
    if (e instanceof TableError) {
      io.err(`crm-grader: ${args.input}: ${e.message}\n${tableHints(e)}`);
      return EXIT.input;
    }
    if (!(e instanceof OutputError)) throw e;
    io.err(`crm-grader: cannot write ${args.output}: ${e.message}\n`);
    return EXIT.output;
  }
  const { graded, rowProblems } = result!;
  io.err(`graded ${graded} customers${rowProblems ? `, ${rowProblems} rows could not be graded (see the Data problem column)` : ''}\n`);
  io.out(`${args.output}\n`);
  return EXIT.ok;
}
