// The grading pane: find the list, confirm the columns, set the thresholds, grade. One UI for the Excel
// task pane, the Sheets sidebar and the standalone preview; it knows the host only through the port.
import { readDate, readNonNegative, readNumber } from '../../src/cells/coerce';
import { shareableReportLines, type FrozenCell } from '../../src/formulas/shareable-report';
import { columnDateOrder } from '../../src/grading/date-order';
import { scaledInput } from '../../src/grading/list-inputs';
import { headerScale } from '../../src/cells/number-text';
import type { DateOrder } from '../../src/cells/date-text';
import type { DateConvention } from '../../src/cells/coerce';
import { isoToSerial, serialToIso } from '../../src/cells/dates';
import { cellValue, findDataProblems } from '../../src/grading/data-problems';
import { detectColumns, findHeaderRow, headerScore, type ColumnMapping } from '../../src/grading/detect-columns';
import type { FieldId } from '../../src/grading/fields';
import { describeProblem, TableError, type GradeTableOptions } from '../../src/grading/grade-table';
import { quintileTables } from '../../src/grading/grade-rfm-list';
import type { Lang } from '../../src/i18n/lang';
import type { GradedOutput } from '../../src/formulas/graded-workbook';
import type { BandTable } from '../../src/models/band-table';
import { RFM_PRESETS, type PresetName } from '../../src/models/presets';
import { DEFAULT_CUTOFFS, DEFAULT_WEIGHTS } from '../../src/models/composite';
import type { RfmDimension, RfmTables } from '../../src/models/rfm';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { bandCounts } from './band-counts';
import { GradingInterrupted, gradeIntoNewSheet, gradeIntoWorkbook, splitEarlierGrading } from './grade-into-workbook';
import { gradeHere, gradeLedgerHere, workerGrader, type Grader } from './graders';
import { LedgerController } from './ledger-controller';
import { ledgerColumns, ledgerFound, ledgerProblems, windowMonths, type LedgerView } from './ledger-section';
import { readSavedState } from './saved-choices';
import { checkSettingsSheet } from './settings-check';
import { capacityProblem } from './capacity';
import { churnSection, clvSection, compositeSection } from './composite-section';
import { detectPeriodColumns } from '../../src/grading/period-columns';
import { h } from './dom';
import { t, type StringKey } from './strings';

type Preset = PresetName | 'quintile' | 'custom';
type Field = 'recency' | 'frequency' | 'monetary' | 'customerId' | 'manualGrade'
  | 'currentValue' | 'growthPotential' | 'stability' | 'strategicImportance'
  | 'annualRevenue' | 'years' | 'acquisitionCost' | 'maintenanceCost'
  | 'thisQuarter' | 'lastQuarter' | 'responseHours';
const WARN: Field[] = ['thisQuarter', 'lastQuarter', 'responseHours'];
const COMPOSITE: Field[] = ['currentValue', 'growthPotential', 'stability', 'strategicImportance'];
const CLV: Field[] = ['annualRevenue', 'years', 'acquisitionCost', 'maintenanceCost'];

interface PaneState {
  lang: Lang;
  list?: FoundList;
  earlier: boolean;
  headerRow: number;
  columns: Partial<Record<Field, number>>;
  preset: Preset;
  tables: RfmTables;
  asOf: number;
  output: GradedOutput;
  weights: number[];
  cutoffs: number[];
  clv: { margin: number; rate: number };
  churn: { m: number; n: number; mode: 'sd' | 'cv' };
  message?: { kind: 'info' | 'error' | 'busy'; text: string };
  /** The cells beside the list were taken: offer a new sheet instead. */
  offerNewSheet?: boolean;
  summary?: readonly (readonly [string, number])[];
  /** The day/month order the user chose for year-last dates (10/1/2026). */
  dateOrder?: DateOrder;
  /** A damaged settings sheet or saved state, reported until repaired; never rewritten unasked. */
  damage: { settings?: { sheetName: string; problem: string }; saved?: string };
  /** The repair the user clicked, waiting for their confirmation. */
  confirm?: 'settings' | 'saved';
  /** The user confirmed rewriting a damaged settings sheet. */
  rewriteSettings?: boolean;
}

