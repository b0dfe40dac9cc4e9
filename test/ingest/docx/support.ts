// DOCX test documents: the committed ones (scripts/make-docx-fixtures.mjs writes them) and small
// packages built in the test from a body's XML, for one construct at a time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { layOutDocx } from '../../../src/ingest/docx/lay-out.js';
import type { LaidOutBlock, LaidOutDocument } from '../../../src/ingest/layout/document.js';

export const docxFixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/docx/${name}`, import.meta.url));

export function readFixture(name: string): Promise<LaidOutDocument> {
  const path = docxFixture(name);
  return layOutDocx(new Uint8Array(readFileSync(path)), path);
}

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A package holding word/document.xml with `body`, and any other parts given. */
export async function docxWith(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const styles = (defs: string): string => `<?xml version="1.0"?><w:styles xmlns:w="${W}">${defs}</w:styles>`;
export const numbering = (defs: string): string => `<?xml version="1.0"?><w:numbering xmlns:w="${W}">${defs}</w:numbering>`;

/** Blocks as short lines (`H2 1.1 Scope`, `P text`, `T a|b / c|d`), with their pages (`@3`, `@2-3`). */
export function brief(blocks: readonly LaidOutBlock[], withPages = false): string[] {
  return blocks.map((block) => {
    const where = withPages ? ` @${block.page}${block.endPage !== undefined ? `-${block.endPage}` : ''}` : '';
    if (block.kind === 'heading') return `H${block.level} ${block.text}${where}`;
    if (block.kind === 'paragraph') return `P ${block.text}${where}`;
    return `T ${block.rows.map((row) => row.join('|')).join(' / ')}${where}`;
  });
}
