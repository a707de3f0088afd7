// Thirty-odd export shapes graded with no --map (test/grading/header-corpus.ts). Every customer list is
// graded through gradeTable and each row's code compared with the seed's bands applied by hand to the
// values the rows were generated from; a list is right when every code is, refused when gradeTable asks
// (a TableError with a question), wrong otherwise. None may be wrong, and nine in ten must be right.
// Order ledgers are checked for the columns they are read by (detection, then what the lines say):
// customer, order date, amount, order number, and never a count of orders.
import { describe, expect, it } from 'vitest';
import { gradeTable, TableError, type GradedTable } from '../../src/grading/grade-table';
import { detectColumnsWithContent } from '../../src/grading/detect-columns';
import { ledgerColumnsFromHeader } from '../../src/grading/grade-ledger';
import { seedRfmCode } from '../support/seed-rules';
import { AS_OF_SERIAL, CORPUS, customersFor, LEDGERS, LISTS, tableOf, type LedgerShape, type Line, type ListShape } from './header-corpus';

const CODE_LABELS = ['RFM code', 'RFM 代码', 'RFM 代碼'];
const value = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell);

/** Each data row's graded RFM code as the workbook caches it (blank for a blank row). */
function gradedCodes(result: GradedTable, rows: number): unknown[] {
  const sheet = result.model.sheets[0];
  const at = sheet.rows[result.headerRow].findIndex((c) => CODE_LABELS.includes(String(value(c))));
  return Array.from({ length: rows }, (_, i) => value(sheet.rows[result.headerRow + 1 + i][at]) ?? '');
}

type Outcome = { kind: 'right' } | { kind: 'refused'; error: TableError } | { kind: 'wrong'; detail: string };

function gradeList(shape: ListShape, k: number): Outcome {
  const customers = customersFor(k);
  const table = tableOf(shape, customers);
  let result: GradedTable;
  try {
    result = gradeTable('List', table, { preset: 'seed', asOf: AS_OF_SERIAL });
  } catch (e) {
    if (e instanceof TableError) return { kind: 'refused', error: e };
    throw e;
  }
  const expected = [...customers.map((c) => seedRfmCode(c.days, c.orders, c.amount)), ''];
  const got = gradedCodes(result, expected.length);
  const off = expected.map((code, i) => (got[i] === code ? '' : `row ${i + 1}: ${JSON.stringify(got[i])} for ${code}`)).filter(Boolean);
  if (result.headerRow !== (shape.title?.length ?? 0)) off.unshift(`header row ${result.headerRow}`);
  return off.length ? { kind: 'wrong', detail: `${JSON.stringify(result.mapping)} ${off.slice(0, 3).join('; ')}` } : { kind: 'right' };
}

/** A ledger: four customers, eight orders of one to three lines each, dated 3 to 300 days back. */
function ledgerTable(shape: LedgerShape): unknown[][] {
  const lines: Line[] = [];
  const days = [3, 15, 40, 70, 120, 200, 250, 300];
  days.forEach((d, order) => {
    for (let line = 0; line <= order % 3; line++) {
      lines.push({ customer: (order * 3) % 4, order, line, days: d, quantity: 1 + ((order + line) % 4), amount: 100 * (order + 1) + line * 25 });
    }
  });
  return [shape.columns.map((c) => c.header), ...lines.map((l) => shape.columns.map((c) => c.cell(l)))];
}

function checkLedger(shape: LedgerShape): string[] {
  const [header, ...rows] = ledgerTable(shape);
  const { mapping } = detectColumnsWithContent(header, rows);
  const name = (c: number | undefined) => (c === undefined ? '(none)' : String(header[c]));
  // The fields as a ledger is read (its header, then what its lines say: a Created at, a Name of order numbers).
  const read = ledgerColumnsFromHeader(header, {}, rows);
  if (!read) return [`not read as a ledger: ${JSON.stringify(mapping)}`];
  const fields = { customerId: read.customerId, orderDate: read.orderDate, monetary: read.amount, orderId: read.orderId, orderStatus: read.status };
  const problems: string[] = [];
  for (const field of ['customerId', 'orderDate', 'monetary', 'orderId', 'orderStatus'] as const) {
    const allowed = shape.expect[field];
    if (allowed && !allowed.includes(name(fields[field]))) problems.push(`${field}: ${name(fields[field])}, expected ${allowed.join(' or ')}`);
  }
  if (mapping.frequency !== undefined) problems.push(`frequency: ${name(mapping.frequency)}, a ledger has no count of orders`);
  if (!shape.expect.orderStatus && fields.orderStatus !== undefined) problems.push(`orderStatus: ${name(fields.orderStatus)}, the export has no order status`);
  if (shape.expect.customerName !== undefined && name(read.customerName) !== shape.expect.customerName) {
    problems.push(`customerName: ${name(read.customerName)}, expected ${shape.expect.customerName}`);
  }
  return problems;
}

describe('header corpus: real export shapes graded with no --map', () => {
  const lists = LISTS.map((shape, k) => ({ shape, outcome: gradeList(shape, k) }));
  const ledgers = LEDGERS.map((shape) => ({ shape, problems: checkLedger(shape) }));

  it('holds at least 30 shapes in English, Simplified and Traditional Chinese, lists and ledgers', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(LEDGERS.length).toBeGreaterThanOrEqual(8);
    const headers = CORPUS.flatMap((s) => s.columns.map((c) => c.header)).join('');
    expect(headers).toMatch(/[戶號單數額]/);
    expect(headers).toMatch(/[户号单数额]/);
  });

  it.each(LISTS.map((shape, k) => [shape.name, k] as const))('%s: graded right, or refused with a question', (_name, k) => {
    const { shape, outcome } = lists[k];
    if (outcome.kind === 'wrong') expect.fail(`graded wrong: ${outcome.detail}`);
    if (shape.lacks) {
      expect(outcome.kind, `the export lacks ${shape.lacks}: it must be refused`).toBe('refused');
    }
    if (outcome.kind === 'refused') {
      expect(outcome.error.questions.length).toBeGreaterThan(0);
      expect(outcome.error.message).not.toContain('--map');
    }
  });

  it.each(LEDGERS.map((shape, k) => [shape.name, k] as const))('ledger %s: customer, order date, amount and order number found, no count of orders', (_name, k) => {
    expect(ledgers[k].problems).toEqual([]);
  });

  it('grades nine in ten right and none wrong', () => {
    const right = lists.filter((l) => l.outcome.kind === 'right').length + ledgers.filter((l) => !l.problems.length).length;
    const refused = lists.filter((l) => l.outcome.kind === 'refused');
    const wrong = lists.filter((l) => l.outcome.kind === 'wrong').length + ledgers.filter((l) => l.problems.length).length;
    const total = lists.length + ledgers.length;
    console.log(`header corpus: ${right} of ${total} found and right, ${refused.length} refused, ${wrong} wrong`);
    for (const r of refused) console.log(`  refused: ${r.shape.name}: ${(r.outcome as { error: TableError }).error.message}`);
    expect(wrong).toBe(0);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
