import { bindExamples, loadExamples } from '../shared/examples.js';
import { hostLog } from '../shared/host-kit.js';

bindExamples(await loadExamples());
document.getElementById('melding').addEventListener('tz-melding-submit', (event) => hostLog(`melding submit ${event.detail.payload.pupilRef}`));
document.getElementById('timeline').addEventListener('tz-event-add', (event) => hostLog(`event add ${event.detail.event.type}`));
