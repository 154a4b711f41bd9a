// The server's layers run one way (routes → operations → store → storage): read from the import
// graph of src/ (test/support/layers.ts says which directory is which layer).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, layerOf, SRC, upwardImports } from './support/layers.js';

describe('server layers', () => {
  const edges = importGraph();

  it('reads the import graph of src/', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(['operations/cases.ts', 'store/cases.ts']);
  });

  it('no module imports a higher layer', () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it('catches a lower layer importing a higher one', () => {
    const planted = importGraph(SRC, {
      'store/planted.ts': "import { caseHandlers } from '../operations/cases.js';\nimport { HttpProblem } from '../http/problem.js';",
      'auth/planted.ts': "import type { RequestContext } from '../http/context.js';",
      'operations/planted.ts': "export { registerOperations } from '../http/router.js';",
    });
    expect(upwardImports(planted)).toEqual([
      'store/planted.ts (store) imports operations/cases.ts (operations)',
      'store/planted.ts (store) imports http/problem.ts (problem)',
      'auth/planted.ts (auth) imports http/context.ts (context)',
      'operations/planted.ts (operations) imports http/router.ts (http)',
    ]);
  });

  it('runs SQL only in store/ and storage/', () => {
    const outside = [...new Set(edges.flatMap(([from, to]) => [from, to]))].filter((file) => !['store', 'storage'].includes(layerOf(file).group));
    const withSql = outside.filter((file) => {
      let text: string;
      try {
        text = readFileSync(join(SRC, file), 'utf8');
      } catch {
        return false;
      }
      return /\.query(<[^>]*>)?\(|\b(SELECT|INSERT INTO|DELETE FROM)\b|\bUPDATE \w+ SET\b/.test(text);
    });
    expect(withSql).toEqual([]);
  });
});
