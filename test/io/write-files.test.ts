// Several files as one edit (`suggest --write`, `migrate --write`; issue 11, item 4): every target is
// checked before anything is written, and a failure part-way says which files were written.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAtomic } from '../../src/io/write-files.js';
import { replaceFiles } from '../../src/file-replace.js';
import { errorOf } from '../helpers/catalog-dir.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-write-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const chapter = (n: number): string => `# Chapter ${n}\n\nText.\n`;
const tagged = (n: number): string => `# Chapter ${n}\n<!-- disclose: GRI 2-${n} -->\n\nText.\n`;
/** Three chapters on disk and the edit planned for each (as `suggest --write` plans it). */
function chapters(): { path: string; bytes: Buffer; output: string }[] {
  return [1, 2, 3].map((n) => {
    const path = join(dir, `0${n}.md`);
    writeFileSync(path, chapter(n));
    return { path, bytes: Buffer.from(chapter(n)), output: tagged(n) };
  });
}
const contents = (count = 3): string[] => [1, 2, 3].slice(0, count).map((n) => readFileSync(join(dir, `0${n}.md`), 'utf8'));
const leftovers = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

test('all files are written; no temp left', () => {
  replaceFiles(chapters(), 'disclose suggest --write');
  expect(contents()).toEqual([tagged(1), tagged(2), tagged(3)]);
  expect(leftovers()).toEqual([]);
});

test('the third file read-only (0444): refused before anything is written', () => {
  const planned = chapters();
  chmodSync(planned[2]!.path, 0o444);
  const error = errorOf(() => replaceFiles(planned, 'disclose suggest --write'));
  expect(error.message).toMatch(/03\.md: is read-only \(mode 0444\)/);
  expect(contents()).toEqual([chapter(1), chapter(2), chapter(3)]);
  expect(leftovers()).toEqual([]);
});

test('the third file changed since it was read: nothing written', () => {
  const planned = chapters();
  writeFileSync(planned[2]!.path, '# Edited meanwhile\n');
  expect(errorOf(() => replaceFiles(planned, 'disclose migrate')).message).toMatch(/03\.md`: changed since it was read; nothing was written/);
  expect(contents(2)).toEqual([chapter(1), chapter(2)]);
  expect(leftovers()).toEqual([]);
});

test('the third file\'s folder cannot take a temp file: nothing written, the error names it', () => {
  const planned = chapters();
  // A folder that cannot hold a temp file for any user, root included: the path's folder is a file.
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  writeFileSync(join(sub, '03.md'), chapter(3));
  planned[2] = { path: join(sub, '03.md'), bytes: Buffer.from(chapter(3)), output: tagged(3) };
  rmSync(sub, { recursive: true });
  writeFileSync(sub, 'not a folder');
  const error = errorOf(() => replaceFiles(planned, 'disclose suggest --write'));
  expect(error.message).toMatch(/sub\/03\.md: cannot write/);
  expect(contents(2)).toEqual([chapter(1), chapter(2)]);
});

test('a rename failing at the third file: the error says which files were written and which were not', () => {
  const planned = chapters();
  let renames = 0;
  const rename = (from: string, to: string): void => {
    renames += 1;
    if (renames === 3) throw Object.assign(new Error('EIO'), { code: 'EIO' });
    renameSync(from, to);
  };
  const error = errorOf(() => replaceFiles(planned, 'disclose suggest --write', { rename }));
  const [a, b, c] = planned.map((p) => p.path);
  expect(error.message).toBe(`${c}: cannot write (EIO): input/output error; already written: ${a}, ${b}; not written: ${c}.`);
  expect(contents()).toEqual([tagged(1), tagged(2), chapter(3)]);
  expect(leftovers()).toEqual([]);
});

test('the first rename failing: nothing was written', () => {
  const planned = chapters();
  const rename = (): void => {
    throw Object.assign(new Error('EIO'), { code: 'EIO' });
  };
  expect(errorOf(() => replaceFiles(planned, 'disclose migrate', { rename })).message).toMatch(/input\/output error; nothing was written\.$/);
  expect(contents()).toEqual([chapter(1), chapter(2), chapter(3)]);
  expect(leftovers()).toEqual([]);
});

test('one file named twice (through a symlink) is refused: the second edit would undo the first', () => {
  const planned = chapters();
  symlinkSync('01.md', join(dir, 'alias.md'));
  planned[1] = { path: join(dir, 'alias.md'), bytes: Buffer.from(chapter(1)), output: tagged(9) };
  expect(errorOf(() => replaceFiles(planned, 'disclose migrate')).message).toMatch(/alias\.md: is the same file as .*01\.md; nothing was written/);
  expect(contents()).toEqual([chapter(1), chapter(2), chapter(3)]);
});

test('a symlinked chapter: its target is edited, the link kept', () => {
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'ch.md'), chapter(1));
  symlinkSync(join('real', 'ch.md'), join(dir, 'ch.md'));
  writeFilesAtomic([{ path: join(dir, 'ch.md'), data: tagged(1) }]);
  expect(readFileSync(join(dir, 'real', 'ch.md'), 'utf8')).toBe(tagged(1));
  expect(readdirSync(dir).sort()).toEqual(['ch.md', 'real']);
});

(spawnSync('mkfifo', ['--version']).status === 0 ? test : test.skip)('a FIFO where a chapter was is refused, nothing written', () => {
  const planned = chapters();
  rmSync(planned[2]!.path);
  expect(spawnSync('mkfifo', [planned[2]!.path]).status).toBe(0);
  expect(errorOf(() => writeFilesAtomic(planned.map((p) => ({ path: p.path, data: p.output })))).message).toMatch(/03\.md: is not a regular file any more; nothing was written/);
  expect(contents(2)).toEqual([chapter(1), chapter(2)]);
});
