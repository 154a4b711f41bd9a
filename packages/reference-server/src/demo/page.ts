// The demo host page: a plain, server-rendered "LVS" page (menu, pupil header, tabs) that embeds
// the kit's elements the way a vendor would: one module script of the drop-in bundle, a
// <tz-provider> around the elements, and the host's own script (assets/demo.js) that hands the
// provider a token. No inline script or style, so it runs under a strict CSP.

export type DemoRole = 'school' | 'swv' | 'leerplicht';

export const DEMO_ROLES: Record<DemoRole, { label: string; organisation: string; organisationName: string; user: string }> = {
  school: { label: 'School', organisation: '12AB00', organisationName: 'Voorbeeld College', user: 'Zorgcoördinator (demo)' },
  swv: { label: 'Samenwerkingsverband', organisation: 'VO2801', organisationName: 'Samenwerkingsverband Voorbeeldregio', user: 'Consulent SWV (demo)' },
  leerplicht: { label: 'Leerplicht', organisation: 'GM9901', organisationName: 'Gemeente Voorbeeldstad', user: 'Leerplichtambtenaar (demo)' },
};

export function isDemoRole(value: unknown): value is DemoRole {
  return value === 'school' || value === 'swv' || value === 'leerplicht';
}

/** The fictional pupil of the pupil header (a seeded case at Voorbeeld College). */
export const DEMO_PUPIL = { ref: 'LVS-000123', group: '2B', school: '12AB00', schoolName: 'Voorbeeld College', schoolType: 'vo', municipality: 'GM9901' };

