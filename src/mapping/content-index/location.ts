// An index row's location as printed (contracts.md §1, domain.md §7): page lists (`20、70`, `24-25, 88`,
// `93-96 67-76`, `p. 12–14`, `第12页`), section paths (`Integrity and Compliance - Compliance System`),
// both (`About Us, p. 3`), "not applicable", "not reported" marks (`/`, `—`), or a sentence answering
// in place. Total and linear: every input gives a ParsedLocation, each step is one regex pass over
// text whose white space runs were collapsed first (so no pattern can backtrack over long runs).
import type { LocationKind, PageRange, ParsedLocation } from '../../model/content-index.js';
import { omissionReasonAt } from './omission.js';
import { pushAll } from '../../arrays.js';

/** Longer cells are read as prose without further parsing. */
const MAX_PARSED = 1000;
/** A number with more digits is not a page. */
const PAGE_TOKEN =
  /(?:(?:pages?|pp?|pg)\.? ?|第 ?)?(\d{1,6})(?: ?(?:-|‐|‑|‒|–|—|―|−|~|至|到|to) ?(?:(?:pp?|pg)\.? ?|第 ?)?(\d{1,6}))? ?(?:页|頁)?(?: ?(?:,|、|;|&|\/|and|及|和) ?| |$)/iy;
const ONLY_MARKS = /^[/\\\-‐‑‒–—―−_~·•.×✗✘* ]+$/;
const NOT_APPLICABLE = /^(?:n\/a|n\.a\.?|na)$|^(?:not applicable|inapplicable|n\/a\b|不适用|不適用)/i;
const NOT_REPORTED = /^(?:none|nil|无|無)$|^(?:not (?:reported|disclosed|available)|omitted|未披露|未报告|未報告|暂未披露|暫未披露|暂不披露|不披露)/i;
const URL = /^(?:https?:\/\/|www\.)/i;
/**
 * The mark `disclose index` writes after a partially reported row's location (templates/locales:
 * `indexText.partial`): an index pasted into its report reads the location before it. After NFKC, so `（）` is `()`.
 */
