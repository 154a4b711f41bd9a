// A React 19 app using the kit through @thuiszitters/react (built by Vite in the test). Plain
// createElement instead of JSX, so the build needs no plugin. Props go in as properties, events
// come back through the onTz… handlers, and host state changes re-render the elements.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TzCaseTimeline, TzMeldingForm, TzReasonChart } from '@thuiszitters/react';
import { loadExamples } from '../shared/examples.js';

const TODAY = '2026-11-20';

function App() {
  const [lang, setLang] = useState('nl');
  const [pupilRef, setPupilRef] = useState('LVS-REACT-0001');
  const [data, setData] = useState(null);
  const [log, setLog] = useState([]);
  const [events, setEvents] = useState([]);
  const note = (line) => setLog((lines) => [...lines, line]);

  useEffect(() => {
    void loadExamples().then((examples) => {
      setData(examples);
      setEvents(examples.events);
    });
  }, []);

  return h(
    'main',
    null,
    h('h1', null, `Leerling ${pupilRef}`),
    h(
      'p',
      null,
      h('button', { id: 'switch-lang', type: 'button', onClick: () => setLang((l) => (l === 'nl' ? 'en' : 'nl')) }, `Taal: ${lang}`),
      ' ',
      h('button', { id: 'next-pupil', type: 'button', onClick: () => setPupilRef('LVS-REACT-0002') }, 'Volgende leerling'),
    ),
    h(TzMeldingForm, {
      id: 'melding',
      lang,
      pupilRef,
      today: TODAY,
      birthYearMonth: '2012-03',
      school: '12AB00',
      schoolType: 'vo',
      municipality: 'GM9901',
      onTzMeldingSubmit: (event) => note(`submit ${event.detail.payload.pupilRef} ${event.detail.payload.reasons.primary}`),
      onTzMeldingInvalid: (event) => note(`invalid ${Object.keys(event.detail.errors).length}`),
    }),
    data &&
      h(TzCaseTimeline, {
        id: 'timeline',
        lang,
        today: TODAY,
        canAdd: true,
        case: data.case,
        events,
        onTzEventAdd: (event) => {
          const { caseId, event: added } = event.detail;
          note(`event ${added.type}`);
          // The host stores the event and binds the new list: the timeline shows it.
          setEvents((list) => [
            ...list,
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
          ]);
        },
      }),
    data && h(TzReasonChart, { id: 'chart', lang, today: TODAY, data: data.reasons, schools: data.schools }),
    h('ol', { id: 'host-log' }, log.map((line, i) => h('li', { key: i }, line))),
  );
}

createRoot(document.getElementById('root')).render(h(App));
