// Plain DOM with a bundler: one per-element entry registers its tag and brings the types.
import '@thuiszitters/components/melding-form.js';
import type {} from '@thuiszitters/components/thuiszitters.js';
import { TzMeldingFormElement as FormClass } from '@thuiszitters/components/melding-form/class.js';
import { TzReasonChartElement, defineElement } from '@thuiszitters/components';

const form = document.createElement('tz-melding-form');
form.pupilRef = 'LVS-000123';
form.addEventListener('tz-melding-created', (event) => {
  const id: string = event.detail.case.id;
  console.log(id);
});
// @ts-expect-error pupilRef is a string
form.pupilRef = 123;

// The drop-in bundle's types put every tag in HTMLElementTagNameMap.
const chart: TzReasonChartElement = document.createElement('tz-reason-chart');
chart.headingLevel = 3;

// Class-only entry: register under another name (scoped or renamed registration).
defineElement('lvs-melding-form', class extends FormClass {});