export interface PaneOptions {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly today: Date;
  /** Called after grading wrote to the workbook (the preview redraws its grid). */
  readonly onGraded?: () => void;
  /** Where the grading worker is served; without it grading runs on the page (the Sheets sidebar). */
  readonly workerUrl?: string;
  /** The custom functions' namespace as this host writes it: 'CRM.' in Excel, '' in Sheets. */
  readonly functionPrefix?: string;
  /** The day/month order of the workbook's locale, when the host knows it. */
  readonly dateOrder?: DateOrder;
  /** Excel's date system for this workbook (1904 in some made on a Mac); 1900 when omitted. */
  readonly dateSystem?: 1900 | 1904;
}

const FIELDS: [Field, StringKey][] = [
  ['recency', 'fieldRecency'], ['frequency', 'fieldFrequency'], ['monetary', 'fieldMonetary'], ['customerId', 'fieldId'],
  ['manualGrade', 'fieldManual'],
  ['currentValue', 'fieldCurrentValue'], ['growthPotential', 'fieldGrowth'], ['stability', 'fieldStability'],
  ['strategicImportance', 'fieldStrategic'],
  ['annualRevenue', 'fieldAnnualRevenue'], ['years', 'fieldYears'], ['acquisitionCost', 'fieldAcquisition'],
  ['maintenanceCost', 'fieldMaintenance'],
  ['thisQuarter', 'fieldThisQuarter'], ['lastQuarter', 'fieldLastQuarter'], ['responseHours', 'fieldResponse'],
];
const PRESETS: [Preset, StringKey][] = [
  ['seed', 'presetSeed'], ['five', 'presetFive'], ['manufacturing', 'presetManufacturing'], ['quintile', 'presetQuintile'], ['custom', 'presetCustom'],
];
const OUTPUTS: [GradedOutput, StringKey][] = [['formulas', 'outputFormulas'], ['values', 'outputValues'], ['functions', 'outputFunctions']];
const BANDS: [RfmDimension, StringKey][] = [['r', 'bandR'], ['f', 'bandF'], ['m', 'bandM']];

/**
 * Mounts the pane into `root` and keeps it in step with its state.
 * @example mountPane(document.getElementById('pane')!, { port: new MemoryWorkbook(sheets), lang: 'zh-CN', today: new Date() })
 */
