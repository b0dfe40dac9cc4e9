// DOCX -> laid-out document (issue 13, item 2): a small reader over the OOXML parts, because the
// libraries measured (mammoth, pandoc, officeparser) lose heading numbers (`numbering.xml`), which a
// report's sections are cited by. Parts are found at the names every producer writes (Word, LibreOffice,
// pandoc, WPS); the package's relationships are not followed.
import type { LaidOutDocument } from '../layout/document.js';
import { DiscloseError } from '../../model/errors.js';
import { BodyReader } from './body.js';
import { documentInfo } from './info.js';
import { readNotes } from './notes.js';
import { Numbering } from './numbering.js';
import { openDocxPackage } from './package.js';
import { PageTracker } from './pages.js';
import { Styles } from './styles.js';
import { child, parseXmlPart, WORDPROCESSINGML, type XmlElement } from './xml.js';

const MAIN = 'word/document.xml';

export async function layOutDocx(bytes: Uint8Array, path: string): Promise<LaidOutDocument> {
  const pkg = await openDocxPackage(bytes, path);
  const part = async (name: string): Promise<XmlElement | undefined> => {
    const text = await pkg.text(name);
    return text === undefined ? undefined : parseXmlPart(text, path, name);
  };
  const mainText = await pkg.text(MAIN);
  if (mainText === undefined) throw new DiscloseError('input', `\`${path}\`: is a ZIP package without ${MAIN}, not a DOCX`, path);
  const document = parseXmlPart(mainText, path, MAIN);
  const body = child(document, 'w:body');
  if (document.name !== 'w:document' || !WORDPROCESSINGML.has(document.attrs['xmlns:w'] ?? '') || !body) {
    throw new DiscloseError('input', `\`${path}\`: its ${MAIN} is not a WordprocessingML document (a ZIP of something else renamed?)`, path);
  }
  const styles = new Styles(await part('word/styles.xml'));
  const numbering = new Numbering(await part('word/numbering.xml'), styles.listStyles);
  const notes = {
    footnotes: readNotes(await part('word/footnotes.xml'), 'w:footnote'),
    endnotes: readNotes(await part('word/endnotes.xml'), 'w:endnote'),
  };
  const pages = new PageTracker();
  const reader = new BodyReader(styles, numbering, pages, notes);
  reader.read(body);
  const sample = reader.blocks
    .slice(0, 200)
    .map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text))
    .join(' ');
  const info = documentInfo(await part('docProps/core.xml'), await part('docProps/app.xml'), styles, sample);
  const from = pages.renderedBreaks > 0 ? 'its page breaks and the breaks Word last rendered' : 'its explicit page breaks only';
  return {
    file: path,
    format: 'docx',
    pages: pages.pages(),
    pageNumberSource: 'page-breaks',
    pagesApproximate: true,
    blocks: reader.blocks,
    info,
    notes: [`pages are approximate: a DOCX has no pages until a word processor lays it out; these come from ${from}`],
  };
}
