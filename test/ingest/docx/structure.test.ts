// Heading levels from the style chain and the paragraph, and the inline constructs of WordprocessingML,
// one at a time in small packages built here.
import { layOutDocx } from '../../../src/ingest/docx/lay-out.js';
import JSZip from 'jszip';
import { brief, docxWith, styles, W } from './support.js';

const para = (style: string | undefined, text: string, pPr = ''): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const style = (id: string, name: string | undefined, extra = ''): string =>
  `<w:style w:type="paragraph" w:styleId="${id}">${name !== undefined ? `<w:name w:val="${name}"/>` : ''}${extra}</w:style>`;

async function read(body: string, styleDefs = ''): Promise<string[]> {
  const bytes = await docxWith(body, styleDefs ? { 'word/styles.xml': styles(styleDefs) } : {});
  return brief((await layOutDocx(bytes, 's.docx')).blocks);
}

describe('heading levels', () => {
  test('from the closest style in the basedOn chain; a cycle in the chain ends', async () => {
    const defs = [
      style('Heading2', 'heading 2'),
      style('Custom', 'Board Heading', '<w:basedOn w:val="Heading2"/>'),
      style('LoopA', 'Loop A', '<w:basedOn w:val="LoopB"/>'),
      style('LoopB', 'Loop B', '<w:basedOn w:val="LoopA"/>'),
    ].join('');
    expect(await read(para('Custom', 'Board') + para('LoopA', 'Body'), defs)).toEqual(['H2 Board', 'P Body']);
  });

  test('a numeric style id without a name (Chinese Word), and the Title style', async () => {
    expect(await read(para('3', 'Third') + para('T', 'The title'), style('3', undefined) + style('T', 'Title'))).toEqual(['H3 Third', 'H1 The title']);
  });

  test('a paragraph outline level overrides its style; level 9 is body text; levels past 6 are 6', async () => {
    const defs = style('Heading1', 'heading 1') + style('Normal', 'Normal');
    const body = [
      para('Normal', 'Promoted', '<w:outlineLvl w:val="1"/>'),
      para('Heading1', 'Demoted', '<w:outlineLvl w:val="9"/>'),
      para(undefined, 'Deep', '<w:outlineLvl w:val="7"/>'),
      para('Heading1', ''),
    ].join('');
    expect(await read(body, defs)).toEqual(['H2 Promoted', 'P Demoted', 'H6 Deep']);
  });

  test('the default paragraph style applies to a paragraph without one', async () => {
    const defs = `<w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:name w:val="heading 4"/></w:style>`;
    expect(await read(para(undefined, 'Plain'), defs)).toEqual(['H4 Plain']);
  });
});

describe('inline constructs', () => {
  test('a field inside a field code shows nothing; a field spanning paragraphs shows its result in each', async () => {
    const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const code = (text: string): string => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [
      `<w:p>${run('Total: ')}${fld('begin')}${code(' IF ')}${fld('begin')}${code(' MERGEFIELD x ')}${fld('separate')}${run('hidden')}${fld('end')}${code(' = 1 ')}${fld('separate')}${run('42')}${fld('end')}${run(' t')}</w:p>`,
      `<w:p>${fld('begin')}${code(' TOC ')}${fld('separate')}${run('First entry')}</w:p>`,
      `<w:p>${run('Second entry')}${fld('end')}</w:p>`,
      `<w:p>${run('After')}</w:p>`,
    ].join('');
    expect(await read(body)).toEqual(['P Total: 42 t', 'P First entry', 'P Second entry', 'P After']);
  });

  test('tabs, breaks, non-breaking hyphens and numeric character references', async () => {
    const body = `<w:p><w:r><w:t>CO</w:t><w:tab/><w:t>2</w:t><w:br/><w:t>e</w:t><w:noBreakHyphen/><w:t>&#x4E2D;&#25991; &amp; more</w:t><w:softHyphen/></w:r></w:p>`;
    expect(await read(body)).toEqual(['P CO 2 e-中文 & more']);
  });

  test('hidden text (w:vanish) is left out, text switched back on is shown', async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>also shown</w:t></w:r></w:p>`;
    expect(await read(body)).toEqual(['P Shown also shown']);
  });

  test('a table cell spanning columns keeps the grid; a short row is padded; an empty table is no block', async () => {
    const cell = (text: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const body = [
      `<w:tbl><w:tr>${cell('a')}${cell('b')}${cell('c')}</w:tr><w:tr>${cell('wide', '<w:gridSpan w:val="2"/>')}${cell('z')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('y')}</w:tr></w:tbl>`,
      '<w:tbl></w:tbl>',
    ].join('');
    expect(await read(body)).toEqual(['T a|b|c / wide||z / |y|']);
  });
});

describe('namespaces', () => {
  test('a part that binds WordprocessingML to another prefix reads the same', async () => {
    const xml = `<?xml version="1.0"?><ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:pPr><ns0:outlineLvl ns0:val="0"/></ns0:pPr><ns0:r><ns0:t>Heading</ns0:t></ns0:r></ns0:p><ns0:p><ns0:r><ns0:t>Text</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    expect(brief((await layOutDocx(await zip.generateAsync({ type: 'uint8array' }), 'ns.docx')).blocks)).toEqual(['H1 Heading', 'P Text']);
  });
});
