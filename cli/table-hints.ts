// What the CLI adds to a TableError from the core: the --map (or --date-order) lines that would settle
// it, so a nightly job's log says exactly what to add to the command.
import type { TableError } from '../src/grading/grade-table';

/** A header as a shell argument: quoted when it holds a space or a character the shell would read. */
function shellWord(text: string): string {
  return /^[\p{L}\p{N}_.#()（）%$¥-]+$/u.test(text) && !/^[-#]/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The lines that settle a TableError on the command line, each indented, ending in a newline; empty
 * when no option can.
 * @example tableHints(new TableError('...', { problem: 'ambiguous', questions: [{ field: 'frequency', columns: [3, 5], candidates: ['交易筆數', '訂單數'] }] }))
 * // '  choose with one of: --map frequency=交易筆數   --map frequency=訂單數\n'
 */
export function tableHints(e: TableError): string {
  // No header row: the list needs one (a header-less list), or the headers it has named with --map.
  if (e.problem === 'noHeader') return '  name the columns with: --map lastPurchase=HEADER --map frequency=HEADER --map monetary=HEADER (a list with no header row needs one added first)\n';
  if (e.problem === 'dateOrder') return '  choose with: --date-order dmy (10/1/2026 is 10 January) or --date-order mdy (1 October)\n';
  const lines = e.questions.map(({ field, candidates }) => {
    if (e.problem === 'contradicted') return `  name the right column with: --map ${field}=HEADER`;
    if (!candidates.length) return `  name the column with: --map ${field}=HEADER`;
    const options = candidates.map((c) => `--map ${field}=${shellWord(c)}`);
    return options.length === 1 ? `  if that is it, add: ${options[0]}` : `  choose with one of: ${options.join('   ')}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
