// Offsets in a report file's text (BOM excluded, as ingest reads it) and the GRI code as written in it.

export { LineIndex as Lines } from '../../text-lines.js';

/**
 * A GRI code at the start of `text`, as written: `GRI 102-14`, `gri102-14`, `Disclosure 102-14`, a bare
 * `102-14`. `prefix` is kept as the writer wrote it; only `code` is rewritten.
 */
export interface WrittenCode {
  /** `GRI `, `Disclosure `, `` */
  prefix: string;
  /** `102-14` as written (dash and spacing included). */
  code: string;
  /** Offset of `code` in `text`. */
  codeStart: number;
  /** What follows the code. */
  rest: string;
}

const WRITTEN_CODE = /^(\s*(?:disclosure\s*)?(?:gri\s*[-:]?\s*)?)(\d{1,3}\s?[-‐‑‒–—―−]\s?\d{1,2})(?!\d)/i;

export function writtenCode(text: string): WrittenCode | undefined {
  const m = WRITTEN_CODE.exec(text);
  if (!m) return undefined;
  const prefix = m[1]!;
  return { prefix, code: m[2]!, codeStart: prefix.length, rest: text.slice(m[0].length) };
}

/** Offsets of every occurrence of `needle` in `text`, in order. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Index of the last value <= `target` in sorted `values`, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= target) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The directive comments (`<!-- … -->`) of one file's text. Every `<!--` and `-->` is found once, and
 * each lookup is a binary search: searching back and forth through the text for each id of a directive
 * was quadratic in its ids (80,000 ids: 102 s).
 */
export class Comments {
  private readonly opens: number[];
  private readonly closes: number[];

  constructor(text: string) {
    this.opens = occurrences(text, '<!--');
    this.closes = occurrences(text, '-->');
  }

  /** The comment around `offset`, as [start, end) of the whole comment: the last `<!--` at or before it, to the first `-->` after that. */
  around(offset: number): { start: number; end: number } | undefined {
    const open = lastAtOrBefore(this.opens, offset);
    if (open === -1) return undefined;
    const start = this.opens[open]!;
    // The first `-->` at or after start + 4.
    const next = lastAtOrBefore(this.closes, start + 3) + 1;
    const close = this.closes[next];
    if (close === undefined || close + 3 <= offset) return undefined;
    return { start, end: close + 3 };
  }
}
