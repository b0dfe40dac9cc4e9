// Small builders for WordprocessingML test documents (scripts/make-docx-fixtures.mjs): XML written by hand
// so each fixture holds exactly the constructs a test names, packed by JSZip with fixed dates so the same
// script writes the same bytes. The packages carry content types and relationships, so Word, LibreOffice
// and pandoc open them too (the script checks that with pandoc when it is installed).
import JSZip from 'jszip';

export const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'mc:Ignorable="wps"',
].join(' ');

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Every entry is dated this (zip entries otherwise carry the time they were written). */
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

export const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run of text (`xml:space="preserve"` so edge spaces survive). */
export const r = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/**
 * A paragraph. `content` is runs (a string is one run); options: style, numId/ilvl, pageBreakBefore,
 * outline (0-based w:outlineLvl), sectPr (XML ending a section here).
 */
export function p(content, options = {}) {
  const runs = typeof content === 'string' ? r(content) : content.join('');
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    options.numId !== undefined ? `<w:numPr>${options.ilvl !== undefined ? `<w:ilvl w:val="${options.ilvl}"/>` : ''}<w:numId w:val="${options.numId}"/></w:numPr>` : '',
    options.outline !== undefined ? `<w:outlineLvl w:val="${options.outline}"/>` : '',
    options.sectPr ?? '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

export const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
export const rendered = '<w:r><w:lastRenderedPageBreak/></w:r>';

export function sectPr({ type, start, fmt } = {}) {
  const pg = start !== undefined || fmt ? `<w:pgNumType${fmt ? ` w:fmt="${fmt}"` : ''}${start !== undefined ? ` w:start="${start}"` : ''}/>` : '';
  return `<w:sectPr>${type ? `<w:type w:val="${type}"/>` : ''}<w:pgSz w:w="11906" w:h="16838"/>${pg}</w:sectPr>`;
}

/** A table cell: text (or paragraphs XML), with gridSpan / vMerge ('restart' | 'continue'). */
export function tc(content, { span, merge } = {}) {
  const props = [span ? `<w:gridSpan w:val="${span}"/>` : '', merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : ''].join('');
  const body = typeof content === 'string' ? p(content) : content.join('');
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${body}</w:tc>`;
}

export const tr = (cells, { header, deleted } = {}) =>
  `<w:tr>${header || deleted ? `<w:trPr>${header ? '<w:tblHeader/>' : ''}${deleted ? '<w:del w:id="90" w:author="Reviewer" w:date="2025-01-01T00:00:00Z"/>' : ''}</w:trPr>` : ''}${cells.join('')}</w:tr>`;

export const tbl = (columns, rows) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;

export const documentXml = (body) => `${DECL}<w:document ${NS}><w:body>${body}</w:body></w:document>`;

/** styles.xml: default run language, and paragraph styles { id, name, basedOn, outline, numId, ilvl, pageBreakBefore, isDefault }. */
export function stylesXml({ lang, eastAsia }, styles) {
  const defs = styles
    .map((s) => {
      const pPr = [
        s.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
        s.numId !== undefined ? `<w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}<w:numId w:val="${s.numId}"/></w:numPr>` : '',
        s.outline !== undefined ? `<w:outlineLvl w:val="${s.outline}"/>` : '',
      ].join('');
      return `<w:style w:type="paragraph"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}">${s.name !== undefined ? `<w:name w:val="${esc(s.name)}"/>` : ''}${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}</w:style>`;
    })
    .join('');
  const langXml = `<w:lang w:val="${lang}"${eastAsia ? ` w:eastAsia="${eastAsia}"` : ''}/>`;
  return `${DECL}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${langXml}</w:rPr></w:rPrDefault></w:docDefaults>${defs}</w:styles>`;
}

/** A level of an abstract numbering definition. */
export const lvl = (ilvl, { fmt = 'decimal', text, start = 1, style, suff, legal } = {}) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${style ? `<w:pStyle w:val="${style}"/>` : ''}${legal ? '<w:isLgl/>' : ''}${suff ? `<w:suff w:val="${suff}"/>` : ''}<w:lvlText w:val="${esc(text)}"/></w:lvl>`;

/** numbering.xml: abstracts { id, levels: [lvl…] }, nums { id, abstract, overrides: { ilvl: start } }. */
export function numberingXml(abstracts, nums) {
  const a = abstracts.map((x) => `<w:abstractNum w:abstractNumId="${x.id}">${x.levels.join('')}</w:abstractNum>`).join('');
  const n = nums
    .map((x) => `<w:num w:numId="${x.id}"><w:abstractNumId w:val="${x.abstract}"/>${Object.entries(x.overrides ?? {}).map(([i, start]) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${start}"/></w:lvlOverride>`).join('')}</w:num>`)
    .join('');
  return `${DECL}<w:numbering ${NS}>${a}${n}</w:numbering>`;
}

/** footnotes.xml / endnotes.xml with Word's two separator notes first. */
export function notesXml(kind, notes) {
  const tag = kind === 'footnote' ? 'w:footnote' : 'w:endnote';
  const ref = kind === 'footnote' ? '<w:r><w:footnoteRef/></w:r>' : '<w:r><w:endnoteRef/></w:r>';
  const separators = `<${tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></${tag}><${tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></${tag}>`;
  const body = notes.map(({ id, text }) => `<${tag} w:id="${id}"><w:p>${ref}${r(` ${text}`)}</w:p></${tag}>`).join('');
  return `${DECL}<w:${kind}s ${NS}>${separators}${body}</w:${kind}s>`;
}

export const coreXml = ({ title, creator, created }) =>
  `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;

export const appXml = ({ application, version }) =>
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${esc(application)}</Application><AppVersion>${version}</AppVersion></Properties>`;

const PARTS = {
  'word/styles.xml': ['application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', 'styles'],
  'word/numbering.xml': ['application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml', 'numbering'],
  'word/footnotes.xml': ['application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', 'footnotes'],
  'word/endnotes.xml': ['application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml', 'endnotes'],
  'word/comments.xml': ['application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'comments'],
};

/** A DOCX package from its parts ({ 'word/document.xml': xml, … }), as bytes. */
export async function docx(parts) {
  const zip = new JSZip();
  const overrides = Object.keys(parts)
    .filter((name) => PARTS[name])
    .map((name) => `<Override PartName="/${name}" ContentType="${PARTS[name][0]}"/>`)
    .join('');
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const docRels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.keys(parts)
    .filter((name) => PARTS[name])
    .map((name, i) => `<Relationship Id="rIdP${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${PARTS[name][1]}" Target="${name.slice('word/'.length)}"/>`)
    .join('')}</Relationships>`;
  const all = { '[Content_Types].xml': types, '_rels/.rels': rels, 'word/_rels/document.xml.rels': docRels, ...parts };
  for (const [name, content] of Object.entries(all)) zip.file(name, content, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
