// The grading pane's state and its grading flow, with no DOM: the list found, its columns (found by
// header words and content, or chosen by hand), the questions the pane asks before grading
// (column-questions.ts), the thresholds, and the grading itself; the list as grading reads it is
// list-reading.ts's. The sections (list-section.ts, columns-section.ts, thresholds-section.ts,
// result-section.ts, share-section.ts) draw the state and call the methods here; the tests drive it on
// the in-memory workbook and on the Excel host, as LedgerController is driven.
import { shareableReportLines, type FrozenCell } from '../../src/formulas/shareable-report';
import type { DateOrder } from '../../src/cells/date-text';
import { isoToSerial } from '../../src/cells/dates';
import { headerScale } from '../../src/cells/number-text';
import { profileColumns, type ColumnProfile } from '../../src/grading/column-profile';
import type { DataProblem } from '../../src/grading/data-problems';
import { detectColumnsWithContent, headerRowOrFirst, rowReadsAsData } from '../../src/grading/detect-columns';
import type { FieldId } from '../../src/grading/fields';
import { noHeaderError, TableError, type GradeTableOptions, type TableQuestion } from '../../src/grading/grade-table';
import { quintileTables } from '../../src/grading/grade-rfm-list';
import type { GradedOutput } from '../../src/formulas/graded-workbook';
import type { Lang } from '../../src/i18n/lang';
import type { BandTable } from '../../src/models/band-table';
import { DEFAULT_CUTOFFS, DEFAULT_WEIGHTS } from '../../src/models/composite';
import { RFM_PRESETS, type PresetName } from '../../src/models/presets';
import type { RfmDimension, RfmTables } from '../../src/models/rfm';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { capacityProblem } from './capacity';
import { GradingInterrupted, gradeIntoNewSheet, gradeIntoWorkbook, splitEarlierGrading } from './grade-into-workbook';
import { gradeHere, gradeLedgerHere, workerGrader, type Grader, type LedgerGrader } from './graders';
import { fieldQuestions, type FieldQuestion, type RaisedQuestion } from './column-questions';
import { LedgerController } from './ledger-controller';
import { LeadController, isLeadChoices } from './lead-controller';
import { gradeLeadsIntoWorkbook, splitEarlierLeadGrading } from './grade-leads-into-workbook';
import { leadGradedText } from './lead-result';
import { scoreLeadsHere } from './lead-scorers';
import { lt } from './lead-strings';
import { LEAD_SETTINGS_SHEETS, readLeadSettings } from '../../src/formulas/read-lead-settings';
import { ListReading } from './list-reading';
import type { LedgerView } from './ledger-section';
import { readSavedState, type SavedState } from './saved-choices';
import { checkSettingsSheet } from './settings-check';
import { btydReport } from '../../src/grading/btyd-report';
import { CLV, COMPOSITE, FIELDS, REQUIRED, WARN, fieldLabelKey, paneField, type Field } from './pane-fields';
import { t, type StringKey } from './strings';

export type { Field } from './pane-fields';
export type { FieldQuestion } from './column-questions';

export type Preset = PresetName | 'quintile' | 'custom';

export interface PaneOptions {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly today: Date;
  /** Called after grading wrote to the workbook (the preview redraws its grid). */
  readonly onGraded?: () => void;
  /** Called when the user switches the pane's language (the preview's toolbar and sheet names follow). */
  readonly onLangChange?: (lang: Lang) => void;
  /** Where the grading worker is served; without it grading runs on the page (the Sheets sidebar). */
  readonly workerUrl?: string;
  /** The custom functions' namespace as this host writes it: 'CRM.' in Excel, '' in Sheets. */
  readonly functionPrefix?: string;
  /** The day/month order of the workbook's locale, when the host knows it. */
  readonly dateOrder?: DateOrder;
  /** Excel's date system for this workbook (1904 in some made on a Mac); 1900 when omitted. */
  readonly dateSystem?: 1900 | 1904;
}

