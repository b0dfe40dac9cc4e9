// Loading pdfjs-dist (issue 13), only when a PDF is read: `check` on Markdown never imports it
// (test/ingest/pdf/lazy.test.ts). Version 4.10.38, legacy build. 5.6.205 (the last 5.x for Node 20: 5.7
// needs Node 22.13) was measured against it for speed (issue 13, item 8) and not taken: on the bench's
// 120-page PDF its text extraction cost as much CPU (median of 4 interleaved runs, 1.54 s against 1.42 s
// to read the pages) and its import more (116 ms of CPU against 86, median of 5), and it would have raised
// engines to >= 20.19. 6.x crashes on Node 20
// (Promise.withResolvers). 4.10.38 declares Node >= 20 and runs on every Node 20. CVE-2024-4367 was fixed
// in 4.2.67, and isEvalSupported is off anyway.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/** The parser module: named through a constant because the package ships no types for it. */
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Messages pdfjs-dist prints with console.log while its module loads, about polyfills only rendering needs
 * (DOMMatrix, ImageData, Path2D from the optional native canvas package): disclose never renders, and
 * console.log is stdout, where `check --format json` writes its output. Its later warnings are off through
 * the `verbosity` option; these come before any option can be passed.
 */
const LOAD_WARNINGS = /^Warning: (Cannot load "@napi-rs\/canvas"|Cannot polyfill|Cannot access the `require` function)/;

/**
 * The built-ins whose own properties the legacy build's core-js polyfills may replace. It ADDS what Node 20
 * lacks (Promise.withResolvers, Set methods, iterator helpers), which pdfjs-dist needs, but it also REPLACES
 * native methods that Node 20 has: Array.prototype.push (for an edge case of non-writable lengths) and
 * JSON.parse, with JavaScript versions, for the whole process. push alone was a quarter of the time of
 * reading a 300-page PDF, and every later step of a `check` would pay too. Replaced natives are put back
 * after the import; additions stay.
 */
const BUILTINS: object[] = [
  globalThis,
  Object,
  Array,
  Array.prototype,
  JSON,
  Promise,
  Promise.prototype,
  String.prototype,
  Map.prototype,
  Set.prototype,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

function keepNatives(): () => void {
  const saved = BUILTINS.map((target) => ({ target, descriptors: Object.getOwnPropertyDescriptors(target) }));
  return () => {
    for (const { target, descriptors } of saved) {
      for (const key of Reflect.ownKeys(descriptors)) {
        const before = descriptors[key as keyof typeof descriptors] as PropertyDescriptor;
        const now = Object.getOwnPropertyDescriptor(target, key);
        const same = now !== undefined && Object.is(now.value, before.value) && now.get === before.get && now.set === before.set;
        if (!same && before.configurable) Object.defineProperty(target, key, before);
      }
    }
  };
}

async function importQuietly(): Promise<PdfJs> {
  const restore = keepNatives();
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && LOAD_WARNINGS.test(args[0])) return;
    log(...args);
  };
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The "fake worker" (pdfjs-dist's parser on this thread: no worker thread to start or leak) is taken
    // from globalThis.pdfjsWorker when it is there; importing it here, rather than letting getDocument
    // import it later, puts its polyfills under the same restore.
    const worker = (await import(WORKER)) as { WorkerMessageHandler: unknown };
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  } finally {
    console.log = log;
    restore();
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
