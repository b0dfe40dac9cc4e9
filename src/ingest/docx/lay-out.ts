// DOCX -> laid-out document (issue 13, item 2): a small reader over the OOXML parts, because the
// libraries measured (mammoth, pandoc, officeparser) lose heading numbers (`numbering.xml`), which a
// report's sections are cited by. Parts are found at the names every producer writes (Word, LibreOffice,
// pandoc, WPS); the package's relationships are not followed.
import type { LaidOutBlock, LaidOutDocument } from '../layout/document.js';
import { DiscloseError } from '../../model/errors.js';
import { BodyReader } from './body.js';
import { documentInfo } from './info.js';
import { readNotes } from './notes.js';
import { Numbering } from './numbering.js';
import { openDocxPackage } from './package.js';
import { estimatePages } from './page-estimate.js';
import { pageGeometry } from './page-geometry.js';
import { PageTracker } from './pages.js';
import { Styles } from './styles.js';
import { child, parseXmlPart, textOf, WORDPROCESSINGML, type XmlElement } from './xml.js';

const MAIN = 'word/document.xml';

function count(app: XmlElement | undefined, name: string): number | undefined {
  const value = Number(textOf(child(app, name)).trim());
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** How far docProps/app.xml's character count may be from the text read and still describe it. */
const STATS_TOLERANCE = 0.25;

/**
 * docProps/app.xml's `<Pages>`: how many pages the application counted when it last saved the file, if the
 * statistics describe this text. They are what the writer last stored: pandoc copies its template's (1 page,
 * 83 words) into every file, and a generator may write none. So `<Characters>` (Word's count, spaces left
 * out) must be within a quarter of the text read, else the count is ignored.
 */
function statedPages(app: XmlElement | undefined, blocks: readonly LaidOutBlock[]): number | undefined {
  const pages = count(app, 'Pages');
  const characters = count(app, 'Characters');
  if (pages === undefined || characters === undefined) return undefined;
  let read = 0;
  for (const block of blocks) {
    const text = block.kind === 'table' ? block.rows.flat().join('') : block.text;
    read += text.replace(/\s+/g, '').length;
  }
  return Math.abs(read - characters) <= STATS_TOLERANCE * Math.max(read, characters) ? pages : undefined;
}

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
  const app = await part('docProps/app.xml');
  const info = documentInfo(await part('docProps/core.xml'), app, styles, sample);
  const stated = statedPages(app, reader.blocks);
  const geometry = pageGeometry(child(body, 'w:sectPr'), pages.commonSize ?? styles.defaultHalfPoints);
  const estimate = estimatePages(reader.blocks, geometry, pages.counted, stated, reader.spacing);
  const from = pages.renderedBreaks > 0 ? 'its page breaks and the breaks Word last rendered' : `its explicit page breaks${estimate.added === 0 ? ' only' : ''}`;
  const spread =
    estimate.added === 0
      ? ''
      : `, and from the length of its text where it runs on past a page (${estimate.added} pages added${stated !== undefined ? `, spread over the ${stated} pages its docProps/app.xml counts` : ''})`;
  return {
    file: path,
    format: 'docx',
    pages: pages.pages(estimate.shifted, estimate.pageCount),
    pageNumberSource: 'page-breaks',
    pagesApproximate: true,
    blocks: estimate.blocks,
    info,
    notes: [`pages are approximate: a DOCX has no pages until a word processor lays it out; these come from ${from}${spread}`],
  };
}
