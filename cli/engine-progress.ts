// Progress on stderr while the embedded engine works, for runs long enough to wonder about: nothing in
// the first few seconds (a small file says only what it always says), then DuckDB's own estimate of the
// running query (duckdb_query_progress, read from the connection while the query runs on DuckDB's
// threads) every few seconds, and what each phase read or graded when it ends.

/** What the reporter reads: DuckDB's progress of the connection's running query (-1 when unknown). */
export interface QueryProgressSource {
  readonly progress: { readonly percentage: number };
}

export interface EngineProgress {
  /**
   * Runs one phase; while the run is slow, says how far DuckDB is every few seconds, and when it ends
   * what `done` says of its result ("5,000,000 lines read").
   */
  phase<T>(name: string, work: () => Promise<T>, done?: (result: T) => string): Promise<T>;
  /** Seconds since the reporter started. */
  seconds(): number;
}

export interface ProgressTiming {
  /** Seconds of quiet before the first report. */
  readonly after: number;
  /** Seconds between two reports of the same phase. */
  readonly every: number;
}

const TIMING: ProgressTiming = { after: 3, every: 3 };

/**
 * A reporter for the queries of `connection`, writing to `err`.
 * @example const progress = engineProgress(connection, (s) => process.stderr.write(s)); await progress.phase('reading the lines', () => connection.run(sql), () => '5,000,000 lines read')
 */
export function engineProgress(connection: QueryProgressSource, err: (s: string) => unknown, timing: ProgressTiming = TIMING): EngineProgress {
  const start = performance.now();
  const seconds = () => (performance.now() - start) / 1000;
  const stamp = () => `${seconds().toFixed(1)} s`;
  return {
    seconds,
    async phase(name, work, done) {
      let last = -Infinity;
      const tick = setInterval(() => {
        const now = seconds();
        if (now < timing.after || now - last < timing.every) return;
        last = now;
        // DuckDB's estimate is the share of the input read: 0 or 100 while it aggregates, so then only the time.
        const pct = connection.progress.percentage;
        err(`  ${name}${pct > 0 && pct < 100 ? `: ${Math.floor(pct)}%` : '...'} (${stamp()})\n`);
      }, 250);
      try {
        const result = await work();
        if (done && seconds() >= timing.after) err(`  ${done(result)} (${stamp()})\n`);
        return result;
      } finally {
        clearInterval(tick);
      }
    },
  };
}
