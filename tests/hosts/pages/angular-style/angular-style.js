// What an Angular template compiles to: [property] bindings set from a state object after every
// change ("change detection"), (event) bindings as listeners. No attributes for data.
import { loadExamples } from '../shared/examples.js';
import { hostLog } from '../shared/host-kit.js';

const form = document.getElementById('melding');
const timeline = document.getElementById('timeline');
const data = await loadExamples();
// Bound once, like a component field: the same object on every change detection.
const prefill = { birthYearMonth: '2012-03', school: { brin: '12AB', vestiging: '00' }, schoolType: 'vo', municipalityCode: 'GM9901' };
const state = { lang: 'nl', pupilRef: 'LVS-NG-0001', case: data.case, events: data.events };

function detectChanges() {
  document.getElementById('title').textContent = `Leerling ${state.pupilRef}`;
  form.lang = state.lang;
  form.pupilRef = state.pupilRef;
  form.today = '2026-11-20';
  form.prefill = prefill;
  timeline.lang = state.lang;
  timeline.today = '2026-11-20';
  timeline.canAdd = true;
  timeline.case = state.case;
  timeline.events = state.events;
}

form.addEventListener('tz-melding-submit', (event) => hostLog(`submit ${event.detail.payload.pupilRef} ${event.detail.payload.municipalityCode}`));
timeline.addEventListener('tz-event-add', (event) => {
  const { caseId, event: added } = event.detail;
  hostLog(`event ${added.type}`);
  state.events = [
    ...state.events,
    {
      id: crypto.randomUUID(),
      caseId,
      type: added.type,
      occurredOn: added.occurredOn,
      recordedAt: new Date().toISOString(),
      actor: { organisation: '12AB00', role: 'school', name: null },
      summary: added.summary ?? '',
      data: added.data ?? {},
      derived: false,
    },
  ];
  detectChanges();
});
document.getElementById('switch-lang').addEventListener('click', () => {
  state.lang = state.lang === 'nl' ? 'en' : 'nl';
  detectChanges();
});
document.getElementById('next-pupil').addEventListener('click', () => {
  state.pupilRef = 'LVS-NG-0002';
  detectChanges();
});
detectChanges();
