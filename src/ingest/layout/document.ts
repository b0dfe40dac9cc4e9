// The laid-out document (issue 13): what a reader of a format without lines (PDF, DOCX) produces before it
// becomes the one Report model. A PDF reader and a DOCX reader each turn their bytes into this; one builder
// (to-report.ts) turns it into a Report (sections, tables, blocks, pages, metadata from the text and the
// sidecar), and `disclose convert` renders it as Markdown. Keeping this step source-neutral is what lets
// `check`, `index` and `suggest` work on PDF and DOCX exactly as on Markdown.

/** One page as the reader knows it. `index` is physical (1-based, the viewer's page); `number`/`label` are printed. */
export interface LaidOutPage {
  /** 1-based physical page (sheet) in the file. */
  index: number;
  /**
   * The printed page number a reader of the report would cite (footer `34`, a spread's first half), when
   * it is a number. For a spread (two printed pages on one sheet, `51 52`) this is the left page and
   * `lastNumber` the right one.
   */
  number?: number;
  lastNumber?: number;
  /** The printed page when it is not a plain number (`iv`, `A-3`); absent when `number` says it all. */
  label?: string;
  /** True when the page carries no text layer (an image only: a scanned page, a full-page picture). */
  noText?: boolean;
}

/** Where page numbers came from: the printed footer/header, `/PageLabels`, physical order, DOCX page breaks. */
export type PageNumberSource = 'printed' | 'page-labels' | 'physical' | 'page-breaks';

interface BlockBase {
  /** Physical page (`LaidOutPage.index`) the block starts on. */
  page: number;
  /** Physical page it ends on, when it runs over a page break (a paragraph, a table several pages long). */
  endPage?: number;
  /**
   * The printed page it starts on when that is not its sheet's `number`: a block on the right half of a
   * spread (two printed pages on one sheet) stands on the sheet's `lastNumber`.
   */
  printed?: number;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1–6, the rank of its style (structure tree, bookmarks, DOCX style chain, or style rank). */
  level: number;
  /** The heading text as printed, its number included (`3.2 Emissions`, `第三章 环境`). */
  text: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  /** One paragraph's text, white space collapsed, hyphenation at line ends undone where certain. */
  text: string;
}

export interface TableBlockOut extends BlockBase {
  kind: 'table';
  /**
   * rows[0] is the header row when the table has one (a content index always does: `GRI Standard |
   * Disclosure | Location`). Cells as read: wrapped lines joined with a space; a group-label row (`GRI 2:
   * General Disclosures 2021` alone) is a row with that text in its first cell and the rest empty; header
   * rows repeated on later pages are kept (the index reader recognises them).
   */
  rows: string[][];
}

export type LaidOutBlock = HeadingBlock | ParagraphBlock | TableBlockOut;

/** The document's own metadata (PDF Info / XMP, DOCX core properties). Dates ISO `YYYY-MM-DD`. */
export interface DocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  created?: string;
  modified?: string;
  /** `Microsoft Word`, `LibreOffice 7.4`, `Skia/PDF m120`: for notes, never for judgement. */
  producer?: string;
  /** The document's declared language (`zh-CN`, `en-GB`), when it has one. */
  language?: string;
}

export interface LaidOutDocument {
  /** The path as the user gave it. */
  file: string;
  format: 'pdf' | 'docx';
  pages: LaidOutPage[];
  pageNumberSource: PageNumberSource;
  /** True when pages are estimates (a DOCX has no pages until a word processor lays it out). */
  pagesApproximate: boolean;
  /** Blocks in reading order; running headers, footers, page numbers and the contents page left out. */
  blocks: LaidOutBlock[];
  info: DocumentInfo;
  /**
   * What the reader wants the user to know, one sentence each (`page numbers are physical: no printed
   * numbers were found`). Shown as notes on stderr by the CLI and in JSON output; never findings.
   */
  notes: string[];
}
