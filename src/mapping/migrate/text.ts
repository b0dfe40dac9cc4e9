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

/** The directive comment (`<!-- … -->`) around `offset`, as [start, end) of the whole comment. */
export function commentAround(text: string, offset: number): { start: number; end: number } | undefined {
  const start = text.lastIndexOf('<!--', offset);
  if (start === -1) return undefined;
  const close = text.indexOf('-->', start + 4);
  if (close === -1 || close + 3 <= offset) return undefined;
  return { start, end: close + 3 };
}
