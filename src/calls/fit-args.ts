// What every fit's call shares (BGNBD_FIT, GAMMA_GAMMA_FIT, LOGISTIC_FIT and the functions that take
// their results): a model's problem as a host error (a row's CellError, or a CallError for the whole
// call), the rows a fit cannot read, and a parameters range as a fit spilled it.
import { CallError, CellError, failCall } from '../cells/cell-error';
import { readNumber } from '../cells/coerce';
import { toGrid } from '../cells/grid';
import type { Lang } from '../i18n/lang';
import { ModelProblem } from '../models/model-problem';

/**
 * A model's problem as one row's error cell, in the user's language.
 * @example problemCell(new ModelProblem('negative', { arg: 'frequency', value: -1 }), 'en').message // 'frequency: -1 is negative'
 */
export function problemCell(problem: ModelProblem, lang: Lang): CellError {
  return new CellError('value', problem.message(lang));
}

/**
 * Fails the whole call with a model's problem (a fit that cannot be made).
 * @example failWithProblem(new ModelProblem('btydAllTZero', {}), 'en') // throws "T: every customer's T is 0; ..."
 */
export function failWithProblem(problem: ModelProblem, lang: Lang): never {
  throw new CallError(problemCell(problem, lang));
}

/**
 * Reads a parameters range: exactly `names.length` numbers in one row (as the fit spills them) or one
 * column. A range of another shape, a blank or unreadable cell fails the call, naming the argument and
 * the parameter.
 * @example readParamsRange([[0.243, 4.414, 0.793, 2.426]], 'params', BGNBD_NAMES, 'BGNBD_FIT', 'en') // [0.243, 4.414, 0.793, 2.426]
 */
export function readParamsRange(value: unknown, arg: string, names: readonly string[], fit: string, lang: Lang): number[] {
  const grid = toGrid(value);
  const cols = grid[0].length;
  const cells = grid.length === 1 ? grid[0] : cols === 1 ? grid.map((row) => row[0]) : [];
  const about = { arg, names: names.join(' | '), count: names.length, fit };
  if (cells.length !== names.length) failCall(lang, 'btydParamsShape', { ...about, rows: grid.length, cols });
  return cells.map((cell, i) => {
    const read = readNumber(cell, `${arg} ${names[i]}`, lang);
    if (read === null) failCall(lang, 'btydParamsBlank', { ...about, name: names[i] });
    if (read instanceof CellError) throw new CallError(read);
    return read;
  });
}

/** The first row a fit could not read (1-based in the ranges) and why. */
export interface BadRow {
  readonly row: number;
  readonly reason: string;
}

/**
 * Fails a fit over rows it could not all read, naming the first such row and how many there are: a fit
 * without them would be another fit, so none is dropped silently.
 * @example failOnBadRows({ row: 3, reason: "outcomes: 'maybe' is not won or lost" }, 1, 'en') // throws "Row 3 of the ranges cannot be read: outcomes: ..."
 */
export function failOnBadRows(first: BadRow, count: number, lang: Lang): never {
  if (count === 1) failCall(lang, 'ledgerBadRow', { ...first });
  failCall(lang, 'ledgerBadRows', { ...first, count });
}
