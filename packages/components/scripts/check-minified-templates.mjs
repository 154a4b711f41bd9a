#!/usr/bin/env node
// `node scripts/check-minified-templates.mjs`: proves that minifying the html`` and svg`` templates
// of the element sources (as rollup.config.mjs does) keeps the same DOM. Every template is parsed
// before and after minification with an HTML parser (parse5, svg`` inside <svg> as Lit does) and
// the trees are compared: same elements, attributes, values and text, where a run of whitespace
// counts as one space (which is what the browser renders). Exit code 1 on any difference.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { parseFragment } from 'parse5';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
import { minifyTemplateOptions } from './bundle-plugins.mjs';

const src = fileURLToPath(new URL('../src', import.meta.url));
const files = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-support'));

const isMarkup = (t) => /html|svg/i.test(t.tag ?? '');
// An expression becomes a token that is valid as text, attribute value and attribute name.
const joinParts = (t) => t.parts.map((p) => p.text).join('tzexpr');

function tree(template) {
  const markup = joinParts(template);
  const svg = /svg/i.test(template.tag);
  const fragment = parseFragment(svg ? `<svg>${markup}</svg>` : markup);
  return normalise(fragment, false);
}

function normalise(node, pre) {
  if (node.nodeName === '#comment') return null;
  if (node.nodeName === '#text') return pre ? node.value : node.value.replace(/\s+/g, ' ');
  const attrs = (node.attrs ?? []).map((a) => `${a.name}=${JSON.stringify(a.value.replace(/\s+/g, ' ').trim())}`).sort();
  const inPre = pre || ['pre', 'textarea'].includes(node.nodeName);
  const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]
    .map((c) => normalise(c, inPre))
    .filter((c) => c !== null)
    // The minifier may merge adjacent text nodes (a removed comment between them).
    .reduce((acc, c) => (typeof c === 'string' && typeof acc.at(-1) === 'string' ? [...acc.slice(0, -1), (acc.at(-1) + c).replace(/\s+/g, ' ')] : [...acc, c]), []);
  return { tag: node.nodeName, attrs, children };
}

let templates = 0;
const problems = [];
for (const file of files) {
  const path = join(src, file);
  const source = readFileSync(path, 'utf8');
  const before = parseLiterals(source, { fileName: path }).filter(isMarkup);
  if (before.length === 0) continue;
  const result = await minifyHTMLLiterals(source, { ...structuredClone(minifyTemplateOptions), fileName: path });
  const after = result ? parseLiterals(result.code, { fileName: path }).filter(isMarkup) : before;
  if (after.length !== before.length) {
    problems.push(`${file}: ${before.length} templates before, ${after.length} after`);
    continue;
  }
  before.forEach((template, i) => {
    templates++;
    const a = JSON.stringify(tree(template));
    const b = JSON.stringify(tree(after[i]));
    if (a !== b) problems.push(`${relative(src, path)} template ${i + 1} (${template.tag}):\n  before ${a.slice(0, 400)}\n  after  ${b.slice(0, 400)}`);
  });
}

console.log(`${templates} html/svg templates in ${files.length} files compared before and after minification.`);
if (problems.length > 0) {
  console.error(`${problems.length} differ:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Same DOM in every template.');
