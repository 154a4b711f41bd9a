// The host page's own script, as an LVS vendor would write it: get a token for the signed-in
// user (here from the development issuer), hand it to <tz-provider>, and show the sections whose
// elements the loaded bundle defines. Only textContent and createElement touch the DOM, so it runs under a strict
// CSP with Trusted Types.

const body = document.body;
const role = body.dataset.role;
const organisation = body.dataset.organisation;
const user = body.dataset.user;
const pupilRef = body.dataset.pupilRef;
const provider = document.getElementById('provider');
const status = document.getElementById('token-status');
const apiBase = new URL('/v1/', location.href).href;

// ── Token: fetched on demand, kept in memory until shortly before it expires ────────────────
let cachedToken = null;
async function getToken() {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 30_000) return cachedToken.value;
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation, name: user }),
  });
  if (!response.ok) {
    status.textContent =
      response.status === 404
        ? 'Deze server geeft geen ontwikkeltokens uit (productiemodus): de onderdelen kunnen geen gegevens laden.'
        : `Er kon geen token worden opgehaald (status ${response.status}).`;
    throw new Error(`token request failed: ${response.status}`);
  }
  const { accessToken, expiresIn } = await response.json();
  cachedToken = { value: accessToken, expiresAt: Date.now() + expiresIn * 1000 };
  return accessToken;
}

async function api(path) {
  const response = await fetch(new URL(path, apiBase), { headers: { authorization: `Bearer ${await getToken()}`, accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// ── Which elements exist ────────────────────────────────────────────────────────────────────
function markElementStatus() {
  for (const item of document.querySelectorAll('[data-element-status]')) {
    const defined = customElements.get(item.dataset.elementStatus) !== undefined;
    item.classList.toggle('is-defined', defined);
    item.querySelector('.element-state').textContent = defined ? 'beschikbaar' : 'nog niet beschikbaar';
  }
}

function showDefinedSections() {
  let shown = 0;
  for (const section of document.querySelectorAll('section[data-element]')) {
    const defined = customElements.get(section.dataset.element) !== undefined;
    // The dashboard contains the reason chart: show the chart on its own only without it.
    const replaced = section.dataset.replacedBy !== undefined && customElements.get(section.dataset.replacedBy) !== undefined;
    section.hidden = !defined || replaced;
    if (!section.hidden) shown++;
  }
  document.getElementById('no-elements').hidden = shown > 0;
}

// ── Language: the provider's lang drives every element inside it ─────────────────────────────
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    provider.setAttribute('lang', button.dataset.lang);
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}

// ── The worklist (swv, leerplicht): <tz-case-list> → <tz-case-timeline> beside it ────────────
function connectWorklist() {
  const list = document.getElementById('case-list');
  const timeline = document.getElementById('case-timeline');
  const empty = document.getElementById('timeline-empty');
  if (!list || !timeline) return;
  list.addEventListener('tz-case-selected', (event) => {
    timeline.setAttribute('case-id', event.detail.caseId);
    timeline.hidden = false;
    if (empty) empty.hidden = true;
    // On a narrow screen the timeline is below the list: bring it into view.
    if (timeline.getBoundingClientRect().top > window.innerHeight) timeline.scrollIntoView({ block: 'start' });
  });
  // A dashboard tile asks for its list of cases: show it and move there.
  const dashboard = document.querySelector('tz-dashboard');
  dashboard?.addEventListener('tz-filter-requested', async (event) => {
    await customElements.whenDefined('tz-case-list');
    list.applyFilter(event.detail.filter);
    document.getElementById('casussen').scrollIntoView({ block: 'start' });
    document.getElementById('casussen-title').focus();
  });
}

// ── The pupil's own case (school): edit it if there is one, else report a new one ─────────────
async function connectPupilCase() {
  const form = document.getElementById('melding-form');
  const timeline = document.getElementById('case-timeline');
  const empty = document.getElementById('timeline-empty');
  if (!form || !timeline) return;
  const showCase = (id) => {
    form.setAttribute('case-id', id);
    timeline.setAttribute('case-id', id);
    timeline.hidden = false;
    if (empty) empty.hidden = true;
  };
  form.addEventListener('tz-melding-created', (event) => showCase(event.detail.case.id));
  timeline.hidden = true;
  try {
    const { items } = await api(`cases?status=open&q=${encodeURIComponent(pupilRef)}&limit=1`);
    if (items[0]) showCase(items[0].id);
  } catch (error) {
    console.warn(error);
  }
}

// ── Start ────────────────────────────────────────────────────────────────────────────────────
provider.getToken = getToken;
// Set the base URL after the token function, so the provider's first requests carry a token.
provider.setAttribute('base-url', apiBase.replace(/\/$/, ''));
markElementStatus();
showDefinedSections();
if (role === 'school') void connectPupilCase();
else connectWorklist();
// Elements of a lazily loaded bundle may register later.
for (const name of ['tz-provider', 'tz-melding-form', 'tz-case-list', 'tz-case-timeline', 'tz-dashboard', 'tz-reason-chart', 'tz-routekaart-checklist']) {
  if (!customElements.get(name)) {
    void customElements.whenDefined(name).then(() => {
      markElementStatus();
      showDefinedSections();
    });
  }
}