export interface PaneState {
  lang: Lang;
  list?: FoundList;
  earlier: boolean;
  headerRow: number;
  columns: Partial<Record<Field, number>>;
  /** What each column holds, from the list's first rows: detection and "date or days" read it. */
  profiles: readonly ColumnProfile[];
  /** Fields detection could not settle (columns too close to call), left unchosen until the user picks. */
  ambiguous: Partial<Record<Field, readonly number[]>>;
  /** For a required field with no column: the columns whose content could hold it, most likely first. */
  suggestions: Partial<Record<Field, readonly number[]>>;
  /** Questions a grading raised (its TableError's details), asked until the user changes a column. */
  raised: Partial<Record<Field, RaisedQuestion>>;
  preset: Preset;
  tables: RfmTables;
  asOf: number;
  output: GradedOutput;
  weights: number[];
  cutoffs: number[];
  clv: { margin: number; rate: number };
  churn: { m: number; n: number; mode: 'sd' | 'cv' };
  message?: { kind: 'info' | 'error' | 'busy'; text: string };
  /** The share of a ledger's lines read so far, while it is graded. */
  progress?: number;
  /** The cells beside the list were taken: offer a new sheet instead. */
  offerNewSheet?: boolean;
  summary?: readonly (readonly [string, number])[];
  /** What a ledger's grading made of the buy-till-you-die models: what they were fitted on and who the
   * spend model left out, or why no prediction (or no expected value) was written. */
  predictions?: readonly string[];
  /** The day/month order the user chose for year-last dates (10/1/2026). */
  dateOrder?: DateOrder;
  /** A damaged settings sheet or saved state, reported until repaired; never rewritten unasked. */
  damage: { settings?: { sheetName: string; problem: string }; saved?: SavedState & { kind: 'damaged' } };
  /** The repair the user clicked, waiting for their confirmation. */
  confirm?: 'settings' | 'saved';
  /** The user confirmed rewriting a damaged settings sheet. */
  rewriteSettings?: boolean;
  /** How long detection took on the page's main thread for the list last found, in milliseconds. */
  detectMs?: number;
}

/** What changed, so the pane redraws no more than it must: everything, the thresholds block (an input
 * there keeps its focus), the data problems, the progress bar, or a ledger's predictions option (its
 * check answered). */
export type PaneChange = 'all' | 'thresholds' | 'problems' | 'progress' | 'btyd';

/**
 * The pane's state and what it asks of the core and the workbook. Every method that changes the state
 * tells `onChange` what to redraw.
 * @example const pane = new PaneController({ port: new MemoryWorkbook(sheets), lang: 'en', today: new Date() }); await pane.findList(); pane.questions().frequency?.text // "Which column holds the number of orders? It could be 'C' or 'D'."
 */
export class PaneController {
  readonly state: PaneState;
  /** An order ledger is summarised per customer, then graded (SPEC "Order ledgers"). */
  readonly ledger: LedgerController;
  /** A lead or opportunity list is scored by the pipeline functions, not graded as customers (docs/pipeline.md). */
  readonly leads = new LeadController();
  /** The list as grading will read it: dates or days, the band values, the problems, the first rows. */
  readonly reading: ListReading;
  private readonly todaySerial: number;
  private readonly memo = new Map<string, unknown>();
  private readonly worker?: ReturnType<typeof workerGrader>;
  private readonly grader: Grader;
  private readonly ledgerGrader: LedgerGrader;
  /** Set by Cancel: stops the worker at once, and the writing between two writes (taking back what it wrote). */
  private cancelRequested = false;

  constructor(readonly options: PaneOptions, private readonly onChange: (change: PaneChange) => void = () => undefined) {
    const today = options.today;
    this.todaySerial = isoToSerial(`${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`);
    this.state = {
      lang: options.lang, earlier: false, headerRow: 0, columns: {}, profiles: [], ambiguous: {}, suggestions: {}, raised: {},
      preset: 'seed', tables: RFM_PRESETS.seed, output: 'formulas',
      weights: [...DEFAULT_WEIGHTS], cutoffs: [...DEFAULT_CUTOFFS], clv: { margin: 1, rate: 0 }, damage: {},
      churn: { m: 1, n: 1, mode: 'sd' }, asOf: this.todaySerial,
    };
    this.worker = typeof Worker !== 'undefined' && options.workerUrl ? workerGrader(options.workerUrl) : undefined;
    // The predictions option's models are fitted in the worker where there is one, never on the page.
    this.ledger = new LedgerController({
      dateSystem: options.dateSystem, localeOrder: options.dateOrder, checker: this.worker?.checkBtyd, checked: () => this.onChange('btyd'),
    });
    this.reading = new ListReading(this.state, { localeOrder: options.dateOrder, dateSystem: options.dateSystem });
    this.grader = this.worker?.grade ?? gradeHere;
    this.ledgerGrader = this.worker?.gradeLedger ?? gradeLedgerHere;
  }

