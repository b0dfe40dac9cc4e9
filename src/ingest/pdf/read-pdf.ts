// Opens a PDF with pdfjs-dist and reads what the layout stages need (issue 13): every page's text runs with
// positions (origin top-left), fonts' sizes and boldness, the tagged structure's heading levels, the
// outline, /PageLabels and the Info dictionary. Refuses encrypted, damaged, oversized and slow documents.
import { DiscloseError } from '../../model/errors.js';
import type { DocumentInfo } from '../layout/document.js';
import { loadPdfJs, pdfJsDataPaths } from './pdfjs.js';
import { corrupt, encrypted, tooManyPages, tooSlow } from './refusals.js';
import { claimPage, closeClaims, newClaims, pageDone, pagesDone } from './page-claims.js';
import { defaultPageThreads, startPageWorker, wantsWorker, type PageThreads } from './page-threads.js';
import { openPdf, readPage, type PdfDocument, type RawPage } from './read-page.js';

export type { PlacedRun, RawPage } from './read-page.js';

export interface OutlineEntry {
  title: string;
  level: number;
  /** 1-based physical page and the destination's top (points from the top), when the entry has them. */
  page?: number;
  y?: number;
}

export interface RawPdf {
  pages: RawPage[];
  info: DocumentInfo;
  outline: OutlineEntry[];
  pageLabels: string[] | undefined;
  /** True when the PDF has a structure tree with heading tags (H, H1–H6). */
  tagged: boolean;
}

export interface ReadLimits {
  maxPages: number;
  timeoutMs: number;
}

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

const isoDate = (pdfjs: PdfJs, value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const date = pdfjs.PDFDateString.toDateObject(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

async function readInfo(pdfjs: PdfJs, doc: PdfDocument): Promise<DocumentInfo> {
  const { info: raw, metadata } = await doc.getMetadata();
  const info = (raw ?? {}) as Record<string, unknown>;
  const xmp = (name: string): string | undefined => text(metadata?.get(name));
  const out: DocumentInfo = {};
  const put = (key: keyof DocumentInfo, value: string | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  put('title', text(info['Title']) ?? xmp('dc:title'));
  put('author', text(info['Author']) ?? xmp('dc:creator'));
  put('subject', text(info['Subject']) ?? xmp('dc:description'));
  put('created', isoDate(pdfjs, info['CreationDate']));
  put('modified', isoDate(pdfjs, info['ModDate']));
  put('producer', text(info['Producer']));
  put('language', text(info['Language']));
  return out;
}

async function readOutline(doc: PdfDocument, pageHeights: number[]): Promise<OutlineEntry[]> {
  const outline = await doc.getOutline();
  const entries: OutlineEntry[] = [];
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[], level: number): Promise<void> => {
    for (const item of items) {
      const entry: OutlineEntry = { title: item.title, level };
      try {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') {
          const page = (await doc.getPageIndex(dest[0] as { num: number; gen: number })) + 1;
          entry.page = page;
          const top = dest[1] && (dest[1] as { name?: string }).name === 'XYZ' ? dest[3] : undefined;
          if (typeof top === 'number' && pageHeights[page - 1] !== undefined) entry.y = pageHeights[page - 1]! - top;
        }
      } catch {
        // A broken destination leaves the entry without a page: it is still a heading to match by text.
      }
      entries.push(entry);
      if (item.items.length > 0 && level < 6) await walk(item.items, level + 1);
    }
  };
  if (outline) await walk(outline as unknown as Item[], 1);
  return entries;
}

function openError(error: unknown, path: string): DiscloseError {
  const name = typeof error === 'object' && error !== null ? (error as { name?: string }).name : undefined;
  if (name === 'PasswordException') return encrypted(path);
  const message = error instanceof Error ? error.message : String(error);
  return corrupt(path, message.replace(/\s+/g, ' ').slice(0, 120));
}

/** Reads the PDF's pages, outline, labels and info, within the page and time limits; a long document's pages on two threads (page-threads.ts). */
export async function readPdf(bytes: Uint8Array, path: string, limits: ReadLimits, threads: PageThreads = defaultPageThreads()): Promise<RawPdf> {
  const deadline = Date.now() + limits.timeoutMs;
  const paths = pdfJsDataPaths();
  const claims = newClaims();
  // Started first, from the file's size, so that its start-up (loading pdfjs-dist) overlaps this thread's;
  // stopped below if the document turns out too short to share.
  let worker = wantsWorker(threads, bytes.length) ? startPageWorker(threads, { bytes, claims, deadline, paths }) : undefined;
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, bytes, paths);
  let total = 0;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(path, limits.timeoutMs, pagesDone(claims), total)), limits.timeoutMs);
  });
  const read = async (): Promise<RawPdf> => {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      throw openError(error, path);
    }
    total = doc.numPages;
    if (total > limits.maxPages) throw tooManyPages(path, total, limits.maxPages);
    if (worker && total < threads.minPages) {
      closeClaims(claims);
      await worker.stop();
      worker = undefined;
    }
    try {
      const pages: Array<RawPage | undefined> = new Array<RawPage | undefined>(total).fill(undefined);
      const readHere = async (index: number): Promise<void> => {
        if (Date.now() > deadline) throw tooSlow(path, limits.timeoutMs, pagesDone(claims), total);
        pages[index - 1] = await readPage(doc, index);
        pageDone(claims);
      };
      for (let index = claimPage(claims, total); index !== undefined; index = claimPage(claims, total)) {
        await readHere(index);
      }
      if (worker) for (const page of await worker.pages) pages[page.index - 1] = page;
      // Pages the worker claimed but did not read (it failed or ran out of time): read here, so that any
      // error is this thread's, as without a worker.
      for (let index = 1; index <= total; index++) if (pages[index - 1] === undefined) await readHere(index);
      const read = pages as RawPage[];
      const labels = await doc.getPageLabels().catch(() => null);
      return {
        pages: read,
        info: await readInfo(pdfjs, doc),
        outline: await readOutline(doc, read.map((p) => p.height)).catch(() => []),
        pageLabels: labels ?? undefined,
        tagged: read.some((page) => page.runs.some((r) => r.tagLevel !== undefined)),
      };
    } catch (error) {
      if (error instanceof DiscloseError) throw error;
      throw openError(error, path);
    }
  };
  try {
    return await Promise.race([read(), timeout]);
  } finally {
    clearTimeout(timer);
    // A worker still reading when the time limit struck is terminated, not left to run on.
    await worker?.stop().catch(() => undefined);
    await task.destroy().catch(() => undefined);
  }
}
