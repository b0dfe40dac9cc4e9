// Ingest dispatches on a file's bytes (issue 12, item 1): Markdown today; a PDF or DOCX is known by its
// content whatever its name, and read by its own reader.
// The documents are generated here: a PDF header, and real ZIP packages written by jszip.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseReportBytes, readerFor, readReport, reportText } from '../../src/ingest/index.js';
import { DiscloseError } from '../../src/model/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-dispatch-'));
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
// A PDF's first bytes: the header, then the binary comment line PDF writers add (ISO 32000-1 §7.5.2).
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]);

async function zip(entries: Record<string, string>): Promise<Buffer> {
  const archive = new JSZip();
  for (const [name, content] of Object.entries(entries)) archive.file(name, content);
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const docx = (): Promise<Buffer> =>
  zip({ '[Content_Types].xml': '<?xml version="1.0"?><Types/>', 'word/document.xml': '<?xml version="1.0"?><w:document/>' });

async function refusal(run: () => unknown): Promise<DiscloseError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    return error as DiscloseError;
  }
  throw new Error('expected a refusal');
}

describe('ingest dispatcher', () => {
  test('text is Markdown, read as before', async () => {
    const report = await parseReportBytes([{ path: 'r.md', bytes: bytes('# About us\n\n<!-- disclose: GRI 2-1 -->\n') }]);
    expect(report.sections.map((s) => s.title)).toEqual(['r.md', 'About us']);
    expect(report.tags.map((t) => [t.id, t.line])).toEqual([['GRI 2-1', 3]]);
  });

  test('a PDF, whatever its name, goes to the PDF reader (which refuses this header-only file as damaged)', async () => {
    expect(readerFor({ path: 'report.md', bytes: PDF }).format).toBe('pdf');
    const error = await refusal(() => parseReportBytes([{ path: 'report.md', bytes: PDF }]));
    expect(error.kind).toBe('input');
    expect(error.message).toBe('report.md: cannot be read as a PDF (Invalid PDF structure.); it may be truncated or damaged: download or export it again');
  });

  test('a PDF header after a few bytes of junk is still a PDF; `%PDF-` deep in a text is not', async () => {
    expect(readerFor({ path: 'r.pdf', bytes: Buffer.concat([Buffer.from('\r\n\r\n'), PDF]) }).format).toBe('pdf');
    expect(readerFor({ path: 'r.md', bytes: bytes(`${'text '.repeat(300)}\n%PDF-1.7 is a version\n`) }).format).toBe('markdown');
  });

  test('a DOCX goes to the DOCX reader, which refuses a package whose main part is not WordprocessingML', async () => {
    const file = { path: 'report.docx', bytes: await docx() };
    expect(readerFor(file).format).toBe('docx');
    expect((await refusal(() => parseReportBytes([file]))).message).toBe('`report.docx`: its word/document.xml is not a WordprocessingML document (a ZIP of something else renamed?)');
  });

  test('another ZIP (a workbook) is not a DOCX: refused as binary, as before', async () => {
    const file = { path: 'data.md', bytes: await zip({ 'xl/workbook.xml': '<workbook/>' }) };
    expect(readerFor(file).format).toBe('markdown');
    expect((await refusal(() => parseReportBytes([file]))).message).toMatch(/^`data\.md`: is (a binary file|not valid UTF-8)/);
  });

  test('the files of one report are of one format', async () => {
    const error = await refusal(() => parseReportBytes([{ path: 'a.md', bytes: bytes('# A\n') }, { path: 'b.pdf', bytes: PDF }]));
    expect(error.message).toBe('`b.pdf`: is a PDF document, and `a.md` is Markdown; expected the files of one report in one format');
  });

  test('commands that edit reports in place refuse a PDF the same way', async () => {
    expect(reportText(bytes('# A\n'), 'a.md')).toBe('# A\n');
    expect((await refusal(() => reportText(PDF, 'r.pdf'))).message).toMatch(/^`r\.pdf`: is a PDF document; only a Markdown report can be edited in place/);
  });

  test('readReport routes a named PDF file through the dispatcher', async () => {
    const file = join(tmp, 'annual.pdf');
    writeFileSync(file, PDF);
    await expect(readReport([file])).rejects.toThrow(`${file}: cannot be read as a PDF`);
  });
});
