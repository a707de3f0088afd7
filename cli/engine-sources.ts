// The view `raw` of the embedded engine over a CSV or a Parquet file: each line's ledger fields as the
// file gives them, and its sheet row (the row a person sees: the header's row + 1 for the first line),
// a Parquet file's as a column, a CSV's by its place in the table its lines are kept in.
import type { DuckDBConnection } from '@duckdb/node-api';
import { cellValue } from '../src/grading/data-problems';
import type { LedgerPlan } from '../src/grading/grade-ledger';
import { typeCsvField } from '../src/xlsx/read-csv';
import { cliMessage } from './cli-messages';
import { columnKind, csvFieldRule, parquetFieldRule, type EngineField, type FieldRule } from './engine-fields';
import { planFields, sqlText, type RawLines } from './engine-lines';

/** A file DuckDB cannot read as the in-memory path reads it: why, on one line. */
export class EngineReadError extends Error {}

/** A quoted identifier. */
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the view `raw` over the lines after the header of a UTF-8 CSV whose header is on sheet row
 * `plan.headerRow + 1`: every column read as text, short lines padded with blanks and extra fields
 * dropped, as csvRowReader reads them. `parallel` DuckDB's parallel reader, which cannot read quoted
 * line breaks with padded lines. An EngineReadError when the header DuckDB reads is not the plan's.
 * @example await csvRawLines(connection, 'orders.csv', plan, ',', (row) => row, true)
 */
export async function csvRawLines(
  connection: DuckDBConnection, path: string, plan: LedgerPlan, separator: string, sheetRow: (row: number) => number, parallel: boolean,
): Promise<RawLines> {
  const fields = planFields(plan);
  const width = Math.max(plan.header.length, ...Object.values(fields).map((c) => c + 1));
  const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const read = (skip: number) => `read_csv(${sqlText(path)}, header = false, skip = ${skip}, auto_detect = false, delim = ${sqlText(separator)},
  quote = '"', escape = '"', columns = {${columns}}, null_padding = true, strict_mode = false, parallel = ${parallel})`;
  const chosen = (Object.entries(fields) as [EngineField, number][]);
  const select = chosen.map(([f, c]) => `c${c} AS raw_${f}`).join(', ');
  // The header first, as DuckDB reads it (LIMIT stops the reading there): it must be the plan's, and
  // on one line, for the lines after it to be the ones csvRowReader reads.
  const headerRow = plan.headerRow + 1;
  const found = (await connection.runAndReadAll(`SELECT ${select} FROM ${read(plan.headerRow)} LIMIT 1`)).getRowsJS()[0] ?? [];
  const text = (cell: unknown) => String(cellValue(cell) ?? '');
  chosen.forEach(([, c], i) => {
    const got = found[i] === null || found[i] === undefined ? '' : text(typeCsvField(found[i] as string));
    if (got !== text(plan.header[c]) || /[\r\n]/.test(got)) {
      throw new EngineReadError(cliMessage(plan.lang, 'engineHeaderMismatch', { got, want: text(plan.header[c]), column: c + 1, row: headerRow }));
    }
  });
  await connection.run(`CREATE OR REPLACE TEMP VIEW raw AS SELECT ${select} FROM ${read(headerRow)}`);
  const rules: Partial<Record<EngineField, FieldRule>> = {};
  for (const [f] of chosen) rules[f] = csvFieldRule(f);
  // The lines are kept in a table in the file's order (DuckDB inserts in order, in parallel): the row
  // of a line is its place in the table after the header's row.
  return { rules, sheetRow, firstRow: headerRow + 1 };
}

/** A Parquet file's columns: names (its header) and DuckDB types; and its lines (from its metadata). */
export interface ParquetColumns {
  readonly names: readonly string[];
  readonly types: readonly string[];
  readonly lines: number;
}

/**
 * The columns of a Parquet file.
 * @example await parquetColumns(connection, 'orders.parquet') // { names: ['customer_id', 'order_date', 'amount'], types: ['VARCHAR', 'DATE', 'DECIMAL(18,2)'], lines: 50000000 }
 */
export async function parquetColumns(connection: DuckDBConnection, path: string): Promise<ParquetColumns> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlText(path)})`);
  const rows = reader.getRowObjectsJS() as { column_name: string; column_type: string }[];
  const lines = (await connection.runAndReadAll(`SELECT CAST(sum(num_rows) AS DOUBLE) FROM parquet_file_metadata(${sqlText(path)})`)).getRowsJS()[0][0];
  return { names: rows.map((r) => r.column_name), types: rows.map((r) => r.column_type), lines: Number(lines) };
}

/**
 * Creates the view `raw` over a Parquet file: its columns as typed, its rows numbered as a sheet of
 * them would be (the header on row 1).
 * @example await parquetRawLines(connection, 'orders.parquet', plan, columns)
 */
export async function parquetRawLines(connection: DuckDBConnection, path: string, plan: LedgerPlan, columns: ParquetColumns): Promise<RawLines> {
  const chosen = Object.entries(planFields(plan)) as [EngineField, number][];
  await connection.run(`CREATE OR REPLACE TEMP VIEW raw AS
SELECT CAST(file_row_number + 2 AS INTEGER) AS row_no, ${chosen.map(([f, c]) => `${quoted(columns.names[c])} AS raw_${f}`).join(', ')}
FROM read_parquet(${sqlText(path)}, file_row_number = true)`);
  const rules: Partial<Record<EngineField, FieldRule>> = {};
  for (const [f, c] of chosen) rules[f] = parquetFieldRule(f, columnKind(columns.types[c]));
  return { rules, sheetRow: (row) => row };
}
