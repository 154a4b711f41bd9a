import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import {
  ASSESSMENT_STATUSES,
  ROUTEKAART_POINTS,
  ROUTEKAART_SOURCE,
  todayInAmsterdam,
  type AssessmentStatus,
  type RoutekaartPointDefinition,
} from '@thuiszitters/domain';
import {
  ConflictError,
  ThuiszittersError,
  type HeadlineStatistics,
  type ReasonStatistics,
  type RoutekaartAssessment,
  type RoutekaartChange,
  type RoutekaartPointUpdate,
} from '@thuiszitters/sdk';
import { errorText } from '../base/errors.js';
import { labelOf } from '../shared/labels.js';
import type { DataController } from '../base/data-controller.js';
import { TzElement } from '../base/tz-element.js';
import { printElement } from '../base/print-scope.js';
import { bsnWarningId, bsnWarningText, renderBsnWarning } from '../base/bsn-warning.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { formatDate } from '../i18n/locale.js';
import {
  assessmentProblem,
  isHttpUrl,
  normaliseUpdate,
  progressOf,
  sameUpdate,
  toUpdate,
  type PointField,
  type RoutekaartPoint,
} from './assessment-model.js';
import { conflictingFields, mergePoint, type Side } from './point-merge.js';
import { assessmentToCsv } from './csv.js';
import { downloadCsv } from '../shared/download.js';
import { FIGURE_POINTS, figuresPeriod, reasonFiguresPeriod, renderFigures, type FigureState, type RoutekaartFigures } from './figures.js';
import { messages, type RoutekaartMessages } from './messages.js';
import { checklistStyles } from './routekaart-checklist.styles.js';
import { formStyles } from '../form/form.styles.js';
import { textField, type FieldContext } from '../form/fields.js';
import { statusIcon } from './status-icons.js';
import { fieldLabel, formatFieldValue } from './value-format.js';
import { renderChangeLog, renderComparison } from './history-view.js';

/** Detail of `tz-routekaart-point-change`: the full new values of one point. */
export interface RoutekaartPointChangeDetail {
  pointNumber: number;
  update: RoutekaartPointUpdate;
}

/** Detail of `tz-routekaart-saved`: the assessment as the server returned it after the save. */
export interface RoutekaartSavedDetail {
  pointNumber: number;
  assessment: RoutekaartAssessment;
}

interface Conflict {
  /** The point as the user read it before editing. */
  base: RoutekaartPointUpdate;
  /** The values the user tried to save. */
  mine: RoutekaartPointUpdate;
  /** The server's assessment at the time of the 412. */
  current: RoutekaartAssessment;
  /** Fields both changed, and the user's choice for each (default: mine). */
  fields: PointField[];
  choices: Partial<Record<PointField, Side>>;
}

interface EvidenceForm {
  title: string;
  url: string;
  titleError?: string;
  urlError?: string;
}

type Mode = 'controlled' | 'connected' | 'none';

/**
 * The ten points of the Routekaart "Passend onderwijs zonder thuiszitters" (Ingrado,
 * Gedragswerk) as a living assessment: per point a status, owner, note and evidence, saved per
 * point with `If-Match`, with live registry figures beside points 1–3, an undo for the last
 * change, the history of earlier assessments, a print layout and a CSV export.
 *
 * Connected: set `assessment-id` (one assessment) or `organisation` (its newest assessment) and
 * give a client (`.client` or a surrounding `<tz-provider>`). Controlled: set `.assessment`
 * (plus optionally `.history`, `.changes`, `.figures`); the element then emits
 * `tz-routekaart-point-change` and the host saves and sets the new `.assessment`.
 *
 * @element tz-routekaart-checklist
 * @fires tz-routekaart-point-change - Controlled mode: the user changed a point; `detail` is `{ pointNumber, update }`.
 * @fires tz-routekaart-saved - Connected mode: a point was saved; `detail` is `{ pointNumber, assessment }`.
 * @cssprop --tz-routekaart-checklist-not-started-color - Icon colour of "not started" (default: muted text).
 * @cssprop --tz-routekaart-checklist-in-progress-color - Icon colour of "in progress" (default: warning).
 * @cssprop --tz-routekaart-checklist-in-place-color - Icon colour of "in place" (default: success).
 * @cssprop --tz-routekaart-checklist-card-border - Border of each point card.
 * @csspart base - The whole checklist.
 * @csspart summary - The progress summary at the top.
 * @csspart progress - The `<meter>` of points in place.
 * @csspart points - The ordered list of points.
 * @csspart point - One point card.
 * @csspart figures - The registry figures beside points 1–3.
 * @csspart history - The history section (comparison and change log).
 */
