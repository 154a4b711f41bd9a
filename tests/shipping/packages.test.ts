// The published packages as a consumer gets them (`npm pack` of the built packages; `npm test`
// builds first, this test builds nothing): publint finds no problem in package.json and the
// files, and "Are the types wrong?" finds none for ESM consumers (Node 16+ ESM and bundlers; the
// packages are ESM-only, so CommonJS `require` and Node 10 resolution are out of scope).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind, problemKindInfo } from '@arethetypeswrong/core/problems';
import type { ResolutionKind } from '@arethetypeswrong/core';

const root = resolve(import.meta.dirname, '../..');
const packagesDir = resolve(root, 'packages');
const components = resolve(packagesDir, 'components');
const packDir = mkdtempSync(join(tmpdir(), 'tz-pack-'));
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

/** Element folders as the build sees them: `src/<name>/define.ts` next to `<name>.element.ts`. */
const elementFolders = readdirSync(resolve(components, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => {
    const dir = resolve(components, 'src', name);
    return existsSync(resolve(dir, 'define.ts')) && readdirSync(dir).some((f) => f.endsWith('.element.ts'));
  });

/** attw does not expand `*` subpaths: name every concrete entry point instead. */
const entrypoints: Record<string, string[]> = {
  domain: ['.'],
  sdk: ['.'],
  components: [
    '.',
    './all.js',
    './thuiszitters.js',
    './thuiszitters.bundle.js',
    './jsx/react',
    './jsx/preact',
    ...elementFolders.flatMap((name) => [`./${name}.js`, `./${name}/class.js`]),
    ...elementFolders.filter((name) => existsSync(resolve(components, 'src', name, 'messages.ts'))).map((name) => `./${name}/messages.js`),
  ],
  react: ['.', ...elementFolders.map((name) => `./${name}.js`)],
};

const REQUIRED_RESOLUTIONS: ResolutionKind[] = ['node16-esm', 'bundler'];

function pack(dir: string): Uint8Array {
  const out = execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', packDir], { cwd: dir, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(out) as { filename: string }[];
  return new Uint8Array(readFileSync(join(packDir, filename)));
}

describe.each(Object.keys(entrypoints))('@thuiszitters/%s as published', (name) => {
  const dir = resolve(packagesDir, name);

  // Packing and resolving take a while on a busy machine: generous timeouts, no timing assertion.
  it('publint reports nothing (errors, warnings or suggestions)', { timeout: 180_000 }, async () => {
    const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
    const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`)).toEqual([]);
  });

  it('"Are the types wrong?" reports nothing for ESM consumers, at every entry point', { timeout: 180_000 }, async () => {
    const result = await checkPackage(createPackageFromTarballData(pack(dir)), {
      includeEntrypoints: entrypoints[name],
      // A stylesheet is not a module with types.
      excludeEntrypoints: [/\.css$/],
    });
    if (!result.types) throw new Error(`@thuiszitters/${name} ships no types`);
    const analysis = result;
    for (const entry of entrypoints[name]) expect(Object.keys(analysis.entrypoints), 'checked entry points').toContain(entry);
    const problems = analysis.problems
      .filter((p) => REQUIRED_RESOLUTIONS.some((kind) => problemAffectsResolutionKind(p, kind, analysis)))
      .map((p) => `${problemKindInfo[p.kind].title}: ${JSON.stringify(p)}`);
    expect(problems).toEqual([]);
  });
});

describe('@thuiszitters/components ships every element', () => {
  const manifest = JSON.parse(readFileSync(resolve(components, 'custom-elements.json'), 'utf8')) as {
    modules: { path: string; declarations?: { tagName?: string }[] }[];
  };
  const pkg = JSON.parse(readFileSync(resolve(components, 'package.json'), 'utf8'));
  const manifestTags = () => manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter((t): t is string => !!t);

  it.each(elementFolders)('%s: define and class-only entries with types, a tag in the manifest, a React wrapper', (name) => {
    for (const file of ['define.js', 'define.d.ts', 'class.js', 'class.d.ts']) {
      expect(existsSync(resolve(components, 'dist', name, file)), `dist/${name}/${file}`).toBe(true);
    }
    const tags = manifest.modules.filter((m) => m.path.startsWith(`src/${name}/`)).flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
    expect(tags.filter(Boolean)).toHaveLength(1);
    const define = readFileSync(resolve(components, 'dist', name, 'define.d.ts'), 'utf8');
    expect(define).toContain(`'${tags.find(Boolean)}'`);
    expect(existsSync(resolve(packagesDir, 'react/dist', `${name}.js`)), `@thuiszitters/react/${name}.js`).toBe(true);
  });

  it('all.js registers every element and the single-file bundle holds every tag', () => {
    const all = readFileSync(resolve(components, 'dist/all.js'), 'utf8');
    const bundle = readFileSync(resolve(components, 'dist/thuiszitters.bundle.js'), 'utf8');
    for (const name of elementFolders) expect(all, 'dist/all.js').toContain(`./${name}/define.js`);
    for (const tag of manifestTags()) expect(bundle.includes(`"${tag}"`) || bundle.includes(`'${tag}'`), `${tag} in thuiszitters.bundle.js`).toBe(true);
    expect(bundle, 'no import left in the single-file bundle').not.toMatch(/^import\s|[;}]import\s*["'{*]/m);
  });

  it('the autoloader knows every tag, imports only chunks beside it, and each tag has a chunk', () => {
    const loader = readFileSync(resolve(components, 'dist/thuiszitters.js'), 'utf8');
    const imports = [...loader.matchAll(/import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
    for (const tag of manifestTags()) expect(loader.includes(`"${tag}"`), `${tag} in thuiszitters.js`).toBe(true);
    expect(imports.length).toBe(manifestTags().length);
    for (const path of imports) {
      expect(path, 'a chunk beside the loader').toMatch(/^\.\/thuiszitters\/[\w-]+\.js$/);
      expect(existsSync(resolve(components, 'dist', path)), path).toBe(true);
    }
    expect(loader, 'the loader has no static import').not.toMatch(/^import\s|[;}]import\s*["'{*]/m);
  });

  it('the class-only entries and the index register no tag (sideEffects lists only what does)', () => {
    const sideEffects: string[] = pkg.sideEffects;
    expect(sideEffects).toEqual(expect.arrayContaining(['./dist/*/define.js', './dist/all.js', './dist/thuiszitters.js', './dist/thuiszitters.bundle.js', './dist/thuiszitters/*.js']));
    expect(sideEffects.some((glob) => /class|index/.test(glob))).toBe(false);
    for (const file of ['dist/index.js', ...elementFolders.map((name) => `dist/${name}/class.js`)]) {
      const code = readFileSync(resolve(components, file), 'utf8');
      expect(code, file).not.toMatch(/customElements\.define|defineElement\(\s*['"]/);
      expect(code, file).not.toMatch(/\/define\.js['"]/);
    }
  });

  it('theme.css and the editor data are in dist', () => {
    const theme = readFileSync(resolve(components, 'dist/theme.css'), 'utf8');
    expect(theme).toContain('--tz-color-accent');
    const vscode = JSON.parse(readFileSync(resolve(components, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const webTypes = JSON.parse(readFileSync(resolve(components, 'dist/web-types.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
    expect(vscode.tags.map((t: { name: string }) => t.name).sort()).toEqual(tags);
    expect(webTypes.contributions.html.elements.map((e: { name: string }) => e.name).sort()).toEqual(tags);
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(pkg.customElements).toBe('custom-elements.json');
  });
});
