// Lines -> paragraphs (issue 13): consecutive lines in reading order are one paragraph until the gap to the
// next line is wider than the text's own line spacing, the font changes, or the text moves to another
// column. Lines are joined with a space, without one between CJK characters, and a hyphen at a line's end
// is removed only where that is certain: a soft hyphen, or a word the document also prints unbroken.
import { isCjk } from './cjk.js';
import type { PdfLine } from './page-lines.js';

/** A gap between baselines wider than this many times the usual one starts a new paragraph. */
const PARAGRAPH_GAP = 1.3;

/** The usual baseline-to-baseline distance of consecutive lines of one size (median), per font size. */
export function lineSpacing(sequence: readonly PdfLine[]): number {
  const deltas: number[] = [];
  for (let i = 1; i < sequence.length; i++) {
    const a = sequence[i - 1]!;
    const b = sequence[i]!;
    const delta = b.y - a.y;
    if (delta > 0 && Math.abs(a.fontSize - b.fontSize) < 0.5 && delta < 3 * a.fontSize) deltas.push(delta / a.fontSize);
  }
  deltas.sort((a, b) => a - b);
  return deltas[Math.floor(deltas.length / 2)] ?? 1.2;
}

/** Whether `next` continues the paragraph `prev` is in (`spacing`: usual baseline distance in ems). */
export function continues(prev: PdfLine, next: PdfLine, spacing: number): boolean {
  const delta = next.y - prev.y;
  if (delta <= 0) return false;
  if (Math.abs(prev.fontSize - next.fontSize) >= 0.5 || prev.bold !== next.bold) return false;
  return delta <= PARAGRAPH_GAP * spacing * prev.fontSize;
}

/** Words printed whole somewhere in the document, to undo only the line-end hyphens that split one. */
export function wordSet(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words;
}

export function joinLines(lines: readonly string[], words: ReadonlySet<string>): string {
  let text = '';
  // The text's last character (UTF-16 unit), kept beside it: reading the end of a string built by `+=`
  // makes V8 copy it whole first, and doing that for every line made joining a long paragraph quadratic
  // (2,000 lines: 1.5 s). The end of the text is read only where a hyphen may join a word.
  let last = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!text) {
      text = line;
      last = line.slice(-1);
      continue;
    }
    if (last === '\u00ad') {
      text = text.slice(0, -1) + line;
      last = line ? line.slice(-1) : text.slice(-1);
      continue;
    }
    const head = /^\p{Ll}+/u.exec(line);
    const hyphen = head && last === '-' ? /(\p{L}+)-$/u.exec(text) : null;
    if (hyphen && head) {
      const whole = (hyphen[1]! + head[0]).toLowerCase();
      text = words.has(whole) ? text.slice(0, -1) + line : text + line;
      last = line.slice(-1);
      continue;
    }
    text += isCjk(last) && isCjk(line[0]) ? line : ` ${line}`;
    last = line ? line.slice(-1) : ' ';
  }
  return text.replace(/\u00ad/g, '');
}
