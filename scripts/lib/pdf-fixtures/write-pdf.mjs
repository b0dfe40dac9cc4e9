// Writes a PDF from its objects' source text (numbered from 1, the first the catalog), with a correct
// cross-reference table: for test files whose shape no PDF tool will produce (a font that is not
// embedded, a page tree that claims a million pages). A writer of a few fixed shapes, never a parser.
export function writePdf(objects, { info = '' } = {}) {
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info << ${info} >>` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A PDF bomb's shape: a page tree of three levels of 100 references each to the same node, so a file of a
 * few kilobytes holds 1,000,000 pages (each the same empty page). Refused by the page limit.
 */
export function pageBombPdf() {
  const kids = (ref) => `${ref} `.repeat(100);
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids('3 0 R')}] /Count 1000000 >>`,
    `<< /Type /Pages /Parent 2 0 R /Kids [${kids('4 0 R')}] /Count 10000 >>`,
    `<< /Type /Pages /Parent 3 0 R /Kids [${kids('5 0 R')}] /Count 100 >>`,
    '<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] >>',
  ]);
}
