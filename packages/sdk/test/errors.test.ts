import { describe, expect, it } from 'vitest';
import { ConflictError, fieldPath, mapInvalidParams, ThuiszittersError } from '../src/index.js';

describe('fieldPath', () => {
  it.each([
    ['/absence/firstDayOfAbsence', 'absence.firstDayOfAbsence'],
    ['#/absence/firstDayOfAbsence', 'absence.firstDayOfAbsence'],
    ['absence.firstDayOfAbsence', 'absence.firstDayOfAbsence'],
    ['/reasons/secondary/1', 'reasons.secondary.1'],
    ['reasons.secondary[1]', 'reasons.secondary.1'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['limit', 'limit'],
  ])('%s → %s', (name, path) => {
    expect(fieldPath(name)).toBe(path);
  });
});

describe('mapInvalidParams', () => {
  const params = [
    { name: '/absence/firstDayOfAbsence', reason: 'Required.' },
    { name: 'absence.firstDayOfAbsence', reason: 'Second reason for the same field.' },
    { name: '/school/brin', reason: 'Unknown BRIN.' },
    { name: 'pupilRef', reason: 'Could be a BSN.' },
  ];

  it('keys by dotted path and keeps the first reason per field', () => {
    expect(mapInvalidParams(params)).toEqual({
      'absence.firstDayOfAbsence': 'Required.',
      'school.brin': 'Unknown BRIN.',
      pupilRef: 'Could be a BSN.',
    });
  });

  it('maps paths, and falls back to the nearest mapped ancestor, through a record', () => {
    expect(mapInvalidParams(params, { 'absence.firstDayOfAbsence': 'first-day', school: 'school-picker' })).toEqual({
      'first-day': 'Required.',
      'school-picker': 'Unknown BRIN.',
      pupilRef: 'Could be a BSN.',
    });
  });

  it('maps through a function', () => {
    expect(mapInvalidParams(params, (path) => (path.startsWith('absence') ? undefined : path.toUpperCase()))).toEqual({
      // `absence.firstDayOfAbsence` and `absence` both unmapped: the dotted path stays.
      'absence.firstDayOfAbsence': 'Required.',
      'SCHOOL.BRIN': 'Unknown BRIN.',
      PUPILREF: 'Could be a BSN.',
    });
  });

  it('ignores inherited keys of a record map', () => {
    expect(mapInvalidParams([{ name: 'constructor', reason: 'x' }], {})).toEqual({ constructor: 'x' });
  });

  it('gives an empty object for no invalidParams', () => {
    expect(mapInvalidParams(undefined)).toEqual({});
    expect(new ThuiszittersError('network', 'offline').fieldErrors()).toEqual({});
  });
});

describe('error classes', () => {
  it('are distinguishable by instanceof, name and kind', () => {
    const conflict = new ConflictError('412', { status: 412, problem: { title: 'Precondition Failed', status: 412, current: { version: 2 } } as never });
    const timeout = new ThuiszittersError('timeout', 'slow');
    expect(conflict).toBeInstanceOf(Error);
    expect(conflict).toBeInstanceOf(ThuiszittersError);
    expect(conflict.name).toBe('ConflictError');
    expect(conflict.kind).toBe('http');
    expect(conflict.current).toEqual({ version: 2 });
    expect(timeout).not.toBeInstanceOf(ConflictError);
    expect(timeout.name).toBe('ThuiszittersError');
    expect(timeout.kind).toBe('timeout');
  });
});
