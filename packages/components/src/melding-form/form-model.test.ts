import { expect } from '@open-wc/testing';
import type { Case } from '@thuiszitters/sdk';
import { conflictRows, mergeOnServer } from './conflict.js';
import { EMPTY_VALUES, toCaseCreate, toCaseUpdate, validateValues, valuesFromCase, type MeldingValues } from './form-model.js';

// The contract's example case, served by the test runner from the repository root.
let caseExample: Case & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let exampleCase: Case;
before(async () => {
  caseExample = await (await fetch('/openapi/examples/case.json')).json();
  exampleCase = caseExample;
});
const valuesOf = (c: unknown): MeldingValues => ({ ...EMPTY_VALUES, ...valuesFromCase(c as Case) });

describe('melding-form model', () => {
  it('round-trips the contract example: case → form values → create body', () => {
    const values = valuesOf(exampleCase);
    expect(validateValues(values, '2026-11-20')).to.deep.equal({});
    const { pupilRef, birthYearMonth, school, schoolType, municipalityCode, absence, reasons, lead, voice, notes } = caseExample;
    expect(toCaseCreate(values, '2026-11-20')).to.deep.equal({ pupilRef, birthYearMonth, school, schoolType, municipalityCode, absence, reasons, lead, voice, notes });
  });

  it('does not ask whether absence is authorised without enrolment, and never sends that combination', () => {
    const values = { ...valuesOf(exampleCase), enrolled: 'no' as const, authorised: 'yes' as const };
    expect(validateValues({ ...values, authorised: '' }, '2026-11-20')).to.not.have.property('authorised');
    expect(toCaseCreate(values, '2026-11-20').absence.authorised).to.equal(false);
  });

  it('refuses a first day before birth and an art. 15 exemption for a 12-year-old', () => {
    const base = valuesOf(exampleCase);
    expect(validateValues({ ...base, birthYearMonth: '2014-03', firstDayOfAbsence: '2013-01-01' }, '2026-11-20').firstDayOfAbsence).to.deep.equal({ code: 'beforeBirth' });
    const young = { ...base, birthYearMonth: '2014-03', hasExemption: true, exemptionGround: 'vrijstelling15', exemptionFrom: '2026-09-01', exemptionTo: '2027-07-31' };
    expect(validateValues(young, '2026-11-20').exemptionGround).to.deep.equal({ code: 'exemption15' });
  });

  it('patches only the members that changed, nested objects whole', () => {
    const base = valuesOf(exampleCase);
    const next = { ...base, duoReportNumber: '', notes: 'Nieuw' };
    const patch = toCaseUpdate(toCaseCreate(base, '2026-11-20'), toCaseCreate(next, '2026-11-20'));
    expect(Object.keys(patch).sort()).to.deep.equal(['absence', 'notes']);
    expect(patch.absence).to.deep.equal({ ...caseExample.absence, duoReportNumber: null });
  });

  it('lists only fields the server changed, and merges choices onto the server version', () => {
    const base = valuesOf(exampleCase);
    const mine = { ...base, notes: 'Mijn notitie', leadName: 'Mijn regiehouder' };
    const server = { ...base, notes: 'Hun notitie', duoReportNumber: 'DUO-NIEUW' };
    const rows = conflictRows(base, mine, server);
    expect(rows.map((r) => r.key)).to.deep.equal(['duoReportNumber', 'notes']);
    // keep mine for notes (default), take theirs for the DUO number (default): my lead change stays
    expect(mergeOnServer(base, mine, server, {})).to.deep.equal({ notes: 'Mijn notitie', leadName: 'Mijn regiehouder' });
    // choosing the server's notes drops my notes edit
    expect(mergeOnServer(base, mine, server, { notes: 'server' })).to.deep.equal({ leadName: 'Mijn regiehouder' });
  });
});
