// docs/input-formats.md promises what is read and what each rejected form is told: every row of its
// tables is checked here, so the page cannot drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { readDate, readNumber, readRatio } from '../../src/cells/coerce';
import { serialToIso } from '../../src/cells/dates';

const doc = readFileSync(new URL('../../docs/input-formats.md', import.meta.url), 'utf8');

/** The rows of the table that follows `heading` (the first table after it). */
function tableAfter(heading: string): string[][] {
  const from = doc.indexOf(heading);
  if (from < 0) throw new Error(`no '${heading}' in the doc`);
  const lines = doc.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((c) => c.trim()));
  }
  return rows;
}

const example = (cell: string) => /^`(.*)`$/.exec(cell)![1];
const message = (x: unknown) => (x instanceof CellError ? x.message : x);

describe('docs/input-formats.md: numbers', () => {
  const accepted = tableAfter('Number text is read in these forms');
  it('lists every accepted form', () => expect(accepted.length).toBeGreaterThanOrEqual(20));
  it.each(accepted)('%s: %s reads as %s', (_form, text, value) => expect(readNumber(example(text), 'monetary', 'en')).toBe(Number(value)));
  it.each(tableAfter('What is not read, and the message each gets (here for the `monetary`'))('%s: %s', (_form, text, expected) => {
    const arg = expected.split(':')[0];
    const read = arg === 'penetration' ? readRatio(example(text), arg, 'en') : readNumber(example(text), arg, 'en');
    expect(message(read)).toBe(expected);
  });
});

describe('docs/input-formats.md: dates', () => {
  it.each(tableAfter('Date text is read in these forms'))('%s: %s reads as %s', (form, text, iso) => {
    const order = /\(`(mdy|dmy)`\)/.exec(form)?.[1] as 'mdy' | 'dmy' | undefined;
    expect(serialToIso(readDate(example(text), 'as_of', 'en', { order }) as number)).toBe(iso);
  });
  it.each(tableAfter('What is not read, and the message each gets (here for the `as_of`'))('%s: %s', (_form, text, expected) =>
    expect(message(readDate(example(text), 'as_of', 'en'))).toBe(expected));
});
