// Bad DOCX input (issue 13, item 7): one DiscloseError('input') line each, in bounded time and memory.
// The zip bombs are committed (80 MiB of one letter deflates to 80 KB); the rest are built here.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { layOutDocx } from '../../../src/ingest/docx/lay-out.js';
import { readerFor } from '../../../src/ingest/index.js';
import { DiscloseError } from '../../../src/model/errors.js';
import { docxFixture, docxWith } from './support.js';

async function refusal(bytes: Uint8Array, path = 'draft.docx'): Promise<string> {
  try {
    await layOutDocx(bytes, path);
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    expect((error as DiscloseError).kind).toBe('input');
    expect((error as DiscloseError).message).not.toContain('\n');
    return (error as DiscloseError).message;
  }
  throw new Error('expected a refusal');
}

const committed = (name: string): Uint8Array => new Uint8Array(readFileSync(docxFixture(name)));

describe('DOCX refusals', () => {
  test('a zip bomb is refused by the size it declares, before inflating', async () => {
    const start = performance.now();
    expect(await refusal(committed('hostile/bomb.docx'))).toBe('`draft.docx`: the DOCX part word/document.xml uncompresses to more than 32 MiB (a zip bomb?); refused');
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  test('a zip bomb that lies about its size is stopped once inflating passes the cap', async () => {
    const start = performance.now();
    expect(await refusal(committed('hostile/bomb-lying-size.docx'))).toMatch(/word\/document\.xml uncompresses to more than 32 MiB \(a zip bomb\?\); refused$/);
    expect(performance.now() - start).toBeLessThan(15_000);
  });

  test('a zip whose word/document.xml is not WordprocessingML', async () => {
    expect(await refusal(committed('hostile/not-wordprocessingml.docx'))).toBe(
      '`draft.docx`: its word/document.xml is not a WordprocessingML document (a ZIP of something else renamed?)',
    );
  });

  test('malformed XML, and a DTD (entity expansion) in a part', async () => {
    expect(await refusal(committed('hostile/malformed.docx'))).toMatch(/^`draft\.docx`: the DOCX part word\/document\.xml is not well-formed XML \(Expected closing tag 'w:p'/);
    expect(await refusal(committed('hostile/doctype.docx'))).toBe('`draft.docx`: the DOCX part word/document.xml declares a DTD, which a DOCX part never does; refused');
  });

  test('a malformed styles part is refused too, naming the part', async () => {
    expect(await refusal(await docxWith('<w:p/>', { 'word/styles.xml': '<w:styles><w:style></w:styles>' }))).toMatch(/^`draft\.docx`: the DOCX part word\/styles\.xml is not well-formed XML/);
  });

  test('an OLE compound file: encrypted, or a legacy .doc', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(readerFor({ path: 'draft.docx', bytes: ole }).format).toBe('docx');
    expect(await refusal(ole)).toBe('`draft.docx`: is encrypted or a legacy .doc (an OLE compound file), not a DOCX; save it from Word as an unprotected .docx');
  });

  test('a truncated package, and a ZIP without the main document', async () => {
    const whole = await docxWith('<w:p><w:r><w:t>Text</w:t></w:r></w:p>');
    expect(await refusal(whole.subarray(0, whole.length - 30))).toBe('`draft.docx`: is not a readable DOCX (the ZIP package is damaged or truncated)');
    const other = new JSZip();
    other.file('xl/workbook.xml', '<workbook/>');
    expect(await refusal(await other.generateAsync({ type: 'uint8array' }))).toBe('`draft.docx`: is a ZIP package without word/document.xml, not a DOCX');
  });

  test('more elements than the cap (a part of a million empty paragraphs and more) is refused before parsing', async () => {
    const start = performance.now();
    expect(await refusal(await docxWith('<w:p/>'.repeat(1_000_001)))).toBe('`draft.docx`: the DOCX part word/document.xml has more than 1,000,000 elements; refused');
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  test('nesting deeper than any Word document is refused, not a stack overflow', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(400)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(400)}`;
    expect(await refusal(await docxWith(deep))).toBe('`draft.docx`: the DOCX part word/document.xml nests elements more than 256 deep; refused');
  });
});
