// Column alignment by display width: a CJK character takes two terminal columns, a combining mark none,
// so `String#padEnd` (which counts UTF-16 units) misaligns Chinese messages. string-width knows East-Asian
// widths, emoji and grapheme clusters.
import stringWidth from 'string-width';

/** The widest display width among `texts` (a loop, not `Math.max(...texts)`: no argument-count limit). */
export function widest(texts: readonly string[]): number {
  let width = 0;
  for (const text of texts) width = Math.max(width, stringWidth(text));
  return width;
}

/** `text` padded with spaces to `width` terminal columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
