// Opens a PDF with pdfjs-dist and reads what the layout stages need (issue 13): every page's text runs with
// positions (origin top-left), fonts' sizes and boldness, the tagged structure's heading levels, the
// outline, /PageLabels and the Info dictionary. Refuses encrypted, damaged, oversized and slow documents.
import { DiscloseError } from '../../model/errors.js';
import type { DocumentInfo } from '../layout/document.js';
import type { TextRun } from './page-lines.js';
import { loadPdfJs, pdfJsDataPaths } from './pdfjs.js';
import { corrupt, encrypted, tooManyPages, tooSlow } from './refusals.js';
import { headingTags, type StructNode } from './struct-headings.js';

/** A run with its baseline (points from the top) and, in a tagged PDF, the heading level its tag gives. */
export interface PlacedRun extends TextRun {
  y: number;
  tagLevel?: number;
}

export interface RawPage {
  index: number;
  width: number;
  height: number;
  runs: PlacedRun[];
}

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

/** Bold from the font's PostScript name (`ABCDEF+Arial-BoldMT`, `SourceHanSansCN-Heavy`). */
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|-w[6-9]\b|\bw[6-9]$/i;

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

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

async function readPage(page: PdfPage, index: number): Promise<RawPage> {
  const viewport = page.getViewport({ scale: 1 });
  const [content, structure] = await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getStructTree().catch(() => null)]);
  // Font names (which say bold) come with a page's operator list, which loads its fonts into the
  // document's commonObjs; fonts are shared between pages, so only a page with a font not seen yet needs
  // it (the operator list, copied between pdfjs-dist's two halves, was a third of the reading time).
  // maxImageSize keeps its images undecoded.
  const fonts = new Set(content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : [])));
  if ([...fonts].some((name) => !page.commonObjs.has(name))) await page.getOperatorList();
  const levels = headingTags(structure as StructNode | null);
  const runs: PlacedRun[] = [];
  const marks: string[] = [];
  for (const item of content.items) {
    if (!('str' in item)) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') marks.push(item.id ?? '');
      else if (item.type === 'endMarkedContent') marks.pop();
      continue;
    }
    if (!item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const [x, y] = viewport.convertToViewportPoint(e!, f!);
    const fontSize = Math.hypot(c!, d!) || Math.hypot(a!, b!);
    const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string } | null) : null;
    const run: PlacedRun = { text: item.str, x: x!, y: y!, width: item.width, fontSize, bold: BOLD_NAME.test(font?.name ?? '') };
    const level = marks.map((id) => levels.get(id)).find((l) => l !== undefined);
    if (level !== undefined) run.tagLevel = level;
    runs.push(run);
  }
  page.cleanup();
  return { index, width: viewport.width, height: viewport.height, runs };
}

function openError(error: unknown, path: string): DiscloseError {
  const name = typeof error === 'object' && error !== null ? (error as { name?: string }).name : undefined;
  if (name === 'PasswordException') return encrypted(path);
  const message = error instanceof Error ? error.message : String(error);
  return corrupt(path, message.replace(/\s+/g, ' ').slice(0, 120));
}

/** Reads the PDF's pages, outline, labels and info, within the page and time limits. */
export async function readPdf(bytes: Uint8Array, path: string, limits: ReadLimits): Promise<RawPdf> {
  const pdfjs = await loadPdfJs();
  const deadline = Date.now() + limits.timeoutMs;
  const task = pdfjs.getDocument({
    // pdfjs-dist takes ownership of (detaches) the buffer it is given: a copy keeps the caller's bytes.
    data: new Uint8Array(bytes),
    ...pdfJsDataPaths(),
    cMapPacked: true,
    isEvalSupported: false,
    maxImageSize: 1,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pagesRead = 0;
  let total = 0;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(path, limits.timeoutMs, pagesRead, total)), limits.timeoutMs);
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
    try {
      const pages: RawPage[] = [];
      let tagged = false;
      for (let i = 1; i <= total; i++) {
        if (Date.now() > deadline) throw tooSlow(path, limits.timeoutMs, pagesRead, total);
        const page = await readPage(await doc.getPage(i), i);
        if (page.runs.some((r) => r.tagLevel !== undefined)) tagged = true;
        pages.push(page);
        pagesRead = i;
      }
      const labels = await doc.getPageLabels().catch(() => null);
      return {
        pages,
        info: await readInfo(pdfjs, doc),
        outline: await readOutline(doc, pages.map((p) => p.height)).catch(() => []),
        pageLabels: labels ?? undefined,
        tagged,
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
    await task.destroy().catch(() => undefined);
  }
}
