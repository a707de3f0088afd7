// The predictions option's answer: can the buy-till-you-die models be fitted on the ledger as read, to
// the as-of date? Made once per (ledger as read, columns, date order, as-of date), in the grading worker
// where there is one (the fit of 200,000 customers held the page for most of a second), and kept for
// grading to reuse; an answer that comes after those inputs changed is dropped.
import type { BtydModels } from '../../src/grading/ledger-btyd';

/** The models (or why not, as their problem), 'checking' while the worker fits, undefined when there
 * is nothing to offer (no customer by the as-of date, or the check failed: grading then fits itself). */
export type BtydAnswer = BtydModels | 'checking' | undefined;

interface Check {
  readonly key: string;
  state: 'checking' | 'done' | 'failed';
  models?: BtydModels;
  readonly promise?: Promise<BtydModels | undefined>;
}

/**
 * One check at a time, for the latest inputs. `answered` is told when a worker's answer arrives for them.
 * @example const check = new BtydCheck(redraw); check.answer('1|35976', () => worker.checkBtyd(rows, options)) // 'checking'
 */
export class BtydCheck {
  private current?: Check;

  constructor(private readonly answered: () => void = () => undefined) {}

  /**
   * The answer for the inputs `key` names: `fit` is asked (once) when it is not the key asked last. A
   * fit on the page answers at once; a worker's promise answers 'checking' until it settles.
   * @example check.answer(`${generation}|${asOf}`, () => fitHere(asOf))?.bgnbd?.params.r // 0.2426
   */
  answer(key: string, fit: () => BtydModels | undefined | Promise<BtydModels | undefined>): BtydAnswer {
    if (this.current?.key !== key) this.start(key, fit);
    const check = this.current!;
    return check.state === 'checking' ? 'checking' : check.models;
  }

  /**
   * The models made for `key`, for grading to reuse: waits for a check under way; undefined when none
   * was made for these inputs or it failed (grading fits them itself). A check cancelled meanwhile
   * rejects with 'cancelled', which cancels the grading that waited for it.
   * @example await check.models(`${generation}|${asOf}`) // { unit: 'W', customers: 2357, bgnbd: { params: { r: 0.2426, ... } }, ... }
   */
  async models(key: string): Promise<BtydModels | undefined> {
    const check = this.current;
    if (!check || check.key !== key || check.state === 'failed') return undefined;
    if (check.state === 'done') return check.models;
    try {
      return await check.promise;
    } catch (e) {
      if (e instanceof Error && e.message === 'cancelled') throw e;
      return undefined;
    }
  }

  private start(key: string, fit: () => BtydModels | undefined | Promise<BtydModels | undefined>): void {
    const result = fit();
    if (!(result instanceof Promise)) {
      this.current = { key, state: 'done', models: result };
      return;
    }
    const check: Check = { key, state: 'checking', promise: result };
    this.current = check;
    result.then((models) => {
      if (this.current !== check) return;
      check.state = 'done';
      check.models = models;
      this.answered();
    }, (e: unknown) => {
      if (this.current !== check) return;
      // Cancelled (with the grading that waited for it): asked again the next time the option is drawn.
      // Failed otherwise: nothing is offered, and grading fits the models itself and says what came of it.
      if (e instanceof Error && e.message === 'cancelled') this.current = undefined;
      else check.state = 'failed';
      this.answered();
    });
  }
}
