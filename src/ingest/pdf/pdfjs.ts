// Loading pdfjs-dist (issue 13), only when a PDF is read: `check` on Markdown never imports it (a meta test
// guards that). Version 4.10.38, legacy build: 5.x needs Node >= 20.19 (it calls process.getBuiltinModule
// and Promise.try unguarded) and 6.x crashes on Node 20 (Promise.withResolvers), while disclose supports
// Node >= 20.11 (package.json engines); 4.10.38 runs on every Node 20 and measured the same as 5.6.205 on
// reports (../shared/docs/pdf-docx.md). The CVE-2024-4367 fix is in 4.2.67; isEvalSupported is off anyway.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * Messages pdfjs-dist prints with console.log while its module loads, about polyfills only rendering needs
 * (DOMMatrix, ImageData, Path2D from the optional native canvas package): disclose never renders, and
 * console.log is stdout, where `check --format json` writes its output. Its later warnings are off through
 * the `verbosity` option; these come before any option can be passed.
 */
const LOAD_WARNINGS = /^Warning: (Cannot load "@napi-rs\/canvas"|Cannot polyfill|Cannot access the `require` function)/;

async function importQuietly(): Promise<PdfJs> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && LOAD_WARNINGS.test(args[0])) return;
    log(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
  }
}

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importQuietly();
  return loading;
}

/** Where the installed package keeps its cMaps and standard fonts (files, read by its Node factories). */
export function pdfJsDataPaths(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}