const PARTIAL_MARK = / ?\((?:partially reported|部分报告)\)$/i;
// Where a page reference starts inside a section cell: `About Us p. 3`, `About Us (P3)`, `关于我们 第3页`.
const PAGE_MARK = /(?:^|[ ([])(?:(?:pages?|pp?|pg)\.? ?(?=\d)|第 ?(?=\d))/i;
const TRAILING_PAGES = /(?:^|[ ([]|(?<=[\u3400-\u9fff]))\d{1,6}(?: ?(?:-|–|—|~|至) ?\d{1,6})? ?[页頁]\)?$/u;
// `Chapter - Section`, `Chapter > Section`, `Chapter — Section`, `章节——小节`, `章节-小节` between CJK.
// An en dash without spaces is left alone: it joins years and numbers inside titles (`2021–2025 Plan`).
const PATH_SEPARATOR = / [-‐‑–] |[ ]?(?:[>›»→]|[—―]+)[ ]?|(?<=[\u3400-\u9fff])[-‐‑–](?=[\u3400-\u9fff])/u;
const PART_EDGE = new Set([' ', ',', ';', ':', '-', '‐', '‑', '–', '—']);

/** `part` without separators at either end (a loop: a regex anchored at the end can go quadratic). */
function trimEdges(part: string): string {
  let s = 0;
  let e = part.length;
  while (s < e && PART_EDGE.has(part[s]!)) s++;
  while (e > s && PART_EDGE.has(part[e - 1]!)) e--;
  return part.slice(s, e);
}
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const SENTENCE_END = /[.。!?！？]$/;
const NOT_SENTENCE_END = /(?:^|[ (])(?:p|pp|no|inc|ltd|co|corp|etc)\.$/i;
const CJK_SENTENCE_PUNCTUATION = /[,，。;；:：!?！？]/;

const location = (kind: LocationKind, text: string, pages: PageRange[] = [], sections: string[][] = []): ParsedLocation => ({ kind, pages, sections, text });

/** A roman page label alone (`ii`, `XIV`): front matter printed with roman numbers, cited as such. */
const ROMAN_LABEL = /^(?=[ivxl]+$|[IVXL]+$)(?:x{0,3}|X{0,3}|l|L)(?:ix|iv|v?i{0,3}|IX|IV|V?I{0,3})$/;

/** The whole of `text` as a page list, or undefined when anything else is in it. */
export function parsePageList(text: string): PageRange[] | undefined {
  const pages: PageRange[] = [];
  PAGE_TOKEN.lastIndex = 0;
  while (PAGE_TOKEN.lastIndex < text.length) {
    const at = PAGE_TOKEN.lastIndex;
    const m = PAGE_TOKEN.exec(text);
    if (!m || PAGE_TOKEN.lastIndex === at) return undefined;
    const from = Number(m[1]);
    pages.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
  }
  return pages.length > 0 ? pages : undefined;
}

function isProse(text: string): boolean {
  if (URL.test(text)) return true;
  // Long pieces are sentences; a list of `Chapter - Section` references separated by `;` is not.
  if (text.split(/[;；]/).some((piece) => piece.trim().split(' ').length > 10)) return true;
  // A heading with a stray full stop (`Green Production.`) is no sentence: a sentence has some words.
  if (SENTENCE_END.test(text) && !NOT_SENTENCE_END.test(text) && (text.split(' ').length >= 4 || (text.match(CJK)?.length ?? 0) >= 10)) return true;
  const cjk = text.match(CJK);
  return cjk !== null && cjk.length > 25 && CJK_SENTENCE_PUNCTUATION.test(text);
}

// A bare page or range (three digits at most: `2021–2025` inside a title is a span of years, not pages).
const BARE_PAGES = /^\d{1,3}(?:[-‐‑–—~]\d{1,3})?$/;

/**
 * Several chapters, each followed by its pages, in one cell (`Business Ethics 14-15 Corporate Governance
 * 8-9`, as a PDF cell reads once its lines are joined); undefined unless the piece ends with pages and
 * every run of words is followed by one.
 */
function chapterPageRuns(piece: string): { sections: string[][]; pages: PageRange[] } | undefined {
  const runs: { sections: string[][]; pages: PageRange[] } = { sections: [], pages: [] };
  let words: string[] = [];
  for (const token of piece.split(' ')) {
    if (!BARE_PAGES.test(token)) {
      words.push(token);
      continue;
    }
    const found = parsePageList(token);
    if (!found) return undefined;
    if (words.length > 0) runs.sections.push([words.join(' ')]);
    else if (runs.sections.length === 0) return undefined;
    words = [];
    pushAll(runs.pages, found);
  }
  return words.length === 0 && runs.sections.length > 0 ? runs : undefined;
}

/** One section reference, possibly with its pages: `About Us (p. 3)` -> ["About Us"] + 3..3. */
function sectionPiece(piece: string, pages: PageRange[], sections: string[][], isHeading?: (title: string) => boolean): void {
  let title = piece;
  const mark = PAGE_MARK.exec(piece);
  const trailing = mark ? undefined : TRAILING_PAGES.exec(piece);
  // A heading that ends in a number (`About us 1`, `Chapter 3`) is that heading, not a chapter and its page.
  const runs = mark || trailing || isHeading?.(piece) ? undefined : chapterPageRuns(piece);
  if (runs) {
    pushAll(pages, runs.pages);
    pushAll(sections, runs.sections);
    return;
  }
  const at = mark ? mark.index : trailing ? trailing.index : -1;
  if (at >= 0) {
    const found = parsePageList(piece.slice(at).replace(/^[ ([]+|[)\]]+$/g, '').trim());
    if (found) {
      pushAll(pages, found);
      title = piece.slice(0, at);
    }
  }
  const path = title
    .split(PATH_SEPARATOR)
    .map(trimEdges)
    .filter((part) => part !== '');
  if (path.length > 0) sections.push(path);
}

function kindOf(pages: PageRange[], sections: string[][]): LocationKind {
  if (pages.length > 0) return sections.length > 0 ? 'mixed' : 'pages';
  return sections.length > 0 ? 'sections' : 'empty';
}

/**
 * Parses a location cell. Never throws; linear in the length of `text`. `isHeading`, where the report is at
 * hand, says whether a piece is one of its headings as written, so that a heading ending in a number is
 * read as that heading.
 */
export function parseLocation(text: string, isHeading?: (title: string) => boolean): ParsedLocation {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PARTIAL_MARK, '');
  if (t === '') return location('empty', text);
  if (t.length > MAX_PARSED) return location('prose', text);
  if (ONLY_MARKS.test(t)) return location('not-reported', text);
  if (NOT_APPLICABLE.test(t)) return location('not-applicable', text);
  const reason = omissionReasonAt(t);
  if (reason) return location(reason.id === 'not-applicable' ? 'not-applicable' : 'not-reported', text);
  if (NOT_REPORTED.test(t)) return location('not-reported', text);
  const pageList = parsePageList(t);
  if (pageList) return location('pages', text, pageList);
  if (isProse(t)) return location('prose', text);

  const pages: PageRange[] = [];
  const sections: string[][] = [];
  const labels: string[] = [];
  // Sections are separated by `;` or `、`; a `,` separates pages from a section, but may also stand
  // inside a title (`Health, Safety and Environment`), so the pieces between page lists are rejoined.
  // A Chinese heading's own number (`一、应对气候变化`) is not a separator: its `、` follows a numeral alone.
  for (const segment of t.split(/;|(?<!(?:^|[;、])\s*[一二三四五六七八九十]{1,3})、/)) {
    let words: string[] = [];
    const flush = (): void => {
      if (words.length > 0) sectionPiece(words.join(', '), pages, sections, isHeading);
      words = [];
    };
    for (const raw of segment.split(',')) {
      const piece = raw.trim();
      if (piece === '') continue;
      if (ROMAN_LABEL.test(piece)) {
        flush();
        labels.push(piece);
        continue;
      }
      const list = parsePageList(piece);
      if (list) {
        flush();
        pushAll(pages, list);
      } else words.push(piece);
    }
    flush();
  }
  // A page label is a page: with a section the location is mixed, alone it is pages.
  const kind = kindOf(pages, sections);
  const parsed = location(labels.length === 0 ? kind : kind === 'empty' ? 'pages' : kind === 'sections' ? 'mixed' : kind, text, pages, sections);
  if (labels.length > 0) parsed.pageLabels = labels;
  return parsed;
}

const STRENGTH: LocationKind[] = ['empty', 'not-reported', 'not-applicable', 'prose'];

/**
 * One location from several cells (a location and a page column; a row and its continuation rows):
 * pages and sections in order, exact repeats of a page range dropped; texts joined with `, `.
 */
export function mergeLocations(parts: readonly ParsedLocation[]): ParsedLocation {
  const printed = parts.filter((p) => p.text.trim() !== '');
  if (printed.length === 1) return printed[0]!;
  if (printed.length === 0) return parts[0] ?? location('empty', '');
  const pages: PageRange[] = [];
  for (const range of printed.flatMap((p) => p.pages)) {
    if (!pages.some((r) => r.from === range.from && r.to === range.to)) pages.push(range);
  }
  const sections = printed.flatMap((p) => p.sections);
  let kind = kindOf(pages, sections);
  if (kind === 'empty') {
    kind = printed.map((p) => p.kind).reduce((a, b) => (STRENGTH.indexOf(b) > STRENGTH.indexOf(a) ? b : a), 'empty');
  }
  return location(kind, printed.map((p) => p.text.trim()).join(', '), pages, sections);
}
