// `crm-grader sql ...`: the grading of an order table in a warehouse, printed as one SELECT
// (src/sql/grading-sql.ts), with the bands of a preset, of --bands, or of a graded workbook's settings
// sheet, as `crm-grader grade` takes them.
import { serialToIso } from '../src/cells/dates';
import { RFM_PRESETS } from '../src/models/presets';
import type { RfmTables } from '../src/models/rfm';
import { gradingSql } from '../src/sql/grading-sql';
import { SqlNameError } from '../src/sql/identifiers';
import { UsageError, type SqlArgs } from './args';
import { readSettingsFile } from './settings-file';

/**
 * The SELECT `crm-grader sql` prints, ending in `;`. A table or column name that is not a plain
 * identifier, or a window the SQL cannot take, is a UsageError naming it (exit 2); a settings file
 * that cannot be used is a SettingsFileError (exit 3).
 * @example sqlForArgs(parseSqlArgs(['--dialect', 'duckdb', '--from', 'orders', '--map', 'customerId=cust', '--map', 'orderDate=day', '--map', 'amount=net'])) // 'WITH ledger AS (\n  SELECT\n    TRIM(CAST("cust" AS VARCHAR)) AS customer_id, ...;\n'
 */
export function sqlForArgs(args: SqlArgs): string {
  const settings = args.settings === undefined ? undefined : readSettingsFile(args.settings);
  const tables: RfmTables = { ...(settings?.tables ?? RFM_PRESETS[args.preset ?? 'seed']), ...args.bands };
  // A date chosen by hand on the settings sheet (no rule noted beside it) is kept, as `grade` keeps it.
  const asOf = args.asOf ?? (settings && !settings.asOfRule ? serialToIso(settings.asOf) : undefined);
  try {
    return `${gradingSql({
      dialect: args.dialect, table: args.from, tables, scheme: args.scheme, lang: args.lang, asOf, months: args.months,
      columns: { customerId: args.map.customerId!, orderDate: args.map.orderDate!, amount: args.map.amount!, orderId: args.map.orderId, status: args.map.status },
      countAllStatuses: args.countAllStatuses,
    })};\n`;
  } catch (e) {
    if (e instanceof SqlNameError) throw new UsageError(`--${e.what === 'table' ? 'from' : 'map'}: ${e.message}`);
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
}