  /** A pane string in the pane's language. */
  tr(key: StringKey, params?: Record<string, string | number>): string {
    return t(this.state.lang, key, params);
  }

  /**
   * The values of one dimension that can be read, as grading reads them: what the live band counts
   * count (a ledger's, summarised per customer, when it is graded per customer).
   * @example pane.bandValues('r') // [12, 45, 300, ...] days, from dates or from day counts alike
   */
  bandValues(dimension: RfmDimension): number[] {
    return this.ledger.active() ? this.ledger.bandValues(dimension, this.state.asOf) : this.reading.bandValues(dimension);
  }

  /** The data problems with their rows: the list's, or a ledger's at the as-of date. */
  problems(): readonly DataProblem[] {
    return this.ledger.active() ? this.ledger.problems(this.state.asOf) : this.reading.problems();
  }

  /**
   * The questions the pane asks before grading, by field: a required field with no column (and the
   * columns that could hold it), columns too close to call, a column whose content contradicts its
   * field (text in the amount, dates in the count), and what a grading raised. Grading waits while any
   * is open.
   * @example pane.questions().frequency // { kind: 'ambiguous', columns: [2, 3], text: "Which column holds the number of orders? It could be 'Orders' or 'Count'." }
   */
  questions(): Partial<Record<Field, FieldQuestion>> {
    if (!this.state.list || this.ledger.active() || this.ledger.pending()) return {};
    const { lang, columns, profiles, ambiguous, suggestions, raised } = this.state;
    return this.remember(`questions|${JSON.stringify(raised)}`, () => fieldQuestions({
      lang, fields: this.reading.shownFields(), columns, profiles, ambiguous, suggestions, raised, columnName: (c) => this.reading.columnName(c),
    }));
  }

  /** The fields grading waits on, in the order the pane shows them. */
  openQuestions(): Field[] {
    const questions = this.questions();
    return FIELDS.map(([f]) => f).filter((f) => questions[f]);
  }

