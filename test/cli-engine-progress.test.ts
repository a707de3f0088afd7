// The embedded engine's progress lines, over a real DuckDB query long enough to report on: nothing
// before the quiet time is up, then the phase's name and the seconds so far every few seconds, and
// what the phase did when it ends; and nothing at all for a quick run.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { engineProgress } from '../cli/engine-progress';

describe('progress on stderr while DuckDB works', () => {
  it('reports a slow phase every few tenths of a second here, and what it did', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run('SET enable_progress_bar = true');
      await connection.run('SET enable_progress_bar_print = false');
      const lines: string[] = [];
      const progress = engineProgress(connection, (s) => lines.push(s), { after: 0.2, every: 0.2 });
      // A query of a second or more on any machine: 2 * 10^8 rows summed.
      const result = await progress.phase('summing', () => connection.runAndReadAll('SELECT sum(range % 7) FROM range(200000000)'),
        (r) => `${r.getRowsJS()[0][0]} summed`);
      expect(progress.seconds()).toBeGreaterThan(0.4);
      const during = lines.filter((l) => /^ {2}summing(: \d+%|\.\.\.) \(\d+\.\d s\)\n$/.test(l));
      expect(during.length).toBeGreaterThanOrEqual(1);
      // 0..6 repeating: 2 * 10^8 / 7 full cycles of 21, and the rest.
      const sum = (Math.floor(200_000_000 / 7) * 21) + [0, 1, 2, 3].slice(0, 200_000_000 % 7).reduce((a, b) => a + b, 0);
      expect(result.getRowsJS()[0][0]).toBe(BigInt(sum));
      expect(lines[lines.length - 1]).toMatch(new RegExp(`^ {2}${sum} summed \\(\\d+\\.\\d s\\)\\n$`));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('says nothing of a phase that ends before the quiet time is up', async () => {
    const lines: string[] = [];
    const progress = engineProgress({ progress: { percentage: -1 } }, (s) => lines.push(s), { after: 5, every: 1 });
    expect(await progress.phase('reading', async () => 42, (n) => `${n} read`)).toBe(42);
    expect(lines).toEqual([]);
  });
});
