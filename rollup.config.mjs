// Builds @thuiszitters/components:
//  - per-element ESM entries for npm users (lit, @lit/*, the SDK and the domain stay external), and
//  - the single-file drop-in bundle dist/thuiszitters.js with everything inside, for a page
//    without a build step: <script type="module" src=".../thuiszitters.js"></script>.
import { readdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(root, 'packages/components');
const src = resolve(pkg, 'src');

// One entry per element folder that has a define.ts, plus the class-only index and `all`.
const elementEntries = Object.fromEntries(
  readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(src, d.name, 'define.ts')))
    .map((d) => [`${d.name}/define`, resolve(src, d.name, 'define.ts')]),
);

const tsconfig = resolve(pkg, 'tsconfig.build.json');
const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|@thuiszitters\/)/.test(id);

export default [
  {
    input: { index: resolve(src, 'index.ts'), all: resolve(src, 'all.ts'), ...elementEntries },
    external: isExternal,
    output: { dir: resolve(pkg, 'dist'), format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig, outDir: resolve(pkg, 'dist'), declarationDir: resolve(pkg, 'dist'), sourceMap: true }),
    ],
  },
  {
    input: resolve(src, 'all.ts'),
    output: { file: resolve(pkg, 'dist/thuiszitters.js'), format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig, declaration: false, declarationMap: false, outDir: resolve(pkg, 'dist'), sourceMap: true }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
