// Reading a long PDF's pages on two threads (issue 13, item 8): the worker (dist/ingest/pdf/page-worker.js,
// built by `npm run build`; ts-jest has no .js beside the sources) reads the pages it claims exactly as this
// thread would, the merged document is the same as one thread's, and a worker that fails leaves its pages
// to this thread. Real PDFs printed by scripts/make-pdf-fixtures.mjs and generate-test-documents.mjs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimPage, closeClaims, newClaims, pagesDone } from '../../../src/ingest/pdf/page-claims.js';
import { startPageWorker, wantsWorker, type PageThreads } from '../../../src/ingest/pdf/page-threads.js';
import { loadPdfJs, pdfJsDataPaths } from '../../../src/ingest/pdf/pdfjs.js';
import { openPdf, readPage } from '../../../src/ingest/pdf/read-page.js';
import { readPdf } from '../../../src/ingest/pdf/read-pdf.js';

const workerFile = new URL('../../../dist/ingest/pdf/page-worker.js', import.meta.url);
const documents = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(documents, name)));
const limits = { maxPages: 1000, timeoutMs: 60_000 };
const oneThread: PageThreads = { workerFile, minPages: Number.POSITIVE_INFINITY, minBytes: Number.POSITIVE_INFINITY, idleCore: () => true };
const twoThreads: PageThreads = { workerFile, minPages: 1, minBytes: 0, idleCore: () => true };

beforeAll(() => {
  if (!existsSync(workerFile)) throw new Error('dist/ingest/pdf/page-worker.js is missing: run `npm run build` first');
});

describe('page claims', () => {
  test('every page is handed out once, in order, then none', () => {
    const claims = newClaims();
    expect([claimPage(claims, 3), claimPage(claims, 3), claimPage(claims, 3), claimPage(claims, 3)]).toEqual([1, 2, 3, undefined]);
  });

  test('no worker on a busy machine or below the file size (and none on one core)', () => {
    expect(wantsWorker(twoThreads, 1_000_000)).toBe(availableParallelism() >= 2);
    expect(wantsWorker({ ...twoThreads, idleCore: () => false }, 1_000_000)).toBe(false);
    expect(wantsWorker({ ...twoThreads, minBytes: 2_000_000 }, 1_000_000)).toBe(false);
  });

  test('closed claims hand out nothing: a document too short to share stays on one thread', () => {
    const claims = newClaims();
    closeClaims(claims);
    expect(claimPage(claims, 500)).toBeUndefined();
  });
});

describe('the page worker', () => {
  test('reads every page it claims exactly as this thread reads it', async () => {
    const pdf = bytes('libreoffice-en.pdf');
    const claims = newClaims();
    const worker = startPageWorker(twoThreads, { bytes: pdf, claims, deadline: Date.now() + 60_000, paths: pdfJsDataPaths() });
    const theirs = await worker.pages;
    await worker.stop();
    const task = openPdf(await loadPdfJs(), pdf, pdfJsDataPaths());
    const doc = await task.promise;
    const ours = [];
    for (let index = 1; index <= doc.numPages; index++) ours.push(await readPage(doc, index));
    await task.destroy();
    expect(theirs.map((page) => page.index)).toEqual(ours.map((page) => page.index));
    expect(theirs).toEqual(ours);
    expect(pagesDone(claims)).toBe(doc.numPages);
  });
});

describe('reading on two threads', () => {
  test.each(['chromium-en.pdf', 'chromium-zh.pdf', 'spread-en.pdf'])('%s: the same pages, outline, labels and info as one thread', async (name) => {
    const one = await readPdf(bytes(name), name, limits, oneThread);
    const two = await readPdf(bytes(name), name, limits, twoThreads);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  test('a worker that fails leaves its pages to this thread: nothing is lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-worker-'));
    try {
      const broken = join(dir, 'broken-worker.mjs');
      writeFileSync(broken, "throw new Error('worker could not start');\n");
      const name = 'libreoffice-en.pdf';
      const one = await readPdf(bytes(name), name, limits, oneThread);
      const failed = await readPdf(bytes(name), name, limits, { workerFile: pathToFileURL(broken), minPages: 1, minBytes: 0, idleCore: () => true });
      expect(JSON.stringify(failed)).toBe(JSON.stringify(one));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the time limit still refuses, with a worker reading', async () => {
    await expect(readPdf(bytes('chromium-en.pdf'), 'chromium-en.pdf', { maxPages: 1000, timeoutMs: 1 }, twoThreads)).rejects.toThrow(/took longer than the 0.001 s limit to read/);
  });
});
