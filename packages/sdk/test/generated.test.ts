// src/generated/schema.ts must be exactly what openapi-typescript makes of the current spec.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchema, schemaUrl } from '../scripts/generate.js';

describe('generated types', () => {
  it('are up to date with openapi/thuiszitters.yaml (run `npm run generate -w @thuiszitters/sdk`)', async () => {
    const fresh = await generateSchema();
    const committed = await readFile(schemaUrl, 'utf8');
    expect(committed === fresh, 'src/generated/schema.ts is stale: run `npm run generate -w @thuiszitters/sdk`').toBe(true);
  }, 30_000);
});
