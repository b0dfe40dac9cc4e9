// A one-page PDF whose Chinese text uses a font that is NOT embedded (STSong-Light, one of the Adobe-GB1
// fonts a viewer must supply) with the predefined CMap UniGB-UCS2-H: the shape of many Chinese reports made
// by older tools. Chromium and LibreOffice always embed fonts, so no tool here can make this file; it is
// written directly (write-pdf.mjs). Without pdfjs-dist's cMaps the text of such a file is
// silently dropped: the test on it proves the reader passes them.
import { writePdf } from './write-pdf.mjs';

export function cjkCmapPdf(text) {
  const hex = [...text].map((ch) => ch.codePointAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  const content = `BT /F1 24 Tf 72 720 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return writePdf(objects, { info: '/Title (CMap test)' });
}
