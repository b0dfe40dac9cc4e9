// Paths -> files -> text: folders, missing paths, binary files, bad encodings, BOM, size limit.
import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReportBytes, expandPaths, MAX_REPORT_BYTES, readReport, readReportFile } from '../../src/ingest/index.js';
import { DiscloseError } from '../../src/model/errors.js';
import { fixture, inputError, inputErrorAsync, tempDir } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('expandPaths', () => {
  test('a folder is its *.md files sorted by name, not recursive; files keep argument order', async () => {
    for (const name of ['b.md', 'a.md', '10-x.md', '2-x.md', 'C.MD', 'notes.txt', '.hidden.md']) writeFileSync(join(dir, name), '# x\n');
    mkdirSync(join(dir, 'sub.md'));
    writeFileSync(join(dir, 'sub.md', 'deep.md'), '# deep\n');
    const other = join(dir, 'sub.md', 'deep.md');
    expect(await expandPaths([other, dir])).toEqual([other, ...['10-x.md', '2-x.md', 'C.MD', 'a.md', 'b.md'].map((n) => join(dir, n))]);
  });

  test('a symlink to a Markdown file in a folder counts', async () => {
    writeFileSync(join(dir, 'real.txt'), '# real\n');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.md'));
    expect(await expandPaths([dir])).toEqual([join(dir, 'link.md')]);
  });

  test('a missing path', async () => {
    const missing = join(dir, 'nope.md');
    const error = await inputErrorAsync(expandPaths([missing]));
    expect(error.message).toBe(`\`${missing}\`: no such file or folder; expected a Markdown file or a folder of them`);
    expect(error.file).toBe(missing);
  });

  test('a folder without Markdown', async () => {
    const error = await inputErrorAsync(expandPaths([fixture('empty-folder')]));
    expect(error.message).toBe(`\`${fixture('empty-folder')}\`: folder has no Markdown files; expected one or more \`*.md\` files in it`);
  });

  test('not a regular file', async () => {
    const error = await inputErrorAsync(expandPaths(['/dev/null']));
    expect(error.message).toBe('`/dev/null`: not a regular file or folder; expected a Markdown file or a folder of them');
  });

  test('no paths at all is a usage error', async () => {
    await expect(expandPaths([])).rejects.toMatchObject({ kind: 'usage' });
    await expect(readReport([])).rejects.toBeInstanceOf(DiscloseError);
  });
});

describe('decoding', () => {
  test('a binary file (NUL bytes) is refused', async () => {
    const file = join(dir, 'logo.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const error = await inputErrorAsync(readReport([file]));
    expect(error.message).toBe(`\`${file}\`: is a binary file (NUL byte at line 3), not UTF-8 Markdown text`);
  });

  test('invalid UTF-8 is refused with the line of the bad byte', () => {
    // GBK bytes for 应对: D3 A6 happens to be valid UTF-8, B6 is not.
    const bytes = Buffer.concat([Buffer.from('# Title\r\n\r\nGBK text: '), Buffer.from([0xd3, 0xa6, 0xb6, 0xd4]), Buffer.from('\n')]);
    const error = inputError(() => decodeReportBytes(bytes, 'gbk.md'));
    expect(error.message).toBe('`gbk.md`: is not valid UTF-8 text (byte 0xB6 at line 3); save it as UTF-8');
    expect(inputError(() => decodeReportBytes(Buffer.from([0x61, 0xff, 0x62]), 'x.md')).message).toContain('(byte 0xFF at line 1)');
  });

  test('UTF-16 (bytes 0xff 0xfe 0x00 …) is refused as not UTF-8', async () => {
    const file = join(dir, 'utf16.md');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00]));
    const error = await inputErrorAsync(readReportFile(file));
    expect(error.message).toBe(`\`${file}\`: is not UTF-8 text but UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8`);
  });

  test('a UTF-8 BOM is dropped; CRLF lines are counted like LF', async () => {
    const file = join(dir, 'bom.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: BOM\r\n---\r\n# 应对气候变化\r\n\r\nText <!-- disclose: GRI 305-1 -->\r\n')]));
    expect((await readReportFile(file)).startsWith('---')).toBe(true);
    const report = await readReport([file]);
    expect(report.meta.title).toBe('BOM');
    expect(report.files).toEqual([{ path: file, lines: 6 }]);
    expect(report.sections.map((s) => [s.title, s.line, s.endLine])).toEqual([
      ['BOM', 1, 6],
      ['应对气候变化', 4, 6],
    ]);
    expect(report.tags.map((t) => [t.id, t.line, t.column, t.section])).toEqual([['GRI 305-1', 6, 21, 1]]);
  });

  test('a file over the size limit is refused before it is read', async () => {
    const file = join(dir, 'huge.md');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_REPORT_BYTES + 1);
    closeSync(fd);
    const error = await inputErrorAsync(readReportFile(file));
    expect(error.message).toBe(`\`${file}\`: file is larger than the 16 MiB limit (16,777,217 bytes); expected a Markdown report of at most 16 MiB`);
  });

  test('files that together exceed the size limit are refused before any is read', async () => {
    const parts = ['part-1.md', 'part-2.md', 'part-3.md'].map((name) => join(dir, name));
    for (const part of parts) {
      const fd = openSync(part, 'w');
      ftruncateSync(fd, Math.ceil(MAX_REPORT_BYTES / 2.5));
      closeSync(fd);
    }
    const error = await inputErrorAsync(readReport(parts));
    expect(error.message).toBe(
      `\`${parts[0]}\` and the report's 2 other files are together larger than the 16 MiB limit (20,132,661 bytes); expected a report of at most 16 MiB`,
    );
  });
});
