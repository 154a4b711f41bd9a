// What a page transfers through the autoloader (dist/thuiszitters.js): the loader itself plus,
// for the tags on the page, each tag's chunk and every chunk it imports statically (what the
// browser fetches), each file gzipped on its own as a server sends it. Used by size.mjs and bench.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.\/[\w.-]+\.js)"/g;
const TAG_LOADER = /"(tz-[a-z-]+)":\(\)=>import\("([^"]+)"\)/g;

/** The files a page with these tags loads (paths relative to dist), loader first. */
export function filesForTags(distDir, tags) {
  const loader = readFileSync(resolve(distDir, 'thuiszitters.js'), 'utf8');
  const chunkOfTag = new Map([...loader.matchAll(TAG_LOADER)].map((m) => [m[1], m[2]]));
  const files = new Set(['thuiszitters.js']);
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(resolve(distDir, path), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve('/', dirname(path), m[1]).slice(1));
  };
  for (const tag of tags) {
    const chunk = chunkOfTag.get(tag);
    if (!chunk) throw new Error(`the autoloader has no chunk for <${tag}>`);
    visit(resolve('/', chunk).slice(1));
  }
  return [...files];
}

/** Bytes transferred (each file compressed on its own) for a page with these tags. */
export function transferForTags(distDir, tags) {
  const files = filesForTags(distDir, tags);
  const total = { min: 0, gzip: 0, brotli: 0, files: files.length };
  for (const file of files) {
    const code = readFileSync(resolve(distDir, file));
    total.min += code.byteLength;
    total.gzip += gzipSync(code, { level: 9 }).length;
    total.brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

/** Every tag the autoloader knows. */
export function autoloaderTags(distDir) {
  const loader = readFileSync(resolve(distDir, 'thuiszitters.js'), 'utf8');
  return [...loader.matchAll(TAG_LOADER)].map((m) => m[1]);
}
