// DOCX: recognised as a ZIP package with a Word main document; read by the OOXML reader (lay-out.ts), then
// turned into the same report model (layout/).
import type { ReportReader } from '../reader.js';
import { readLaidOut } from '../layout/read-laid-out.js';
import { isOleCompoundFile } from './package.js';

/** A ZIP local file header (APPNOTE.TXT §4.3.7). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/**
 * The main document part of a WordprocessingML package (ECMA-376 Part 1 §11.3.10). ZIP stores entry names
 * uncompressed, in the local headers and the central directory, so the name is in the bytes as written;
 * the file was bounded by MAX_REPORT_BYTES before it was read, so the search is bounded.
 */
const MAIN_PART = Buffer.from('word/document.xml', 'latin1');

export function isDocx(bytes: Uint8Array): boolean {
  // An encrypted DOCX is an OLE compound file (so is a legacy .doc): the DOCX reader refuses it by name.
  if (isOleCompoundFile(bytes)) return true;
  if (!ZIP.every((byte, i) => bytes[i] === byte)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(MAIN_PART) !== -1;
}

export const docxReader: ReportReader = {
  format: 'docx',
  name: 'DOCX',
  sniff: (bytes) => isDocx(bytes),
  // lay-out.ts loads jszip and the XML parser: imported only when a DOCX is read.
  read: (files, defaults) => readLaidOut(files, defaults, 'DOCX', async (file) => (await import('./lay-out.js')).layOutDocx(file.bytes, file.path)),
};
