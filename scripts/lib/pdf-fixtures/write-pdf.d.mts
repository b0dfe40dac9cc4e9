// Types of write-pdf.mjs for the tests that build PDFs in-process.
export function writePdf(objects: string[], options?: { info?: string }): Buffer;
export function pageBombPdf(): Buffer;
