// A real report's text as extracted from a PDF laid out in SPREADS (two printed pages per sheet) turned into
// what a PDF reader would hand over — the sibling of real-report.mjs for a report whose contents page has no
// page numbers but whose sheets end with their printed pair (`41 42`), like the ZKTeco 2023 report in the
// shared corpus. Used by scripts/lib/real-fitting.mjs; pure functions over text, so
// test/suggest/real-report-spreads.test.ts runs them on fixtures of our own wording.
//
// Sections, exactly:
//  1. Sheets: a line that is, or ends with, a pair of printed numbers `a a+1` (a odd, above the last pair)
//     closes a sheet; the text after one pair up to the next is that sheet (printed pages a…a+1). A pair the
//     text lost (`13 14` after `9 10`) makes one sheet of everything between: pages 11…14.
//  2. The contents page: the lines after the cover line up to the first sentence (a line ending in `.`),
//     less the body's first heading repeated there; its entries are its titles glued together
//     (`Risk ControlInvestor Relations` → two titles).
//  3. Chapters (level 1): the running header — the line most often opening a sheet (`2023 … Report`) — is
//     followed by the chapter's name, glued or on the next line. A new name opens a chapter where its sheet
//     starts; so does a line that is exactly a chapter's name (a chapter opening mid-sheet).
//  4. Sections (level 2): the contents entries that are not part of a chapter's name, opened at the first
//     body line that starts with the title (glued to its text or not) or ends with it (a heading the PDF
//     printed after the text beside it), the title compared as printed (spaces aside). A line naming two
//     entries or more is a list of the chapter's sections (`Our Actions`, an SDG table): on its sheet a
//     section opens only at its title on a line of its own (not the line right after the list: the list's
//     tail) or glued to a paragraph (60 characters or more). A title going on as a phrase (`Feedback on
//     the …`) is not the title.
//  5. Sub-sections (level 3): a short sentence-case heading glued to the paragraph it opens (`Internal
//     auditIn order to …`: at most 50 characters and 6 words before the first lower→Upper join, no
//     punctuation, and after it a paragraph of 60 characters or more in which a word ends a sentence —
//     not the next cells of a table). Short lines of their own stay paragraphs: in this text they are
//     mostly labels of charts and tables.
//  6. Pages: every block has its sheet; the sheet's printed pages are its pair.

import { titleEnd } from './real-report.mjs';
const letters = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A sheet's end: its printed pair alone on a line or glued to the end of the line's text (`…home.75 76`). */
const SHEET_END = /(?:^|\D)(\d{1,3}) (\d{1,3})$/;

/**
 * The sheets of the text: for each line, the index (1-based) of its sheet, and the sheets' printed pages.
 * `text` is the part of the line before a pair that ends it (undefined when the line is only the pair).
 */
export function sheetsOf(lines) {
  const sheets = [];
  const sheetOfLine = [];
  const textOfLine = [];
  let lastPage = 0;
  let current = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const m = SHEET_END.exec(line);
    const a = m ? Number(m[1]) : NaN;
    const b = m ? Number(m[2]) : NaN;
    sheetOfLine.push(current);
    if (m && b === a + 1 && a % 2 === 1 && a > lastPage) {
      sheets.push({ index: current, number: lastPage + 1, lastNumber: b });
      lastPage = b;
      current++;
      const before = line.slice(0, line.length - `${m[1]} ${m[2]}`.length).trim();
      textOfLine.push(before === '' ? undefined : before);
    } else {
      textOfLine.push(line);
    }
  }
  // What follows the last pair is one more sheet.
  if (sheetOfLine.includes(current)) sheets.push({ index: current, number: lastPage + 1, lastNumber: lastPage + 2 });
  return { sheets, sheetOfLine, textOfLine };
}

