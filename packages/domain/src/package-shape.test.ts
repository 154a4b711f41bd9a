import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as domain from './index.js';
import type { LabelTable } from './labels.js';

const srcDir = new URL('.', import.meta.url);
const sources = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.includes('.test'));

describe('package shape', () => {
  it('imports only its own modules, so it runs in browsers without dependencies', () => {
    for (const file of sources) {
      const text = readFileSync(new URL(file, srcDir), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier, `${file}`).toMatch(/^\.\/[a-z-]+\.js$/);
    }
  });

  it('re-exports every module from the index', () => {
    const index = readFileSync(new URL('index.ts', srcDir), 'utf8');
    for (const file of sources.filter((f) => f !== 'index.ts')) {
      expect(index, file).toContain(`'./${file.replace(/\.ts$/, '.js')}'`);
    }
    expect(typeof domain.deriveCase).toBe('function');
  });

  it('makes a missing translation a compile error', () => {
    // @ts-expect-error: 'en' is missing
    const missingLocale: LabelTable<'a'> = { a: { nl: 'A' } };
    // @ts-expect-error: code 'b' is missing
    const missingCode: LabelTable<'a' | 'b'> = { a: { nl: 'A', en: 'A' } };
    expect(missingLocale.a.nl).toBe('A');
    expect(missingCode.a.en).toBe('A');
  });
});
