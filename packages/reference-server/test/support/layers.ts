// The server's layers, read from the import graph of src/ with the TypeScript compiler's
// pre-processor (every import and export-from, type-only ones included).
//   storage ← store ← model (cases/, statistics/) ← operations (operations/, webhooks/, reports/) ← http (http/, imports/) ← app
// `auth/` (role rules) and `config.ts` sit below the store; `http/problem.ts` (the problem every
// layer above the store throws), `http/context.ts` (what a handler is handed) and `http/text.ts`
// (pure text helpers) are the http layer's only modules the layers below it may use, and the
// store and storage use none of http/ at all.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const SRC = resolve(import.meta.dirname, '../../src');

/** Rank of each module: a module may import one of its own group, or of a lower rank. */
const RULES: Array<[RegExp, string, number]> = [
  [/^config\.ts$/, 'config', 0],
  // Pure text helpers (well-formed Unicode) that auth/tokens.ts uses too; they import nothing.
  [/^http\/text\.ts$/, 'text', 0],
  [/^storage\/(?!.*-cli\.ts$)/, 'storage', 1],
  [/^auth\//, 'auth', 2],
  [/^store\//, 'store', 3],
  [/^http\/problem\.ts$/, 'problem', 4],
  [/^(cases|statistics)\//, 'model', 5],
  [/^http\/context\.ts$/, 'context', 6],
  [/^(operations|webhooks|reports)\//, 'operations', 7],
  // The spreadsheet import reads a request body into rows, checks each with the contract's request
  // validator and hands it to createCase: an adapter beside the router, not an operation below it.
  [/^http\/|^imports\/(?!cli\.ts$)/, 'http', 8],
  [/./, 'app', 9], // app.ts, main.ts, demo/, docs/, seed/, retention/, the storage CLIs
];

export function layerOf(file: string): { group: string; rank: number } {
  const [, group, rank] = RULES.find(([pattern]) => pattern.test(file))!;
  return { group, rank };
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of a module of src/ by another: [importer, imported], paths relative to src/. */
export function importGraph(root = SRC, extra: Record<string, string> = {}): Array<[string, string]> {
  const files = new Map(sources(root).map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
  for (const [file, text] of Object.entries(extra)) files.set(file, text);
  const edges: Array<[string, string]> = [];
  for (const [file, text] of files) {
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(root, resolve(root, dirname(file), fileName)).replace(/\.js$/, '.ts');
      edges.push([file, target]);
    }
  }
  return edges;
}

/** Imports that point up: a lower layer importing a higher one (or the store reaching into http/). */
export function upwardImports(edges: Array<[string, string]>): string[] {
  return edges
    .filter(([from, to]) => {
      const a = layerOf(from);
      const b = layerOf(to);
      if (/^(store|storage)\//.test(from) && to.startsWith('http/')) return true;
      return a.group !== b.group && b.rank >= a.rank;
    })
    .map(([from, to]) => `${from} (${layerOf(from).group}) imports ${to} (${layerOf(to).group})`);
}
