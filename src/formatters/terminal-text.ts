// Text from a report (file names, headings, tags quoted in messages) on its way to a terminal or a CI log.
// Raw, a line break starts a new log line (`::error …` on a line of its own is a GitHub workflow command),
// ESC starts a terminal control sequence (clear screen, hyperlinks, title), bidi controls reorder what is
// shown (Trojan Source, CVE-2021-42574), and NEL, LS and PS are line breaks to some viewers. Each such
// character is spelt out instead: `\n`, `\r`, `\t`, else `\uXXXX` (JavaScript's notation, familiar to
// readers of JSON). Written here, not taken from a library: it is one fixed character class, and the
// escaping libraries (jsesc, strip-ansi) cover other sets (quotes, only SGR sequences).

// C0 controls, DEL and C1 controls (NEL is U+0085), Arabic letter mark, LRM/RLM, LS/PS, the embeddings and
// overrides U+202A–U+202E and the isolates U+2066–U+2069.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const spell = (char: string): string => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with every control, line-break and bidi character spelt out: safe on one terminal line. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, spell);
}

/** As terminalText, but CR and LF kept for a caller that encodes them itself (GitHub's `%0D`, Markdown's `<br>`). */
export function terminalTextKeepingLineBreaks(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\n' || char === '\r' ? char : spell(char)));
}
