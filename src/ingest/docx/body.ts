// The body of word/document.xml -> laid-out blocks in document order: headings (level from the style
// chain or the paragraph's outline level, number from the list it belongs to), paragraphs, tables (merged
// cells resolved, nested tables flattened into their cell), text boxes after the paragraph that anchors
// them, footnotes after the block that cites them (`[1] …`, numbered in citation order as Word does),
// endnotes at the end (`[i] …`), contents-page entries left out. Pages come from the tracker as content is placed.
import { maxOf, pushAll } from '../../arrays.js';
import type { LaidOutBlock } from '../layout/document.js';
import { FieldState, walkInline } from './inline.js';
import { roman } from './number-formats.js';
import type { Numbering } from './numbering.js';
import type { PageNumbering, PageTracker } from './pages.js';
import { numberingRef, outlineLevel, type ParagraphSpacing, type Styles } from './styles.js';
import { child, elements, isOn, val, type XmlElement } from './xml.js';

/** Footnote and endnote texts by id, read from their parts before the body. */
export interface Notes {
  footnotes: ReadonlyMap<string, string>;
  endnotes: ReadonlyMap<string, string>;
}

interface Placed {
  text: string;
  styleId?: string | undefined;
  pPr?: XmlElement | undefined;
  page?: number;
  endPage?: number;
  footnotes: string[];
  endnotes: string[];
  textBoxes: XmlElement[];
}

const MAX_HEADING_LEVEL = 6;
/** Block-level wrappers whose content is read as if it stood in their place. */
const THROUGH = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A section's page numbering and whether it starts on a new page (`w:type`, nextPage by default). */
function sectionOf(sectPr: XmlElement): { numbering: PageNumbering; newPage: boolean } {
  const type = val(sectPr, ['w:type']);
  const start = Number(val(sectPr, ['w:pgNumType'], 'w:start'));
  const format = val(sectPr, ['w:pgNumType'], 'w:fmt');
  return {
    numbering: { ...(Number.isInteger(start) && start >= 0 ? { start } : {}), ...(format !== undefined ? { format } : {}) },
    newPage: type !== 'continuous' && type !== 'nextColumn',
  };
}

/** Every section's properties in order: those ending a section (in a paragraph) and the body's last. */
function sectionsOf(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const element of elements(node)) {
      if (element.name === 'w:sectPr') out.push(element);
      else if (element.name === 'w:p') {
        const sectPr = child(child(element, 'w:pPr'), 'w:sectPr');
        if (sectPr) out.push(sectPr);
      } else if (THROUGH.has(element.name)) visit(element);
    }
  };
  visit(body);
  return out;
}

