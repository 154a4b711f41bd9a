#!/usr/bin/env node
// After rollup and the manifest analyzer: writes the files of dist/ that are not compiled code.
//  - dist/theme.css                      every token with its default (copied from src/theme)
//  - dist/<name>/class.d.ts              types of the class-only entries
//  - dist/thuiszitters.d.ts              types of the autoloader (the tag and event maps, `discover`)
//  - dist/thuiszitters.bundle.d.ts       types of the single-file bundle (the tag and event maps)
//  - dist/jsx/react.d.ts, preact.d.ts    JSX IntrinsicElements for React 19 and Preact
//  - dist/vscode.html-custom-data.json   VS Code HTML completion (html.customData)
//  - dist/web-types.json                 JetBrains IDEs (package.json "web-types")
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readElements, stringLiterals } from './manifest.mjs';

// The build script may write into a staging folder (TZ_COMPONENTS_OUT_DIR) that replaces dist/ at the end.
const outDir = process.env.TZ_COMPONENTS_OUT_DIR ?? 'dist';
const at = (path) => fileURLToPath(new URL(`../${path.replace(/^dist\//, `${outDir}/`)}`, import.meta.url));
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const elements = readElements(at('custom-elements.json'));
if (elements.length === 0) throw new Error('custom-elements.json lists no element: did the analyzer run?');

copyFileSync(at('src/theme/theme.css'), at('dist/theme.css'));

for (const el of elements) {
  if (!existsSync(at(`dist/${el.folder}/class.js`))) continue;
  writeFileSync(at(`dist/${el.folder}/class.d.ts`), `export * from './${el.folder}.element.js';\n`);
}
writeFileSync(
  at('dist/thuiszitters.d.ts'),
  `// The autoloader registers every tag a page uses, when it is used.\nimport './all.js';\nexport { discover } from './autoloader.js';\n`,
);
writeFileSync(at('dist/thuiszitters.bundle.d.ts'), `// The single-file bundle registers every tag; it exports nothing.\nimport './all.js';\nexport {};\n`);

mkdirSync(at('dist/jsx'), { recursive: true });
writeFileSync(at('dist/jsx/react.d.ts'), jsxTypes('react'));
writeFileSync(at('dist/jsx/preact.d.ts'), jsxTypes('preact'));
writeFileSync(at('dist/vscode.html-custom-data.json'), JSON.stringify(vscodeData(), null, 2) + '\n');
writeFileSync(at('dist/web-types.json'), JSON.stringify(webTypes(), null, 2) + '\n');

/** JSX types: properties (React 19 and Preact set them when `name in element`), kebab-case attributes, `on<event>` listeners. */
function jsxTypes(framework) {
  const header =
    framework === 'react'
      ? `// React 19 JSX types for the Thuiszitters Kit elements, generated from custom-elements.json.\n` +
        `// Use: import type {} from '@thuiszitters/components/jsx/react';\n` +
        `// React 19 sets a prop as a property when the element has it, and \`ontz-…\` props listen to the tz-… event.\n` +
        `import type { HTMLAttributes, RefAttributes } from 'react';\n`
      : `// Preact JSX types for the Thuiszitters Kit elements, generated from custom-elements.json.\n` +
        `// Use: import type {} from '@thuiszitters/components/jsx/preact';\n` +
        `import type { JSX } from 'preact';\n`;
  const base = framework === 'react' ? 'HTMLAttributes<El> & RefAttributes<El>' : 'JSX.HTMLAttributes<El>';
  const imports = elements.map((el) => `import type { ${el.className} } from '../${el.folder}/class.js';`).join('\n');
  const entries = elements
    .map((el) => {
      const props = el.properties.map((p) => `'${p.name}'`).join(' | ') || 'never';
      const propNames = new Set(el.properties.map((p) => p.name));
      const attrs = el.attributes
        .filter((a) => !propNames.has(a.name))
        .map((a) => `        '${a.name}'?: ${attributeType(a.type)};`)
        .join('\n');
      const events = el.events.map((e) => `'${e.name}'`).join(' | ') || 'never';
      return `      '${el.tagName}': TzElementProps<\n        ${el.className},\n        ${props},\n        {\n${attrs.replace(/^/gm, '  ')}\n        },\n        ${events}\n      >;`;
    })
    .join('\n');
  return `${header}import type {} from '../all.js';
${imports}

type TzEventProps<Events extends string> = {
  [K in Events as \`on\${K}\`]?: (event: K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent) => void;
};
type TzElementProps<El extends HTMLElement, Props extends keyof El, Attributes, Events extends string> = Omit<${base}, Props & string> &
  Partial<Pick<El, Props>> &
  Attributes &
  TzEventProps<Events> & { class?: string };

declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

function attributeType(typeText) {
  const literals = stringLiterals(typeText);
  if (literals.length) return literals.map((l) => JSON.stringify(l)).join(' | ');
  const plain = typeText.replace(/\s*\|\s*(undefined|null)/g, '').trim();
  if (plain === 'boolean') return 'boolean';
  if (plain === 'number') return 'number | string';
  return 'string';
}

function markdownDetails(el) {
  const list = (title, items, fmt) => (items.length ? `\n\n**${title}:**\n${items.map((i) => `- ${fmt(i)}`).join('\n')}` : '');
  return (
    el.description +
    list('Events', el.events, (e) => `\`${e.name}\` ${e.description}`) +
    list('Slots', el.slots, (s) => `${s.name ? `\`${s.name}\`` : '(default)'} ${s.description}`) +
    list('CSS parts', el.cssParts, (p) => `\`::part(${p.name})\` ${p.description}`) +
    list('CSS custom properties', el.cssProperties, (p) => `\`${p.name}\` ${p.description}`)
  );
}

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: markdownDetails(el),
      attributes: el.attributes.map((a) => {
        const values = stringLiterals(a.type);
        return {
          name: a.name,
          description: a.description || `${a.type}`,
          ...(values.length ? { values: values.map((name) => ({ name })) } : a.type.startsWith('boolean') ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: markdownDetails(el),
          source: { module: `${pkg.name}/${el.folder}.js`, symbol: el.className },
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            value: { type: a.type, required: false },
          })),
          slots: el.slots.map((s) => ({ name: s.name, description: s.description })),
          events: el.events.map((e) => ({ name: e.name, description: e.description })),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: p.description, type: p.type })),
            events: el.events.map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}
