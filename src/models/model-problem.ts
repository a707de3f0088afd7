import type { Lang } from '../i18n/lang';
import { format, type MessageKey, type MessageParams } from '../i18n/messages';

/**
 * Why a model refuses its input or its fit: a message key with its values, shown in the user's language
 * by `message(lang)`. The models stay free of host errors; the calls layer turns a problem into a
 * CellError (per row) or a CallError (for a whole fit) with that message.
 * @example new ModelProblem('negative', { arg: 'frequency', value: -1 }, 3).message('en') // "frequency: -1 is negative (row 3)"
 */
export class ModelProblem {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
    /** The 1-based row of the input the problem is in, when a fit reads many rows. */
    readonly row?: number,
  ) {}

  /** The same problem, placed at a row. */
  atRow(row: number): ModelProblem {
    return new ModelProblem(this.key, this.params, row);
  }

  message(lang: Lang): string {
    const text = format(lang, this.key, this.params);
    return this.row === undefined ? text : format(lang, 'btydAtRow', { message: text, row: this.row });
  }
}

/**
 * True when `x` is a ModelProblem.
 * @example isModelProblem(fitBgNbd([0, 0], [0, 0], [5, 5])) // true (no repeat buyers)
 */
export function isModelProblem(x: unknown): x is ModelProblem {
  return x instanceof ModelProblem;
}
