// Issue 12 item 3: one content-index pipeline for every framework. The registry's index layout decides how
// an index is built and presented; no renderer, formatter or index module of the engine tells GRI (or any
// framework) apart by its id, and the engine holds no choice of language for an index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = join(process.cwd(), 'src');
const filesOf = (dir: string): string[] =>
  readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

const indexFiles = [
  ...filesOf('render'),
  ...filesOf('formatters'),
  ...filesOf('engine').filter((f) => /index/.test(f)),
];

/** Lines of code (comments dropped) matching `pattern`, as `file:line`. */
function offenders(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(join(src, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ at: `${file}:${i + 1}`, code: line.replace(/\/\/.*$/, '').replace(/^\s*(\/?\*).*$/, '') }))
      .filter(({ code }) => pattern.test(code))
      .map(({ at }) => at),
  );
}

test('the index files are found (the guard below guards something)', () => {
  expect(indexFiles).toEqual(expect.arrayContaining([join('render', 'render-index.ts'), join('engine', 'content-index.ts'), join('engine', 'index-layouts', 'gri.ts')]));
});

test('no index code decides by a framework id: the registry\'s layout does', () => {
  expect(offenders(indexFiles, /isGriIndexDocument|hasGriIndexLayout|[!=]==?\s*['"]gri['"]|['"]gri['"]\s*[!=]==?/)).toEqual([]);
});

test('no index code of the engine chooses wording by language (the renderer does, from templates/locales/)', () => {
  const engine = indexFiles.filter((f) => f.startsWith('engine'));
  expect(offenders(engine, /[!=]==?\s*['"](zh|en)['"]|\blang\s*[!=]==?/)).toEqual([]);
});
