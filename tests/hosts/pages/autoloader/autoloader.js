// A page that uses only <tz-provider> and <tz-melding-form>; the test adds a timeline later.
import { connectProvider, hostLog } from '../shared/host-kit.js';

const form = document.getElementById('melding');
form.setAttribute('pupil-ref', new URLSearchParams(location.search).get('ref') ?? 'LVS-AUTO-0001');
form.addEventListener('tz-melding-created', (event) => hostLog(`created ${event.detail.case.id}`));
await connectProvider(document.getElementById('provider'));
