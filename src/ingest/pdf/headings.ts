// Headings and their levels (issue 13), from the best source the PDF has: its tagged structure (H1–H6),
// else its outline (bookmarks), else style: a line at least 1.15x the body size, or wholly bold at the body
// size, with a level that is the rank of its style. Font size alone missed two thirds of the headings of a
// PDF whose third level was bold body text; bold alone would take every bold sentence, so a bold
// body-size line must also look like a title (short, no closing full stop).
import type { OutlineEntry } from './read-pdf.js';
import type { ReadLine } from './lines.js';

export type HeadingSource = 'tags' | 'outline' | 'style';

/** A line this much larger than the body text is a heading (the study's threshold). */
const LARGER = 1.15;
/** Longest heading line (characters); a longer line is text even when bold. */
const MAX_HEADING_CHARS = 120;
const LETTER = /\p{L}/gu;

export interface PlacedLine {
  page: number;
  line: ReadLine;
}

/** The body size: the font size most characters are set in. */
export function bodySize(lines: readonly ReadLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s.·…]+/g, '');

const looksLikeTitle = (text: string): boolean =>
  text.length <= MAX_HEADING_CHARS && (text.match(LETTER)?.length ?? 0) >= 2 && !/[.。;；:：,，]$/.test(text);

function styleKey(line: ReadLine): string {
  return `${Math.round(line.fontSize * 2) / 2}:${line.bold ? 'b' : 'r'}`;
}

/**
 * The heading level (1–6) of each line, or undefined for text, in the order given, and which source
 * decided. `outline` entries are matched to lines by text on their page (their level is their depth).
 */
export function headingLevels(lines: readonly PlacedLine[], tagged: boolean, outline: readonly OutlineEntry[]): { levels: Array<number | undefined>; source: HeadingSource } {
  if (tagged) return { levels: lines.map(({ line }) => (line.tagLevel !== undefined && looksLikeTitle(line.text) ? line.tagLevel : undefined)), source: 'tags' };
  if (outline.length > 0) {
    const wanted = new Map<string, OutlineEntry[]>();
    for (const entry of outline) wanted.set(key(entry.title), [...(wanted.get(key(entry.title)) ?? []), entry]);
    const levels = lines.map(({ page, line }) => {
      const entries = wanted.get(key(line.text));
      const entry = entries?.find((e) => e.page === undefined || e.page === page);
      return entry?.level;
    });
    if (levels.some((l) => l !== undefined)) return { levels, source: 'outline' };
  }
  const body = bodySize(lines.map((l) => l.line));
  const isHeading = (line: ReadLine): boolean =>
    looksLikeTitle(line.text) && (line.fontSize >= LARGER * body || (line.bold && line.runs.every((r) => r.bold) && line.fontSize >= body * 0.95));
  const styles = new Map<string, { size: number; bold: boolean; pages: Set<number> }>();
  for (const { page, line } of lines) {
    if (!isHeading(line)) continue;
    const style = styles.get(styleKey(line)) ?? { size: Math.round(line.fontSize * 2) / 2, bold: line.bold, pages: new Set<number>() };
    style.pages.add(page);
    styles.set(styleKey(line), style);
  }
  const order = [...styles].sort((a, b) => b[1].size - a[1].size || Number(b[1].bold) - Number(a[1].bold));
  // A style used on one page only (a cover title, a one-off callout) does not take a level of its own when
  // other heading styles recur: it gets the level of the next recurring style at or below its size, so a
  // cover title does not push every chapter heading down one level.
  const recurring = order.filter(([, s]) => s.pages.size > 1);
  const ranks = recurring.length > 0 ? recurring : order;
  const rank = new Map<string, number>();
  for (const [k, style] of order) {
    const at = ranks.findIndex(([, r]) => r.size < style.size || (r.size === style.size && (r.bold === style.bold || !r.bold)));
    rank.set(k, Math.min(6, (at === -1 ? ranks.length - 1 : at) + 1));
  }
  return { levels: lines.map(({ line }) => (isHeading(line) ? rank.get(styleKey(line)) : undefined)), source: 'style' };
}
