// How far V8 lets the heap grow between full collections, set once at start-up for this process.
//
// Why: by default V8 grows the old generation up to 4× what survived the last full collection. Reading a
// large report makes garbage that lives just long enough to be promoted out of the young generation (a
// piece's mdast and micromark events, per-section token lists), so the heap climbed to about 4× a live
// set of about 100 MB: 0.49 GB peak for reading a 10 MB report, 0.54 GB for `suggest` on it. A fixed
// growth of 1.5× keeps the peak near 1.5× the live set (0.27 GB to read it) for the same CPU time: the
// live set is small, so the extra full collections are cheap (`npm run bench -- --inputs 1m,large`).
// V8 reads this flag at every full collection, so setting it before the heap has grown is enough. A
// user's own setting (`node --heap-growing-percent=N …`; NODE_OPTIONS may not carry it) wins.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;
const FLAG = /--heap[-_]growing[-_]percent\b/;

/** Caps the heap's growth factor at 1 + HEAP_GROWING_PERCENT / 100, unless the user set one. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => FLAG.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
