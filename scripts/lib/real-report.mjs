// A real report's text as extracted from its PDF (no Markdown headings, words glued, decorations on body
// lines) turned into what a PDF reader would hand over — a laid-out document of headings and paragraphs —
// and its own GRI content index turned into an answer key. Used by scripts/eval-real.mjs and
// scripts/eval-evidence.mjs; pure functions
// over text, so test/suggest/real-report.test.ts runs them on fixtures of our own wording.
//
// Sections, exactly:
//  1. The contents page: the first lines of the text up to the first long line. Each `Title NN` entry (a
//     title then a printed page, digits possibly spaced: `5 1`) is a chapter; a title with no page glued
//     before it (`GovernanceResponsibilityStrengthening …`) is the chapter group (`Governance
//     Responsibility`) of the entries that follow on its line. Titles named without a page (`Appendix 1:
//     KPI Tables`, `About This Report`) are chapters too, their page unknown.
//  2. In the body (after the contents), a chapter starts at the first line that begins with its title
//     (spaces ignored, after the previous chapter's start); a line that is exactly a title not in the
//     contents (`Key Environmental Performance` under Appendix 1, `Community Responsibility`) starts a
//     sub-chapter of the chapter it is in when it is short (< 60 characters) and Title Case — the
//     heuristic a flattened PDF leaves us.
//  3. Inside a chapter, a decoration `●` or `■` followed by a Title Case run glued to the next sentence
//     (`●Fair CompetitionThe Company …`) is a level-3 heading (`Fair Competition`), its text the rest.
//  3b. In a flattened KPI table (under a heading on a line of its own, once a row of figures glued to its
//     label or unit has been met: `FuelTon88.4`), a Title Case line is a group of the table's rows, one level
//     down; a title glued to a header row of years (`…PerformanceKPIUnit202120222023`) starts the next table.
//     A text without a contents page (an excerpt) has its short Title Case lines as chapters.
//  4. Pages: a chapter's page is its contents page; a sub-heading takes the page of the chapter it is in;
//     a chapter without one the last page known before it (the text has no page numbers of its own).

const DECORATION = /^[●■•◆▶►]\s*/;
/** A line of the contents page is short; the first long line starts the body. */
const CONTENTS_LINE_MAX = 400;

const letters = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** `GovernanceResponsibilityStrengthening Corporate Governance` → [`GovernanceResponsibility`, `Strengthening Corporate Governance`] at the last glued lower→Upper boundary. */
function splitGlued(title) {
  const glued = [...title.matchAll(/[a-z](?=[A-Z])/g)].map((m) => m.index + 1);
  if (glued.length === 0) return { group: undefined, title: title.trim() };
  const at = glued[glued.length - 1];
  return { group: title.slice(0, at).replace(/([a-z])([A-Z])/g, '$1 $2').trim(), title: title.slice(at).trim() };
}

