/** A points table (docs/pipeline.md, ATTRIBUTE_SCORE): each value's match key and the points it gives. */
export type PointsTable = ReadonlyMap<string, number>;

/**
 * Profile match (seed 001's 属性评分): the points the table gives each of a lead's attribute values,
 * summed; a value the table does not hold scores 0. Values are match keys (`matchKey`).
 * @example attributeScore(['制造业', '100-499人', '华南'], new Map([['制造业', 30], ['100-499人', 10], ['华东', 10]])) // 40
 */
export function attributeScore(keys: readonly string[], table: PointsTable): number {
  let sum = 0;
  for (const key of keys) sum += table.get(key) ?? 0;
  return sum;
}
