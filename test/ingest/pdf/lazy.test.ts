// pdfjs-dist is loaded only when a PDF is read (issue 13): no file of src/ imports it statically, and the one
// module that loads it does so with import(), so `check` on Markdown never pays for its 6 MB of code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = join(import.meta.dirname, '..', '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

test('pdfjs-dist is imported only dynamically, only by ingest/pdf/pdfjs.ts', () => {
  const users = files(src).filter((f) => /pdfjs-dist\//.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
  expect(users.map((f) => relative(src, f))).toEqual(['ingest/pdf/pdfjs.ts']);
  const text = readFileSync(join(src, 'ingest', 'pdf', 'pdfjs.ts'), 'utf8');
  expect(text).not.toMatch(/^import [^(]*from ['"]pdfjs-dist/m);
  expect(text).toMatch(/await import\('pdfjs-dist\/legacy\/build\/pdf\.mjs'\)/);
});