  /** Finds the list around the selection, detects its columns by header words and content, and reads
   * the choices saved with the workbook and its settings sheet. */
  async findList(): Promise<void> {
    const { state, options, ledger } = this;
    const found = await options.port.readListAroundSelection();
    state.message = undefined;
    state.summary = undefined;
    state.predictions = undefined;
    state.raised = {};
    if (!found) {
      state.list = undefined;
      state.message = { kind: 'error', text: this.tr('noList') };
      return this.onChange('all');
    }
    const started = now();
    const { list, earlier } = splitEarlierGrading(found);
    this.memo.clear();
    this.reading.clear();
    state.list = list;
    state.earlier = earlier;
    // A note or title above the header is skipped; a list with no header row is refused with what it
    // lacks, never graded with its first customer read as column names.
    const headerRow = headerRowOrFirst(list.rows);
    const firstFilled = list.rows.find((row) => row.some((c) => c !== null && c !== undefined && c !== ''));
    if (headerRow < 0 && firstFilled && rowReadsAsData(firstFilled)) {
      state.list = undefined;
      state.message = { kind: 'error', text: noHeaderError(list.rows, state.lang).message };
      return this.onChange('all');
    }
    state.headerRow = Math.max(0, headerRow);
    // The columns an earlier lead scoring wrote are replaced, never read as the list's.
    const leadSplit = splitEarlierLeadGrading(list, state.headerRow);
    state.list = leadSplit.list;
    state.earlier = earlier || leadSplit.earlier;
    this.detect();
    state.detectMs = now() - started;
    measure('crm-detect', started);
    // The choices saved with this workbook for this list, when it is graded again after reopening, and
    // the settings sheet, which a person may have edited (or broken) since.
    const saved = readSavedState(await options.port.loadState(), this.reading.header());
    const savedLead = saved.kind === 'ok' && isLeadChoices(saved.choices.lead, this.reading.header().length) ? saved.choices.lead : undefined;
    this.leads.recognise(state.list, state.headerRow, savedLead);
    this.leads.lastResult = undefined;
    if (state.earlier && this.leads.active) await this.readEditedLeadSettings();
    const wasLedger = ledger.active();
    ledger.recognise(state.list, state.headerRow, saved.kind === 'ok' ? saved.choices.ledger : undefined);
    // A ledger's days count up to its latest order; a list found after one, up to today again.
    if (ledger.active() || wasLedger) state.asOf = (ledger.active() && ledger.latest()) || this.todaySerial;
    // The worker starts on the predictions while the user reads the question (the as-of date is then the
    // latest order, as confirming sets it); on the page they wait until the option is shown.
    if (this.worker && ledger.pending()) ledger.predictions(ledger.latest() || this.todaySerial);
    const settings = await checkSettingsSheet(options.port, state.lang, { system: options.dateSystem ?? 1900 });
    state.damage = {
      saved: saved.kind === 'damaged' ? saved : undefined,
      settings: settings.kind === 'damaged' ? { sheetName: settings.sheetName, problem: settings.problem } : undefined,
    };
    state.confirm = undefined;
    state.rewriteSettings = false;
    if (saved.kind === 'ok') {
      // The user's own choices for this list: nothing detection was unsure of is asked again.
      state.columns = saved.choices.columns as PaneState['columns'];
      state.ambiguous = {};
      state.preset = saved.choices.preset as Preset;
      state.tables = saved.choices.tables;
      if (saved.choices.partial) state.message = { kind: 'error', text: this.tr('lastPartial') };
    } else {
      this.choosePreset(state.preset === 'custom' ? 'seed' : state.preset, false);
    }
    // Tables edited on the settings sheet of this graded list are the ones to keep grading with.
    if (settings.kind === 'ok' && earlier && JSON.stringify(settings.settings.tables) !== JSON.stringify(state.tables)) {
      state.tables = settings.settings.tables;
      state.preset = 'custom';
      state.asOf = settings.settings.asOf;
      if (state.message?.kind !== 'error') state.message = { kind: 'info', text: this.tr('settingsEdited', { sheet: settings.sheetName }) };
    }
    this.onChange('all');
  }

  /** Detection by header words and content: the columns it is sure of are chosen; a required field whose
   * best columns score too close is left for the user, with them as the question's candidates. */
  private detect(): void {
    const { state } = this;
    const detection = detectColumnsWithContent(this.reading.header(), this.reading.dataRows());
    const d = detection.mapping;
    state.profiles = detection.profiles ?? profileColumns(this.reading.dataRows(), this.reading.header().length);
    state.columns = {
      recency: d.recencyDays ?? d.lastPurchase, frequency: d.frequency, monetary: d.monetary, customerId: d.customerId,
      manualGrade: d.manualGrade, ...Object.fromEntries([...COMPOSITE, ...CLV, ...WARN].map((f) => [f, d[f as FieldId]])),
    };
    state.ambiguous = {};
    for (const [id, rivals] of Object.entries(detection.ambiguous) as [FieldId, readonly number[]][]) {
      const field = paneField(id);
      if (!field || !REQUIRED.includes(field)) continue;
      state.ambiguous[field] = rivals;
      state.columns[field] = undefined;
    }
    state.suggestions = { ...detection.suggestions };
  }

  /** A field's column as the user picked it (undefined: none). The user's pick answers any question about it. */
  setColumn(field: Field, column: number | undefined): void {
    const { state } = this;
    state.columns = { ...state.columns, [field]: column };
    state.ambiguous = { ...state.ambiguous, [field]: undefined };
    delete state.ambiguous[field];
    state.raised = {};
    if (state.preset === 'quintile') this.choosePreset('quintile');
    else this.onChange('all');
  }

  /** The day/month order the user chose for the list's year-last dates. */
  setDateOrder(order: DateOrder | undefined): void {
    this.state.dateOrder = order;
    if (this.state.message?.text === this.tr('needDateOrder')) this.state.message = undefined;
    this.onChange('all');
  }

