// Pages shared out between the reading thread and a page worker (issue 13, item 8: pdfjs-dist's text
// extraction was 80 % of reading a text PDF, on one core of two). Both threads open the document and claim
// the next unread page from one counter in shared memory, so a worker that starts late (it loads
// pdfjs-dist first) simply claims fewer pages; which thread reads a page never changes what is read
// (read-page.ts), so the merged pages are the same bytes as one thread's.

/** [next page to claim - 1, pages read] in a SharedArrayBuffer both threads see. */
export type ClaimCounters = Int32Array;

export function newClaims(): ClaimCounters {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** The next unclaimed 1-based page, or undefined when every page up to `total` is claimed. */
export function claimPage(claims: ClaimCounters, total: number): number | undefined {
  const page = Atomics.add(claims, 0, 1) + 1;
  return page <= total ? page : undefined;
}

/** No page is claimed any more: the reading thread reads them all (a document too short to share). */
export function closeClaims(claims: ClaimCounters): void {
  Atomics.store(claims, 0, 0x3fffffff);
}

export function pageDone(claims: ClaimCounters): void {
  Atomics.add(claims, 1, 1);
}

export function pagesDone(claims: ClaimCounters): number {
  return Atomics.load(claims, 1);
}
