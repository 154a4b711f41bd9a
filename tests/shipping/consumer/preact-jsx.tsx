/** @jsxImportSource preact */
// Preact rendering the custom elements, with the generated JSX types.
import type {} from '@thuiszitters/components/jsx/preact';

export const page = (
  <tz-provider base-url="/v1">
    <tz-melding-form pupil-ref="LVS-000123" ontz-melding-created={(event) => console.log(event.detail.case.id)} />
  </tz-provider>
);

// @ts-expect-error headingLevel is a number
export const wrongProp = <tz-reason-chart headingLevel={{}} />;
