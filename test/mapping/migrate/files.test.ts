// Writing a migration: bytes outside the edits (CRLF, BOM, everything else) are kept, files are
// replaced atomically, and a file that changed since it was read is refused.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrateSources, planFileMigration, writeFileMigration } from '../../../src/migrate.js';
import { DiscloseError } from '../../../src/model/errors.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const crlf = (lines: string[]): string => lines.join('\r\n');
const BODY = [
  '---',
  'published: 2022-04-20',
  '---',
  '',
  '# Über uns — “About”',
  '<!-- disclose: GRI 102-1, GRI 102-3,\tGRI 102-14 -->',
  '',
  'Text with trailing spaces   ',
  '## Emissions',
  '<!-- disclose: GRI 103-1, GRI 103-2, GRI 305-1 -->',
  '',
];
const EXPECTED = [...BODY];
EXPECTED[5] = '<!-- disclose: GRI 2-1,\tGRI 2-22 -->';
EXPECTED[9] = '<!-- disclose: GRI 3-3, GRI 305-1 -->';

test('in memory: CRLF line endings and a BOM survive, offsets stay true', () => {
  const { outputs, plan } = migrateSources([{ path: 'a.md', text: `\uFEFF${crlf(BODY)}` }]);
  expect(outputs.get('a.md')).toBe(crlf(EXPECTED));
  expect(plan.files[0]!.changes.map((c) => `${c.line}:${c.column} ${c.from}`)).toEqual([
    '6:16 GRI 102-1',
    '6:27 GRI 102-3',
    '6:38 GRI 102-14',
    '10:16 GRI 103-1',
    '10:27 GRI 103-2',
  ]);
});

test('on disk: only the edited bytes change; BOM, CRLF and mode are kept; no temp file is left', async () => {
  const path = join(dir, 'report.md');
  writeFileSync(path, Buffer.concat([BOM, Buffer.from(crlf(BODY), 'utf8')]));
  chmodSync(path, 0o640);
  const dry = await migrate([path]);
  expect(dry.written).toBe(false);
  expect(readFileSync(path)).toEqual(Buffer.concat([BOM, Buffer.from(crlf(BODY), 'utf8')]));

  const done = await migrate([path], { write: true });
  expect(done.written).toBe(true);
  expect(readFileSync(path)).toEqual(Buffer.concat([BOM, Buffer.from(crlf(EXPECTED), 'utf8')]));
  expect(statSync(path).mode & 0o777).toBe(0o640);
  expect(readdirSync(dir)).toEqual(['report.md']);

  const again = await migrate([path], { write: true });
  expect(again.written).toBe(false);
  expect(again.files[0]!.changes).toEqual([]);
  expect(readFileSync(path)).toEqual(Buffer.concat([BOM, Buffer.from(crlf(EXPECTED), 'utf8')]));
});

test('a folder: each file is migrated on its own, unchanged files are not touched', async () => {
  writeFileSync(join(dir, '01.md'), '# A\n<!-- disclose: GRI 102-14 -->\n');
  writeFileSync(join(dir, '02.md'), '# B\n<!-- disclose: GRI 2-1 -->\n');
  const before = statSync(join(dir, '02.md')).mtimeMs;
  const result = await migrate([dir], { write: true });
  expect(result.files.map((f) => [f.file.endsWith('01.md'), f.changes.length])).toEqual([
    [true, 1],
    [false, 0],
  ]);
  expect(readFileSync(join(dir, '01.md'), 'utf8')).toBe('# A\n<!-- disclose: GRI 2-22 -->\n');
  expect(statSync(join(dir, '02.md')).mtimeMs).toBe(before);
});

test('a file changed since it was read is refused and nothing is written', async () => {
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, '# A\n<!-- disclose: GRI 102-14 -->\n');
  writeFileSync(b, '# B\n<!-- disclose: GRI 102-1 -->\n');
  const planned = await planFileMigration([a, b]);
  writeFileSync(b, '# B edited\n<!-- disclose: GRI 102-1 -->\n');
  expect(() => writeFileMigration(planned)).toThrow(DiscloseError);
  expect(() => writeFileMigration(planned)).toThrow(/b\.md`: changed since it was read; nothing was written/);
  expect(readFileSync(a, 'utf8')).toBe('# A\n<!-- disclose: GRI 102-14 -->\n');
  expect(readFileSync(b, 'utf8')).toBe('# B edited\n<!-- disclose: GRI 102-1 -->\n');
  expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
});

test('a file that is not UTF-8 is refused before anything is planned', async () => {
  const path = join(dir, 'latin1.md');
  writeFileSync(path, Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
  await expect(migrate([path], { write: true })).rejects.toThrow(/not valid UTF-8/);
});
