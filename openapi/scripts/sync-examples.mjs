#!/usr/bin/env node
// Copies every openapi/examples/*.json into components/examples of openapi/thuiszitters.yaml as
// `value`, so that the spectral lint (oas3-valid-media-example) validates the very payloads the
// files hold. The files are the source of truth; tests/contract/spec.test.ts fails when the two
// drift apart. Run: node openapi/scripts/sync-examples.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const openapiDir = resolve(import.meta.dirname, '..');
const specPath = resolve(openapiDir, 'thuiszitters.yaml');
const examplesDir = resolve(openapiDir, 'examples');

const doc = parseDocument(readFileSync(specPath, 'utf8'));
const previous = doc.getIn(['components', 'examples'])?.toJSON() ?? {};
const examples = {};
for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(file, '.json');
  const value = JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
  examples[name] = {
    summary: previous[name]?.summary ?? name.replace(/-/g, ' '),
    description: `Kept in sync with openapi/examples/${file} by openapi/scripts/sync-examples.mjs.`,
    value,
  };
}
doc.setIn(['components', 'examples'], doc.createNode(examples));
writeFileSync(specPath, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
console.log(`synced ${Object.keys(examples).length} examples into ${specPath}`);
