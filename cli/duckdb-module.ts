// The embedded engine's DuckDB, loaded only when a file goes to it: @duckdb/node-api is a native module
// (about 70 MB, built per platform) and an optional dependency, so the CLI runs without it and says how
// to get it when a file needs it. The CLI bundle leaves it external (scripts/build.mjs).
import type * as DuckDb from '@duckdb/node-api';
import type { Lang } from '../src/i18n/lang';
import { cliMessage } from './cli-messages';

/** The package the engine needs, as npm names it. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** DuckDB is not installed (or has no build for this platform): what to do about it, on one line. */
export class EngineMissingError extends Error {}

/**
 * @duckdb/node-api, or an EngineMissingError saying (in `lang`) how to install it and what else to do.
 * @example const { DuckDBInstance } = await loadDuckDb('en'); const db = await DuckDBInstance.create(':memory:')
 */
export async function loadDuckDb(lang: Lang): Promise<typeof DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND'
      ? cliMessage(lang, 'engineNotInstalled') : cliMessage(lang, 'engineNotLoaded', { error: (e as Error).message.split('\n')[0] });
    throw new EngineMissingError(cliMessage(lang, 'engineMissing', { pkg: DUCKDB_PACKAGE, reason, platform: `${process.platform}-${process.arch}` }));
  }
}
