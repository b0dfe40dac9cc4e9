// Offsets in a report file's text (BOM excluded, as ingest reads it) and the GRI code as written in it.

/** Offsets -> 1-based line/column, counting `\r\n`, `\r` and `\n` as line endings (as ingest and micromark do). */
export class Lines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Offset of a 1-based line and column, or undefined past the text's lines. */
  offset(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    return start === undefined ? undefined : start + column - 1;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

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

/** The directive comment (`<!-- … -->`) around `offset`, as [start, end) of the whole comment. */
export function commentAround(text: string, offset: number): { start: number; end: number } | undefined {
  const start = text.lastIndexOf('<!--', offset);
  if (start === -1) return undefined;
  const close = text.indexOf('-->', start + 4);
  if (close === -1 || close + 3 <= offset) return undefined;
  return { start, end: close + 3 };
}
