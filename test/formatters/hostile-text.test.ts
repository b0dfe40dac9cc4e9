// Report text (file names, headings, tags quoted in messages) is hostile until escaped for where it goes:
// one table of hostile strings through every text formatter, each asserting the safe rendering.
// Markdown is checked with a real GFM renderer (micromark + micromark-extension-gfm), not by looking at the source.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { formatters } from '../../src/formatters/index.js';
import { formatSuggestionsStylish } from '../../src/formatters/suggestions.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import type { SuggestResult } from '../../src/model/suggestion.js';

/** name, hostile text, how a terminal shows it (control, line-break and bidi characters spelt out). */
const HOSTILE: readonly (readonly [string, string, string])[] = [
  ['backticks closing a code span', 'a ` b `` ![p](http://t/p.png) `', 'a ` b `` ![p](http://t/p.png) `'],
  ['image (tracking pixel)', '![x](http://t/p.png)', '![x](http://t/p.png)'],
  ['link', '[a](b)', '[a](b)'],
  ['pipe', 'a | b', 'a | b'],
  ['escaped pipe', 'a \\| b', 'a \\| b'],
  ['raw HTML', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['entity', '&lt;b&gt;', '&lt;b&gt;'],
  ['autolink and mention', 'www.t.example me@t.example @team', 'www.t.example me@t.example @team'],
  ['newline + workflow command', 'x\n::error file=x::pwned', 'x\\n::error file=x::pwned'],
  ['CR + workflow command', 'x\r::error file=x::pwned', 'x\\r::error file=x::pwned'],
  ['RTL override', 'abc\u202Efdp.exe', 'abc\\u202Efdp.exe'],
  ['NEL', 'a\u0085::error::b', 'a\\u0085::error::b'],
  ['line separator', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ['ESC sequences', '\u001b[2J\u001b]8;;http://t\u0007x\u001b]8;;\u0007', '\\u001B[2J\\u001B]8;;http://t\\u0007x\\u001B]8;;\\u0007'],
  ['NUL', 'a\u0000b', 'a\\u0000b'],
];

// What must never reach a terminal or CI log raw: C0/C1 controls (but the formatter's own line ends),
// DEL, bidi controls, LS/PS.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function hostileResult(text: string): CheckResult {
  const file = `r${text}.md`;
  const finding: Finding = { ruleId: 'unknown-disclosure', severity: 'error', message: `Tag \`${text}\` is wrong.`, file, line: 3, column: 1 };
  const missing: Finding = { ruleId: 'missing-disclosure', severity: 'warning', message: `Section ${text} lacks it.`, file };
  return {
    tool: { name: 'disclose', version: '0.0.0-test' },
    reports: [{ file, files: [file], frameworks: { gri: { claim: 'in-accordance', required: 1, reported: 0, omitted: 0, missing: 1 } }, disclosures: [], findings: [finding, missing] }],
  };
}

function hostileSuggestions(text: string): SuggestResult {
  const file = `r${text}.md`;
  return {
    tool: { name: 'disclose', version: '0.0.0-test' },
    reports: [{
      file,
      suggestions: [{ disclosure: `X ${text}`, title: `Title ${text}`, tagged: false, required: true, answered: false,
        candidates: [{ section: `Section ${text}`, headingPath: [text], file, line: 4, score: 0.9, evidence: [text] }] }],
      unanswered: [`Y ${text}`],
    }],
  };
}

/** The visible text of rendered HTML: `<br>` as a line break, tags removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The hostile text as a reader of the rendered Markdown sees it: line breaks kept, invisible characters spelt out. */
const shownInMarkdown = (terminal: string): string => terminal.replace(/\\n|\\r/g, '\n');

describe.each(HOSTILE)('hostile text: %s', (_name, text, terminal) => {
  test('stylish: one line per finding, nothing unsafe, the text spelt out', () => {
    for (const color of [false, true]) {
      const out = formatters['stylish']!(hostileResult(text), { color });
      const lines = out.replace(/\u001b\[\d+m/g, '').split('\n');
      expect(lines.filter((l) => l.includes('is wrong.'))).toHaveLength(1);
      expect(lines.some((l) => l.startsWith('::') || l.startsWith('  ::'))).toBe(false);
      expect(out.replace(/\u001b\[\d+m/g, '')).not.toMatch(UNSAFE);
      expect(out).toContain(`Tag \`${terminal}\` is wrong.`);
      expect(out).toContain(`r${terminal}.md`);
    }
  });

  test('github: one workflow command per finding, the text encoded per GitHub rules', () => {
    const out = formatters['github']!(hostileResult(text), { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:]*(,line=3,col=1)?,title=[a-z-]+::/);
    expect(out.trimEnd()).not.toMatch(UNSAFE);
    expect(out).not.toMatch(/[\r\u0085\u2028\u2029]/);
  });

  test('markdown: rendered by a GFM renderer, no image, link or extra cell; the text reads as given', () => {
    const html = micromark(formatters['markdown']!(hostileResult(text), { color: false }), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toMatch(/<img|<a |<script|<code/);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
    const findingRows = rows.filter((cells) => cells.length > 0 && cells.some((c) => c.includes('is wrong.') || c.includes('lacks it.')));
    expect(findingRows.map((cells) => cells.length)).toEqual([4, 4]);
    expect(visibleText(findingRows[0]![3]!)).toBe(`Tag \`${shownInMarkdown(terminal)}\` is wrong.`);
    expect(visibleText(findingRows[0]![1]!)).toBe(`r${shownInMarkdown(terminal)}.md:3`);
    const coverage = rows.find((cells) => cells.length === 7)!;
    expect(visibleText(coverage[0]!)).toBe(`r${shownInMarkdown(terminal)}.md`);
  });

  test('suggest stylish: nothing unsafe, the text spelt out', () => {
    const out = formatSuggestionsStylish(hostileSuggestions(text), { color: false, minScore: 0.3, strongScore: 0.6 });
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain(`Section ${terminal} (r${terminal}.md:4)`);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });
});
