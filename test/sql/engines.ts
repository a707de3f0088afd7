// Real SQL engines for the tests, no mocks: DuckDB in-process (@duckdb/node-api) and a throwaway
// PostgreSQL cluster from Debian's server packages, started in a temp dir and reached on a Unix socket
// only (no TCP). initdb refuses to run as root, so as root the cluster belongs to `nobody`.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseCsv } from '../../src/xlsx/read-csv';

/** One ledger line: customer id, order date (YYYY-MM-DD), amount, order number (or null), and an order status (NULL when omitted). */
export type Line = readonly [customer: string, date: string, amount: number, order: string | null, status?: string | null];

/** A result row as text or null, by column name: both engines' rows compared the same way. */
export type ResultRow = Record<string, string | null>;

/** The same CREATE and INSERT in both engines: a typed ledger table, amounts exact to the cent. */
export function ledgerTableSql(table: string, lines: readonly Line[]): string[] {
  const literal = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
  const statements = [`DROP TABLE IF EXISTS ${table}`,
    // "date" and "order" are reserved words: the generated SQL must quote them to read them.
    `CREATE TABLE ${table} (customer VARCHAR(40), "date" DATE, amount DECIMAL(16, 2), "order" VARCHAR(40), status VARCHAR(40))`];
  for (let i = 0; i < lines.length; i += 500) {
    const values = lines.slice(i, i + 500).map(([c, d, a, o, s]) => `(${literal(c)}, DATE '${d}', ${a.toFixed(2)}, ${literal(o)}, ${literal(s ?? null)})`);
    statements.push(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
  }
  return statements;
}

/** An in-memory DuckDB. */
export async function openDuckDb() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async run(sql: string): Promise<void> {
      await connection.run(sql);
    },
    async query(sql: string): Promise<ResultRow[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])));
    },
    close(): void {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (!versions.length) throw new Error('PostgreSQL server not found: install it (Debian: apt-get install postgresql)');
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/**
 * A PostgreSQL cluster of its own in a temp dir, listening on a Unix socket there and nowhere else,
 * with trust authentication for the user `grader`; `stop()` shuts it down and removes it.
 */
export function startPostgres() {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'crm-pg-'));
  const asRoot = process.getuid?.() === 0;
  // The cluster's owner must be able to write the directory: as root, that owner is nobody.
  if (asRoot) chmodSync(dir, 0o777);
  const server = (program: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'nobody', '--', join(bin, program), ...args]] : [join(bin, program), args];
    execFileSync(file, argv, { stdio: 'pipe', timeout: 60_000 });
  };
  const data = join(dir, 'data');
  server('initdb', ['-D', data, '-A', 'trust', '-U', 'grader', '-E', 'UTF8', '--no-sync', '--locale=C']);
  server('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-k ${dir} -c listen_addresses= -F`, 'start']);
  const psql = (sql: string) => execFileSync('psql', ['-h', dir, '-U', 'grader', '-d', 'postgres', '-X', '-q', '--csv', '-v', 'ON_ERROR_STOP=1'],
    { input: sql, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return {
    run(sql: string): void {
      psql(sql);
    },
    query(sql: string): ResultRow[] {
      const [header, ...rows] = parseCsv(psql(sql)).filter((row) => row.length > 1 || row[0] !== '');
      // psql --csv writes NULL as an empty field; no text column here is ever ''.
      return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] === '' ? null : row[i]])));
    },
    stop(): void {
      try {
        server('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
