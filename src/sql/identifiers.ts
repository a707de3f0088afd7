// Table and column names go into the SQL as quoted identifiers, and only names that are plain
// identifiers are taken: letters, digits and underscores, not starting with a digit. Anything else (a
// space, a quote, a semicolon, a parenthesis) is refused rather than escaped, so the statement can read
// nothing but the table it names.

/** A table or column name that is not a plain identifier: `crm-grader sql` exits 2 with it. */
export class SqlNameError extends Error {
  /** What the name was given for ('table', 'column (amount)') and the name itself. */
  readonly what: string;
  readonly identifier: string;

  constructor(what: string, identifier: string, why: string) {
    super(`${what} '${identifier}' ${why}`);
    this.what = what;
    this.identifier = identifier;
  }
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;
// An identifier longer than this is refused by PostgreSQL (63) and Snowflake/BigQuery (255 or more).
const MAX_LENGTH = 63;

/**
 * `name` when it is a plain identifier; a SqlNameError naming `what` and the name otherwise.
 * @example plainIdentifier('order_date', 'column') // 'order_date'
 * @example plainIdentifier('date; DROP TABLE x', 'column') // throws SqlNameError: column 'date; DROP TABLE x' is not a plain identifier ...
 */
export function plainIdentifier(name: string, what: string): string {
  if (!PLAIN.test(name)) {
    throw new SqlNameError(what, name, 'is not a plain identifier (letters, digits and _, not starting with a digit)');
  }
  if (name.length > MAX_LENGTH) throw new SqlNameError(what, name, `is longer than ${MAX_LENGTH} characters`);
  return name;
}

/**
 * A table name's parts: `table`, `schema.table` or `database.schema.table` (BigQuery's
 * `project.dataset.table` when the project id is a plain identifier), each a plain identifier.
 * @example tableNameParts('sales.orders') // ['sales', 'orders']
 * @example tableNameParts('orders"; --') // throws SqlNameError: table 'orders"; --' is not ...
 */
export function tableNameParts(name: string): string[] {
  const parts = name.split('.');
  if (parts.length > 3 || parts.some((part) => !PLAIN.test(part) || part.length > MAX_LENGTH)) {
    throw new SqlNameError('table', name, 'is not a plain table name (table or schema.table: letters, digits and _, not starting with a digit)');
  }
  return parts;
}
