// DOCX -> laid-out document (issue 13). Stub until the OOXML reader lands: it refuses as before.
import type { LaidOutDocument } from '../layout/document.js';
import { notReadYet } from '../not-read-yet.js';

export async function layOutDocx(bytes: Uint8Array, path: string): Promise<LaidOutDocument> {
  void bytes;
  throw notReadYet(path, 'DOCX');
}
