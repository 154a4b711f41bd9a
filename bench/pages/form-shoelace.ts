// The same fields built with Shoelace (cherry-picked imports, light theme), with the same live
// classification feedback (deriveCase of the domain package) written into an aria-live region on sl-change.
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import {
  CLASSIFICATION_LABELS,
  EXEMPTION_GROUND_LABELS,
  LEAD_ROLES,
  LEAD_ROLE_LABELS,
  REASON_CODES,
  SCHOOL_TYPES,
  SCHOOL_TYPE_LABELS,
  EXEMPTION_GROUNDS,
  deriveCase,
  reason,
} from '@thuiszitters/domain';
import { expose } from './frame.js';
import { TODAY, absenceDates, loadTimes, typeAndWait, type Typed } from './form-timing.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const options = (items: ReadonlyArray<readonly [string, string]>) => items.map(([value, text]) => `<sl-option value="${value}">${escape(text)}</sl-option>`).join('');
const yesNo = (name: string, label: string, value = '') =>
  `<sl-radio-group name="${name}" label="${label}" value="${value}" required><sl-radio value="yes">Ja</sl-radio><sl-radio value="no">Nee</sl-radio></sl-radio-group>`;
const reasons = REASON_CODES.map((code) => [code, reason(code).label.nl] as const);

const markup = `<form novalidate aria-label="Melding thuiszitter">
<fieldset><legend>Leerling</legend>
  <p>Leerlingreferentie: LVS-BENCH-0001</p>
  <sl-input name="birthYearMonth" label="Geboortejaar en -maand" help-text="JJJJ-MM" value="2012-03" required></sl-input>
  <sl-input name="school" label="School" help-text="BRIN + vestiging, bijv. 12AB00" maxlength="6" required></sl-input>
  <sl-select name="schoolType" label="Schoolsoort" placeholder="Kies" required>${options(SCHOOL_TYPES.map((t) => [t, SCHOOL_TYPE_LABELS[t].nl]))}</sl-select>
  <sl-input name="municipalityCode" label="Gemeente (CBS-code)" maxlength="6" required></sl-input>
</fieldset>
<fieldset><legend>Verzuim</legend>
  ${yesNo('enrolled', 'Ingeschreven op een school?', 'yes')}
  <sl-input name="firstDayOfAbsence" type="date" label="Eerste verzuimdag" max="${TODAY}" value="2026-09-07" required></sl-input>
  ${yesNo('authorised', 'Geoorloofd verzuim?', 'no')}
  <sl-checkbox name="hasExemption">Er is een vrijstelling</sl-checkbox>
  <sl-select name="exemptionGround" label="Grond" placeholder="Kies">${options(EXEMPTION_GROUNDS.map((g) => [g, EXEMPTION_GROUND_LABELS[g].nl]))}</sl-select>
  <sl-input name="duoReportNumber" label="Meldingsnummer DUO (optioneel)"></sl-input>
</fieldset>
<div id="feedback" aria-live="polite"></div>
<fieldset><legend>Redenen</legend>
  <sl-select name="primaryReason" label="Hoofdreden" placeholder="Kies" required>${options(reasons)}</sl-select>
  <div role="group" aria-label="Andere redenen">${reasons.map(([value, text]) => `<sl-checkbox name="secondaryReasons" value="${value}">${escape(text)}</sl-checkbox>`).join('')}</div>
</fieldset>
<fieldset><legend>Regie</legend>
  <sl-input name="leadOrganisation" label="Organisatie (optioneel)" autocomplete="organization"></sl-input>
  <sl-select name="leadRole" label="Rol (optioneel)" placeholder="Kies">${options(LEAD_ROLES.map((r) => [r, LEAD_ROLE_LABELS[r].nl]))}</sl-select>
  <sl-input name="leadName" label="Naam (optioneel)" autocomplete="name"></sl-input>
  <sl-input name="leadSince" type="date" label="Sinds (optioneel)" max="${TODAY}"></sl-input>
</fieldset>
<fieldset><legend>Stem van leerling en ouders</legend>
  <sl-textarea name="pupilWishes" label="Wensen van de leerling (optioneel)" maxlength="2000"></sl-textarea>
  ${yesNo('pupilHeard', 'Is de leerling gehoord?')}
  <sl-textarea name="parentsWishes" label="Wensen van de ouders (optioneel)" maxlength="2000"></sl-textarea>
  ${yesNo('parentsHeard', 'Zijn de ouders gehoord?')}
</fieldset>
<fieldset><legend>Notities</legend><sl-textarea name="notes" label="Notities (optioneel)" maxlength="4000"></sl-textarea></fieldset>
<sl-button type="submit" variant="primary">Melding versturen</sl-button>
</form>`;

const host = document.getElementById('host')!;
host.innerHTML = markup;
const field = <T extends Element>(name: string) => host.querySelector<T>(`[name="${name}"]`)!;
const feedbackRegion = host.querySelector<HTMLElement>('#feedback')!;

function renderFeedback() {
  const value = (name: string) => String((field<HTMLInputElement>(name) as { value: unknown }).value ?? '');
  const derived = deriveCase(
    {
      birthYearMonth: value('birthYearMonth'),
      absence: { enrolled: value('enrolled') === 'yes', firstDayOfAbsence: value('firstDayOfAbsence'), authorised: value('authorised') === 'yes', exemption: null, duoReportNumber: null },
    },
    {},
    TODAY,
  );
  const lines = [`${CLASSIFICATION_LABELS[derived.classification].nl}: ${derived.daysAbsent} dagen verzuim`];
  if (derived.isThuiszitter) lines.push('Dit is een thuiszitter.');
  if (derived.daysLeft !== null) lines.push(`Norm van 3 maanden: uiterlijk ${derived.normDeadline} een aanbod (nog ${derived.daysLeft} dagen).`);
  const list = document.createElement('ul');
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  feedbackRegion.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Wat de gegevens betekenen' }), list);
}
host.addEventListener('sl-change', renderFeedback);
renderFeedback();

// Rendered when every Shoelace element is defined and has rendered.
const tags = [...new Set([...host.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('sl-')))];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all([...host.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].map((e) => e.updateComplete));

const input = () => field<SlInput>('firstDayOfAbsence').shadowRoot!.querySelector('input')!;
const loaded = await loadTimes(input, () => feedbackRegion);

expose({
  loaded: () => loaded,
  async type(count: number) {
    const times: Typed[] = [];
    for (const date of absenceDates(count)) times.push(await typeAndWait(input(), date, feedbackRegion));
    return times;
  },
});