export class BodyReader {
  readonly blocks: LaidOutBlock[] = [];
  /** Each paragraph's and heading's vertical spacing, for the page estimate. */
  readonly spacing = new Map<LaidOutBlock, ParagraphSpacing>();
  private readonly fields = new FieldState();
  private readonly citedNotes = new Map<string, number>();
  private readonly endnotesCited = new Set<string>();
  private sections: XmlElement[] = [];
  private section = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly pages: PageTracker,
    private readonly notes: Notes,
  ) {}

  read(body: XmlElement): void {
    this.sections = sectionsOf(body);
    const first = this.sections[0];
    if (first) this.pages.startSection(sectionOf(first).numbering, false);
    this.container(body);
    // Endnotes close the document, marked i, ii, iii as Word marks them by default.
    [...this.endnotesCited].forEach((id, i) => this.notePara(`[${roman(i + 1)}]`, this.notes.endnotes.get(id)));
  }

  private container(node: XmlElement): void {
    for (const element of elements(node)) {
      if (element.name === 'w:p') this.paragraph(element);
      else if (element.name === 'w:tbl') this.table(element);
      else if (THROUGH.has(element.name)) this.container(element);
    }
  }

  private notePara(mark: string, text: string | undefined): void {
    const body = collapse(text ?? '');
    if (body !== '') this.blocks.push({ kind: 'paragraph', page: this.pages.content(), text: `${mark} ${body}` });
  }

  /** A paragraph's text, number prefix included, and where its content landed. */
  private place(p: XmlElement): Placed {
    const pPr = child(p, 'w:pPr');
    const styleId = val(pPr, ['w:pStyle']);
    const direct = child(pPr, 'w:pageBreakBefore');
    if (direct ? isOn(direct) : this.styles.pageBreakBefore(styleId)) this.pages.newPage();
    const placed: Placed = { text: '', styleId, pPr, footnotes: [], endnotes: [], textBoxes: [] };
    const land = (): void => {
      const page = this.pages.content();
      placed.page ??= page;
      if (page !== placed.page) placed.endPage = page;
    };
    walkInline(
      p,
      {
        text: (piece) => {
          if (piece.trim() !== '') land();
          placed.text += piece;
        },
        footnote: (kind, id) => (kind === 'footnote' ? placed.footnotes : placed.endnotes).push(id),
        textBox: (content) => placed.textBoxes.push(content),
      },
      this.pages,
      this.fields,
    );
    const text = collapse(placed.text);
    // A paragraph deleted in tracked changes (its text and its mark) is gone and takes no number; an empty
    // numbered paragraph takes its number (Word shows it) but makes no block.
    const gone = text === '' && child(child(pPr, 'w:rPr'), 'w:del') !== undefined;
    const ref = gone ? undefined : (numberingRef(pPr) ?? this.styles.numbering(styleId));
    const prefix = ref ? this.numbering.next(ref, styleId) : '';
    placed.text = text === '' ? '' : collapse(`${prefix}${text}`);
    return placed;
  }

  private afterBlock(placed: Placed): void {
    for (const box of placed.textBoxes) this.container(box);
    for (const id of placed.footnotes) {
      // Word cites each footnote once; a second citation of one id (another producer) does not repeat it.
      if (this.citedNotes.has(id)) continue;
      this.citedNotes.set(id, this.citedNotes.size + 1);
      this.notePara(`[${this.citedNotes.size}]`, this.notes.footnotes.get(id));
    }
    for (const id of placed.endnotes) this.endnotesCited.add(id);
  }

  private endOfSection(pPr: XmlElement | undefined): void {
    if (!child(pPr, 'w:sectPr')) return;
    this.section++;
    const next = this.sections[this.section];
    if (next) {
      const { numbering, newPage } = sectionOf(next);
      this.pages.startSection(numbering, newPage);
    }
  }

  private paragraph(p: XmlElement): void {
    const placed = this.place(p);
    const { text, styleId, pPr } = placed;
    if (text !== '' && !this.styles.isContentsEntry(styleId)) {
      const direct = outlineLevel(pPr);
      const level = direct !== undefined ? (direct === 9 ? undefined : direct + 1) : this.styles.headingLevel(styleId);
      const where = { page: placed.page ?? this.pages.content(), ...(placed.endPage !== undefined ? { endPage: placed.endPage } : {}) };
      const block: LaidOutBlock = level !== undefined ? { kind: 'heading', level: Math.min(level, MAX_HEADING_LEVEL), text, ...where } : { kind: 'paragraph', text, ...where };
      this.blocks.push(block);
      this.spacing.set(block, this.styles.spacing(styleId, pPr));
    }
    this.afterBlock(placed);
    this.endOfSection(pPr);
  }

  /** Rows of a table, through content controls; a row deleted in tracked changes is left out. */
  private rowsOf(node: XmlElement): XmlElement[] {
    return elements(node).flatMap((element) => {
      if (element.name === 'w:tr') return child(child(element, 'w:trPr'), 'w:del') ? [] : [element];
      return THROUGH.has(element.name) ? this.rowsOf(element) : [];
    });
  }

  private cellsOf(node: XmlElement): XmlElement[] {
    return elements(node).flatMap((element) => (element.name === 'w:tc' ? [element] : THROUGH.has(element.name) ? this.cellsOf(element) : []));
  }

  /** A cell's text: its paragraphs, and any table nested in it, flattened, joined by spaces. */
  private cellText(cell: XmlElement, into: Placed): string {
    const parts: string[] = [];
    const visit = (node: XmlElement): void => {
      for (const element of elements(node)) {
        if (element.name === 'w:p') {
          const placed = this.place(element);
          if (placed.page !== undefined) {
            into.page ??= placed.page;
            if ((placed.endPage ?? placed.page) !== into.page) into.endPage = placed.endPage ?? placed.page;
          }
          if (placed.text !== '' && !this.styles.isContentsEntry(placed.styleId)) parts.push(placed.text);
          pushAll(into.footnotes, placed.footnotes);
          pushAll(into.endnotes, placed.endnotes);
          for (const box of placed.textBoxes) visit(box);
        } else if (element.name === 'w:tbl') {
          for (const row of this.rowsOf(element)) for (const inner of this.cellsOf(row)) parts.push(this.cellText(inner, into));
        } else if (THROUGH.has(element.name)) visit(element);
        // Anything else (cell properties, a deleted or moved-from wrapper) shows no text.
      }
    };
    visit(cell);
    return collapse(parts.join(' '));
  }

  private table(tbl: XmlElement): void {
    const placed: Placed = { text: '', footnotes: [], endnotes: [], textBoxes: [] };
    const rows: string[][] = [];
    // The text of the cell that starts a vertical merge, by grid column: continuation cells repeat it,
    // so every row of an index says which standard it belongs to.
    const merged = new Map<number, string>();
    for (const tr of this.rowsOf(tbl)) {
      const row: string[] = [];
      const before = Number(val(child(tr, 'w:trPr'), ['w:gridBefore']));
      for (let i = 0; i < (Number.isInteger(before) && before > 0 && before < 64 ? before : 0); i++) row.push('');
      for (const tc of this.cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const column = row.length;
        let text = this.cellText(tc, placed);
        const vMerge = child(tcPr, 'w:vMerge');
        if (vMerge && vMerge.attrs['w:val'] !== 'restart') text = merged.get(column) ?? text;
        else if (vMerge) merged.set(column, text);
        else merged.delete(column);
        const span = Number(val(tcPr, ['w:gridSpan']));
        row.push(text);
        for (let i = 1; i < (Number.isInteger(span) && span > 1 && span < 64 ? span : 1); i++) row.push('');
      }
      rows.push(row);
    }
    const width = maxOf(rows.map((row) => row.length), 0);
    for (const row of rows) while (row.length < width) row.push('');
    if (rows.length > 0 && width > 0) {
      this.blocks.push({ kind: 'table', rows, page: placed.page ?? this.pages.content(), ...(placed.endPage !== undefined ? { endPage: placed.endPage } : {}) });
    }
    this.afterBlock(placed);
  }
}
