// The host page's script under a strict CSP with Trusted Types: no innerHTML, no inline code.
import { connectProvider, hostLog } from '../shared/host-kit.js';

const caseId = new URLSearchParams(location.search).get('case');
if (caseId) document.getElementById('timeline').setAttribute('case-id', caseId);
document.getElementById('melding').addEventListener('tz-melding-created', (event) => hostLog(`created ${event.detail.case.id}`));
await connectProvider(document.getElementById('provider'));
document.getElementById('routekaart').addEventListener('tz-routekaart-saved', (event) => hostLog(`routekaart saved ${event.detail.pointNumber}`));
