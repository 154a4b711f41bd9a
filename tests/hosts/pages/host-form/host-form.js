// The LVS's own form handling: it logs (and, for the test, stops) its submit and reset, and the
// melding form runs in controlled mode (no client): its submit comes to the host as an event.
import { hostLog } from '../shared/host-kit.js';

const hostForm = document.getElementById('host-form');
hostForm.addEventListener('submit', (event) => {
  hostLog(`host submit by ${event.submitter?.id ?? 'implicit'}`);
  if (new URLSearchParams(location.search).has('stay')) event.preventDefault();
});
hostForm.addEventListener('reset', () => hostLog('host reset'));

const melding = document.getElementById('melding');
melding.addEventListener('tz-melding-submit', (event) => hostLog(`melding submit ${event.detail.payload.pupilRef} ${event.detail.payload.absence.firstDayOfAbsence}`));
melding.addEventListener('tz-melding-invalid', (event) => hostLog(`melding invalid ${Object.keys(event.detail.errors).join(',')}`));
