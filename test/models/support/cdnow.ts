// The CDNOW sample (/work/shared/data/cdnow, README there), read in place: the 6,919 transactions and the
// published 39-week summaries of the 2,357 customers.
import { readFileSync } from 'node:fs';
import { sharedData } from '../../support/shared-data';

const DIR = sharedData('cdnow');

/** Excel's serial day of a YYYYMMDD date (days since 1899-12-30). */
export function serialOf(yyyymmdd: string): number {
  return Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / 86_400_000 + 25_569;
}

/** The end of the calibration period, 1997-09-30. */
export const CDNOW_AS_OF = serialOf('19970930');

export interface Transactions {
  readonly ids: string[];
  readonly dates: number[];
  readonly amounts: number[];
}

/** CDNOW_sample.txt: master id, customer id, date, CDs, dollar value. */
export function readTransactions(): Transactions {
  const ids: string[] = [];
  const dates: number[] = [];
  const amounts: number[] = [];
  for (const line of readFileSync(`${DIR}/CDNOW_sample.txt`, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5) continue;
    ids.push(fields[1]);
    dates.push(serialOf(fields[2]));
    amounts.push(Number(fields[4]));
  }
  return { ids, dates, amounts };
}

function readCsv(name: string): number[][] {
  return readFileSync(`${DIR}/${name}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
}

export interface PublishedCustomer {
  readonly id: number;
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  /** zbar: the mean value of the repeat purchases. */
  readonly monetary: number;
}

/** cdnow_customers_summary.csv (ID, frequency, recency, T) joined with the zbar of ..._with_transactions.csv. */
export function readPublishedSummary(): PublishedCustomer[] {
  const zbar = new Map(readCsv('cdnow_customers_summary_with_transactions.csv').map((r) => [r[0], r[4]]));
  return readCsv('cdnow_customers_summary.csv').map(([id, frequency, recency, T]) => ({
    id, frequency, recency, T, monetary: zbar.get(id) ?? NaN,
  }));
}