/** The elements the page can show, in page order; each section renders only when its element is defined. */
export const DEMO_ELEMENTS = ['tz-provider', 'tz-melding-form', 'tz-case-list', 'tz-case-timeline', 'tz-dashboard', 'tz-reason-chart', 'tz-routekaart-checklist'] as const;

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: string) => value.replace(/[&<>"']/g, (ch) => escapeMap[ch]);

interface Section {
  element: (typeof DEMO_ELEMENTS)[number];
  /** Hide this section when that element is defined (it already contains this one). */
  replacedBy?: (typeof DEMO_ELEMENTS)[number];
  id: string;
  title: string;
  intro: string;
  body: string;
}

function sectionsFor(role: DemoRole): Section[] {
  const org = DEMO_ROLES[role].organisation;
  const sections: Section[] = [];
  if (role === 'school') {
    sections.push({
      element: 'tz-melding-form',
      id: 'melding',
      title: 'Melding thuiszitter',
      intro: `Meld ${DEMO_PUPIL.ref} bij het samenwerkingsverband, of werk de lopende melding bij.`,
      body: `<tz-melding-form id="melding-form" pupil-ref="${esc(DEMO_PUPIL.ref)}" school="${esc(DEMO_PUPIL.school)}" school-type="${esc(DEMO_PUPIL.schoolType)}" municipality="${esc(DEMO_PUPIL.municipality)}"></tz-melding-form>`,
    });
    sections.push({
      element: 'tz-case-timeline',
      id: 'tijdlijn',
      title: 'Tijdlijn van de casus',
      intro: `Alles wat er rond ${DEMO_PUPIL.ref} is gebeurd, met de termijn van drie maanden.`,
      body: '<p class="demo-empty" id="timeline-empty">Deze leerling heeft geen lopende casus.</p><tz-case-timeline id="case-timeline" can-add></tz-case-timeline>',
    });
  } else {
    // The worklist: the SWV starts with the cases that need attention now, leerplicht with every
    // open case of its municipality. Choosing one opens its timeline beside the list.
    sections.push({
      element: 'tz-case-list',
      id: 'casussen',
      title: role === 'swv' ? 'Casussen in de regio' : 'Casussen in de gemeente',
      intro: 'Kies een casus om de tijdlijn ernaast te zien.',
      body:
        '<div class="worklist">' +
        `<tz-case-list id="case-list" preset="${role === 'swv' ? 'needs-attention' : 'open'}" heading-level="3"></tz-case-list>` +
        '<div class="worklist-case" id="worklist-case">' +
        '<p class="demo-empty" id="timeline-empty">Kies een casus in de lijst om de tijdlijn te zien.</p>' +
        // Every role that sees a case may add events to it (the API allows it; leerplicht too).
        '<tz-case-timeline id="case-timeline" can-add hidden></tz-case-timeline>' +
        '</div></div>',
    });
  }
  sections.push({
    element: 'tz-dashboard',
    id: 'dashboard',
    title: role === 'school' ? 'Dashboard van de school' : 'Dashboard',
    intro: 'Kerncijfers over thuiszitters, redenen en scholen, vergeleken met vorig jaar.',
    // The host knows its user's role: an SWV or leerplicht gets reasons per whole school year only.
    // The title names what the figures cover: the school, the municipality (leerplicht) or the region.
    // Beside a case list, the tiles link to the matching list (tz-filter-requested, wired in demo.js).
    body: `<tz-dashboard${role === 'school' ? ` school="${esc(org)}" no-school-picker` : ' publication="school-year" list-links'}${role === 'leerplicht' ? ` area="municipality" area-name="${esc(DEMO_ROLES[role].organisationName)}"` : ''}></tz-dashboard>`,
  });
  sections.push({
    element: 'tz-reason-chart',
    replacedBy: 'tz-dashboard',
    id: 'redenen',
    title: role === 'school' ? 'Redenen bij deze school' : 'Redenen in de regio',
    intro: 'Waarom leerlingen thuiszitten, in deze periode en vergeleken met eerder.',
    body: `<tz-reason-chart${role === 'school' ? ` school="${esc(org)}" no-school-picker` : ' publication="school-year"'}></tz-reason-chart>`,
  });
  if (role === 'swv') {
    sections.push({
      element: 'tz-routekaart-checklist',
      id: 'routekaart',
      title: 'Routekaart thuiszitters',
      intro: 'De tien punten van de Routekaart "Passend onderwijs zonder thuiszitters" (Ingrado en Gedragswerk).',
      body: `<tz-routekaart-checklist organisation="${esc(org)}"></tz-routekaart-checklist>`,
    });
  }
  return sections;
}

export interface PageOptions {
  role: DemoRole;
  bundleAvailable: boolean;
}

export function renderDemoPage({ role, bundleAvailable }: PageOptions): string {
  const current = DEMO_ROLES[role];
  const roleLinks = (Object.keys(DEMO_ROLES) as DemoRole[])
    .map((r) =>
      r === role
        ? `<li><a href="?rol=${r}" aria-current="true">${esc(DEMO_ROLES[r].label)}</a></li>`
        : `<li><a href="?rol=${r}">${esc(DEMO_ROLES[r].label)}</a></li>`,
    )
    .join('');
  const elementList = DEMO_ELEMENTS.map(
    (name) => `<li data-element-status="${name}"><code>&lt;${name}&gt;</code> <span class="element-state">wordt gecontroleerd…</span></li>`,
  ).join('');
  const sections = sectionsFor(role)
    .map(
      (s) =>
        `<section class="demo-section" id="${s.id}" data-element="${s.element}"${s.replacedBy ? ` data-replaced-by="${s.replacedBy}"` : ''} aria-labelledby="${s.id}-title" hidden>` +
        `<h2 id="${s.id}-title" tabindex="-1">${esc(s.title)}</h2><p class="section-intro">${esc(s.intro)}</p>${s.body}</section>`,
    )
    .join('\n');
  const bundleNotice = bundleAvailable
    ? ''
    : '<p class="notice" role="status">De bundel met de elementen (<code>packages/components/dist/thuiszitters.js</code>) is nog niet gebouwd. ' +
      'Voer <code>npm run build</code> uit en laad de pagina opnieuw; tot dan toont deze pagina alleen het LVS zelf.</p>';
  const bundleScript = bundleAvailable ? '<script type="module" src="/assets/thuiszitters.js"></script>\n    ' : '';

  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Voorbeeld LVS – ${esc(DEMO_PUPIL.ref)} – Thuiszitters</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/assets/demo.css">
    ${bundleScript}<script type="module" src="/assets/demo.js"></script>
  </head>
  <body data-role="${role}" data-organisation="${esc(current.organisation)}" data-user="${esc(current.user)}" data-pupil-ref="${esc(DEMO_PUPIL.ref)}">
    <a class="skip-link" href="#inhoud">Naar de inhoud</a>
    <header class="lvs-header">
      <div class="lvs-brand"><span class="lvs-logo" aria-hidden="true">V</span> Voorbeeld LVS</div>
      <nav class="lvs-menu" aria-label="Hoofdmenu">
        <ul>
          <li><a href="#inhoud" aria-current="page">Leerlingen</a></li>
          <li><span>Groepen</span></li>
          <li><span>Verzuim</span></li>
          <li><span>Zorg en begeleiding</span></li>
          <li><span>Rapportages</span></li>
        </ul>
      </nav>
      <div class="lvs-user">${esc(current.user)} · ${esc(current.organisationName)}</div>
    </header>

    <div class="demo-bar">
      <nav class="role-switch" aria-label="Rol in deze demo">
        <span class="bar-label">Bekijk als:</span>
        <ul>${roleLinks}</ul>
      </nav>
      <div class="lang-switch" role="group" aria-label="Taal van de onderdelen">
        <span class="bar-label">Taal:</span>
        <button type="button" data-lang="nl" aria-pressed="true">Nederlands</button>
        <button type="button" data-lang="en" aria-pressed="false">English</button>
      </div>
    </div>

    <main id="inhoud">
      <section class="pupil-header" aria-label="Leerling">
        <div class="pupil-avatar" aria-hidden="true">L</div>
        <div>
          <h1>Leerling ${esc(DEMO_PUPIL.ref)}</h1>
          <p>Klas ${esc(DEMO_PUPIL.group)} · ${esc(DEMO_PUPIL.schoolName)} (${esc(DEMO_PUPIL.school)}) · voortgezet onderwijs · fictieve leerling</p>
        </div>
      </section>

      <nav class="pupil-tabs" aria-label="Leerlingdossier">
        <ul>
          <li><span>Overzicht</span></li>
          <li><span>Absenties</span></li>
          <li><a href="#inhoud" aria-current="page">Thuiszitters</a></li>
          <li><span>Documenten</span></li>
        </ul>
      </nav>

      <div class="tab-panel">
        ${bundleNotice}
        <p class="demo-status" id="token-status" role="status"></p>
        <tz-provider id="provider" lang="nl">
${sections}
        </tz-provider>
        <p class="demo-empty" id="no-elements" hidden>Er zijn nog geen onderdelen van de kit beschikbaar voor deze rol.</p>

        <details class="element-status">
          <summary>Welke onderdelen van de kit zijn geladen?</summary>
          <ul id="element-list">${elementList}</ul>
        </details>
      </div>
    </main>

    <footer class="lvs-footer">
      <p>Demonstratie van Thuiszitters Kit met verzonnen gegevens van "Samenwerkingsverband Voorbeeldregio". Geen echte leerlingen of scholen.</p>
      <p>Voor ontwikkelaars: <a href="/docs">API-referentie</a> · <a href="/docs/sdk/">SDK-referentie</a> · <a href="/v1/openapi.json">OpenAPI-document</a></p>
    </footer>
  </body>
</html>
`;
}
