// The buy-till-you-die models of a ledger are fitted once per reading and as-of date: for the pane's
// predictions option (in the grading worker where there is one, answering "checking" until it has) and
// reused by grading. The fits are counted at the fit itself (fitBgNbd, wrapped); the worker is a stand-in
// that runs the worker's own message handler (answerGradeRequest) on the next task, its messages
// structured-cloned as a real worker's are. The data is the CDNOW sample, the parameters Fader, Hardie
// & Lee's (2005).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { fitBgNbd } from '../../src/models/bgnbd-fit';
import type { BtydModels } from '../../src/grading/ledger-btyd';
import { BtydCheck } from '../../taskpane/app/btyd-check';
import { answerGradeRequest, type GradeRequest } from '../../taskpane/app/graders';
import type { LedgerController } from '../../taskpane/app/ledger-controller';
import { PaneController, type PaneChange } from '../../taskpane/app/pane-controller';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { sharedData } from '../support/shared-data';

vi.mock('../../src/models/bgnbd-fit', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/models/bgnbd-fit')>();
  return { ...real, fitBgNbd: vi.fn(real.fitBgNbd) };
});
const fits = vi.mocked(fitBgNbd);

// The CDNOW sample: customer id (1-2357), date YYYYMMDD, amount; 6,919 lines, the latest on 1998-06-30.
const LINES = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const [, id, ymd, , amount] = l.trim().split(/\s+/);
  return [String(Number(id)), `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, Number(amount)];
});
/** The end of the calibration period of the published fit: every customer's first purchase is by then. */
const CALIBRATION_END = isoToSerial('1997-09-30');

const workbook = () => new MemoryWorkbook([{ name: 'Orders', cells: [['Customer ID', 'Order date', 'Amount'], ...LINES.map((l) => [...l])] as never }]);

/** A stand-in for the browser's Worker: the worker's handler on the next task; terminated, it stays silent. */
class StandInWorker {
  onmessage?: (event: { data: unknown }) => void;
  onerror?: (event: { message: string }) => void;
  private stopped = false;
  postMessage(request: GradeRequest): void {
    setTimeout(() => {
      if (this.stopped) return;
      answerGradeRequest(structuredClone(request), (reply) => {
        if (!this.stopped) this.onmessage?.({ data: structuredClone(reply) });
      });
    }, 0);
  }
  terminate(): void {
    this.stopped = true;
  }
}

/** A pane on the CDNOW ledger, found and confirmed; `next(change)` resolves when the pane is told it. */
async function confirmedPane(workerUrl?: string) {
  const port = workbook();
  const waiting: { change: PaneChange; resolve(): void }[] = [];
  const pane = new PaneController({ port, lang: 'en', today: new Date(2026, 10, 30), workerUrl }, (change) => {
    for (const w of waiting.filter((x) => x.change === change)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  await pane.findList();
  expect(pane.ledger.pending()).toBe(true);
  pane.ledger.confirm();
  pane.ledgerChanged(true);
  const next = (change: PaneChange) => new Promise<void>((resolve) => waiting.push({ change, resolve }));
  return { pane, port, next };
}

const cellsOf = (wb: MemoryWorkbook, sheet: string) => JSON.stringify(wb.sheet(sheet)?.cells);
const asModels = (answer: ReturnType<LedgerController['predictions']>) => answer as BtydModels;

beforeEach(() => {
  fits.mockClear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the predictions option, in the grading worker', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', StandInWorker);
  });

  it('checks off the page, offers the option, and grading reuses the fit; a new as-of date fits again', async () => {
    const { pane, port, next } = await confirmedPane('grade-worker.js');
    // Confirming set the as-of date to the latest order: the check started when the ledger was found.
    expect(pane.state.asOf).toBe(isoToSerial('1998-06-30'));
    expect(pane.ledger.predictions(pane.state.asOf)).toBe('checking');
    expect(fits).toHaveBeenCalledTimes(0);
    await next('btyd');
    expect(fits).toHaveBeenCalledTimes(1);
    const answer = asModels(pane.ledger.predictions(pane.state.asOf));
    expect([answer.customers, answer.bgnbd !== undefined]).toEqual([2357, true]);

    await pane.grade();
    expect(pane.state.message?.text).toContain('Graded 2,357 customers from 6,919 order lines.');
    // The worker graded with the check's models: no second fit.
    expect(fits).toHaveBeenCalledTimes(1);
    expect(rowsOf(port, 'Customers')[0]).toContain('Probability still active');

    // Another as-of date is another fit, once: checked, then graded without fitting again.
    pane.setAsOf(CALIBRATION_END);
    expect(pane.ledger.predictions(CALIBRATION_END)).toBe('checking');
    await next('btyd');
    expect(fits).toHaveBeenCalledTimes(2);
    const calibrated = asModels(pane.ledger.predictions(CALIBRATION_END));
    // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426 on CDNOW's 2,357 customers to 1997-09-30.
    const { r, alpha, a, b } = calibrated.bgnbd!.params;
    expect([r, alpha, a, b].map((x) => x.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
    await pane.grade();
    expect(fits).toHaveBeenCalledTimes(2);
    // The same as-of date again: the answer is kept, nothing is fitted.
    expect(pane.ledger.predictions(CALIBRATION_END)).toBe(calibrated);
    expect(fits).toHaveBeenCalledTimes(2);
  });

  it('grades exactly as a grading that fits its own models (the workbook cell for cell)', async () => {
    const { pane, port, next } = await confirmedPane('grade-worker.js');
    pane.setAsOf(CALIBRATION_END);
    pane.ledger.predictions(CALIBRATION_END);
    await next('btyd');
    await pane.grade();
    expect(fits).toHaveBeenCalledTimes(1);

    // The same ledger graded on the page with no check before (no option drawn): grading fits the models.
    const alone = await confirmedPane();
    alone.pane.setAsOf(CALIBRATION_END);
    await alone.pane.grade();
    expect(fits).toHaveBeenCalledTimes(2);
    for (const sheet of ['Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']) expect(cellsOf(port, sheet), sheet).toBe(cellsOf(alone.port, sheet));
    expect(cellsOf(port, 'CRM Settings')).toContain('BG/NBD');
  });

  it('Cancel while grading waits for the check stops it; the option is checked again and grading then fits nothing more', async () => {
    const { pane, port, next } = await confirmedPane('grade-worker.js');
    expect(pane.ledger.predictions(pane.state.asOf)).toBe('checking');
    const grading = pane.grade();
    pane.cancel();
    await grading;
    expect(pane.state.message).toEqual({ kind: 'info', text: 'Grading cancelled: nothing was written.' });
    expect(await port.sheetNames()).toEqual(['Orders']);
    // The stopped check never fitted; drawn again, the option asks anew.
    expect(fits).toHaveBeenCalledTimes(0);
    expect(pane.ledger.predictions(pane.state.asOf)).toBe('checking');
    await next('btyd');
    await pane.grade();
    expect(fits).toHaveBeenCalledTimes(1);
    expect(await port.sheetNames()).toContain('Customers');
  });

  it('a check for an as-of date changed before it answered is stopped, and only the new date is fitted', async () => {
    const { pane, next } = await confirmedPane('grade-worker.js');
    pane.setAsOf(isoToSerial('1998-01-31'));
    expect(pane.ledger.predictions(pane.state.asOf)).toBe('checking');
    pane.setAsOf(CALIBRATION_END);
    expect(pane.ledger.predictions(pane.state.asOf)).toBe('checking');
    await next('btyd');
    expect(fits).toHaveBeenCalledTimes(1);
    expect(asModels(pane.ledger.predictions(CALIBRATION_END)).bgnbd!.params.r.toFixed(3)).toBe('0.243');
  });
});

describe('the predictions option, on the page (no worker: the Sheets sidebar)', () => {
  it('answers at once, as before, and grading reuses the page\'s fit', async () => {
    const { pane, port } = await confirmedPane();
    pane.setAsOf(CALIBRATION_END);
    const answer = asModels(pane.ledger.predictions(CALIBRATION_END));
    expect(answer.bgnbd!.params.b.toFixed(3)).toBe('2.426');
    expect(fits).toHaveBeenCalledTimes(1);
    await pane.grade();
    expect(fits).toHaveBeenCalledTimes(1);
    expect(rowsOf(port, 'Customers')[0]).toContain('Probability still active');
    // A change of the date order or a column reads the ledger anew: the option is fitted again.
    pane.ledger.setColumn('customerName', undefined);
    pane.ledger.predictions(CALIBRATION_END);
    expect(fits).toHaveBeenCalledTimes(2);
  });
});

describe('BtydCheck', () => {
  const models = (customers: number) => ({ unit: 'W', months: 12, customers, leftOut: { noRepeat: 0, notPositive: 0 } }) as BtydModels;

  it('drops an answer for inputs changed meanwhile, and tells only of the current one', async () => {
    let answered = 0;
    const check = new BtydCheck(() => answered++);
    let first!: (m: BtydModels) => void, second!: (m: BtydModels) => void;
    expect(check.answer('1|100', () => new Promise((resolve) => { first = resolve; }))).toBe('checking');
    expect(check.answer('1|200', () => new Promise((resolve) => { second = resolve; }))).toBe('checking');
    first(models(10));
    await Promise.resolve();
    expect([check.answer('1|200', () => { throw new Error('asked twice'); }), answered]).toEqual(['checking', 0]);
    second(models(20));
    await Promise.resolve();
    expect([(check.answer('1|200', () => undefined) as BtydModels).customers, answered]).toEqual([20, 1]);
    expect(await check.models('1|200')).toEqual(models(20));
    // Models for other inputs are never handed to a grading.
    expect(await check.models('1|100')).toBeUndefined();
  });
});

const value = (c: unknown) => (c !== null && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c);
function rowsOf(wb: MemoryWorkbook, sheet: string): unknown[][] {
  return wb.sheet(sheet)!.cells.map((row) => (row ?? []).map(value));
}
