import { FIELD_IDS, FIELD_SYNONYMS, normalizeHeader, type FieldId } from './fields';

/** Which column (0-based) holds each field; a field with no column is absent. */
export type ColumnMapping = Partial<Record<FieldId, number>>;

/**
 * How well a header names a field: 1 for a known header word, 0.6 when it contains one (e.g.
 * "2025年销售额" holds 销售额), else 0. Longer words win among containments, so "最近购买日期" is a date
 * rather than a generic "客户".
 * @example headerScore('订单数', 'frequency') // 1
 * @example headerScore('Sales 2025', 'monetary') // 0.6...
 */
export function headerScore(header: unknown, field: FieldId): number {
  const h = normalizeHeader(header);
  if (h === '') return 0;
  let best = 0;
  for (const word of FIELD_SYNONYMS[field]) {
    if (h === word) return 1;
    // Short words ("id", "name") only count as a whole header, never inside another.
    if (word.length >= 2 && h.includes(word) && (word.length >= 4 || /[^ -~]/.test(word))) {
      best = Math.max(best, 0.5 + Math.min(word.length / h.length, 1) * 0.1);
    }
  }
  return best;
}

/**
 * Maps header cells to fields: every (header, field) pair is scored and the best pairs are taken
 * first, each header and field used once.
 * @example detectColumns(['客户名称', '最近一次购买日期', '订单数', '金额']) // { customerName: 0, lastPurchase: 1, frequency: 2, monetary: 3 }
 */
export function detectColumns(headers: readonly unknown[]): ColumnMapping {
  const pairs: { field: FieldId; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of FIELD_IDS) {
      const score = headerScore(header, field);
      if (score > 0) pairs.push({ field, column, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const usedColumns = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== undefined || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

/**
 * The header row of a pasted block: among the first rows, the one whose cells name the most fields
 * (ties to the earlier row); -1 when no row names any.
 * @example findHeaderRow([['Customer report'], [], ['客户名称', '订单数', '金额'], ['甲', 3, 100]]) // 2
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], lookAhead = 20): number {
  let bestRow = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, lookAhead); r++) {
    const count = Object.keys(detectColumns(rows[r])).length;
    if (count > bestCount) {
      bestRow = r;
      bestCount = count;
    }
  }
  return bestRow;
}
