// The entry of the page worker (issue 13, item 8): opens the same PDF and reads the pages it claims
// (page-claims.ts) until none is left or the deadline passes, then posts them back. It reports no errors:
// a page it could not read stays unread, and the reading thread reads it again, so an error is reported
// by one thread, the same way as without a worker. Started by page-threads.ts from dist/ (by file name).
import { parentPort, workerData } from 'node:worker_threads';
import { claimPage, pageDone, type ClaimCounters } from './page-claims.js';
import { loadPdfJs } from './pdfjs.js';
import { openPdf, readPage, type RawPage } from './read-page.js';

export interface PageWorkerData {
  bytes: Uint8Array;
  claims: ClaimCounters;
  deadline: number;
  paths: { cMapUrl: string; standardFontDataUrl: string };
}

async function readClaimed(data: PageWorkerData): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, data.bytes, data.paths);
  try {
    const doc = await task.promise;
    for (let index = claimPage(data.claims, doc.numPages); index !== undefined && Date.now() <= data.deadline; index = claimPage(data.claims, doc.numPages)) {
      pages.push(await readPage(doc, index));
      pageDone(data.claims);
    }
  } catch {
    // Left to the reading thread: see the head of this file.
  } finally {
    await task.destroy().catch(() => undefined);
  }
  return pages;
}

if (parentPort) parentPort.postMessage(await readClaimed(workerData as PageWorkerData));
