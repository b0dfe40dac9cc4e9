// The contents page as a cross-check of the headings (issue 13): the reader leaves the contents page out of
// the text, but its entries say which headings the report has and on which printed page each begins. Each
// entry is matched to a heading by its words; a heading on another page than its entry says is named in a
// note (the reader's page stands: a contents page is often stale after late edits, and the user should
// look, not be overruled silently). An entry that matches no heading but a line of text that is exactly
// its title, on its page or the next, makes that line a heading: the style ranking missed it (a heading
// set in the body's size and weight). Its level is the one headings at the same contents indent have.
import { maxOf } from '../../arrays.js';
import type { HeadingBlock, LaidOutBlock } from '../layout/document.js';
import type { ContentsEntry } from './contents-entries.js';

/** A heading's number (`2.1`, `第三章`, `A.`) at its start, which one side may print and the other not. */
const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|第[一二三四五六七八九十百零〇\d]+[章节部分篇]|[A-Z]\.|[一二三四五六七八九十]+、)\s*/u;
/** Entries named in a note, at most; the rest are counted. */
const NAMED = 5;
/** Indents within this many ems are one level of the contents page. */
const INDENT_EMS = 1;
/** Longest line considered (characters): a longer paragraph is no heading's line (headings.ts takes 120). */
const MAX_TITLE_CHARS = 120;
/** Shortest title (letters) that may make a line of text a heading: one word could be any line. */
const MIN_TITLE_LETTERS = 4;

const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const bare = (text: string): string => key(text.replace(LEADING_NUMBER, ''));

/** A title's two keys: as printed, and without its leading number (one side may print it, the other not). */
interface Keys {
  full: string;
  bare: string;
}
const keysOf = (text: string): Keys => ({ full: key(text), bare: bare(text) });
const sameTitle = (a: Keys, b: Keys): boolean => a.full === b.full || (a.bare !== '' && a.bare === b.bare);

/** Each entry's indent level, 0 = leftmost, from its x clustered within INDENT_EMS. */
function indents(entries: readonly ContentsEntry[]): number[] {
  const xs = [...new Set(entries.map((e) => e.x))].sort((a, b) => a - b);
  const em = entries[0]?.fontSize ?? 10;
  const starts: number[] = [];
  for (const x of xs) if (starts.length === 0 || x - starts.at(-1)! > INDENT_EMS * em) starts.push(x);
  return entries.map((e) => starts.filter((s) => s <= e.x + INDENT_EMS * em * 0.5).length - 1);
}

/**
 * A title quoted in a note: notes go to stderr as they are, so controls, line breaks and bidi overrides a
 * PDF's text may hold become spaces (the class of formatters/terminal-text.ts, which ingest may not
 * import); cut by code points, so an astral character is never halved.
 */
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const QUOTED_CHARS = 60;
function quote(text: string): string {
  const chars = Array.from(text.replace(UNSAFE, ' '));
  return `"${chars.length > QUOTED_CHARS ? `${chars.slice(0, QUOTED_CHARS - 1).join('')}…` : chars.join('')}"`;
}

function list(items: readonly string[]): string {
  const named = items.slice(0, NAMED).join(', ');
  return items.length > NAMED ? `${named} and ${items.length - NAMED} more` : named;
}

export interface ContentsCheck {
  blocks: LaidOutBlock[];
  notes: string[];
}

/**
 * Cross-checks `blocks` against the contents page's entries. `printedOf` is a block's printed page (the
 * page a reader cites); entries are matched in document order, so a title printed twice is matched to
 * the occurrence at or after the previous entry's heading.
 */
