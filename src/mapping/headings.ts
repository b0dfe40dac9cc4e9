// Matching a location printed in an index ("3.2 Green Production", "■ Green production 🌱",
// "Integrity and Compliance - Compliance System") to the report's headings, the way a reader would:
// numbering, decorations, emoji, case and punctuation do not matter.
import type { Report, Section } from '../model/report.js';

// Leading outline numbers: `3.2`, `3.2.1.`, `(1)`, `1)`, `一、`, `（二）`, `第三章`, `Chapter 3:`, `A.`
const NUMBERING = /^(?:(?:chapter|section|part)\s+\d+[.:]?\s*|第[一二三四五六七八九十百\d]+[章节部分篇]\s*|[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*|\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+)/iu;

/** Normalised heading text: no numbering, no symbols or emoji, lower case, single spaces. */
export function normalizeHeading(text: string): string {
  let t = text.normalize('NFKC').trim();
  // Decorations first (`■ 3.2 Green`), then numbering, then decorations the numbering exposed.
  t = t.replace(/^[^\p{L}\p{N}]+/u, '');
  for (let i = 0; i < 3 && NUMBERING.test(t); i += 1) t = t.replace(NUMBERING, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface HeadingIndex {
  /** Sections whose normalised title equals the key. */
  byTitle: Map<string, Section[]>;
}

const cache = new WeakMap<Report, HeadingIndex>();

export function headingIndex(report: Report): HeadingIndex {
  let index = cache.get(report);
  if (!index) {
    const byTitle = new Map<string, Section[]>();
    for (const section of report.sections.slice(1)) {
      const key = normalizeHeading(section.title);
      if (key === '') continue;
      const list = byTitle.get(key) ?? [];
      list.push(section);
      byTitle.set(key, list);
    }
    index = { byTitle };
    cache.set(report, index);
  }
  return index;
}

/**
 * The sections a printed path names: its last part must be a heading; earlier parts, when they are
 * headings too, must be its ancestors (`Chapter - Section`). Empty when nothing matches.
 */
export function findSections(report: Report, path: readonly string[]): Section[] {
  const parts = path.map(normalizeHeading).filter((p) => p !== '');
  const last = parts.at(-1);
  if (last === undefined) return [];
  const candidates = headingIndex(report).byTitle.get(last) ?? [];
  if (parts.length === 1) return candidates;
  const ancestors = parts.slice(0, -1);
  const withAncestors = candidates.filter((section) => {
    const above = new Set(section.headingPath.slice(0, -1).map(normalizeHeading));
    return ancestors.every((a) => above.has(a));
  });
  // A chapter name that is not itself a heading (a printed running head) does not spoil the match.
  return withAncestors.length > 0 ? withAncestors : candidates;
}

/** A cell longer than this many words is not tried as a run of headings. */
const MAX_RUN_WORDS = 40;

/**
 * The headings a run of titles glued by a line break names (`Strengthening Governance Building
 * Compliance` for two chapters in one PDF cell), in order; undefined unless the whole text splits into
 * headings. Shortest split first found by a left-to-right search over word boundaries (at most
 * MAX_RUN_WORDS² lookups).
 */
export function splitIntoHeadings(report: Report, text: string): Section[] | undefined {
  const words = normalizeHeading(text).split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_RUN_WORDS) return undefined;
  const { byTitle } = headingIndex(report);
  // best[i]: the sections of a split of words[0..i), or undefined when none.
  const best: (Section[] | undefined)[] = [[]];
  for (let end = 1; end <= words.length; end += 1) {
    for (let start = 0; start < end && best[end] === undefined; start += 1) {
      const before = best[start];
      const found = before && byTitle.get(words.slice(start, end).join(' '))?.[0];
      if (before && found) best[end] = [...before, found];
    }
  }
  return best[words.length];
}

/** The sections a printed path names (findSections), else those of its last part read as a run of headings. */
export function resolveSections(report: Report, path: readonly string[]): Section[] {
  const found = findSections(report, path);
  if (found.length > 0) return found;
  const last = path.at(-1);
  return (last !== undefined && splitIntoHeadings(report, last)) || [];
}