  /** A preset's band tables (the list's own quintiles for 'quintile'). */
  choosePreset(preset: Preset, notify = true): void {
    const { state, ledger } = this;
    state.preset = preset;
    if (preset === 'quintile' && ledger.active()) {
      state.tables = ledger.quintiles(state.asOf) ?? state.tables;
    } else if (preset === 'quintile' && state.list) {
      const c = state.columns;
      if (c.recency !== undefined && c.frequency !== undefined && c.monetary !== undefined) {
        // Read as grading reads them: dates or days by content, the amount in its header's unit.
        state.tables = quintileTables(this.reading.dataRows(), {
          recency: c.recency, recencyIsDate: this.reading.recencyIsDate(), frequency: c.frequency, monetary: c.monetary,
          monetaryScale: headerScale(this.reading.header()[c.monetary]),
        }, { preset: 'quintile', asOf: state.asOf, scheme: 'value8', lang: state.lang, dates: this.reading.dates() });
      }
    } else if (preset !== 'custom' && preset !== 'quintile') {
      state.tables = RFM_PRESETS[preset];
    }
    if (notify) this.onChange('all');
  }

  /** One cell of a band table edited: the preset becomes Custom. */
  editBand(dimension: RfmDimension, row: number, part: 'from' | 'score', value: number): void {
    const table = this.state.tables[dimension];
    const next: BandTable = {
      from: table.from.map((f, i) => (part === 'from' && i === row ? value : f)),
      score: table.score.map((s, i) => (part === 'score' && i === row ? value : s)),
    };
    this.state.tables = { ...this.state.tables, [dimension]: next };
    this.state.preset = 'custom';
    this.onChange('thresholds');
  }

  /** The date days are counted up to; the counts and the problems after it follow. */
  setAsOf(serial: number): void {
    if (Number.isNaN(serial)) return;
    this.state.asOf = serial;
    this.onChange('thresholds');
    this.onChange('problems');
  }

  setOutput(output: GradedOutput): void {
    this.state.output = output;
  }

  /** The pane's language; a damaged settings sheet's problem is read again to be said in it. */
  setLang(lang: Lang): void {
    const { state, options } = this;
    state.lang = lang;
    options.onLangChange?.(lang);
    this.onChange('all');
    if (!state.damage.settings) return;
    void checkSettingsSheet(options.port, lang, { system: options.dateSystem ?? 1900 }).then((settings) => {
      if (settings.kind !== 'damaged' || !state.damage.settings || state.lang !== lang) return;
      state.damage = { ...state.damage, settings: { sheetName: settings.sheetName, problem: settings.problem } };
      this.onChange('all');
    }, () => undefined);
  }

  /** After a ledger choice: read anew, the as-of date is the latest order (today for a list); else the counts. */
  ledgerChanged(reread: boolean): void {
    if (!reread) {
      this.onChange('thresholds');
      this.onChange('problems');
      return;
    }
    this.state.asOf = (this.ledger.active() && this.ledger.latest()) || this.todaySerial;
    this.onChange('all');
  }

  /** Everything the user chose, as the grading takes it. */
  gradeOptions(): GradeTableOptions {
    const { state } = this;
    return {
      preset: state.preset === 'custom' ? 'seed' : state.preset, tables: state.tables, asOf: state.asOf,
      lang: state.lang, columns: this.reading.mapping(), headerRow: state.headerRow, output: state.output, functionPrefix: this.options.functionPrefix,
      composite: { weights: state.weights, cutoffs: state.cutoffs }, clv: state.clv, churn: state.churn,
      dates: this.reading.dates(),
    };
  }

