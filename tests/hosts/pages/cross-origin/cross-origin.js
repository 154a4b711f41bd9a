// The LVS runs on its own origin; the API on another. The pupil reference comes from ?pupil=.
import { connectProvider, hostLog } from '../shared/host-kit.js';

const form = document.getElementById('melding');
form.setAttribute('pupil-ref', new URLSearchParams(location.search).get('pupil') ?? 'LVS-CROSS-0001');
form.addEventListener('tz-melding-created', (event) => hostLog(`created ${event.detail.case.id}`));
document.getElementById('provider').addEventListener('tz-reference-data-error', () => hostLog('reference data failed'));
await connectProvider(document.getElementById('provider'));
