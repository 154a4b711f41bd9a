// One bundler for everything the bench measures or serves: rollup with node-resolve (browser) and
// terser, ESM, the settings of the kit's own build (rollup.config.mjs), so sizes compare like for like.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup, VERSION, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { at, buildDir } from './paths.js';

export interface Size {
  /** Minified bytes. */
  min: number;
  /** gzip -9 bytes. */
  gzip: number;
  /** brotli quality 11 bytes. */
  brotli: number;
}

export function measure(code: string | Uint8Array): Size {
  return {
    min: typeof code === 'string' ? Buffer.byteLength(code) : code.byteLength,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * What every app bundler does for a production build: `process.env.NODE_ENV` becomes
 * "production" (ECharts reads it; the browser has no `process`). Same effect as @rollup/plugin-replace.
 */
const productionEnv: Plugin = {
  name: 'production-env',
  transform(code) {
    if (!code.includes('process.env.NODE_ENV')) return null;
    return { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null };
  },
};

/** The bench's own page scripts are TypeScript: strip the types (tsc checks them separately). */
const transpileTypeScript: Plugin = {
  name: 'transpile-typescript',
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        sourceMap: false,
      },
    });
    return { code: out.outputText, map: null };
  },
};

export interface BundleOptions {
  /** Module ids left out of the bundle (e.g. lit, to measure an element without it). */
  external?: (id: string) => boolean;
  /** Minify with terser (default true). */
  minify?: boolean;
}

const TERSER_OPTIONS = { format: { comments: false }, ecma: 2022, module: true } as const;
const cacheDir = join(buildDir, 'cache');

/**
 * Bundles one entry (a file path) into one ESM string. Minifying is most of the time, so the
 * minified output is cached in .build/cache under a hash of every module's code after
 * transforms (a changed dependency or source gives a new hash).
 */
export async function bundle(input: string, options: BundleOptions = {}): Promise<string> {
  const build = await rollup({
    input,
    external: options.external,
    plugins: [transpileTypeScript, productionEnv, nodeResolve({ browser: true, extensions: ['.mjs', '.js', '.json', '.ts'] })],
    onwarn: (warning, warn) => {
      // Circular imports inside peers (ECharts, Chart.js) and `this` at module level are theirs, not ours.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  const minify = options.minify !== false;
  const hash = createHash('sha256').update(JSON.stringify({ rollup: VERSION, minify, terser: TERSER_OPTIONS }));
  for (const module of build.cache?.modules ?? []) hash.update(module.id).update('\0').update(module.code);
  const cached = join(cacheDir, `${hash.digest('hex').slice(0, 32)}.js`);
  if (existsSync(cached)) {
    await build.close();
    return readFileSync(cached, 'utf8');
  }
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true, plugins: minify ? [terser(TERSER_OPTIONS)] : [] });
  await build.close();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, output[0].code);
  return output[0].code;
}

/** Version of an installed package (all peers are hoisted to the root node_modules). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(at(`node_modules/${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * What a bundle is made of: the rendered (tree-shaken, not yet minified) bytes per part, grouped
 * by `groupOf(moduleId)`, largest first, as shares of the whole.
 */
export async function composition(input: string, groupOf: (id: string) => string): Promise<Array<{ part: string; share: number; bytes: number }>> {
  const build = await rollup({
    input,
    plugins: [productionEnv, nodeResolve({ browser: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const bytes = new Map<string, number>();
  for (const [id, module] of Object.entries(output[0].modules)) bytes.set(groupOf(id), (bytes.get(groupOf(id)) ?? 0) + module.renderedLength);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes]
    .map(([part, n]) => ({ part, bytes: n, share: Math.round((n / total) * 1000) / 1000 }))
    .sort((a, b) => b.bytes - a.bytes);
}