  /** Grades the list (or the ledger, per customer) into the workbook, after the checks a person can act on. */
  async grade(): Promise<void> {
    const { state, ledger, options } = this;
    if (!state.list) return;
    // A new grading starts uncancelled: set before any await, so a Cancel pressed from here on counts.
    this.cancelRequested = false;
    if (!ledger.active() && this.reading.dateOrderMissing()) return this.refuse(this.tr('needDateOrder'));
    if (state.damage.settings && !state.rewriteSettings) return this.refuse(this.tr('settingsFirst'));
    const asked = ledger.active() ? [] : this.openQuestions();
    if (asked.length) {
      const labels = asked.map((f) => this.tr(fieldLabelKey(f)).split(/[:：]/)[0]);
      return this.refuse(this.tr('chooseColumns', { fields: labels.join(state.lang === 'en' ? '; ' : '；') }));
    }
    // A ledger's customers go to a new sheet from A1: the ledger's own position does not count.
    if (await this.refusedByCapacity(ledger.active() ? { ...state.list, left: 0 } : state.list)) return;
    state.offerNewSheet = false;
    state.message = { kind: 'busy', text: this.tr('grading') };
    state.summary = undefined;
    state.predictions = undefined;
    state.progress = undefined;
    this.onChange('all');
    try {
      if (ledger.active()) {
        await this.gradeOrders();
        return this.onChange('all');
      }
      const outcome = await gradeIntoWorkbook(options.port, state.list, this.gradeOptions(), state.earlier, this.grader,
        { cancelled: () => this.cancelRequested });
      if (outcome.kind === 'occupied') {
        state.message = { kind: 'error', text: this.tr('occupied') };
        state.offerNewSheet = true;
      } else {
        const r = outcome.result;
        state.earlier = true;
        state.message = { kind: 'info', text: [this.tr('graded', { graded: r.graded }), r.rowProblems ? this.tr('rowProblems', { count: r.rowProblems }) : ''].filter(Boolean).join(' ') };
        state.summary = r.segmentCounts;
        // Damaged saved choices are rewritten only when the user says (Repair).
        if (!state.damage.saved) await options.port.saveState(this.choicesJson());
        options.onGraded?.();
      }
    } catch (e) {
      await this.failed(e, true);
    }
    this.onChange('all');
  }

  /** Points, cutoffs and stages (an opportunity list's C139 weights and cutoffs) edited on the lead settings
   * sheet of a scored list are the ones to score with again; a cell there that cannot be read is said,
   * and the pane's own values kept. */
  private async readEditedLeadSettings(): Promise<void> {
    const names = await this.options.port.sheetNames();
    const sheet = LEAD_SETTINGS_SHEETS.find((n) => names.includes(n));
    const cells = sheet && await this.options.port.readSheet(sheet);
    if (!sheet || !cells) return;
    const read = readLeadSettings(cells);
    if (read.kind === 'bad') {
      this.state.message = { kind: 'error', text: lt(this.state.lang, 'leadSettingsBad', { sheet, cell: read.cell, value: read.value }) };
    } else if (this.leads.applyEdited(read.settings)) {
      this.state.message = { kind: 'info', text: lt(this.state.lang, read.settings.kind === 'opportunity' ? 'oppSettingsEdited' : 'leadSettingsEdited', { sheet }) };
    }
  }

  /** Scores a lead or opportunity list into the workbook: its columns beside it, the lead settings and funnel sheets. */
  async gradeLeads(): Promise<void> {
    const { state, options, leads } = this;
    if (!state.list) return;
    this.cancelRequested = false;
    const blockers = leads.blockers(state.lang);
    if (blockers.length) return this.refuse(blockers.join(' '));
    if (await this.refusedByCapacity(state.list)) return;
    state.message = { kind: 'busy', text: this.tr('grading') };
    leads.lastResult = undefined;
    state.progress = undefined;
    this.onChange('all');
    try {
      // Scored in the grading worker when there is one: 50,000 leads blocked the preview's page for seconds.
      const outcome = await gradeLeadsIntoWorkbook(options.port, state.list, state.headerRow, leads.setup(), state.lang, state.earlier,
        this.worker?.scoreLeads ?? scoreLeadsHere, (f) => { state.progress = f; this.onChange('progress'); });
      if (outcome.kind === 'occupied') {
        state.message = { kind: 'error', text: leadGradedText.occupied(state.lang) };
      } else {
        state.earlier = true;
        leads.lastResult = outcome.graded;
        state.message = { kind: 'info', text: leadGradedText.done(outcome.graded, leads.setup(), outcome.sheets, state.lang) };
        if (!state.damage.saved) await options.port.saveState(this.choicesJson());
        options.onGraded?.();
      }
    } catch (e) {
      await this.failed(e, true);
    }
    this.onChange('all');
  }

  /** Grading when the cells beside the list are taken: a graded copy on a new sheet. */
  async gradeToNewSheet(): Promise<void> {
    const { state, options } = this;
    if (!state.list) return;
    if (await this.refusedByCapacity({ ...state.list, left: 0 })) return;
    state.offerNewSheet = false;
    state.message = { kind: 'busy', text: this.tr('grading') };
    this.onChange('all');
    try {
      const result = await gradeIntoNewSheet(options.port, state.list, this.gradeOptions(), await options.port.sheetNames(), this.grader);
      state.message = { kind: 'info', text: `${this.tr('graded', { graded: result.graded })} ${this.tr('wroteSheet', { sheet: result.sheetName })}` };
      options.onGraded?.();
    } catch (e) {
      await this.failed(e, false);
    }
    this.onChange('all');
  }

