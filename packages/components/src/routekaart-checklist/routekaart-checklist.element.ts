import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ROUTEKAART_POINTS, ROUTEKAART_SOURCE, todayInAmsterdam, type AssessmentStatus, type RoutekaartPointDefinition } from '@thuiszitters/domain';
import { ThuiszittersError, type RoutekaartAssessment, type RoutekaartChange, type RoutekaartPointUpdate } from '@thuiszitters/sdk';
import { errorText } from '../base/errors.js';
import { labelOf } from '../shared/labels.js';
import { TzElement } from '../base/tz-element.js';
import { printElement } from '../base/print-scope.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { formatDate } from '../i18n/locale.js';
import { downloadCsv } from '../shared/download.js';
import { formStyles } from '../form/form.styles.js';
import { assessmentProblem, progressOf, type RoutekaartPoint } from './assessment-model.js';
import { assessmentToCsv } from './csv.js';
import { FIGURE_POINTS, figuresPeriod, figureStateOf, reasonFiguresPeriod, renderFigures, type RoutekaartFigures } from './figures.js';
import { messages, type RoutekaartMessages } from './messages.js';
import { checklistStyles } from './routekaart-checklist.styles.js';
import { statusIcon } from './status-icons.js';
import { renderHistory } from './history-view.js';
import { PointEditing } from './point-editing.js';
import { EvidenceForms } from './evidence-form.js';
import { renderStatusControls, renderValues, type PointViewContext } from './point-view.js';
import { renderPointForm } from './point-form.js';
import { renderConflict } from './conflict-view.js';
import { renderEmpty, renderError, renderLoading } from './checklist-states.js';

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

  /** Points whose details disclosure the user opened (kept open across re-renders). */
  @state() private openForms = new Set<number>();
  @state() private forbidden = false;
  @state() private announcement = '';
  @state() private compareWith = '';
  @state() private starting = false;
  @state() private startError = '';

  /** Drafts, saves, conflicts and undo of the points (point-editing.ts). */
  private readonly editing = new PointEditing(this, {
    pointOf: (n) => this.shown?.points[n - 1],
    controlled: () => this.mode === 'controlled',
    readOnly: () => this.isReadOnly,
    client: () => this.activeClient,
    assessment: () => this.loaded,
    setAssessment: (assessment) => (this.loaded = assessment),
    emitChange: (pointNumber, update) => this.emit('tz-routekaart-point-change', { pointNumber, update }),
    emitSaved: (pointNumber, assessment) => this.emit('tz-routekaart-saved', { pointNumber, assessment }),
    forbidden: () => {
      this.forbidden = true;
      this.announce(this.m.readOnlyForbidden);
    },
    announce: (text) => this.announce(text),
    messages: () => this.m,
    pointName: (n) => this.pointName(n),
  });

  /** The "add evidence" form of each point; a valid one is saved with the point. */
  private readonly evidence = new EvidenceForms(this, (n, added) => {
    const values = this.editing.valuesOf(n);
    return this.editing.save(n, { ...values, evidence: [...values.evidence, added] });
  });

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
    if (changed.has('assessment') && this.assessment !== undefined && !assessmentProblem(this.assessment)) this.editing.dropSettledDrafts(this.assessment);
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

  private resetEditing() {
    this.editing.reset();
    this.compareWith = '';
  }

  private pointName(n: number): string {
    return this.m.pointLabel(n, ROUTEKAART_POINTS[n - 1].title[this.locale]);
  }

  private announce(text: string) {
    // Clear first, so the same words twice in a row are announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private async removeEvidence(n: number, index: number) {
    const values = this.editing.valuesOf(n);
    const saved = this.editing.save(n, { ...values, evidence: values.evidence.filter((_, i) => i !== index) });
    await this.updateComplete;
    this.editing.focus(`#evidence-${n}-heading`);
    await saved;
  }

  private onFormToggle(n: number, open: boolean) {
    if (open === this.openForms.has(n)) return;
    const forms = new Set(this.openForms);
    if (open) forms.add(n);
    else forms.delete(n);
    this.openForms = forms;
  }

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
      this.editing.focus('#heading');
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
      invalid: () => renderError(m, m.badData),
      'no-client': () => html`<div class="state" part="base"><p>${m.noClient}</p></div>`,
      loading: () => renderLoading(m),
      error: ({ error }) =>
        renderError(
          m,
          errorText(error, this.locale, { network: m.errorNetwork, notFound: m.errorNotFound, forbidden: m.errorForbidden, generic: m.errorGeneric }),
          () => void this.assessmentData.run(),
        ),
      ready: ({ value }) =>
        value
          ? this.renderChecklist(value)
          : renderEmpty(m, {
              readOnly: this.isReadOnly,
              forbidden: this.forbidden,
              canStart: !this.isReadOnly && Boolean(this.organisation),
              starting: this.starting,
              startError: this.startError,
              onStart: () => void this.startAssessment(),
            }),
    });
  }

  private renderChecklist(assessment: RoutekaartAssessment) {
    const m = this.m;
    const locale = this.locale;
    const display = { ...assessment, points: assessment.points.map((p) => ({ ...p, ...this.editing.valuesOf(p.number) })) };
    const progress = progressOf(display);
    const undoPoint = this.editing.lastChange?.pointNumber;
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
            ? html`<button type="button" class="button secondary" data-action="undo" @click=${() => this.editing.undo()}>${m.undo(this.pointName(undoPoint))}</button>`
            : nothing}
        </div>
        <p class="announcement" role="status">${this.announcement}</p>
        ${this.startError ? html`<p class="point-error" role="alert">${this.startError}</p>` : nothing}
      </div>
      <ol class="points" part="points" aria-label=${m.pointsHeading}>
        ${ROUTEKAART_POINTS.map((definition) => this.renderPoint(definition, display.points[definition.number - 1]))}
      </ol>
      <p class="credit">${ROUTEKAART_SOURCE.credit[locale]}</p>
      ${renderHistory(assessment, {
        m,
        locale,
        history: this.historyData.state,
        changes: this.changesData.state,
        compareWith: this.compareWith,
        onCompare: (id) => (this.compareWith = id),
        retryHistory: () => void this.historyData.run(),
        retryChanges: () => void this.changesData.run(),
      })}
    </section>`;
  }

  private renderPoint(definition: RoutekaartPointDefinition, point: RoutekaartPoint) {
    const m = this.m;
    const locale = this.locale;
    const n = definition.number;
    const ctx: PointViewContext = { m, locale, readOnly: this.isReadOnly };
    const figureKind = FIGURE_POINTS[n as keyof typeof FIGURE_POINTS];
    const figures = figureKind
      ? renderFigures(
          figureKind,
          figureStateOf(this.headlineData, { noFigures: this.noFigures, hostFigures: this.figures, provided: this.figures?.headline }),
          figureStateOf(this.reasonsData, { noFigures: this.noFigures, hostFigures: this.figures, provided: this.figures?.reasons }),
          { m, locale, taxonomy: this.referenceData?.reasons ?? [] },
        )
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
      ${renderConflict(n, this.editing.conflicts.get(n), m, locale, {
        choose: (field, side) => this.editing.choose(n, field, side),
        keepMine: () => this.editing.keepMine(n),
        takeTheirs: () => void this.editing.takeTheirs(n),
      })}
      ${this.isReadOnly ? nothing : renderStatusControls(definition, point, ctx, { status: (s) => this.onStatus(n, s), subItem: (key, s) => this.onSubItem(n, key, s) })}
      ${renderValues(definition, point, ctx)} ${this.isReadOnly ? nothing : this.renderForm(n, point, ctx)}
    </li>`;
  }

  private onStatus(n: number, status: AssessmentStatus) {
    void this.editing.save(n, { ...this.editing.valuesOf(n), status });
  }

  private onSubItem(n: number, key: string, status: AssessmentStatus) {
    const values = this.editing.valuesOf(n);
    void this.editing.save(n, { ...values, subItems: (values.subItems ?? []).map((s) => (s.key === key ? { ...s, status } : s)) });
  }

  private renderForm(n: number, point: RoutekaartPoint, ctx: PointViewContext) {
    const { m } = ctx;
    const editing = this.editing;
    return renderPointForm(n, point, {
      ...ctx,
      open: this.openForms.has(n),
      onToggle: (open) => this.onFormToggle(n, open),
      onText: (field, value) => editing.setDraft(n, { ...editing.valuesOf(n), [field]: value }),
      onRemoveEvidence: (index) => void this.removeEvidence(n, index),
      onSave: () => void editing.save(n, editing.valuesOf(n)),
      evidenceForm: this.evidence.render(n, m, ctx.locale),
      saveState: editing.saving.has(n) ? m.saving : editing.isDirty(n) ? m.unsaved : editing.lastSavedPoint === n ? m.savedShort : '',
      error: editing.errors.get(n),
    });
  }
}