export function mountPane(root: HTMLElement, options: PaneOptions): { setLang(lang: Lang): void } {
  const today = options.today;
  const state: PaneState = {
    lang: options.lang, earlier: false, headerRow: 0, columns: {}, preset: 'seed', tables: RFM_PRESETS.seed, output: 'formulas',
    weights: [...DEFAULT_WEIGHTS], cutoffs: [...DEFAULT_CUTOFFS], clv: { margin: 1, rate: 0 }, damage: {},
    churn: { m: 1, n: 1, mode: 'sd' },
    asOf: isoToSerial(`${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`),
  };
  const tr = (key: StringKey, params?: Record<string, string | number>) => t(state.lang, key, params);
  // An order ledger is summarised per customer, then graded (SPEC "Order ledgers"): ledger-controller.ts.
  const ledger = new LedgerController({ dateSystem: options.dateSystem, localeOrder: options.dateOrder });
  const todaySerial = state.asOf;
  const ledgerView = (): LedgerView => ({ lang: state.lang, tr, asOf: state.asOf, localeOrder: options.dateOrder, changed: ledgerChanged });
  /** After a ledger choice: read anew, the as-of date is the latest order (today for a list); else the counts. */
  function ledgerChanged(reread: boolean): void {
    if (!reread) return thresholdsChanged();
    state.asOf = (ledger.active() && ledger.latest()) || todaySerial;
    render();
  }

  const header = () => (state.list ? state.list.rows[state.headerRow] : []);
  const dataRows = () => (state.list ? state.list.rows.slice(state.headerRow + 1) : []);
  const recencyIsDate = () => {
    const c = state.columns.recency;
    return c !== undefined && headerScore(header()[c], 'lastPurchase') > headerScore(header()[c], 'recencyDays');
  };
  const mapping = (): ColumnMapping => ({
    [recencyIsDate() ? 'lastPurchase' : 'recencyDays']: state.columns.recency,
    frequency: state.columns.frequency, monetary: state.columns.monetary, customerId: state.columns.customerId,
    manualGrade: state.columns.manualGrade,
    ...Object.fromEntries([...COMPOSITE, ...CLV, ...WARN].map((f) => [f, state.columns[f]])),
  });
  /** The order the last-purchase column is read in: its own dates', else the user's or the locale's;
   * 'ask' when none tells, undefined when the column holds no year-last dates. */
  const dateOrderOf = (chosen: DateOrder | undefined) => (recencyIsDate()
    ? columnDateOrder(dataRows().map((row) => row[state.columns.recency!]), chosen) : undefined);
  const dates = (): DateConvention => {
    const order = dateOrderOf(state.dateOrder ?? options.dateOrder);
    const system = options.dateSystem ?? 1900;
    return order === 'ask' || order === undefined ? { system } : { order, system };
  };
  /** The values of one dimension that can be read, for the live band counts. */
  // Reading 50,000 rows takes tens of milliseconds: results are kept until the list, its columns or the
  // as-of date change, so redrawing the pane after grading does not read the list again.
  const memo = new Map<string, unknown>();
  const remember = <T>(key: string, compute: () => T): T => {
    const full = `${key}|${JSON.stringify(state.columns)}|${state.asOf}|${state.lang}|${state.dateOrder}`;
    if (!memo.has(full)) memo.set(full, compute());
    return memo.get(full) as T;
  };
  const values = (dimension: RfmDimension): number[] => (ledger.active()
    ? ledger.bandValues(dimension, state.asOf) : remember(`values-${dimension}`, () => readValues(dimension)));
  const readValues = (dimension: RfmDimension): number[] => {
    const c = state.columns[dimension === 'r' ? 'recency' : dimension === 'f' ? 'frequency' : 'monetary'];
    if (c === undefined) return [];
    return dataRows().map((row) => {
      const v = cellValue(row[c]);
      if (dimension === 'r' && recencyIsDate()) {
        const d = readDate(v, 'recency', state.lang, dates());
        return typeof d === 'number' ? Math.floor(state.asOf) - Math.floor(d) : NaN;
      }
      const n = dimension === 'm' ? readNumber(scaledInput(v, headerScale(header()[c])), 'monetary', state.lang) : readNonNegative(v, 'x', state.lang);
      return typeof n === 'number' ? n : NaN;
    }).filter((n) => n === n);
  };

  async function findList(): Promise<void> {
    const found = await options.port.readListAroundSelection();
    state.message = undefined;
    state.summary = undefined;
    if (!found) {
      state.list = undefined;
      state.message = { kind: 'error', text: tr('noList') };
      return render();
    }
    const { list, earlier } = splitEarlierGrading(found);
    memo.clear();
    state.list = list;
    state.earlier = earlier;
    state.headerRow = Math.max(0, findHeaderRow(list.rows));
    const detected = detectColumns(header());
    state.columns = {
      recency: detected.recencyDays ?? detected.lastPurchase, frequency: detected.frequency,
      monetary: detected.monetary, customerId: detected.customerId, manualGrade: detected.manualGrade,
      ...Object.fromEntries([...COMPOSITE, ...CLV, ...WARN].map((f) => [f, detected[f as FieldId]])),
    };
    // The choices saved with this workbook for this list, when it is graded again after reopening, and
    // the settings sheet, which a person may have edited (or broken) since.
    const saved = readSavedState(await options.port.loadState(), header());
    const wasLedger = ledger.active();
    ledger.recognise(list, state.headerRow, saved.kind === 'ok' ? saved.choices.ledger : undefined);
    // A ledger's days count up to its latest order; a list found after one, up to today again.
    if (ledger.active() || wasLedger) state.asOf = (ledger.active() && ledger.latest()) || todaySerial;
    const settings = await checkSettingsSheet(options.port, state.lang, { system: options.dateSystem ?? 1900 });
    state.damage = {
      saved: saved.kind === 'damaged' ? saved.reason : undefined,
      settings: settings.kind === 'damaged' ? { sheetName: settings.sheetName, problem: settings.problem } : undefined,
    };
    state.confirm = undefined;
    state.rewriteSettings = false;
    if (saved.kind === 'ok') {
      state.columns = saved.choices.columns as PaneState['columns'];
      state.preset = saved.choices.preset as Preset;
      state.tables = saved.choices.tables;
      if (saved.choices.partial) state.message = { kind: 'error', text: tr('lastPartial') };
    } else {
      choosePreset(state.preset === 'custom' ? 'seed' : state.preset);
    }
    // Tables edited on the settings sheet of this graded list are the ones to keep grading with.
    if (settings.kind === 'ok' && earlier && JSON.stringify(settings.settings.tables) !== JSON.stringify(state.tables)) {
      state.tables = settings.settings.tables;
      state.preset = 'custom';
      state.asOf = settings.settings.asOf;
      if (state.message?.kind !== 'error') state.message = { kind: 'info', text: tr('settingsEdited', { sheet: settings.sheetName }) };
    }
    render();
  }

  /** Refuses, before anything is written, a list the host cannot hold with its graded columns. */
  async function refusedByCapacity(list: FoundList): Promise<boolean> {
    const width = list.rows.reduce((w, row) => Math.max(w, row.length), 0);
    const problem = capacityProblem(await options.port.capacity(), list.top, list.left, list.rows.length, width);
    if (!problem) return false;
    const n = (x: number) => x.toLocaleString(state.lang);
    state.message = problem.kind === 'columns'
      ? { kind: 'error', text: tr('tooManyColumns', { needed: n(problem.needed), max: n(problem.max) }) }
      : { kind: 'error', text: tr('tooManyCells', { needed: n(problem.needed), used: n(problem.used), max: n(problem.max) }) };
    render();
    return true;
  }

  /** Carries out the repair the user confirmed: the saved choices rewritten, or the settings sheet by grading again. */
  async function repair(): Promise<void> {
    const kind = state.confirm;
    state.confirm = undefined;
    if (kind === 'saved') {
      await options.port.saveState(choicesJson());
      state.damage = { ...state.damage, saved: undefined };
      state.message = { kind: 'info', text: tr('repaired') };
      return render();
    }
    state.rewriteSettings = true;
    await grade();
    if (state.message?.kind === 'info') state.damage = { ...state.damage, settings: undefined };
    render();
  }

  const choicesJson = (partial = false) => JSON.stringify({
    headers: header().map((x) => String(x ?? '')), columns: state.columns, preset: state.preset, tables: state.tables, ledger: ledger.choices(),
    ...(partial ? { partial: true } : {}),
  });

  function choosePreset(preset: Preset): void {
    state.preset = preset;
    if (preset === 'quintile' && ledger.active()) {
      state.tables = ledger.quintiles(state.asOf) ?? state.tables;
    } else if (preset === 'quintile' && state.list) {
      const c = state.columns;
      if (c.recency !== undefined && c.frequency !== undefined && c.monetary !== undefined) {
        state.tables = quintileTables(dataRows(), {
          recency: c.recency, recencyIsDate: recencyIsDate(), frequency: c.frequency, monetary: c.monetary,
        }, { preset: 'quintile', asOf: state.asOf, scheme: 'value8', lang: state.lang });
      }
    } else if (preset !== 'custom' && preset !== 'quintile') {
      state.tables = RFM_PRESETS[preset];
    }
    render();
  }

  function editBand(dimension: RfmDimension, row: number, part: 'from' | 'score', value: number): void {
    const table = state.tables[dimension];
    const next: BandTable = {
      from: table.from.map((f, i) => (part === 'from' && i === row ? value : f)),
      score: table.score.map((s, i) => (part === 'score' && i === row ? value : s)),
    };
    state.tables = { ...state.tables, [dimension]: next };
    state.preset = 'custom';
    renderThresholds();
  }

  const worker = typeof Worker !== 'undefined' && options.workerUrl ? workerGrader(options.workerUrl) : undefined;
  // Set by Cancel: stops the worker at once, and the writing between two writes (taking back what it wrote).
  let cancelRequested = false;
  const grader: Grader = worker?.grade ?? gradeHere;
  const ledgerGrader = worker?.gradeLedger ?? gradeLedgerHere;

  /** Everything the user chose, as the grading takes it. */
  const gradeOptions = (): GradeTableOptions => ({
    preset: state.preset === 'custom' ? 'seed' : state.preset, tables: state.tables, asOf: state.asOf,
    lang: state.lang, columns: mapping(), output: state.output, functionPrefix: options.functionPrefix,
    composite: { weights: state.weights, cutoffs: state.cutoffs }, clv: state.clv, churn: state.churn,
    dates: dates(),
  });
  /** True when the list's dates read two ways and nobody has said which: grading waits for the user. */
  const dateOrderMissing = () => dateOrderOf(state.dateOrder ?? options.dateOrder) === 'ask';

  async function gradeToNewSheet(): Promise<void> {
    if (!state.list) return;
    if (await refusedByCapacity({ ...state.list, left: 0 })) return;
    state.offerNewSheet = false;
    state.message = { kind: 'busy', text: tr('grading') };
    render();
    try {
      const result = await gradeIntoNewSheet(options.port, state.list, gradeOptions(), await options.port.sheetNames(), grader);
      state.message = { kind: 'info', text: `${tr('graded', { graded: result.graded })} ${tr('wroteSheet', { sheet: result.sheetName })}` };
      options.onGraded?.();
    } catch (e) {
      state.message = { kind: 'error', text: tr('error', { message: e instanceof Error ? e.message : String(e) }) };
    }
    render();
  }

  /** A ledger graded per customer onto a new sheet, with the reading's progress; the ledger is only read. */
  async function gradeOrders(): Promise<void> {
    const r = await ledger.grade(options.port, {
      preset: state.preset === 'custom' ? 'seed' : state.preset, tables: state.tables, asOf: state.asOf, lang: state.lang,
      output: state.output, functionPrefix: options.functionPrefix,
    }, ledgerGrader, { cancelled: () => cancelRequested, progress: (f) => { root.querySelector('progress')?.setAttribute('value', String(f)); } });
    const n = (x: number) => x.toLocaleString(state.lang), leftOut = r.summary.lines - r.summary.linesUsed;
    state.message = { kind: 'info', text: [tr('ledgerGraded', { customers: n(r.graded), lines: n(r.summary.lines), sheet: r.sheetName }),
      r.rowProblems ? tr('rowProblems', { count: n(r.rowProblems) }) : '', leftOut ? tr('ledgerLeftOut', { count: n(leftOut) }) : ''].filter(Boolean).join(' ') };
    state.summary = r.segmentCounts;
    if (!state.damage.saved) await options.port.saveState(choicesJson());
    options.onGraded?.();
  }

  async function grade(): Promise<void> {
    if (!state.list) return;
    if (!ledger.active() && dateOrderMissing()) {
      state.message = { kind: 'error', text: tr('needDateOrder') };
      render();
      return;
    }
    if (state.damage.settings && !state.rewriteSettings) {
      state.message = { kind: 'error', text: tr('settingsFirst') };
      render();
      return;
    }
    const unmapped = FIELDS.slice(0, 3).filter(([f]) => !ledger.active() && state.columns[f] === undefined).map(([, key]) => tr(key).split(/[:：]/)[0]);
    if (unmapped.length) {
      state.message = { kind: 'error', text: tr('chooseColumns', { fields: unmapped.join(state.lang === 'en' ? '; ' : '；') }) };
      return render();
    }
    // A ledger's customers go to a new sheet from A1: the ledger's own position does not count.
    if (await refusedByCapacity(ledger.active() ? { ...state.list, left: 0 } : state.list)) return;
    state.offerNewSheet = false;
    state.message = { kind: 'busy', text: tr('grading') };
    state.summary = undefined;
    cancelRequested = false;
    render();
    try {
      if (ledger.active()) {
        await gradeOrders();
        return render();
      }
      const outcome = await gradeIntoWorkbook(options.port, state.list, gradeOptions(), state.earlier, grader,
        { cancelled: () => cancelRequested });
      if (outcome.kind === 'occupied') {
        state.message = { kind: 'error', text: tr('occupied') };
        state.offerNewSheet = true;
      } else {
        const r = outcome.result;
        state.earlier = true;
        state.message = { kind: 'info', text: [tr('graded', { graded: r.graded }), r.rowProblems ? tr('rowProblems', { count: r.rowProblems }) : ''].join(' ') };
        state.summary = r.segmentCounts;
        // Damaged saved choices are rewritten only when the user says (Repair).
        if (!state.damage.saved) await options.port.saveState(choicesJson());
        options.onGraded?.();
      }
    } catch (e) {
      if (e instanceof GradingInterrupted) {
        const reason = e.message === 'cancelled' ? tr('cancelled') : e.message;
        state.message = { kind: 'error', text: tr(e.restored ? 'interruptedRestored' : 'interruptedPartial', { reason }) };
        // The earlier grading's columns may be half replaced: the next grading replaces them again, and
        // the workbook remembers that its graded columns are incomplete until then.
        if (!e.restored && !ledger.active()) {
          state.earlier = true;
          if (!state.damage.saved) await options.port.saveState(choicesJson(true)).catch(() => undefined);
        }
      } else {
        state.message = e instanceof Error && e.message === 'cancelled'
          ? { kind: 'info', text: tr('cancelled') }
          : { kind: 'error', text: tr('error', { message: e instanceof TableError ? e.message : String(e) }) };
      }
    }
    render();
  }

  // Rendering: the whole pane is rebuilt from the state; only the thresholds block redraws on edits so
  // the input being typed in keeps its focus.
  const thresholds = h('section', { class: 'step', 'aria-labelledby': 'step-thresholds' });

  function renderThresholds(): void {
    thresholds.replaceChildren();
    if (!state.list || ledger.pending()) return;
    const presetSelect = h('select', { id: 'preset' }, ...PRESETS.map(([value, key]) => {
      const o = h('option', { value }, tr(key));
      if (value === state.preset) o.selected = true;
      return o;
    }));
    presetSelect.addEventListener('change', () => choosePreset(presetSelect.value as Preset));
    const asOf = h('input', { id: 'as-of', type: 'date', value: serialToIso(state.asOf) });
    asOf.addEventListener('change', () => {
      const serial = isoToSerial(asOf.value);
      if (!Number.isNaN(serial)) {
        state.asOf = serial;
        thresholdsChanged();
      }
    });
    thresholds.append(
      h('h2', { id: 'step-thresholds' }, tr('stepThresholds')),
      h('label', { class: 'row' }, h('span', {}, tr('preset')), presetSelect),
      h('label', { class: 'row' }, h('span', {}, tr('asOf')), asOf),
      ...(ledger.active() ? windowMonths(ledger, ledgerView()) : []),
    );
    for (const [dimension, title] of BANDS) {
      const table = state.tables[dimension];
      const counts = bandCounts(values(dimension), table);
      const most = Math.max(1, ...counts);
      const body = h('tbody');
      table.from.forEach((from, i) => {
        const fromInput = h('input', { type: 'number', value: String(from), 'aria-label': `${tr(title)} ${tr('from')} ${i + 1}`, 'data-band': `${dimension}-${i}-from` });
        const scoreInput = h('input', { type: 'number', min: '1', max: '5', value: String(table.score[i]), 'aria-label': `${tr(title)} ${tr('score')} ${i + 1}`, 'data-band': `${dimension}-${i}-score` });
        fromInput.addEventListener('change', () => editBand(dimension, i, 'from', Number(fromInput.value)));
        scoreInput.addEventListener('change', () => editBand(dimension, i, 'score', Number(scoreInput.value)));
        const bar = h('span', { class: 'bar' });
        // Through the CSSOM: the Content-Security-Policy forbids inline style attributes.
        bar.style.width = `${Math.round((counts[i] / most) * 100)}%`;
        body.append(h('tr', {}, h('td', {}, fromInput), h('td', {}, scoreInput),
          h('td', { class: 'count', 'data-count': `${dimension}-${i}` }, h('span', { class: 'bar-track' }, bar), ` ${counts[i]}`)));
      });
      thresholds.append(h('table', { class: 'bands' },
        h('caption', {}, tr(title)),
        h('thead', {}, h('tr', {}, h('th', {}, tr('from')), h('th', {}, tr('score')), h('th', {}, tr('customers')))),
        body));
    }
    if (!ledger.active() && COMPOSITE.every((f) => state.columns[f] !== undefined)) {
      thresholds.append(compositeSection(state.weights, state.cutoffs, tr, renderThresholds));
    }
    if (!ledger.active() && CLV.every((f) => state.columns[f] !== undefined)) thresholds.append(clvSection(state.clv, tr));
    const periods = detectPeriodColumns(header());
    if (!ledger.active() && periods.interactions.length >= 2 && periods.satisfaction.length >= 2) thresholds.append(churnSection(state.churn, tr));
    const outputSelect = h('select', { id: 'output' }, ...OUTPUTS.map(([value, key]) => {
      const o = h('option', { value }, tr(key));
      if (value === state.output) o.selected = true;
      return o;
    }));
    outputSelect.addEventListener('change', () => { state.output = outputSelect.value as GradedOutput; });
    thresholds.append(h('label', { class: 'row' }, h('span', {}, tr('output')), outputSelect));
    const gradeButton = h('button', { id: 'grade', class: 'primary' }, tr('grade'));
    gradeButton.addEventListener('click', () => void grade());
    thresholds.append(gradeButton);
  }

  /** After an edit of the as-of date or the window: the counts, and a ledger's lines after the as-of date. */
  function thresholdsChanged(): void {
    renderThresholds();
    if (ledger.active()) root.querySelector('#problems')?.replaceWith(ledgerProblems(ledger, ledgerView()));
  }

  /** Excel's Make shareable, where the host offers it. */
  const shareable = (options.port as Partial<{ makeShareable(lang: Lang, asOf: number): Promise<{ converted: number; frozen: number; frozenCells?: readonly FrozenCell[] }> }>).makeShareable;

  async function makeShareable(): Promise<void> {
    try {
      const report = await shareable!.call(options.port, state.lang, state.asOf);
      // Which cells were kept as values, and why (issue 11: never a silent difference in a shared workbook).
      state.message = { kind: 'info', text: report.frozenCells
        ? shareableReportLines({ converted: report.converted, frozenCells: report.frozenCells }, state.lang).join(' ')
        : tr('shared', { converted: report.converted, frozen: report.frozen }) };
    } catch (e) {
      state.message = { kind: 'error', text: tr('error', { message: e instanceof Error ? e.message : String(e) }) };
    }
    render();
  }

  function render(): void {
    const langSelect = h('select', { id: 'lang' }, ...(['en', 'zh-CN', 'zh-TW'] as Lang[]).map((l) => {
      const o = h('option', { value: l }, { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' }[l]);
      if (l === state.lang) o.selected = true;
      return o;
    }));
    langSelect.addEventListener('change', () => setLang(langSelect.value as Lang));
    const findButton = h('button', { id: 'find-list' }, tr('findList'));
    findButton.addEventListener('click', () => void findList());
    const listStep = h('section', { class: 'step' }, h('h2', {}, tr('stepList')), h('p', { class: 'hint' }, tr('findHint')), findButton);
    if (state.list) {
      const at = { sheet: state.list.sheetName, header: state.list.top + state.headerRow + 1 };
      listStep.append(...ledgerFound(ledger, ledgerView(), at.sheet, at.header, h('p', { id: 'found' }, tr('found', { rows: dataRows().length, ...at }))));
    }
    const parts: Node[] = [
      h('header', {}, h('h1', {}, tr('title')), h('label', { class: 'lang' }, h('span', {}, tr('language')), langSelect)),
      listStep,
    ];
    if (state.list) parts.push(...renderDamage());
    if (state.list && !ledger.pending()) parts.push(ledger.active() ? ledgerColumns(ledger, ledgerView()) : renderColumns());
    renderThresholds();
    parts.push(thresholds);
    if (state.message?.kind === 'busy') {
      // Grading runs in a worker: the bar moves and Cancel works while it does.
      const cancel = h('button', { id: 'cancel' }, tr('cancel'));
      cancel.addEventListener('click', () => {
        cancelRequested = true;
        worker?.cancel();
      });
      parts.push(h('div', { id: 'progress', role: 'status' }, h('progress', { 'aria-label': tr('grading') }), ` ${state.message.text} `, cancel));
    } else if (state.message) {
      parts.push(h('p', { id: 'message', class: state.message.kind, role: 'status' }, state.message.text));
    }
    if (shareable) {
      const share = h('button', { id: 'make-shareable' }, tr('makeShareable'));
      share.addEventListener('click', () => void makeShareable());
      parts.push(h('section', { class: 'step' }, h('h2', {}, tr('stepShare')), h('p', { class: 'hint' }, tr('shareHint')), share));
    }
    if (state.offerNewSheet) {
      const newSheet = h('button', { id: 'new-sheet' }, tr('newSheet'));
      newSheet.addEventListener('click', () => void gradeToNewSheet());
      parts.push(newSheet);
    }
    if (state.summary) {
      parts.push(h('table', { id: 'summary', class: 'summary' },
        h('thead', {}, h('tr', {}, h('th', {}, tr('segment')), h('th', {}, tr('customers')))),
        h('tbody', {}, ...state.summary.map(([label, n]) => h('tr', {}, h('td', {}, label), h('td', {}, String(n)))))));
    }
    root.replaceChildren(...parts);
    document.documentElement.lang = state.lang;
  }

  /** The damage found in the workbook, each with its repair, which asks before rewriting anything. */
  function renderDamage(): HTMLElement[] {
    const reports: [kind: 'settings' | 'saved', text: string][] = [];
    if (state.damage.settings) reports.push(['settings', tr('settingsDamaged', { problem: state.damage.settings.problem })]);
    if (state.damage.saved) reports.push(['saved', tr('savedDamaged', { reason: state.damage.saved })]);
    return reports.map(([kind, text]) => {
      const box = h('div', { id: `damage-${kind}`, class: 'damage', role: 'alert' }, h('p', {}, text));
      if (state.confirm === kind) {
        const yes = h('button', { id: 'confirm-repair' }, tr('yesRewrite'));
        const no = h('button', { id: 'keep-as-is' }, tr('keepIt'));
        yes.addEventListener('click', () => void repair());
        no.addEventListener('click', () => { state.confirm = undefined; render(); });
        box.append(h('p', {}, tr(kind === 'settings' ? 'confirmSettings' : 'confirmSaved', { sheet: state.damage.settings?.sheetName ?? '' })), yes, no);
      } else {
        const button = h('button', { id: `repair-${kind}` }, tr('repair'));
        button.addEventListener('click', () => { state.confirm = kind; render(); });
        box.append(button);
      }
      return box;
    });
  }

  function renderColumns(): HTMLElement {
    const section = h('section', { class: 'step' }, h('h2', {}, tr('stepColumns')));
    const hasComposite = COMPOSITE.some((f) => state.columns[f] !== undefined);
    const hasClv = CLV.some((f) => state.columns[f] !== undefined);
    const hasWarn = WARN.some((f) => state.columns[f] !== undefined);
    for (const [field, label] of FIELDS) {
      // The composite dimensions, CLV's inputs and the warning inputs only show for lists that hold them.
      if ((COMPOSITE.includes(field) && !hasComposite) || (CLV.includes(field) && !hasClv) || (WARN.includes(field) && !hasWarn)) continue;
      const select = h('select', { id: `map-${field}` }, h('option', { value: '' }, tr('none')),
        ...header().map((name, i) => {
          const o = h('option', { value: String(i) }, String(name ?? ''));
          if (state.columns[field] === i) o.selected = true;
          return o;
        }));
      select.addEventListener('change', () => {
        state.columns = { ...state.columns, [field]: select.value === '' ? undefined : Number(select.value) };
        if (state.preset === 'quintile') choosePreset('quintile');
        else render();
      });
      section.append(h('label', { class: 'row' }, h('span', {}, tr(label)), select));
    }
    // Year-last dates the column cannot decide itself: the user says, the locale's order preselected.
    if (remember('order-question', () => dateOrderOf(undefined) === 'ask')) {
      const chosen = state.dateOrder ?? options.dateOrder;
      const select = h('select', { id: 'date-order' },
        h('option', { value: '' }, tr('dateOrderChoose')),
        ...([['dmy', 'dateOrderDmy'], ['mdy', 'dateOrderMdy']] as const).map(([order, label]) => {
          const o = h('option', { value: order }, tr(label));
          if (chosen === order) o.selected = true;
          return o;
        }));
      select.addEventListener('change', () => {
        state.dateOrder = select.value === '' ? undefined : select.value as DateOrder;
        if (state.message?.text === tr('needDateOrder')) state.message = undefined;
        render();
      });
      section.append(h('label', { class: 'row' }, h('span', {}, tr('dateOrder')), select));
    }
    // A preview of the first rows as they will be read, so a wrong column shows before grading.
    const mapped = FIELDS.filter(([field]) => state.columns[field] !== undefined && ![...COMPOSITE, ...CLV, ...WARN].includes(field));
    section.append(h('table', { id: 'mapped-preview', class: 'summary' },
      h('thead', {}, h('tr', {}, ...mapped.map(([, label]) => h('th', {}, tr(label).split(/[:：]/)[0])))),
      h('tbody', {}, ...dataRows().slice(0, 3).map((row) => h('tr', {}, ...mapped.map(([field]) => {
        const v = cellValue(row[state.columns[field]!]);
        const shown = field === 'recency' && recencyIsDate() && typeof v === 'number' ? serialToIso(v) : String(v ?? '');
        return h('td', {}, shown);
      }))))));
    const c = state.columns;
    const problems = remember('problems', () => findDataProblems(header(), dataRows(), {
      id: c.customerId,
      dates: recencyIsDate() ? c.recency : undefined,
      numbers: [recencyIsDate() ? undefined : c.recency, c.frequency, c.monetary].filter((x): x is number => x !== undefined),
    }, state.asOf, (state.list?.top ?? 0) + state.headerRow + 2, state.lang, dates()));
    section.append(h('h3', {}, tr('problems')), problems.length
      ? h('ul', { id: 'problems' }, ...problems.map((p) => h('li', {}, describeProblem(p, state.lang))))
      : h('p', { id: 'problems' }, tr('noProblems')));
    return section;
  }

  function setLang(lang: Lang): void {
    state.lang = lang;
    render();
  }

  render();
  return { setLang };
}
