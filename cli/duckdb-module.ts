// The embedded engine's DuckDB, loaded only when a file goes to it: @duckdb/node-api is a native module
// (about 70 MB, built per platform) and an optional dependency, so the CLI runs without it and says how
// to get it when a file needs it. The CLI bundle leaves it external (scripts/build.mjs).
import type * as DuckDb from '@duckdb/node-api';

/** The package the engine needs, as npm names it. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** DuckDB is not installed (or has no build for this platform): what to do about it, on one line. */
export class EngineMissingError extends Error {}

/**
 * @duckdb/node-api, or an EngineMissingError saying how to install it and what else to do.
 * @example const { DuckDBInstance } = await loadDuckDb(); const db = await DuckDBInstance.create(':memory:')
 */
export async function loadDuckDb(): Promise<typeof DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' ? 'is not installed' : `cannot be loaded (${(e as Error).message.split('\n')[0]})`;
    throw new EngineMissingError(`the embedded engine needs ${DUCKDB_PACKAGE}, which ${reason}: `
      + `run \`npm install ${DUCKDB_PACKAGE}\` where crm-grader is installed (an optional dependency, for ${process.platform}-${process.arch}), `
      + 'or grade a CSV in memory with --engine memory');
  }
}
