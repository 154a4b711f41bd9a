// The LVS page's own script: connect the provider, show a case's timeline (?case=<id>), and note
// in the page log what the elements report.
import { connectProvider, hostLog } from '../shared/host-kit.js';

const caseId = new URLSearchParams(location.search).get('case');
if (caseId) document.getElementById('timeline').setAttribute('case-id', caseId);

document.getElementById('melding').addEventListener('tz-melding-created', (event) => {
  hostLog(`created ${event.detail.case.id}`);
});

await connectProvider(document.getElementById('provider'));
