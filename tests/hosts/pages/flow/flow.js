// One LVS screen for the end-to-end flow, configured by the query string:
//   ?role=school&organisation=12AB00&view=melding&pupil=<ref>   report a case
//   ?role=swv&organisation=VO2801&view=timeline&case=<id>&can-add  follow a case
//   ?role=swv&organisation=VO2801&view=chart                    the region's reasons (table view)
// The host logs what the elements tell it, so the test can read it from the page.
import { connectProvider, hostLog } from '../shared/host-kit.js';

const query = new URLSearchParams(location.search);
const provider = document.getElementById('provider');
const view = query.get('view');

function element(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) el.setAttribute(name, value);
  return el;
}

let el;
if (view === 'melding') {
  el = element('tz-melding-form', {
    'pupil-ref': query.get('pupil'),
    'birth-year-month': '2012-03',
    school: query.get('organisation'),
    'school-type': 'vo',
    municipality: 'GM9901',
  });
  el.addEventListener('tz-melding-created', (event) => hostLog(`created ${event.detail.case.id}`));
} else if (view === 'timeline') {
  el = element('tz-case-timeline', { 'case-id': query.get('case'), 'can-add': query.has('can-add') ? '' : null });
  el.addEventListener('tz-event-added', (event) => hostLog(`added ${event.detail.event.type}`));
  el.addEventListener('tz-event-add-error', (event) => hostLog(`add failed ${String(event.detail.error)}`));
} else if (view === 'chart') {
  el = element('tz-reason-chart', { view: 'table' });
}
if (el) provider.append(el);
await connectProvider(provider, { role: query.get('role'), organisation: query.get('organisation') });
