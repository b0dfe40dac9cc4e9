// One page of an open PDF -> its text runs with positions, sizes, boldness and tagged heading levels
// (issue 13). Shared by the reading thread and the page worker (page-worker.ts), so that a page reads the
// same, byte for byte, whichever thread reads it: nothing here depends on which other pages the document
// has read before (fonts are matched by their PostScript name, not pdfjs-dist's per-document font ids).
import type { TextRun } from './page-lines.js';
import type { loadPdfJs } from './pdfjs.js';
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

/** Bold from the font's PostScript name (`ABCDEF+Arial-BoldMT`, `SourceHanSansCN-Heavy`). */
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|-w[6-9]\b|\bw[6-9]$/i;

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** The options every thread opens a PDF with: safe (no eval), images never decoded, no fonts rendered. */
export function openPdf(pdfjs: PdfJs, bytes: Uint8Array, paths: { cMapUrl: string; standardFontDataUrl: string }): ReturnType<PdfJs['getDocument']> {
  return pdfjs.getDocument({
    // pdfjs-dist takes ownership of (detaches) the buffer it is given: a copy keeps the caller's bytes.
    data: new Uint8Array(bytes),
    ...paths,
    cMapPacked: true,
    isEvalSupported: false,
    maxImageSize: 1,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

export async function readPage(doc: PdfDocument, index: number): Promise<RawPage> {
  const page: PdfPage = await doc.getPage(index);
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