export function checkAgainstContents(blocks: readonly LaidOutBlock[], allEntries: readonly ContentsEntry[], printedOf: (block: LaidOutBlock) => number | undefined): ContentsCheck {
  // A number past the report's last printed page is no page of it (a running footer's year, `… Report 2025`).
  const last = maxOf(blocks.map((block) => printedOf(block) ?? 0), 0);
  const entries = allEntries.filter((entry) => entry.printed === undefined || entry.printed <= last);
  if (entries.length === 0) return { blocks: [...blocks], notes: [] };
  const out = [...blocks];
  // Keys once per block (a long report has thousands): headings and short paragraphs, which alone can match.
  const blockKeys = out.map((block) => (block.kind === 'table' || block.text.length > MAX_TITLE_CHARS ? undefined : keysOf(block.text)));
  const entryKeys = entries.map((entry) => keysOf(entry.title));
  const indent = indents(entries);
  const matched: Array<number | undefined> = entries.map(() => undefined);
  let from = 0;
  entries.forEach((entry, e) => {
    const candidates = out.flatMap((block, i) => (block.kind === 'heading' && i >= from && blockKeys[i] !== undefined && sameTitle(blockKeys[i], entryKeys[e]!) ? [i] : []));
    const at = candidates.find((i) => printedOf(out[i]!) === entry.printed) ?? candidates[0];
    if (at === undefined) return;
    matched[e] = at;
    from = at + 1;
  });

  // Levels by indent, from the headings the entries matched (the most common level at each indent).
  const votes = new Map<number, Map<number, number>>();
  matched.forEach((at, e) => {
    const block = at === undefined ? undefined : out[at];
    if (block?.kind !== 'heading') return;
    const counts = votes.get(indent[e]!) ?? new Map<number, number>();
    counts.set(block.level, (counts.get(block.level) ?? 0) + 1);
    votes.set(indent[e]!, counts);
  });
  const levelAt = (depth: number): number => {
    const counts = votes.get(depth);
    if (!counts) return Math.min(depth + 1, 6);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  };

  const found: string[] = [];
  entries.forEach((entry, e) => {
    if (matched[e] !== undefined || (entry.title.match(/\p{L}/gu)?.length ?? 0) < MIN_TITLE_LETTERS) return;
    const at = out.findIndex((block, i) => {
      const keys = blockKeys[i];
      if (block.kind !== 'paragraph' || !keys || !sameTitle(keys, entryKeys[e]!)) return false;
      const printed = printedOf(block);
      return printed !== undefined && entry.printed !== undefined && (printed === entry.printed || printed === entry.printed + 1);
    });
    if (at === -1) return;
    const paragraph = out[at]!;
    const heading: HeadingBlock = { kind: 'heading', level: levelAt(indent[e]!), text: paragraph.kind === 'paragraph' ? paragraph.text : entry.title, page: paragraph.page };
    if (paragraph.printed !== undefined) heading.printed = paragraph.printed;
    out[at] = heading;
    matched[e] = at;
    found.push(`${quote(heading.text)} (p. ${printedOf(heading)})`);
  });

  const moved: string[] = [];
  const missing: string[] = [];
  entries.forEach((entry, e) => {
    const at = matched[e];
    if (at === undefined) {
      missing.push(entry.printed !== undefined ? `${quote(entry.title)} (p. ${entry.printed})` : quote(entry.title));
      return;
    }
    const printed = printedOf(out[at]!);
    if (printed !== undefined && entry.printed !== undefined && printed !== entry.printed) moved.push(`${quote(entry.title)} on p. ${entry.printed} (read on p. ${printed})`);
  });

  const notes: string[] = [];
  if (moved.length > 0) notes.push(`the contents page gives another page for ${moved.length} heading${moved.length === 1 ? '' : 's'} than where ${moved.length === 1 ? 'it was' : 'they were'} read: ${list(moved)}; pages are as read, check the contents page`);
  if (found.length > 0) notes.push(`${found.length} heading${found.length === 1 ? '' : 's'} taken from the contents page that ${found.length === 1 ? 'its' : 'their'} style did not mark: ${list(found)}`);
  if (missing.length > 0) notes.push(`${missing.length} entr${missing.length === 1 ? 'y' : 'ies'} of the contents page match${missing.length === 1 ? 'es' : ''} no heading: ${list(missing)}`);
  return { blocks: out, notes };
}
