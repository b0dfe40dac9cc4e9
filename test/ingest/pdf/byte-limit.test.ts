// A PDF has its own byte limit (issue 13, item 7): published reports are 20–60 MB, mostly images, while a
// Markdown file stays under MAX_REPORT_BYTES. Sparse files: nothing of their size is written to disk.
import { mkdtempSync, openSync, closeSync, writeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportFileBytes, refuseLargeReport } from '../../../src/ingest/decode.js';
import { MAX_PDF_BYTES, MAX_REPORT_BYTES } from '../../../src/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'disclose-pdf-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sparse(name: string, head: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

const message = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'read';
};

test('a PDF over the Markdown limit is read', async () => {
  const path = sparse('big.pdf', '%PDF-1.7\n', MAX_REPORT_BYTES + 1024);
  await expect(refuseLargeReport([path])).resolves.toBeUndefined();
  expect((await readReportFileBytes(path)).length).toBe(MAX_REPORT_BYTES + 1024);
});

test('text of the same size is still refused, whatever its name', async () => {
  const path = sparse('big-text.pdf', '# Report\n', MAX_REPORT_BYTES + 1024);
  expect(await message(() => readReportFileBytes(path))).toMatch(/file is larger than the 16 MiB limit/);
  expect(await message(() => refuseLargeReport([path]))).toMatch(/file is larger than the 16 MiB limit/);
});

test('a PDF over its own limit is refused before it is read', async () => {
  const path = sparse('huge.pdf', '%PDF-1.7\n', MAX_PDF_BYTES + 1);
  expect(await message(() => readReportFileBytes(path))).toBe(`\`${path}\`: PDF is larger than the 200 MiB limit (${(MAX_PDF_BYTES + 1).toLocaleString('en-US')} bytes)`);
  expect(await message(() => refuseLargeReport([path]))).toMatch(/PDF is larger than the 200 MiB limit/);
});