  /** Cancel: the worker stops at once, the writing between two writes (taking back what it wrote). */
  cancel(): void {
    this.cancelRequested = true;
    this.worker?.cancel();
  }

  /** The user asked to repair a damaged settings sheet or saved state: the pane asks to confirm first. */
  askRepair(kind: 'settings' | 'saved' | undefined): void {
    this.state.confirm = kind;
    this.onChange('all');
  }

  /** Carries out the repair the user confirmed: the saved choices rewritten, or the settings sheet by grading again. */
  async repair(): Promise<void> {
    const { state } = this;
    const kind = state.confirm;
    state.confirm = undefined;
    if (kind === 'saved') {
      await this.options.port.saveState(this.choicesJson());
      state.damage = { ...state.damage, saved: undefined };
      state.message = { kind: 'info', text: this.tr('repaired') };
      return this.onChange('all');
    }
    state.rewriteSettings = true;
    await this.grade();
    if (state.message?.kind === 'info') state.damage = { ...state.damage, settings: undefined };
    this.onChange('all');
  }

  /** Excel's Make shareable, where the host offers it. */
  canShare(): boolean {
    return typeof (this.options.port as Partial<ShareablePort>).makeShareable === 'function';
  }

  async makeShareable(): Promise<void> {
    try {
      const report = await (this.options.port as unknown as ShareablePort).makeShareable(this.state.lang, this.state.asOf);
      // Which cells were kept as values, and why (issue 11: never a silent difference in a shared workbook).
      this.state.message = { kind: 'info', text: report.frozenCells
        ? shareableReportLines({ converted: report.converted, frozenCells: report.frozenCells }, this.state.lang).join(' ')
        : this.tr('shared', { converted: report.converted, frozen: report.frozen }) };
    } catch (e) {
      this.state.message = { kind: 'error', text: this.tr('error', { message: e instanceof Error ? e.message : String(e) }) };
    }
    this.onChange('all');
  }

  /** Tells the pane to redraw after an edit made in place (the composite weights, CLV's and churn's parameters). */
  refresh(change: PaneChange): void {
    this.onChange(change);
  }

  /** What the ledger's sections need from the pane: its language, strings, the as-of date, what to redraw. */
  ledgerView(): LedgerView {
    return {
      lang: this.state.lang, tr: (key, params) => this.tr(key, params), asOf: this.state.asOf, localeOrder: this.options.dateOrder,
      changed: (reread) => this.ledgerChanged(reread),
    };
  }

  /** Why saved choices were not used, in the user's language. */
  savedDamageText(): string | undefined {
    const saved = this.state.damage.saved;
    if (!saved) return undefined;
    const key = ({
      unreadable: 'savedUnreadable', noHeaders: 'savedNoHeaders', noPresetOrColumns: 'savedNoPresetOrColumns',
      brokenTable: 'savedBrokenTable', brokenLedger: 'savedBrokenLedger',
    } as const)[saved.reason];
    return this.tr('savedDamaged', { reason: this.tr(key, { table: saved.table ?? '' }) });
  }

  private refuse(text: string): void {
    this.state.message = { kind: 'error', text };
    this.onChange('all');
  }

  /** A grading that failed: interrupted (taken back or not), cancelled, or refused by the core with a
   * question, whose field is then highlighted as the pane's own questions are. `besideList`: the graded
   * columns were being written beside the list (not to a new sheet). */
  private async failed(e: unknown, besideList: boolean): Promise<void> {
    const { state, ledger } = this;
    if (e instanceof GradingInterrupted) {
      const reason = e.message === 'cancelled' ? this.tr('cancelled') : e.message;
      state.message = { kind: 'error', text: this.tr(e.restored ? 'interruptedRestored' : 'interruptedPartial', { reason }) };
      // The earlier grading's columns may be half replaced: the next grading replaces them again, and
      // the workbook remembers that its graded columns are incomplete until then.
      if (!e.restored && besideList && !ledger.active()) {
        state.earlier = true;
        if (!state.damage.saved) await this.options.port.saveState(this.choicesJson(true)).catch(() => undefined);
      }
      return;
    }
    if (e instanceof Error && e.message === 'cancelled') {
      state.message = { kind: 'info', text: this.tr('cancelled') };
      return;
    }
    if (e instanceof TableError) this.raise(e.details.problem, e.details.questions, e.message);
    state.message = { kind: 'error', text: this.tr('error', { message: e instanceof Error ? e.message : String(e) }) };
  }

