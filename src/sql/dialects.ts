// What differs between the warehouses the grading SQL runs in, and nothing else: quoting, the text
// type, string literals, month arithmetic and day differences. Every other part of the statement is
// the same text in all four (test/sql/dialects.test.ts holds them to that).

/** The SQL dialects `crm-grader sql` writes. */
export type SqlDialect = 'duckdb' | 'postgres' | 'bigquery' | 'snowflake';
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'bigquery', 'snowflake'];

/** The constructs of one dialect, each a small function of already-safe SQL text. */
export interface DialectSyntax {
  /** A validated plain identifier, quoted (so a reserved word such as `date` is a column too). */
  quote(identifier: string): string;
  /** A string literal. */
  text(value: string): string;
  /** The type of text, for ids read as text. */
  readonly textType: string;
  /**
   * `date` minus `months` months with the day clamped to the end of a shorter month, as EDATE does:
   * 2026-03-31 minus 1 month is 2026-02-28. (Snowflake's ADD_MONTHS would keep month ends at the end of
   * the month, 2026-02-28 -> 2026-01-31, unlike EDATE: DATEADD is the one that matches.)
   */
  monthsBefore(date: string, months: number): string;
  /** Whole days from `earlier` to `later` (both DATEs). */
  daysBetween(later: string, earlier: string): string;
}

const doubleQuoted = (identifier: string) => `"${identifier}"`;
// Standard SQL strings: a quote is doubled; a backslash is an ordinary character.
const standardText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Each dialect's constructs. */
export const DIALECTS: Readonly<Record<SqlDialect, DialectSyntax>> = {
  duckdb: {
    quote: doubleQuoted,
    text: standardText,
    textType: 'VARCHAR',
    // DATE - INTERVAL is a TIMESTAMP in DuckDB; the month is clamped (2026-03-31 - 1 month = 2026-02-28).
    monthsBefore: (date, months) => `CAST(${date} - INTERVAL ${months} MONTH AS DATE)`,
    daysBetween: (later, earlier) => `(${later} - ${earlier})`,
  },
  postgres: {
    quote: doubleQuoted,
    text: standardText,
    textType: 'TEXT',
    // date - interval is a timestamp; PostgreSQL clamps the day to the shorter month's last.
    monthsBefore: (date, months) => `CAST(${date} - INTERVAL '${months} months' AS DATE)`,
    daysBetween: (later, earlier) => `(${later} - ${earlier})`,
  },
  bigquery: {
    quote: (identifier) => `\`${identifier}\``,
    // GoogleSQL has no doubled quote: a quote and a backslash are escaped with a backslash.
    text: (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    textType: 'STRING',
    // DATE_SUB on a DATE returns a DATE, the day clamped to the end of a shorter month.
    monthsBefore: (date, months) => `DATE_SUB(${date}, INTERVAL ${months} MONTH)`,
    daysBetween: (later, earlier) => `DATE_DIFF(${later}, ${earlier}, DAY)`,
  },
  snowflake: {
    quote: doubleQuoted,
    // Snowflake reads backslash escapes in single-quoted strings as well as the doubled quote.
    text: (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`,
    textType: 'VARCHAR',
    monthsBefore: (date, months) => `DATEADD(month, ${-months}, ${date})`,
    daysBetween: (later, earlier) => `DATEDIFF(day, ${earlier}, ${later})`,
  },
};

/**
 * The dialect named, or undefined when `name` is none of SQL_DIALECTS (case-insensitive).
 * @example parseDialect('PostgreSQL') // undefined
 * @example parseDialect('BigQuery') // 'bigquery'
 */
export function parseDialect(name: string): SqlDialect | undefined {
  const d = name.trim().toLowerCase();
  return (SQL_DIALECTS as readonly string[]).includes(d) ? d as SqlDialect : undefined;
}
