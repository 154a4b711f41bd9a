// A React 19 app using the generated wrappers, bundled by tests/shipping/react-wrappers.test.ts
// and run in Chromium: props reach the element as properties, `on…` props receive its events.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TzMeldingForm } from '@thuiszitters/react';

declare global {
  interface Window {
    tzReactLog: string[];
  }
}
window.tzReactLog = [];

function App() {
  return (
    <TzMeldingForm
      pupilRef="LVS-000123"
      today="2026-11-20"
      lang="en"
      onTzMeldingInvalid={(event) => window.tzReactLog.push(`invalid:${Object.keys(event.detail.errors).length}`)}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