  /** Questions a grading raised, kept beside their fields until the user changes a column. */
  private raise(problem: string, questions: readonly TableQuestion[], message: string): void {
    if (this.ledger.active() || problem === 'dateOrder') return;
    const raised: PaneState['raised'] = {};
    for (const q of questions) {
      const field = paneField(q.field);
      if (field) raised[field] = { problem, columns: q.columns, message };
    }
    this.state.raised = raised;
  }

  /** A ledger graded per customer onto a new sheet, with the reading's progress; the ledger is only read. */
  private async gradeOrders(): Promise<void> {
    const { state, options } = this;
    const r = await this.ledger.grade(options.port, {
      preset: state.preset === 'custom' ? 'seed' : state.preset, tables: state.tables, asOf: state.asOf, lang: state.lang,
      output: state.output, functionPrefix: options.functionPrefix,
    }, this.ledgerGrader, { cancelled: () => this.cancelRequested, progress: (f) => { state.progress = f; this.onChange('progress'); } });
    const n = (x: number) => x.toLocaleString(state.lang), leftOut = r.summary.lines - r.summary.linesUsed;
    state.message = { kind: 'info', text: [this.tr('ledgerGraded', { customers: n(r.graded), lines: n(r.summary.lines), sheet: r.sheetName }),
      r.rowProblems ? this.tr('rowProblems', { count: n(r.rowProblems) }) : '', leftOut ? this.tr('ledgerLeftOut', { count: n(leftOut) }) : ''].filter(Boolean).join(' ') };
    state.summary = r.segmentCounts;
    state.predictions = r.btyd ? btydReport(r.btyd, state.lang) : undefined;
    if (!state.damage.saved) await options.port.saveState(this.choicesJson());
    options.onGraded?.();
  }

  /** Refuses, before anything is written, a list the host cannot hold with its graded columns. */
  private async refusedByCapacity(list: FoundList): Promise<boolean> {
    const width = list.rows.reduce((w, row) => Math.max(w, row.length), 0);
    const problem = capacityProblem(await this.options.port.capacity(), list.top, list.left, list.rows.length, width);
    if (!problem) return false;
    const n = (x: number) => x.toLocaleString(this.state.lang);
    this.refuse(problem.kind === 'columns'
      ? this.tr('tooManyColumns', { needed: n(problem.needed), max: n(problem.max) })
      : this.tr('tooManyCells', { needed: n(problem.needed), used: n(problem.used), max: n(problem.max) }));
    return true;
  }

  private choicesJson(partial = false): string {
    const { state } = this;
    return JSON.stringify({
      headers: this.reading.header().map((x) => String(x ?? '')), columns: state.columns, preset: state.preset, tables: state.tables,
      ledger: this.ledger.choices(), lead: this.leads.choices(), ...(partial ? { partial: true } : {}),
    });
  }

  // Reading 50,000 rows takes tens of milliseconds: results are kept until the list, its columns, the
  // as-of date or the date order change, so redrawing the pane after grading does not read the list again.
  private remember<T>(key: string, compute: () => T): T {
    const s = this.state;
    const full = `${key}|${JSON.stringify(s.columns)}|${s.asOf}|${s.lang}|${s.dateOrder}`;
    if (!this.memo.has(full)) this.memo.set(full, compute());
    return this.memo.get(full) as T;
  }
}

/** Excel's port has Make shareable; the others do not. */
interface ShareablePort { makeShareable(lang: Lang, asOf: number): Promise<{ converted: number; frozen: number; frozenCells?: readonly FrozenCell[] }> }

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A User Timing measure, so a profiler or the bench (scripts/bench-preview.mjs) sees how long it took. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: now() });
  } catch {
    // No User Timing where the pane runs: the figure is in the state all the same.
  }
}
