// React 19 rendering the custom elements directly (no wrapper), with the generated JSX types.
import type {} from '@thuiszitters/components/jsx/react';
import '@thuiszitters/components/all.js';

export const page = (
  <tz-provider base-url="/v1" lang="nl">
    <tz-melding-form pupil-ref="LVS-000123" draft-storage="session" ontz-melding-created={(event) => console.log(event.detail.case.id)} />
    <tz-reason-chart headingLevel={2} no-ranking />
  </tz-provider>
);

// @ts-expect-error draft-storage only takes 'session' or 'memory'
export const wrongAttribute = <tz-melding-form draft-storage="local" />;
// @ts-expect-error the event detail has no `nope`
export const wrongDetail = <tz-melding-form ontz-melding-created={(event) => event.detail.nope} />;
