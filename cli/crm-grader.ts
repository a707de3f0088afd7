// `crm-grader grade <list.csv|list.xlsx> [-o graded.xlsx] [--preset NAME] [--map field=Header ...]
// [--lang en|zh-CN|zh-TW] [--as-of YYYY-MM-DD] [--date-order dmy|mdy]`: the one-click grading of the pane, on a file, for the
// nightly export from a CRM. Exit codes: 0 graded, 2 bad arguments, 3 input unreadable or ungradable,
// 4 output not writable, 1 anything unexpected.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isoToSerial } from '../src/cells/dates';
import { FIELD_IDS, type FieldId } from '../src/grading/fields';
import { describeProblem, gradeTable, TableError } from '../src/grading/grade-table';
import { parseLangArg } from '../src/i18n/lang';
import { PRESET_NAMES, type PresetName } from '../src/models/presets';
import { parseCsv, typeCsvField } from '../src/xlsx/read-csv';
import { decodeCsv } from '../src/xlsx/csv-encoding';
import type { DateOrder } from '../src/cells/date-text';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { writeXlsx } from '../src/xlsx/write-xlsx';

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

/** Reads a CSV or XLSX list as typed rows, with the sheet name the graded workbook keeps. */
function readList(path: string): { sheetName: string; rows: unknown[][] } {
  const bytes = readFileSync(path);
  if (extname(path).toLowerCase() === '.xlsx') {
    const sheet = readXlsx(bytes);
    return { sheetName: sheet.name, rows: sheet.rows };
  }
  const text = decodeCsv(bytes);
  const name = basename(path, extname(path)).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'List';
  return { sheetName: name, rows: parseCsv(text).map((row) => row.map(typeCsvField)) };
}

/**
 * Runs the CLI; returns the exit code. Messages a script can rely on: one line per problem on stderr,
 * the output path on stdout.
 */
export function main(argv: readonly string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }, today = new Date()): number {
  let args: Args;
  try {
    args = parseArgs(argv, today);
  } catch (e) {
    io.err(`crm-grader: ${(e as Error).message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  let list: { sheetName: string; rows: unknown[][] };
  try {
    list = readList(args.input);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    io.err(`crm-grader: cannot read ${args.input}: ${reason}\n`);
    return EXIT.input;
  }
  let result;
  try {
    result = gradeTable(list.sheetName, list.rows, { preset: args.preset, asOf: args.asOf, lang: args.lang ?? undefined, map: args.map,
      dates: args.dateOrder ? { order: args.dateOrder } : undefined });
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    io.err(`crm-grader: ${args.input}: ${e.message}\n`);
    return EXIT.input;
  }
  for (const problem of result.problems) io.err(`warning: ${describeProblem(problem, result.lang)}\n`);
  try {
    writeFileSync(args.output, writeXlsx(result.model));
  } catch (e) {
    io.err(`crm-grader: cannot write ${args.output}: ${(e as Error).message}\n`);
    return EXIT.output;
  }
  io.err(`graded ${result.graded} customers${result.rowProblems ? `, ${result.rowProblems} rows could not be graded (see the Data problem column)` : ''}\n`);
  io.out(`${args.output}\n`);
  return EXIT.ok;
}