export class TzRoutekaartChecklistElement extends TzElement {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, formStyles, checklistStyles];

  /** Connected: the id of the assessment to show. */
  @property({ attribute: 'assessment-id' }) assessmentId?: string;

  /** Connected: an organisation code (`VO2801`, `GM0599`); shows its newest assessment. */
  @property() organisation?: string;

  /** Show without editing controls (for roles that may not edit). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Leave out the registry figures of points 1–3. */
  @property({ type: Boolean, attribute: 'no-figures' }) noFigures = false;

  /** Controlled: the assessment to show. */
  @property({ attribute: false }) assessment?: RoutekaartAssessment;

  /** Controlled: earlier assessments of the organisation (newest first), for the comparison. */
  @property({ attribute: false }) history?: RoutekaartAssessment[];

  /** Controlled: the change log of the assessment. */
  @property({ attribute: false }) changes?: RoutekaartChange[];

  /** Controlled: registry figures for points 1–3 (instead of loading them through the client). */
  @property({ attribute: false }) figures?: RoutekaartFigures;

  @consume({ context: referenceDataContext, subscribe: true })
  @state()
  protected referenceData?: ReferenceData;

  @state() private drafts = new Map<number, RoutekaartPointUpdate>();
  @state() private saving = new Set<number>();
  @state() private conflicts = new Map<number, Conflict>();
  @state() private pointErrors = new Map<number, string>();
  @state() private evidenceForms = new Map<number, EvidenceForm>();
  /** Points whose details disclosure the user opened (kept open across re-renders). */
  @state() private openForms = new Set<number>();
  @state() private lastChange?: { pointNumber: number; previous: RoutekaartPointUpdate };
  @state() private lastSavedPoint?: number;
  @state() private forbidden = false;
  @state() private announcement = '';
  @state() private compareWith = '';
  @state() private starting = false;
  @state() private startError = '';

  /** Saves run one after the other, so each one sends the version the previous one returned. */
  private saveQueue: Promise<void> = Promise.resolve();

  /** The assessment: the host's (controlled) or loaded by id or organisation (null: none exists yet). */
  private readonly assessmentData = this.useData<RoutekaartAssessment | null, readonly [string | undefined, string | undefined]>({
    hostValue: () => this.assessment,
    check: (a) => {
      const problem = assessmentProblem(a);
      return problem ? `assessment: ${problem}` : null;
    },
    args: () => (this.mode === 'connected' ? ([this.assessmentId, this.organisation] as const) : null),
    load: async (client, [id, organisation], signal) => {
      // Forget the previous assessment, so an error for a new id is not hidden behind the old one.
      this.assessmentData.clear();
      const assessment = id
        ? await client.routekaart.get(id, { signal })
        : ((await client.routekaart.list({ organisation: organisation! }, { signal })).items ?? [])[0] ?? null;
      this.resetEditing();
      return assessment;
    },
  });

  private readonly historyData = this.useData({
    hostValue: () => this.history,
    args: () => (this.mode === 'connected' && this.shown ? ([this.shown.organisation.code] as const) : null),
    load: async (client, [code], signal) => (await client.routekaart.list({ organisation: code }, { signal })).items ?? [],
  });

  private readonly changesData = this.useData({
    hostValue: () => this.changes,
    // The version is an argument on purpose: after every save the change log is read again.
    args: () => (this.mode === 'connected' && this.shown ? ([this.shown.id, this.shown.version] as const) : null),
    load: async (client, [id], signal) => (await client.routekaart.changes(id, { signal })).items ?? [],
  });

  private get figuresWanted(): readonly [] | null {
    return !this.figures && !this.noFigures && this.hasAssessment ? [] : null;
  }

  private readonly headlineData = this.useData({
    args: () => this.figuresWanted,
    load: (client, _args, signal) => client.statistics.headline(figuresPeriod(), { signal }),
  });

  private readonly reasonsData = this.useData({
    args: () => this.figuresWanted,
    load: (client, _args, signal) => client.statistics.reasons({ ...reasonFiguresPeriod(), reasonScope: 'primary' }, { signal }),
  });

  /** Connected: the assessment as last read from or returned by the server (null: none exists yet). */
  private get loaded(): RoutekaartAssessment | null | undefined {
    return this.assessmentData.loaded;
  }

  private set loaded(assessment: RoutekaartAssessment | null) {
    this.assessmentData.set(assessment);
  }

  private get m(): RoutekaartMessages {
    return this.messagesOf(messages);
  }

  private get mode(): Mode {
    if (this.assessment !== undefined) return 'controlled';
    if (this.assessmentId || this.organisation) return 'connected';
    return 'none';
  }

  /** The assessment on screen, without unsaved drafts; undefined while loading or when invalid. */
  private get shown(): RoutekaartAssessment | undefined {
    if (this.mode === 'controlled') return assessmentProblem(this.assessment) ? undefined : this.assessment;
    return this.loaded ?? undefined;
  }

  private get hasAssessment(): boolean {
    return this.shown !== undefined;
  }

  private get isReadOnly(): boolean {
    return this.readonly || this.forbidden;
  }

  /** The CSV of the assessment on screen (drafts not included), or '' when there is none. */
  toCsv(): string {
    const assessment = this.shown;
    return assessment ? assessmentToCsv(assessment, this.locale) : '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // (A wrong shape is warned about by assessmentData.)
    if (changed.has('assessment') && this.assessment !== undefined && !assessmentProblem(this.assessment)) this.dropSettledDrafts(this.assessment);
    if (changed.has('history') && this.history !== undefined && !Array.isArray(this.history)) {
      this.warnBadData('history', 'expected an array of RoutekaartAssessment');
      this.history = [];
    }
    if (changed.has('changes') && this.changes !== undefined && !Array.isArray(this.changes)) {
      this.warnBadData('changes', 'expected an array of RoutekaartChange');
      this.changes = [];
    }
    if ((changed.has('assessmentId') || changed.has('organisation')) && this.mode === 'connected') {
      this.forbidden = false;
    }
  }

  // ── Editing ────────────────────────────────────────────────────────────────────────────

  private resetEditing() {
    this.drafts = new Map();
    this.conflicts = new Map();
    this.pointErrors = new Map();
    this.lastChange = undefined;
    this.lastSavedPoint = undefined;
    this.compareWith = '';
  }

  /** Controlled: once the host's new assessment carries a draft's values, the draft is done. */
  private dropSettledDrafts(assessment: RoutekaartAssessment) {
    if (this.drafts.size === 0) return;
    const drafts = new Map(this.drafts);
    for (const [n, draft] of drafts) {
      const point = assessment.points[n - 1];
      if (point && sameUpdate(toUpdate(point), draft)) drafts.delete(n);
    }
    this.drafts = drafts;
  }

  private pointOf(n: number): RoutekaartPoint | undefined {
    return this.shown?.points[n - 1];
  }

  /** The values on screen for a point: the unsaved draft, else the saved point. */
  private valuesOf(n: number): RoutekaartPointUpdate {
    const draft = this.drafts.get(n);
    if (draft) return draft;
    const point = this.pointOf(n);
    return point ? toUpdate(point) : { status: 'notStarted', owner: null, note: null, evidence: [] };
  }

  private setDraft(n: number, update: RoutekaartPointUpdate) {
    this.drafts = new Map(this.drafts).set(n, update);
  }

  private withMap<K, V>(map: Map<K, V>, key: K, value: V | undefined): Map<K, V> {
    const copy = new Map(map);
    if (value === undefined) copy.delete(key);
    else copy.set(key, value);
    return copy;
  }

  private pointName(n: number): string {
    const definition = ROUTEKAART_POINTS[n - 1];
    return this.m.pointLabel(n, definition.title[this.locale]);
  }

  private onStatusChange(n: number, status: AssessmentStatus) {
    void this.savePoint(n, { ...this.valuesOf(n), status });
  }

  private onSubItemChange(n: number, key: string, status: AssessmentStatus) {
    const values = this.valuesOf(n);
    const subItems = (values.subItems ?? []).map((s) => (s.key === key ? { ...s, status } : s));
    void this.savePoint(n, { ...values, subItems });
  }

  private onTextInput(n: number, field: 'owner' | 'note', value: string) {
    this.setDraft(n, { ...this.valuesOf(n), [field]: value });
  }

  /**
   * Saves one point. Controlled: emits `tz-routekaart-point-change` for the host to save.
   * Connected: `updatePoint` with `If-Match`, queued behind any save still running.
   */
  private savePoint(n: number, update: RoutekaartPointUpdate, options: { undo?: boolean } = {}): Promise<void> {
    const point = this.pointOf(n);
    if (!point || this.isReadOnly) return Promise.resolve();
    this.setDraft(n, update);
    this.pointErrors = this.withMap(this.pointErrors, n, undefined);
    if (this.mode === 'controlled') {
      const previous = toUpdate(point);
      this.lastChange = options.undo ? undefined : { pointNumber: n, previous };
      this.emit('tz-routekaart-point-change', { pointNumber: n, update: normaliseUpdate(update) });
      return Promise.resolve();
    }
    this.saving = new Set(this.saving).add(n);
    const run = this.saveQueue.then(() => this.sendPoint(n, update, options));
    this.saveQueue = run.catch(() => undefined);
    return run;
  }

  private async sendPoint(n: number, update: RoutekaartPointUpdate, options: { undo?: boolean }, rebased = false): Promise<void> {
    const client = this.activeClient;
    const assessment = this.loaded;
    if (!client || !assessment) return;
    const previous = toUpdate(assessment.points[n - 1]);
    try {
      const result = await client.routekaart.updatePoint(assessment.id, n, normaliseUpdate(update), { ifMatch: assessment.version });
      this.loaded = result;
      if (this.drafts.get(n) === update) this.drafts = this.withMap(this.drafts, n, undefined);
      this.lastChange = options.undo ? undefined : { pointNumber: n, previous };
      this.lastSavedPoint = n;
      this.announce(options.undo ? this.m.undone(this.pointName(n)) : this.m.saved(this.pointName(n)));
      this.emit('tz-routekaart-saved', { pointNumber: n, assessment: result });
    } catch (error) {
      if (error instanceof ConflictError && isAssessment(error.current)) {
        const current = error.current;
        const theirs = toUpdate(current.points[n - 1]);
        const fields = conflictingFields(previous, update, theirs);
        // Nobody else touched the fields the user changed: merge per field and save on the new version.
        if (!rebased && fields.length === 0) {
          const merged = mergePoint(previous, update, theirs);
          this.loaded = current;
          if (this.drafts.get(n) === update) this.setDraft(n, merged);
          return this.sendPoint(n, merged, options, true);
        }
        this.conflicts = this.withMap(this.conflicts, n, { base: previous, mine: update, current, fields, choices: {} });
        await this.updateComplete;
        this.focusIn(`#conflict-${n}-heading`);
      } else if (error instanceof ThuiszittersError && error.status === 403) {
        this.forbidden = true;
        this.drafts = this.withMap(this.drafts, n, undefined);
        this.lastChange = undefined;
        this.announce(this.m.readOnlyForbidden);
      } else {
        this.pointErrors = this.withMap(this.pointErrors, n, this.m.saveFailed(this.pointName(n)));
      }
    } finally {
      const saving = new Set(this.saving);
      saving.delete(n);
      this.saving = saving;
    }
  }

  /** Saves the user's changes on top of the other version, with the chosen side per conflicting field. */
  private keepMine(n: number) {
    const conflict = this.conflicts.get(n);
    if (!conflict) return;
    const merged = mergePoint(conflict.base, conflict.mine, toUpdate(conflict.current.points[n - 1]), conflict.choices);
    this.loaded = conflict.current;
    this.conflicts = this.withMap(this.conflicts, n, undefined);
    void this.savePoint(n, merged).then(() => this.focusIn(`#point-${n}-heading`));
  }

  private choose(n: number, field: PointField, side: Side) {
    const conflict = this.conflicts.get(n);
    if (conflict) this.conflicts = this.withMap(this.conflicts, n, { ...conflict, choices: { ...conflict.choices, [field]: side } });
  }

  private async takeTheirs(n: number) {
    const conflict = this.conflicts.get(n);
    if (!conflict) return;
    this.loaded = conflict.current;
    this.conflicts = this.withMap(this.conflicts, n, undefined);
    this.drafts = this.withMap(this.drafts, n, undefined);
    this.lastChange = undefined;
    await this.updateComplete;
    this.focusIn(`#point-${n}-heading`);
  }

  private async undo() {
    const change = this.lastChange;
    if (!change) return;
    this.lastChange = undefined;
    await this.savePoint(change.pointNumber, change.previous, { undo: true });
    if (this.mode === 'controlled') this.announce(this.m.undone(this.pointName(change.pointNumber)));
    await this.updateComplete;
    this.focusIn(`#point-${change.pointNumber}-heading`);
  }

  private announce(text: string) {
    // Clear first, so the same words twice in a row are announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private focusIn(selector: string) {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ── Evidence ───────────────────────────────────────────────────────────────────────────

  private formOf(n: number): EvidenceForm {
    return this.evidenceForms.get(n) ?? { title: '', url: '' };
  }

  private setForm(n: number, form: EvidenceForm) {
    this.evidenceForms = this.withMap(this.evidenceForms, n, form);
  }

  private urlError(url: string): string | undefined {
    if (url.trim() === '') return this.m.errorUrlRequired;
    return isHttpUrl(url) ? undefined : this.m.errorUrlInvalid;
  }

  private onUrlBlur(n: number) {
    const form = this.formOf(n);
    // Validate on blur only once something was typed; an untouched empty field is no error yet.
    if (form.url.trim() === '' && !form.urlError) return;
    this.setForm(n, { ...form, urlError: this.urlError(form.url) });
  }

  private async addEvidence(n: number) {
    const form = this.formOf(n);
    const titleError = form.title.trim() === '' ? this.m.errorTitleRequired : undefined;
    const urlError = this.urlError(form.url);
    if (titleError || urlError) {
      this.setForm(n, { ...form, titleError, urlError });
      await this.updateComplete;
      this.focusIn(titleError ? `#evidence-${n}-title` : `#evidence-${n}-url`);
      return;
    }
    const values = this.valuesOf(n);
    this.setForm(n, { title: '', url: '' });
    const saved = this.savePoint(n, { ...values, evidence: [...values.evidence, { title: form.title.trim(), url: form.url.trim() }] });
    await this.updateComplete;
    this.focusIn(`#evidence-${n}-title`);
    await saved;
  }

  private onEvidenceInput(n: number, event: Event) {
    const control = event.target as HTMLInputElement;
    const key = control.dataset?.field;
    if (key === 'title' || key === 'url') this.setForm(n, { ...this.formOf(n), [key]: control.value });
  }

  /** Enter in an evidence field adds it, as Enter submits a one-line form. */
  private addOnEnter(event: KeyboardEvent, n: number) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.addEvidence(n);
  }

  private async removeEvidence(n: number, index: number) {
    const values = this.valuesOf(n);
    const saved = this.savePoint(n, { ...values, evidence: values.evidence.filter((_, i) => i !== index) });
    await this.updateComplete;
    this.focusIn(`#evidence-${n}-heading`);
    await saved;
  }

  // ── Connected actions ──────────────────────────────────────────────────────────────────

  /**
   * Starts a new assessment of the organisation dated today: empty when there is none yet, else a
   * copy of the one on screen (`copyFrom`), so the yearly round starts from last year's answers
   * and the comparison shows what moved. The earlier one stays in the history.
   */
  private async startAssessment(copyFrom?: RoutekaartAssessment) {
    const client = this.activeClient;
    const code = copyFrom?.organisation.code ?? this.organisation;
    if (!client || !code || this.starting) return;
    this.starting = true;
    this.startError = '';
    try {
      const created = await client.routekaart.create({
        organisation: code,
        assessedOn: todayInAmsterdam(),
        ...(copyFrom ? { copyFrom: copyFrom.id } : {}),
      });
      this.loaded = created;
      this.resetEditing();
      if (this.history === undefined) void this.historyData.run();
      this.announce(this.m.started(formatDate(created.assessedOn, this.locale)));
      await this.updateComplete;
      this.focusIn('#heading');
    } catch (error) {
      if (error instanceof ThuiszittersError && error.status === 403) this.forbidden = true;
      else this.startError = this.m.startFailed;
    } finally {
      this.starting = false;
    }
  }

  private downloadCsv() {
    const assessment = this.shown;
    if (!assessment) return;
    downloadCsv(this.toCsv(), this.m.csvFileName(assessment.organisation.code, assessment.assessedOn), this.renderRoot);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  override render() {
    const m = this.m;
    return this.assessmentData.render({
      idle: () => html`<div class="state" part="base"><p>${m.notConfigured}</p></div>`,
      invalid: () => this.renderError(m.badData, false),
      'no-client': () => html`<div class="state" part="base"><p>${m.noClient}</p></div>`,
      loading: () => this.renderLoading(),
      error: ({ error }) =>
        this.renderError(
          errorText(error, this.locale, { network: m.errorNetwork, notFound: m.errorNotFound, forbidden: m.errorForbidden, generic: m.errorGeneric }),
          true,
        ),
      ready: ({ value }) => (value ? this.renderChecklist(value) : this.renderEmpty()),
    });
  }

  private renderLoading() {
    return html`<div part="base" aria-busy="true">
      <p class="state" role="status">${this.m.loading}</p>
      <div class="skeleton skeleton-line" aria-hidden="true"></div>
      <div class="skeleton skeleton-card" aria-hidden="true"></div>
      <div class="skeleton skeleton-card" aria-hidden="true"></div>
    </div>`;
  }

  private renderError(text: string, retry: boolean) {
    return html`<div class="state error" part="base" role="alert">
      <p class="state-title">${this.m.errorTitle}</p>
      <p>${text}</p>
      ${retry ? html`<button type="button" class="button" @click=${() => this.assessmentData.run()}>${this.m.retry}</button>` : nothing}
    </div>`;
  }

  private renderEmpty() {
    const m = this.m;
    const canStart = !this.isReadOnly && Boolean(this.organisation);
    return html`<div class="state" part="base">
      <h2 class="state-title" id="heading" tabindex="-1">${m.emptyTitle}</h2>
      <p>${m.emptyText}</p>
      ${this.isReadOnly ? html`<p>${this.forbidden ? m.readOnlyForbidden : m.emptyReadOnly}</p>` : nothing}
      ${canStart
        ? html`<button type="button" class="button" aria-disabled=${this.starting ? 'true' : 'false'} @click=${() => this.startAssessment()}>
            ${this.starting ? m.starting : m.start}
          </button>`
        : nothing}
      ${this.startError ? html`<p class="point-error" role="alert">${this.startError}</p>` : nothing}
    </div>`;
  }

  private renderChecklist(assessment: RoutekaartAssessment) {
    const m = this.m;
    const locale = this.locale;
    const display = { ...assessment, points: assessment.points.map((p) => ({ ...p, ...this.valuesOf(p.number) })) };
    const progress = progressOf(display);
    const undoPoint = this.lastChange?.pointNumber;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${m.heading}</h2>
      <p class="subtitle">${m.assessmentOf(assessment.organisation.name, formatDate(assessment.assessedOn, locale))}</p>
      ${this.isReadOnly
        ? html`<div class="state notice" data-readonly>
            <p class="state-title">${m.readOnlyTitle}</p>
            <p>${this.forbidden ? m.readOnlyForbidden : m.readOnlyAttribute}</p>
          </div>`
        : nothing}
      <div class="summary" part="summary">
        <p class="progress-text" id="progress-text">
          <strong>${m.progress(progress.inPlace, progress.total)}</strong>
          <span class="meta">(${m.progressDetail(progress.inProgress, progress.notStarted)})</span>
        </p>
        <meter part="progress" min="0" max=${progress.total} value=${progress.inPlace} aria-label=${m.progressLabel}
          >${m.progress(progress.inPlace, progress.total)}</meter
        >
        <div class="toolbar controls">
          <button type="button" class="button secondary" @click=${() => this.downloadCsv()}>${m.exportCsv}</button>
          <button type="button" class="button secondary" @click=${() => printElement(this)}>${m.print}</button>
          ${this.mode === 'connected' && !this.isReadOnly
            ? html`<button type="button" class="button secondary" data-action="new-assessment" aria-disabled=${this.starting ? 'true' : 'false'}
                @click=${() => this.startAssessment(assessment)}>${this.starting ? m.starting : m.startCopy}</button>`
            : nothing}
          ${undoPoint !== undefined && !this.isReadOnly
            ? html`<button type="button" class="button secondary" data-action="undo" @click=${() => this.undo()}>${m.undo(this.pointName(undoPoint))}</button>`
            : nothing}
        </div>
        <p class="announcement" role="status">${this.announcement}</p>
        ${this.startError ? html`<p class="point-error" role="alert">${this.startError}</p>` : nothing}
      </div>
      <ol class="points" part="points" aria-label=${m.pointsHeading}>
        ${ROUTEKAART_POINTS.map((definition) => this.renderPoint(definition, display.points[definition.number - 1]))}
      </ol>
      <p class="credit">${ROUTEKAART_SOURCE.credit[locale]}</p>
      ${this.renderHistory(assessment)}
    </section>`;
  }

  private renderPoint(definition: RoutekaartPointDefinition, point: RoutekaartPoint) {
    const m = this.m;
    const locale = this.locale;
    const n = definition.number;
    const figureKind = FIGURE_POINTS[n as keyof typeof FIGURE_POINTS];
    const figures = figureKind
      ? renderFigures(figureKind, this.headlineState(), this.reasonsState(), { m, locale, taxonomy: this.referenceData?.reasons ?? [] })
      : nothing;
    return html`<li class="point" part="point" data-point=${n}>
      <h3 id="point-${n}-heading" tabindex="-1">${m.pointHeading(n, definition.title[locale])}</h3>
      <div class="point-body ${figures === nothing ? '' : 'with-figures'}">
        <div>
          <p class="explanation">${definition.explanation[locale]}</p>
          <p class="status-badge ${this.isReadOnly ? '' : 'print-only'}" data-status=${point.status}>
            ${statusIcon(point.status)}<span>${figureKind ? `${m.figuresSelfAssessment}: ` : ''}${labelOf('assessmentStatus', point.status, locale)}</span>
          </p>
          ${point.updatedBy && point.updatedAt
            ? html`<p class="meta">${m.lastUpdated(point.updatedBy, formatDate(point.updatedAt, locale, 'short'))}</p>`
            : nothing}
        </div>
        ${figures}
      </div>
      ${this.renderConflict(n)} ${this.isReadOnly ? nothing : this.renderStatusControls(definition, point)} ${this.renderValues(definition, point)}
      ${this.isReadOnly ? nothing : this.renderForm(definition, point)}
    </li>`;
  }

  /** Status, owner, note and evidence as text: on screen when read-only, always in print. */
  private renderValues(definition: RoutekaartPointDefinition, point: RoutekaartPoint) {
    const m = this.m;
    const locale = this.locale;
    return html`<dl class="values">
      ${definition.subItems.length > 0
        ? html`<dt class=${this.isReadOnly ? '' : 'print-only'}>${m.subItemsHeading}</dt>
            <dd class=${this.isReadOnly ? '' : 'print-only'}>
              <ul class="sub-items">
                ${definition.subItems.map((item) => {
                  const status = point.subItems?.find((s) => s.key === item.key)?.status ?? 'notStarted';
                  return html`<li data-status=${status} class="status-badge">${statusIcon(status)}${item.label[locale]}: ${labelOf('assessmentStatus', status, locale)}</li>`;
                })}
              </ul>
            </dd>`
        : nothing}
      <dt>${m.owner}</dt>
      <dd>${point.owner || m.noOwner}</dd>
      <dt>${m.note}</dt>
      <dd class="note">${point.note || m.noNote}</dd>
      <dt>${m.evidenceHeading}</dt>
      <dd>
        ${point.evidence.length === 0
          ? m.noEvidence
          : html`<ul class="evidence-list">
              ${point.evidence.map((e) => html`<li>${isHttpUrl(e.url) ? html`<a href=${e.url} rel="noopener noreferrer" target="_blank">${e.title}</a>` : e.title}</li>`)}
            </ul>`}
      </dd>
    </dl>`;
  }

  private renderStatusRadios(name: string, legend: string, current: AssessmentStatus, onChange: (status: AssessmentStatus) => void, extraClass = '') {
    const locale = this.locale;
    return html`<fieldset class="status-group ${extraClass}">
      <legend>${legend}</legend>
      <div class="radios">
        ${ASSESSMENT_STATUSES.map(
          (status) => html`<label class="radio" data-status=${status}>
            <input type="radio" name=${name} value=${status} .checked=${live(current === status)} @change=${() => onChange(status)} />
            ${statusIcon(status)}<span>${labelOf('assessmentStatus', status, locale)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** The status radio group of a point (and of the sub-items of point 7): a change saves at once. */
  private renderStatusControls(definition: RoutekaartPointDefinition, point: RoutekaartPoint) {
    const m = this.m;
    const locale = this.locale;
    const n = definition.number;
    return html`<div class="status-controls controls">
      ${this.renderStatusRadios(`status-${n}`, m.statusLegend(n), point.status, (status) => this.onStatusChange(n, status))}
      ${definition.subItems.length > 0
        ? html`<h4>${m.subItemsHeading}</h4>
            <ul class="sub-items">
              ${definition.subItems.map((item) => {
                const status = point.subItems?.find((s) => s.key === item.key)?.status ?? 'notStarted';
                return html`<li>
                  ${this.renderStatusRadios(`sub-${n}-${item.key}`, item.label[locale], status, (s) => this.onSubItemChange(n, item.key, s), 'sub-item')}
                </li>`;
              })}
            </ul>`
        : nothing}
    </div>`;
  }

  /** Owner, note and evidence behind a disclosure, so ten points stay scannable; saved with a button. */
  private renderForm(definition: RoutekaartPointDefinition, point: RoutekaartPoint) {
    const m = this.m;
    const n = definition.number;
    const form = this.formOf(n);
    // The evidence fields come from the form kit; their ids stay `evidence-<n>-title|url`.
    const evidenceCtx: FieldContext<EvidenceForm> = {
      values: form,
      texts: { optional: '', errorPrefix: '' },
      errorOf: (key) => (key === 'title' ? form.titleError : key === 'url' ? form.urlError : undefined),
      locale: this.locale,
      idPrefix: `evidence-${n}-`,
    };
    const saved = this.pointOf(n);
    const dirty = saved ? !sameUpdate(toUpdate(saved), this.valuesOf(n)) : false;
    const error = this.pointErrors.get(n);
    const noteWarning = bsnWarningText(point.note ?? '', this.locale);
    return html`<details class="point-form controls" ?open=${this.openForms.has(n)} @toggle=${(e: Event) => this.onFormToggle(n, e)}>
      <summary>${m.editDetails}</summary>
      <div class="field">
        <label for="owner-${n}">${m.owner}</label>
        <span class="hint" id="owner-${n}-hint">${m.ownerHint}</span>
        <input type="text" id="owner-${n}" maxlength="200" autocomplete="off" aria-describedby="owner-${n}-hint"
          .value=${live(point.owner ?? '')} @input=${(e: Event) => this.onTextInput(n, 'owner', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="note-${n}">${m.note}</label>
        <span class="hint" id="note-${n}-hint">${m.noteHint}</span>
        <textarea id="note-${n}" maxlength="4000" aria-describedby="note-${n}-hint${noteWarning ? ` ${bsnWarningId(`note-${n}`)}` : ''}"
          .value=${live(point.note ?? '')} @input=${(e: Event) => this.onTextInput(n, 'note', (e.target as HTMLTextAreaElement).value)}></textarea>
        ${renderBsnWarning(`note-${n}`, noteWarning, this.locale)}
      </div>
      <h4 id="evidence-${n}-heading" tabindex="-1">${m.evidenceHeading}</h4>
      ${point.evidence.length === 0
        ? html`<p>${m.noEvidence}</p>`
        : html`<ul class="evidence-list">
            ${point.evidence.map(
              (e, index) => html`<li>
                ${isHttpUrl(e.url) ? html`<a href=${e.url} rel="noopener noreferrer" target="_blank">${e.title}</a>` : e.title}
                <button type="button" class="button link" @click=${() => this.removeEvidence(n, index)}>
                  ${m.remove}<span class="visually-hidden"> ${e.title}</span>
                </button>
              </li>`,
            )}
          </ul>`}
      <fieldset class="evidence-form"
        @input=${{ capture: true, handleEvent: (e: Event) => this.onEvidenceInput(n, e) }}
        @blur=${{ capture: true, handleEvent: (e: Event) => (e.target as HTMLElement).dataset?.field === 'url' && this.onUrlBlur(n) }}
        @keydown=${(e: KeyboardEvent) => (e.target as HTMLElement).dataset?.field && this.addOnEnter(e, n)}>
        <legend>${m.addEvidence}</legend>
        ${textField(evidenceCtx, 'title', m.evidenceTitle, { maxlength: 200 })}
        ${textField(evidenceCtx, 'url', m.evidenceUrl, { type: 'url', hint: m.evidenceUrlHint, maxlength: 2048, inputmode: 'url' })}
        <button type="button" class="button secondary" data-action="add-evidence" @click=${() => this.addEvidence(n)}>${m.addEvidence}</button>
      </fieldset>
      <div class="point-actions">
        <button type="button" class="button" data-action="save" @click=${() => this.savePoint(n, this.valuesOf(n))}>${m.savePoint(n)}</button>
      </div>
    </details>
    <p class="meta save-state" data-save-state>${this.saving.has(n) ? m.saving : dirty ? m.unsaved : this.lastSavedPoint === n ? m.savedShort : ''}</p>
    ${error ? html`<p class="point-error" role="alert">${error}</p>` : nothing}`;
  }

  private onFormToggle(n: number, event: Event) {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.openForms.has(n)) return;
    const forms = new Set(this.openForms);
    if (open) forms.add(n);
    else forms.delete(n);
    this.openForms = forms;
  }

  private renderConflict(n: number) {
    const conflict = this.conflicts.get(n);
    if (!conflict) return nothing;
    const m = this.m;
    const theirs = toUpdate(conflict.current.points[n - 1]);
    // One row per field both changed: their value and the user's side by side, the user picks one.
    const row = (field: PointField) => html`<fieldset class="conflict-field" data-field=${field}>
      <legend>${fieldLabel(field, this.locale)}</legend>
      <div class="conflict-versions">
        ${(['theirs', 'mine'] as const).map((side) => {
          const value = formatFieldValue(field, (side === 'mine' ? conflict.mine : theirs)[field], this.locale);
          return html`<label class="conflict-choice" data-version=${side}>
            <input
              type="radio"
              name="conflict-${n}-${field}"
              value=${side}
              .checked=${(conflict.choices[field] ?? 'mine') === side}
              @change=${() => this.choose(n, field, side)}
            />
            <span>${side === 'mine' ? m.conflictMine : m.conflictTheirs}: ${value}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
    return html`<div class="conflict" role="group" aria-labelledby="conflict-${n}-heading" data-conflict=${n}>
      <h4 id="conflict-${n}-heading" tabindex="-1">${m.conflictHeading}</h4>
      <p>${conflict.fields.length > 0 ? m.conflictIntro : m.conflictNone}</p>
      ${conflict.fields.map(row)}
      <div class="point-actions controls">
        <button type="button" class="button" data-action="keep-mine" @click=${() => this.keepMine(n)}>${m.keepMine}</button>
        <button type="button" class="button secondary" data-action="take-theirs" @click=${() => this.takeTheirs(n)}>${m.takeTheirs}</button>
      </div>
    </div>`;
  }

  // ── Figures ────────────────────────────────────────────────────────────────────────────

  private headlineState(): FigureState<HeadlineStatistics> {
    return this.figureState(this.headlineData, this.figures?.headline);
  }

  private reasonsState(): FigureState<ReasonStatistics> {
    return this.figureState(this.reasonsData, this.figures?.reasons);
  }

  private figureState<T, A extends readonly unknown[]>(data: DataController<T, A>, provided: T | null | undefined): FigureState<T> {
    if (this.noFigures) return { status: 'none' };
    if (this.figures !== undefined) return provided ? { status: 'ready', data: provided } : { status: 'none' };
    return (
      data.render<FigureState<T>>({
        ready: ({ value }) => ({ status: 'ready', data: value }),
        error: () => ({ status: 'error', retry: () => void data.run() }),
        loading: () => ({ status: 'loading' }),
      }) ?? { status: 'none' }
    );
  }

  // ── History ────────────────────────────────────────────────────────────────────────────

  private renderHistory(assessment: RoutekaartAssessment) {
    const m = this.m;
    const locale = this.locale;
    const history = this.historyData.state;
    const all = history.status === 'ready' ? history.value : [];
    const earlier = all
      // Only earlier (or same-day) assessments: the view says what changed *since* then.
      .filter((a) => a && a.id !== assessment.id && !assessmentProblem(a) && a.assessedOn <= assessment.assessedOn)
      .sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : a.assessedOn > b.assessedOn ? -1 : 0));
    const selected = earlier.find((a) => a.id === this.compareWith);
    const historyLoading = history.status === 'loading';
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      <h3 id="history-heading">${m.historyHeading}</h3>
      ${historyLoading
        ? html`<p role="status">${m.loading}</p>`
        : history.status === 'error'
          ? html`<div class="state error" role="alert">
              <p>${m.errorGeneric}</p>
              <button type="button" class="button secondary" @click=${() => this.historyData.run()}>${m.retry}</button>
            </div>`
          : earlier.length === 0
            ? html`<p>${m.noHistory}</p>`
            : html`<div class="field controls">
                <label for="compare">${m.compareLabel}</label>
                <select id="compare" .value=${live(this.compareWith)} @change=${(e: Event) => (this.compareWith = (e.target as HTMLSelectElement).value)}>
                  <option value="">${m.compareNone}</option>
                  ${earlier.map((a) => html`<option value=${a.id} ?selected=${a.id === this.compareWith}>${m.compareOption(formatDate(a.assessedOn, locale))}</option>`)}
                </select>
              </div>`}
      ${selected ? renderComparison(selected, assessment, m, locale) : nothing} ${this.renderChanges()}
    </section>`;
  }

  private renderChanges() {
    const m = this.m;
    return this.changesData.render({
      ready: ({ value }) => renderChangeLog(value, m, this.locale),
      error: () => html`<div class="state error" role="alert">
        <p>${m.errorGeneric}</p>
        <button type="button" class="button secondary" @click=${() => this.changesData.run()}>${m.retry}</button>
      </div>`,
      loading: () => html`<p role="status">${m.loading}</p>`,
    }) ?? nothing;
  }

}

function isAssessment(value: unknown): value is RoutekaartAssessment {
  return assessmentProblem(value) === null;
}
