// The sources of the test documents (test/fixtures/documents/src/*.yaml) and the page plan every layout
// shares: which source page is which physical page and what number is printed on it. The ground truth
// (truth.json) is derived from these, never from what a reader makes of the PDFs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function loadSource(root, name) {
  return parse(readFileSync(join(root, 'test', 'fixtures', 'documents', 'src', `${name}.yaml`), 'utf8'));
}

/** GRI standards by topic (`GRI 305`) from standards/gri/: the current version's name and titles by code. */
export function loadGri(root) {
  const dir = join(root, 'standards', 'gri');
  const byTopic = new Map();
  for (const file of readdirSync(dir).filter((f) => /^gri-\d+-.*\.json$/.test(f)).sort()) {
    const standard = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (standard.status !== 'current' || standard.year < 2016) continue;
    // 302 Energy 2016 is current beside 103 Energy 2025; a topic's name is unique, so the first wins.
    if (!byTopic.has(standard.topic)) byTopic.set(standard.topic, { name: standard.id, titles: new Map(standard.disclosures.map((d) => [d.code, d.title])) });
  }
  return byTopic;
}

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/**
 * One physical page: `kind` cover | front | contents | body | index; `source` the page's source entry (or
 * index rows); `printed` the number or label printed in its footer (absent: no number printed).
 */
export function planPages(source, { indexPages, numbering }) {
  const pages = [{ kind: 'cover', source: null }];
  for (const front of source.front) pages.push({ kind: front.contents ? 'contents' : 'front', source: front });
  for (const page of source.pages) pages.push({ kind: 'body', source: page });
  indexPages.forEach((rows, i) => pages.push({ kind: 'index', source: rows, first: i === 0 }));
  pages.forEach((page, i) => Object.assign(page, { physical: i + 1 }, numbering(page, i, pages)));
  return pages;
}

/** Cover unnumbered, front matter i, ii, iii, body from 1 (the LibreOffice layout: printed = physical - 4). */
export function romanFrontMatter(page, i, pages) {
  const firstBody = pages.findIndex((p) => p.kind === 'body');
  if (page.kind === 'cover') return {};
  if (i < firstBody) return { printed: ROMAN[i] };
  return { printed: i - firstBody + 1 };
}

/** Cover unnumbered, every other page numbered by its position (printed = physical). */
export function physicalNumbers(page, i) {
  return page.kind === 'cover' ? {} : { printed: i + 1 };
}

/** Cover and contents unnumbered, the rest from 1 (the Chinese layout: printed = physical - 2). */
export function afterContents(page, i, pages) {
  const first = pages.findIndex((p) => p.kind !== 'cover' && p.kind !== 'contents');
  return i < first ? {} : { printed: i - first + 1 };
}

/** Section ids -> printed page, from a plan. */
export function sectionPages(plan) {
  const at = new Map();
  for (const page of plan) {
    if (page.kind !== 'front' && page.kind !== 'body') continue;
    for (const block of page.source.blocks) if (block.id) at.set(block.id, page.printed);
  }
  return at;
}

/** Headings of a plan in reading order: text, level, printed page, physical page. */
export function headingsOf(plan, source) {
  const out = [];
  for (const page of plan) {
    const blocks = page.kind === 'front' || page.kind === 'body' ? page.source.blocks : [];
    for (const block of blocks) {
      const level = headingLevel(block);
      if (level) out.push({ text: block[`h${level}`], level, page: page.printed ?? null, physical: page.physical });
    }
    if (page.kind === 'index' && page.first) out.push({ text: source.index.heading, level: 1, page: page.printed ?? null, physical: page.physical });
  }
  return out;
}

export function headingLevel(block) {
  return block.h1 !== undefined ? 1 : block.h2 !== undefined ? 2 : block.h3 !== undefined ? 3 : 0;
}

/**
 * The content index's rows in order: group labels and disclosure rows with their location text, the
 * printed pages of the sections they point at (sorted, de-duplicated; roman front-matter pages first).
 */
export function indexRows(source, gri, pagesOf) {
  const rows = [];
  for (const group of source.index.groups) {
    const standard = gri.get(group.standard);
    if (!standard) throw new Error(`${group.standard}: not a current GRI standard in standards/gri`);
    rows.push({ group: group.label ?? standard.name });
    for (const row of group.rows) {
      // `3-3` (management of a material topic) is listed under each topic but belongs to GRI 3.
      const owner = standard.titles.has(row.code) ? standard : gri.get('GRI 3');
      const title = owner?.titles.get(row.code);
      if (!title) throw new Error(`${row.code}: not a disclosure of ${standard.name}`);
      const pages = row.at ? [...new Set(row.at.map((id) => {
        if (!pagesOf.has(id)) throw new Error(`${row.code}: no section ${id}`);
        return pagesOf.get(id);
      }))] : [];
      pages.sort((a, b) => (typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'string' ? -1 : 1));
      rows.push({ code: row.code, title: row.title ?? title, standard: owner.name, pages, location: row.omitted ?? pages.join(', ') });
    }
  }
  return rows;
}

/** Split index rows over pages: `first` rows on the index's first page (under its heading), `rest` after. */
export function splitRows(rows, first, rest) {
  const pages = [rows.slice(0, first)];
  for (let i = first; i < rows.length; i += rest) pages.push(rows.slice(i, i + rest));
  return pages;
}
