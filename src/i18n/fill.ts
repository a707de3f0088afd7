/**
 * A template with its `{name}` placeholders filled from `params`; a placeholder without a value is kept
 * as written, so a missing parameter shows instead of vanishing. The one rule for every string table.
 * @example fillPlaceholders('{n} customers in {segment}', { n: 3 }) // '3 customers in {segment}'
 */
export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
