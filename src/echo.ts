// Input echoed back in a message (an id, a glob, a key) is cut to MAX_ECHO_CHARS characters plus `…`:
// a 120 KB id in a tag was printed whole in its finding and in stderr. One helper, so every message cuts
// the same way; cutting never splits a surrogate pair.
import { MAX_ECHO_CHARS } from './limits.js';

export function echo(text: string, max = MAX_ECHO_CHARS): string {
  if (text.length <= max) return text;
  // Back off one code unit rather than leave half of an astral character (emoji, rare CJK) before `…`.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
