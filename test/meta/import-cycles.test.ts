// No import circles in src/, type-only imports included (issue 12, item 7): a circle makes the load order
// of modules matter (a value read before its module has run is undefined) and ties layers together.
// The graph comes from TypeScript's own import scanner over the .ts sources, so `import type`,
// `export … from` and `import()` all count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { packageRoot } from '../../src/paths.js';

const srcDir = join(packageRoot, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** src/-relative file -> the src/ files it imports (relative specifiers only; packages are not part of the graph). */
function importGraph(files: Map<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const specs = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'));
    graph.set(file, specs.map((s) => posix.normalize(posix.join(posix.dirname(file), s)).replace(/\.js$/, '.ts')).filter((t) => files.has(t)));
  }
  return graph;
}

/** The strongly connected components with more than one file (or a file importing itself): Tarjan's algorithm. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

const sources = new Map(walk(srcDir).map((path) => [relative(srcDir, path).split(sep).join('/'), readFileSync(path, 'utf8')]));

describe('src/ has no import circles', () => {
  test('every file of src/ is in the graph', () => {
    expect(sources.size).toBeGreaterThan(100);
    expect(importGraph(sources).size).toBe(sources.size);
  });

  test('no circles, type-only imports included', () => {
    expect(circles(importGraph(sources))).toEqual([]);
  });

  test('the check can fail: a type-only circle and a dynamic import are found', () => {
    const files = new Map([
      ['engine/a.ts', "import type { B } from './b.js';\nexport interface A { b: B }"],
      ['engine/b.ts', "import { c } from '../c.js';\nexport interface B { n: number }"],
      ['c.ts', "export const c = () => import('./engine/a.js');"],
      ['d.ts', "import { c } from './c.js';"],
    ]);
    expect(circles(importGraph(files))).toEqual([['c.ts', 'engine/a.ts', 'engine/b.ts']]);
  });
});
