// Type-checks a consumer of the built packages (tests/shipping/consumer: plain DOM, React 19
// wrappers, React 19 and Preact JSX) the way an app's TypeScript sees them: through the `types`
// conditions into dist/, no `source` condition. The fixtures hold @ts-expect-error lines for wrong
// props and event details, so loose (`any`) types fail too. A generated file adds one check per
// tag and per @fires event of custom-elements.json: every tag is in HTMLElementTagNameMap with
// its class, every event in GlobalEventHandlersEventMap as a CustomEvent with a typed detail.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const consumerDir = resolve(import.meta.dirname, 'consumer');
const manifestPath = resolve(import.meta.dirname, '../../packages/components/custom-elements.json');

interface Declaration {
  name: string;
  tagName?: string;
  events?: { name?: string }[];
}

function mapChecks(): string {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] };
  const lines = [
    `import type {} from '@thuiszitters/components/thuiszitters.js';`,
    `type IsAny<T> = 0 extends 1 & T ? true : false;`,
    // true only for a CustomEvent whose detail is neither any nor unknown.
    `type Typed<E> = E extends CustomEvent<infer D> ? (IsAny<D> extends true ? false : unknown extends D ? false : true) : false;`,
  ];
  let n = 0;
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      const folder = mod.path.split('/').at(-2);
      lines.push(`import type { ${decl.name} as C${n} } from '@thuiszitters/components/${folder}/class.js';`);
      lines.push(`export const tag${n}: C${n} = document.createElement('${decl.tagName}');`);
      for (const event of decl.events ?? []) {
        if (!event.name) continue;
        lines.push(`export const event${n}_${event.name.replace(/\W/g, '_')}: Typed<GlobalEventHandlersEventMap['${event.name}']> = true;`);
      }
      n += 1;
    }
  }
  return lines.join('\n') + '\n';
}

describe('a TypeScript consumer of the built packages', () => {
  it('type-checks without errors (React 19, Preact, plain DOM; every tag and event typed)', { timeout: 180_000 }, () => {
    const configFile = ts.readConfigFile(resolve(consumerDir, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, consumerDir);
    const virtualFile = resolve(consumerDir, 'generated-map-checks.ts');
    const virtualSource = mapChecks();
    expect(virtualSource).toMatch(/tz-melding-form/);

    const host = ts.createCompilerHost(parsed.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => file === virtualFile || fileExists.call(host, file);
    host.readFile = (file) => (file === virtualFile ? virtualSource : readFile.call(host, file));
    host.getSourceFile = (file, languageVersion, ...rest) =>
      file === virtualFile ? ts.createSourceFile(file, virtualSource, languageVersion, true) : getSourceFile.call(host, file, languageVersion, ...rest);

    const program = ts.createProgram({ rootNames: [...parsed.fileNames, virtualFile], options: parsed.options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => consumerDir, getNewLine: () => '\n' }));
    expect(parsed.fileNames.length).toBeGreaterThanOrEqual(4);
    expect(diagnostics).toEqual([]);
  });
});
