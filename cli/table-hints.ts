// What the CLI adds to a TableError from the core: the --map (or --date-order) lines that would settle
// it, so a nightly job's log says exactly what to add to the command, in the language of the error.
import type { TableError } from '../src/grading/grade-table';
import type { Lang } from '../src/i18n/lang';
import { cliMessage } from './cli-messages';

/** A header as a shell argument: quoted when it holds a space or a character the shell would read. */
function shellWord(text: string): string {
  return /^[\p{L}\p{N}_.#()（）%$¥-]+$/u.test(text) && !/^[-#]/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The lines that settle a TableError on the command line, each indented, ending in a newline, in `lang`
 * (the option lines themselves are typed as they are); empty when no option can.
 * @example tableHints(new TableError('...', { problem: 'ambiguous', questions: [{ field: 'frequency', columns: [3, 5], candidates: ['交易筆數', '訂單數'] }] }), 'en')
 * // '  choose with one of: --map frequency=交易筆數   --map frequency=訂單數\n'
 */
export function tableHints(e: TableError, lang: Lang = 'en'): string {
  // No header row: the list needs one (a header-less list), or the headers it has named with --map.
  if (e.problem === 'noHeader') return `  ${cliMessage(lang, 'hintNoHeader', { maps: '--map lastPurchase=HEADER --map frequency=HEADER --map monetary=HEADER' })}\n`;
  if (e.problem === 'dateOrder') return `  ${cliMessage(lang, 'hintDateOrder')}\n`;
  const lines = e.questions.map(({ field, candidates }) => {
    if (e.problem === 'contradicted') return `  ${cliMessage(lang, 'hintRightColumn', { map: `--map ${field}=HEADER` })}`;
    if (!candidates.length) return `  ${cliMessage(lang, 'hintColumn', { map: `--map ${field}=HEADER` })}`;
    const options = candidates.map((c) => `--map ${field}=${shellWord(c)}`);
    return options.length === 1 ? `  ${cliMessage(lang, 'hintThatIsIt', { map: options[0] })}` : `  ${cliMessage(lang, 'hintOneOf', { maps: options.join('   ') })}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
