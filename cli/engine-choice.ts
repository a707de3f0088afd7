// Where an order list is graded. The in-memory path (cli/ledger-grade.ts) is the default for what it
// handles well: it needs no native module, reads a CSV's lines with the core's own reader, and on a
// small file starts faster than DuckDB loads. The two are even at about 150,000 order lines (5.6 to 8
// MB, as long as the lines are); past that DuckDB takes less time and less processor time, the more so
// the bigger the file (at 15 MB about 1.4x, at 38 MB 1.8x), within a fixed memory. The switch is at 16
// MB, where DuckDB is ahead whatever the lines' length and however busy the machine: on a shared one
// its two threads lose the most. `npm run bench` measures it again (scripts/bench-engine.mjs).
import { totalmem } from 'node:os';
import { extname } from 'node:path';
import type { GradeArgs } from './args';

/** A CSV order list of this many bytes or more goes to the embedded engine with `--engine auto`. */
export const ENGINE_THRESHOLD_BYTES = 16 * 1024 * 1024;
/** The threshold as the help says it. */
export const ENGINE_THRESHOLD_TEXT = '16 MB';

/**
 * The engine for an order list of `inputBytes` bytes: the embedded DuckDB for a Parquet file or a
 * Parquet output, for `--engine duckdb`, and with `--engine auto` for a CSV from ENGINE_THRESHOLD_BYTES
 * up, unless it asks for what only the in-memory path does (quintile bands, --keep-rows).
 * @example engineFor(parseArgs(['grade', 'orders.csv']) as GradeArgs, 200_000_000) // 'duckdb'
 * @example engineFor(parseArgs(['grade', 'orders.csv', '--keep-rows']) as GradeArgs, 200_000_000) // 'memory'
 */
export function engineFor(args: GradeArgs, inputBytes: number): 'duckdb' | 'memory' {
  if (args.engine !== 'auto') return args.engine;
  if (extname(args.input).toLowerCase() === '.parquet' || args.format === 'parquet') return 'duckdb';
  // What only the in-memory path does: quintiles, the lines kept, the predictions asked for with --btyd.
  if (extname(args.input).toLowerCase() === '.xlsx' || args.preset === 'quintile' || args.keepRows || args.btyd === true) return 'memory';
  return inputBytes >= ENGINE_THRESHOLD_BYTES ? 'duckdb' : 'memory';
}

// The engine's memory unless --memory-mb sets it: 512 MB grades 5,000,000 lines under a 1 GB peak;
// the aggregations of a bigger ledger spill to disk past it, and fail when even that is not enough
// (a 50,000,000-line ledger in 512 MB may), so bigger ledgers get more.
const MIN_MEMORY_MB = 512;
const MB_PER_MILLION_LINES = 80;

/**
 * The embedded engine's memory for a ledger of about `lines` lines: 512 MB, or 80 MB a million lines
 * where that is more, never more than half of `totalMb` (the machine's memory) unless that is under 512.
 * @example engineMemoryMb(5_000_000, 16_384) // 512
 * @example engineMemoryMb(50_000_000, 16_384) // 4000
 * @example engineMemoryMb(50_000_000, 4_096) // 2048
 */
export function engineMemoryMb(lines: number, totalMb = totalmem() / 2 ** 20): number {
  const wanted = Math.max(MIN_MEMORY_MB, Math.ceil((lines / 1e6) * MB_PER_MILLION_LINES));
  return Math.max(MIN_MEMORY_MB, Math.min(wanted, Math.floor(totalMb / 2)));
}
