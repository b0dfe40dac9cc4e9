// PDF -> laid-out document (issue 13). Stub until the layout reader lands: it refuses as before.
import type { LaidOutDocument } from '../layout/document.js';
import { notReadYet } from '../not-read-yet.js';

/** Caps on what one PDF may cost (issue 13, item 7); both configurable. */
export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

export async function layOutPdf(bytes: Uint8Array, path: string, limits?: Partial<PdfLimits>): Promise<LaidOutDocument> {
  void bytes;
  void limits;
  throw notReadYet(path, 'PDF');
}
