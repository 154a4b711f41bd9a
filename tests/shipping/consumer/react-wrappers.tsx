// React 19 with the generated @lit/react wrappers: typed properties and typed event props.
import { TzMeldingForm, TzReasonChart, TzProvider } from '@thuiszitters/react';

export function Report({ onCreated }: { onCreated: (id: string) => void }) {
  return (
    <TzProvider baseUrl="/v1" getToken={() => 'token'}>
      <TzMeldingForm pupilRef="LVS-000123" onTzMeldingCreated={(event) => onCreated(event.detail.case.id)} />
      <TzReasonChart headingLevel={3} onTzSchoolSelected={(event) => console.log(event.detail)} />
    </TzProvider>
  );
}

// @ts-expect-error pupilRef is a string
export const wrongProp = <TzMeldingForm pupilRef={123} />;
// @ts-expect-error the event detail has no `nope`
export const wrongDetail = <TzMeldingForm onTzMeldingCreated={(event) => event.detail.nope} />;
