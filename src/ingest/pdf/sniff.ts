// Whether bytes are a PDF, by their header: used by the reader's sniff and by decode.ts, which gives a PDF
// its own byte limit before the file is read (a module of its own so decode.ts needs nothing else of pdf/).

/** `%PDF-`: ISO 32000-1 §7.5.2 puts the header first; readers accept it within the first 1024 bytes. */
const HEADER = Buffer.from('%PDF-', 'latin1');
export const PDF_HEADER_WITHIN = 1024 + HEADER.length;

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WITHIN));
  return head.indexOf(HEADER) !== -1;
}