/** A line that ends a sentence: the body has started. */
const SENTENCE_END = /[.!?。]["”)]?$/;
/** A contents title is words, not an address, a code or a slogan. */
const TITLE = /^[A-Za-z0-9][A-Za-z0-9 &(),'-]{3,}$/;

/** The titles of a contents line, split where a title was glued to the next (`…ReportAbout the Report`). */
function gluedTitles(line) {
  return line
    .split(/(?<=[a-z)])(?=[A-Z][a-z])/)
    .map((t) => t.trim())
    .filter((t) => TITLE.test(t) && letters(t).length > 4);
}

/** The contents page (lines 1… before the body) and the index of the body's first line. */
export function contentsOf(lines) {
  let start = lines.findIndex((l, i) => i > 0 && SENTENCE_END.test(l.trim()));
  if (start < 0) return { entries: [], bodyStart: 0 };
  const entries = [];
  for (const line of lines.slice(1, start)) for (const title of gluedTitles(line)) if (!entries.some((e) => letters(e) === letters(title))) entries.push(title);
  // The body's first heading is printed again just above its text: it starts the body, but stays an entry.
  while (start > 1 && entries.some((e) => letters(e) === letters(lines[start - 1])) && lines.slice(1, start - 1).some((l) => letters(l).includes(letters(lines[start - 1])))) start--;
  return { entries, bodyStart: start };
}

/** The running header: the line that most often opens a sheet and is the start of most sheets' first lines. */
function runningHeader(lines, sheetOfLine, textOfLine, from) {
  const firsts = [];
  for (let i = from + 1; i < lines.length; i++) if (sheetOfLine[i] !== sheetOfLine[i - 1] && textOfLine[i] !== undefined) firsts.push(textOfLine[i]);
  let best;
  let bestCount = 1;
  for (const candidate of new Set(firsts)) {
    if (candidate.length < 12) continue;
    const count = firsts.filter((f) => f.startsWith(candidate)).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A chapter's name on a line of its own: short, no sentence in it. */
const NAME_LINE = (line) => line !== undefined && line.length <= 80 && !SENTENCE_END.test(line) && /^[A-Z0-9]/.test(line);

/** A heading glued to its paragraph: `Internal auditIn order to …` → `Internal audit`. */
function gluedSubHeading(line) {
  const m = /^([A-Z][^.,;:!?"“”]{2,48}?[a-z])(?=[A-Z])/.exec(line);
  if (!m) return undefined;
  const heading = m[1];
  const rest = line.slice(heading.length);
  // What follows is prose (a word ends a sentence), not the next cells of a table or chart glued on.
  if (heading.split(' ').length > 6 || rest.length < 60 || !/[a-z]\.(?:\s|$|[A-Z])/.test(rest)) return undefined;
  return heading;
}

/**
 * The laid-out document of a spread-paginated report text (see the header for the rules). `file` names it.
 */
export function laidOutFromSpreads(text, file) {
  const lines = text.split('\n').map((l) => l.trim());
  const { sheets, sheetOfLine, textOfLine } = sheetsOf(lines);
  const { entries, bodyStart } = contentsOf(lines);
  const header = runningHeader(lines, sheetOfLine, textOfLine, bodyStart);

  // Pass 1: each sheet's chapter name from its running header (glued, or the next line when the header is alone).
  const headerLines = new Set();
  const chapterAt = new Map(); // line index -> chapter name
  for (let i = bodyStart; i < lines.length; i++) {
    const t = textOfLine[i];
    if (header === undefined || t === undefined || !t.startsWith(header)) continue;
    headerLines.add(i);
    const rest = t.slice(header.length).trim();
    if (rest !== '') chapterAt.set(i, rest);
    else if (NAME_LINE(textOfLine[i + 1]) && !SHEET_END.test(lines[i + 1])) {
      headerLines.add(i + 1);
      chapterAt.set(i, textOfLine[i + 1]);
    }
  }
  const chapterNames = [...new Set(chapterAt.values())];
  const isChapterPart = (title) => chapterNames.some((c) => letters(c).includes(letters(title)));
  const sections = entries.filter((e) => !isChapterPart(e) && letters(e).length > 5);
  const entriesIn = (line) => sections.filter((e) => letters(line).includes(letters(e)));
  // Titles compared as printed, spaces aside: `feedback` inside a sentence is not the `Feedback` entry.
  const bare = (text) => text.replace(/\s/g, '');
  // A sheet that lists its chapter's sections (a line naming two or more: `Our Actions`, the SDG table).
  const listSheets = new Set();
  for (let i = bodyStart; i < lines.length; i++) if (textOfLine[i] !== undefined && entriesIn(textOfLine[i]).length >= 2) listSheets.add(sheetOfLine[i]);

  const blocks = [];
  const used = new Set();
  let chapter;
  let level2Open = false;
  let previousListed = false;
  const push = (kind, textValue, i, level) => blocks.push(kind === 'heading' ? { kind, level, text: textValue, page: sheetOfLine[i] } : { kind, text: textValue, page: sheetOfLine[i] });
  const openChapter = (name, i) => {
    // The same chapter again, its name wrapped or glued to the next text (`…developmentQuantity Table…`).
    if (chapter !== undefined && (letters(name).startsWith(letters(chapter)) || letters(chapter).startsWith(letters(name)))) return;
    chapter = name;
    level2Open = false;
    push('heading', name, i, 1);
  };
  for (let i = bodyStart; i < lines.length; i++) {
    if (chapterAt.has(i)) openChapter(chapterAt.get(i), i);
    let line = textOfLine[i];
    if (headerLines.has(i) || line === undefined || line === '') continue;
    const named = chapterNames.find((c) => letters(c) === letters(line));
    if (named !== undefined) {
      openChapter(named, i);
      continue;
    }
    const listed = entriesIn(line);
    const afterList = previousListed;
    previousListed = listed.length >= 2;
    if (listed.length >= 2) {
      push('paragraph', line, i);
      continue;
    }
    if (listed.length === 1 && !used.has(listed[0])) {
      const title = listed[0];
      // At the start, the title ends where the line does or where the next text is glued on (`…RecognitionZKTeco`),
      // not where it goes on as a phrase (`Feedback on …`).
      const starts = bare(line).startsWith(bare(title)) && !/^\s+[a-z]/.test(line.slice(titleEnd(line, title)));
      const ends = !starts && bare(line).endsWith(bare(title));
      const whole = starts && bare(line) === bare(title);
      // On a sheet that lists the sections, a section opens only at its title on a line of its own (not the
      // list's last line, right after it) or glued to its paragraph.
      const opens = listSheets.has(sheetOfLine[i]) ? (whole && !afterList) || (starts && line.length - title.length >= 60) : starts || ends;
      if (opens) {
        used.add(title);
        if (ends) {
          // The heading printed after the text beside it: that text stays where it was.
          const cut = cutBefore(line, title);
          if (cut !== '') push('paragraph', cut, i);
          line = '';
        } else {
          line = line.slice(titleEnd(line, title)).trim();
        }
        push('heading', title, i, chapter === undefined ? 1 : 2);
        level2Open = chapter !== undefined;
        if (line === '') continue;
      }
    }
    const sub = chapter !== undefined ? gluedSubHeading(line) : undefined;
    if (sub !== undefined) {
      push('heading', sub, i, level2Open ? 3 : 2);
      push('paragraph', line.slice(sub.length).trim(), i);
      continue;
    }
    push('paragraph', line, i);
  }
  return {
    file,
    format: 'pdf',
    pages: sheets.map((s) => ({ index: s.index, number: s.number, ...(s.lastNumber > s.number ? { lastNumber: s.lastNumber } : {}) })),
    pageNumberSource: 'printed',
    pagesApproximate: false,
    blocks,
    info: {},
    notes: [],
  };
}

/** The text of `line` before `title` glued at its end. */
function cutBefore(line, title) {
  const want = letters(title).length;
  let seen = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    if (/[a-z0-9]/i.test(line[i])) seen++;
    if (seen === want) return line.slice(0, i).trim();
  }
  return '';
}

/**
 * The printed pages of each heading's OWN text (its heading and the blocks up to the next heading), in
 * heading order: the k-th heading is section k of layoutToReport's sections (0 is the report's title).
 */
export function ownPagesOfHeadings(doc) {
  const byIndex = new Map(doc.pages.map((p) => [p.index, p]));
  const printed = (index) => {
    const p = byIndex.get(index);
    if (!p) return [];
    return Array.from({ length: (p.lastNumber ?? p.number) - p.number + 1 }, (_, k) => p.number + k);
  };
  const out = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') out.push({ path: undefined, pages: new Set(printed(block.page)) });
    else if (out.length > 0) for (const n of printed(block.page)) out[out.length - 1].pages.add(n);
  }
  return out.map((h) => [...h.pages].sort((a, b) => a - b));
}
