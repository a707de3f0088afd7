/**
 * NEXT_ORDER_DATE as a native formula over a row of order dates: the last order plus the mean interval,
 * which is (last - first) / (count - 1) whatever the order of the dates, rounded to a whole day; #N/A
 * below three orders. (The window and volatility outputs need sorted intervals and stay with the
 * custom function.)
 * No output writes it (Make shareable keeps NEXT_ORDER_DATE cells as values): a reference form, checked
 * against the core on valid dates only. It does not follow the function's row rules (NEXT_ORDER_DATE
 * says "" for a blank row and #VALUE! for fewer than three dates or text).
 * @example nextOrderDateFormula('B2:F2') // 'IF(COUNT(B2:F2)<3,NA(),ROUND(MAX(B2:F2)+(MAX(B2:F2)-MIN(B2:F2))/(COUNT(B2:F2)-1),0))'
 */
export function nextOrderDateFormula(dates: string): string {
  return `IF(COUNT(${dates})<3,NA(),ROUND(MAX(${dates})+(MAX(${dates})-MIN(${dates}))/(COUNT(${dates})-1),0))`;
}