/** The contents page: chapters in order, each with its group (if any) and printed page (if any). */
export function contentsEntries(lines) {
  const entries = [];
  for (const line of lines) {
    if (line.length > CONTENTS_LINE_MAX) break;
    let group;
    let rest = line;
    const withPage = /(.+?)\s*(\d(?:\s?\d){0,2})(?=\s*[A-Z]|\s*$)/g;
    let matched = false;
    let last = 0;
    for (const m of rest.matchAll(withPage)) {
      matched = true;
      last = m.index + m[0].length;
      const split = splitGlued(m[1].replace(/[-–]\s*$/, ''));
      // A group written with a space (`Partner Responsibility Responsible Supply Chains`): groups end in the same word.
      const groupWord = entries.findLast((e) => e.group)?.group.split(' ').pop();
      const spaced = groupWord && !split.group ? new RegExp(`^(\\S+ ${groupWord}) (.+)$`).exec(split.title) : null;
      if (spaced) {
        split.group = spaced[1];
        split.title = spaced[2];
      }
      if (split.group) group = split.group;
      entries.push({ title: split.title, group, page: Number(m[2].replace(/\s/g, '')) });
    }
    rest = rest.slice(last).trim();
    if (!matched && rest !== '') {
      // Titles without pages, glued: `Appendix 1: KPI TablesAppendix 2: …About This ReportReader Feedback`.
      for (const title of rest.split(/(?<=[a-z"]|[a-z][A-Z])(?=[A-Z][a-z])/)) if (title.trim().length > 2) entries.push({ title: title.trim(), group: undefined, page: undefined });
    }
  }
  return entries;
}

/** A Title Case run glued to what follows (`Key Social PerformanceKPIUnit…`, `●Fair CompetitionThe …`). */
const GLUED_HEADING = /^((?:[A-Z][\w'&-]*|and|of|the|for|in|on|to|with)(?:\s(?:[A-Z][\w'&-]*|and|of|the|for|in|on|to|with))*?[a-z])(?=[A-Z])/;

/** A KPI row as PDF text prints it: a label or unit glued to a formatted figure (`DieselTon39.9`, `MWh225,951.1`). */
const KPI_ROW_GLUED = /[A-Za-z]\d{1,3}(?:,\d{3})*\.\d/;
/** A table header glued to the title before it: `…KPIUnit` then the year columns (`202120222023`). */
const TABLE_HEADER_GLUED = /[a-z][A-Z]\w*(?:(?:19|20)\d\d){2,}$/;

const TITLE_CASE_LINE = /^[A-Z][A-Za-z0-9:&',\- ]{2,58}$/;

/**
 * The laid-out document of the report text (the part before its content index): headings from the
 * contents page and decorations, paragraphs one per line. `stop` is the line index where the body ends.
 */
export function laidOutFromText(text, file, skip = () => false) {
  const lines = text.split('\n');
  // An excerpt without a contents page (no long line ends one) is all body, its chapters its Title Case lines.
  const firstLong = Math.max(0, lines.findIndex((l) => l.length > CONTENTS_LINE_MAX));
  // The cover line is the report's title, not a chapter.
  const entries = contentsEntries(lines.slice(1, firstLong));
  const used = new Set();
  const blocks = [];
  let page = 1;
  const seenGroups = new Set();
  const known = new Set(entries.map((e) => letters(e.title)));
  let skipped = false;
  let chapterLevel = 0;
  let wholeLine = false;
  // Inside a flattened KPI table (a row of figures glued to its label or unit has been met under a heading of
  // its own line): a Title Case line there is a group of the table's rows, not the next table.
  let inTable = false;
  for (let i = firstLong; i < lines.length; i++) {
    if (skip(i)) {
      skipped = true;
      continue;
    }
    let line = lines[i].trim();
    if (line === '') continue;
    // A chapter of the contents starts here (its title at the start of the line). Right after the part
    // left out (the content index), the next chapter of the contents starts whatever the line says: its
    // heading went with the index's last page in extraction.
    // A contents page in columns lists chapters out of body order: any chapter not met yet may start here.
    const next = entries.findIndex((e, k) => !used.has(k) && letters(e.title).length > 3 && letters(line).startsWith(letters(e.title)));
    const opensAfterSkip = skipped && next < 0;
    skipped = false;
    if (opensAfterSkip) {
      // The chapter listed after the content index in the contents (`About This Report`), else the first unpaged one.
      const indexEntry = entries.findIndex((e) => /content index/i.test(e.title));
      const unpaged = (e, k) => !used.has(k) && e.page === undefined && !/content index|^appendix|feedback|["”]$/i.test(e.title);
      const listedAfter = entries.findIndex((e, k) => k > indexEntry && indexEntry >= 0 && unpaged(e, k));
      const after = listedAfter >= 0 ? listedAfter : entries.findIndex(unpaged);
      if (after >= 0) {
        used.add(after);
        chapterLevel = 1;
        blocks.push({ kind: 'heading', level: 1, text: entries[after].title, page });
      }
    }
    if (next >= 0) {
      const chapter = entries[next];
      used.add(next);
      if (chapter.page !== undefined) page = chapter.page;
      if (chapter.group && !seenGroups.has(chapter.group)) {
        seenGroups.add(chapter.group);
        blocks.push({ kind: 'heading', level: 1, text: chapter.group, page });
      }
      chapterLevel = chapter.group ? 2 : 1;
      wholeLine = false;
      inTable = false;
      blocks.push({ kind: 'heading', level: chapterLevel, text: chapter.title, page });
      line = line.slice(titleEnd(line, chapter.title)).trim();
      if (line === '') continue;
    }
    // A short Title Case line, or a Title Case run glued to the rest of the line, inside a chapter: a sub-heading.
    const whole = TITLE_CASE_LINE.test(line) && !known.has(letters(line)) && /^(?:[A-Z0-9][\w:&',-]*\s?)+$/.test(line);
    const glued = !whole && !DECORATION.test(line) ? GLUED_HEADING.exec(line) : null;
    if ((chapterLevel > 0 || entries.length === 0) && (whole || (glued && glued[1].length <= 40 && glued[1].includes(' ')))) {
      // A table's title glued to its header row (`Key Social PerformanceKPIUnit202120222023`) is the title alone.
      const tableTitle = whole && TABLE_HEADER_GLUED.test(line) ? GLUED_HEADING.exec(line)?.[1] : undefined;
      const title = tableTitle ?? (whole ? line : glued[1]);
      // A heading glued to its text under a line of its own (`Key Environmental Performance`, then
      // `Energy UseUnleaded gasoline…`) is one level below that line's; so is a group line inside a table.
      const group = whole && inTable && tableTitle === undefined;
      if (whole) wholeLine = true;
      if (tableTitle !== undefined) inTable = false;
      blocks.push({ kind: 'heading', level: chapterLevel + ((whole && !group) || !wholeLine ? 1 : 2), text: title, page });
      const rest = line.slice(title.length).trim();
      if (rest !== '') blocks.push({ kind: 'paragraph', text: rest, page });
      if (wholeLine && KPI_ROW_GLUED.test(rest)) inTable = true;
      continue;
    }
    const decorated = DECORATION.exec(line);
    if (decorated) {
      const rest = line.slice(decorated[0].length);
      // The heading is the Title Case run up to the glued start of the next sentence (`CompetitionThe`).
      const glued = GLUED_HEADING.exec(rest);
      if (glued && glued[1].length <= 60 && chapterLevel > 0) {
        blocks.push({ kind: 'heading', level: chapterLevel + (wholeLine ? 3 : 2), text: glued[1], page });
        blocks.push({ kind: 'paragraph', text: rest.slice(glued[1].length), page });
        continue;
      }
    }
    if (wholeLine && KPI_ROW_GLUED.test(line)) inTable = true;
    blocks.push({ kind: 'paragraph', text: line, page });
  }
  const maxPage = Math.max(1, ...blocks.map((b) => b.page));
  return {
    file,
    format: 'pdf',
    pages: Array.from({ length: maxPage }, (_, k) => ({ index: k + 1, number: k + 1 })),
    pageNumberSource: 'printed',
    pagesApproximate: true,
    blocks,
    info: {},
    notes: [],
  };
}

/** Where `title` ends in `line`, comparing letters only (the line may space or glue it differently). */
export function titleEnd(line, title) {
  const want = letters(title).length;
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (/[a-z0-9]/i.test(line[i])) seen++;
    if (seen === want) return i + 1;
  }
  return line.length;
}

// ---- The answer key ------------------------------------------------------------------------------------

/** A regular expression source for the first letters of `title`, tolerant of lost ligatures and glued words. */
function titlePattern(title, count = 14) {
  let out = '';
  let n = 0;
  const chars = title.replace(/[’']/g, '');
  for (let i = 0; i < chars.length && n < count; i++) {
    const c = chars[i];
    if (!/[A-Za-z]/.test(c)) continue;
    const pair = chars.slice(i, i + 2).toLowerCase();
    if (pair === 'fi' || pair === 'fl') {
      // `fi`, `fl` lost (`efcient`) or replaced (`signi?cant`).
      out += `(?:${pair[0]}[^A-Za-z]{0,2}${pair[1]}|\\?)?[^A-Za-z]{0,3}`;
      i++;
      n += 2;
      continue;
    }
    out += `${c}[^A-Za-z]{0,6}`;
    n++;
  }
  return out;
}

/**
 * The content index as an answer key: per disclosure (`GRI 305-1`), the chapter names and page ranges
 * the company gives. `disclosures` are the catalog's (id, code, title) of the GRI Standards in the index.
 * Rows answered by a sentence instead of a place, and 3-3 (once per topic), are left out.
 */
export function answerKey(indexText, disclosures, chapterTitles) {
  const hits = [];
  for (const d of disclosures) {
    if (d.code === '3-3') continue;
    const pattern = new RegExp(`${d.code.replace(/[.-]/g, '\\$&')}\\s*${titlePattern(d.title)}`, 'gi');
    for (const m of indexText.matchAll(pattern)) hits.push({ id: d.id, start: m.index, titleEnd: m.index + m[0].length, title: d.title });
  }
  hits.sort((a, b) => a.start - b.start);
  // Also every 3-3 and standard label: they end the previous row.
  const stops = [...indexText.matchAll(/3-3Management of material topics|GRI \d{1,3}:[^\n]*?\d{4}/g)].map((m) => m.index);
  const chapters = [...chapterTitles].sort((a, b) => b.length - a.length);
  const key = new Map();
  hits.forEach((hit, i) => {
    const end = Math.min(hits[i + 1]?.start ?? indexText.length, ...stops.filter((s) => s > hit.start));
    const segment = indexText.slice(hit.titleEnd, end).replace(/\s+/g, ' ');
    const squashed = letters(segment);
    const places = [];
    for (const title of chapters) {
      const key = letters(title);
      let from = 0;
      let at;
      while ((at = squashed.indexOf(key, from)) >= 0) {
        if (!places.some((p) => at >= p.at && at < p.at + p.length)) places.push({ title, at, length: key.length });
        from = at + key.length;
      }
    }
    places.sort((a, b) => a.at - b.at);
    const located = places.map((p) => {
      const after = squashed.slice(p.at + p.length);
      const pages = /^(\d{1,3})(?:(\d{1,3}))?/.exec(after);
      return { chapter: p.title, pages: pageRange(segment, p.title) ?? (pages ? [Number(pages[1])] : []) };
    });
    if (located.length > 0 && !key.has(hit.id)) key.set(hit.id, located);
  });
  return key;
}

/** The printed pages after `title` in a row's text: `Green Production71-74` → 71…74; `About Hikvision 02` → [2]. */
function pageRange(segment, title) {
  const words = title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`${words.join('\\s*')}\\s*(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?`, 'i').exec(segment);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to < from || to - from > 40) return [from];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

// ---- The report's own index, and the chapters it may name ---------------------------------------------

/**
 * Where the report's own GRI content index lies in its lines: from the line that begins with its heading
 * (`Appendix 2: GRI Content Index`) to the first long prose line after it (a line of more than 400
 * characters without a `2-7`-like code: the next chapter). Undefined when the text has no such heading.
 */
export function contentIndexSpan(lines) {
  const start = lines.findIndex((l) => /^Appendix \d+: GRI Content Index/.test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !(lines[end].length > 400 && !/\d-\d/.test(lines[end]))) end++;
  return { start, end };
}

/**
 * The chapter names an index row may cite: the laid-out document's headings and the contents page's entries
 * (more than five characters: shorter ones match inside other words), plus `extra` (names the row cites but
 * the flattened text printed glued to another heading, `KPI Tables`).
 */
export function chapterTitlesOf(doc, lines, extra = []) {
  const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  return [...new Set([...headings, ...contentsEntries(lines.slice(0, 20)).map((e) => e.title), ...extra])].filter((t) => t.length > 5);
}

/**
 * A real report's text as a laid-out document with its index left out, and, when it has its own GRI
 * content index, that index as an answer key (disclosure -> chapters and pages: answerKey). `disclosures`
 * are the catalog's GRI disclosures the index may name.
 */
export function realReport(text, file, disclosures) {
  const lines = text.split('\n');
  const span = contentIndexSpan(lines);
  const doc = laidOutFromText(text, file, span ? (i) => i >= span.start && i < span.end : undefined);
  if (!span) return { doc, key: new Map() };
  const key = answerKey(lines.slice(span.start, span.end).join('\n'), disclosures, chapterTitlesOf(doc, lines, ['KPI Tables']));
  return { doc, key };
}
