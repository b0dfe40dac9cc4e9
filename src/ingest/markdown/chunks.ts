// Splits a large Markdown file into pieces that parse exactly as they would in one document, so the
// parse stays linear. micromark and mdast-util-from-markdown splice growing event arrays (per list,
// per table …), which is quadratic in a document's size (syntax-tree/mdast-util-from-markdown#50):
// 4,000 short lists under headings take ~25 s as one 143 KB document, ~2.5 s in pieces. Files under
// twice the piece size and with few blocks are parsed whole, exactly as remark parses them.
//
// A cut is made only before a line that starts in column 1 (no indentation), follows a blank line and is
// outside front matter, fenced code and the HTML blocks that survive blank lines (CommonMark kinds 1–5:
// <script>/<pre>/<style>/<textarea>, comments, <?…?>, <!X…>, CDATA). After a blank line such a line
// always starts a new top-level block: it ends any list item, quote, table, paragraph or other HTML block
// (a line indented 1–3 spaces may still belong to a list item: `- a`, blank, `  # b` is a heading inside
// the item, so indented lines are never cut before). Not before `---`, which would open front matter at
// the start of a piece. What a cut can change: a list whose items are separated by blank lines becomes
// two lists (ingest reads their items alike), and link reference definitions and footnotes only resolve
// within a piece (their text is still kept), which matters to nothing ingest reads. Cutting before any
// such line, not only before headings, keeps a report without headings (a converted PDF: paragraphs and
// short lists) linear too.

export interface Chunk {
  /** Offset of the piece in the file's text; always a line start. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

/** Pieces are at least this long (characters); the gain flattens out below this size. */
export const CHUNK_MIN = 16 * 1024;
/**
 * ...unless they hold this many top-level blocks: block quotes and lists are quadratic in their number
 * within one parse (3,200 `> x` quotes, 16 KB: ~5 s as one piece), so a piece of many short blocks is
 * cut early (a 400 KB file of short quotes: ~6 s in pieces of 32 blocks, ~15 s in pieces of 128).
 */
export const CHUNK_MAX_BLOCKS = 32;

/** A line that can start a piece: not indented, not blank, not a `---` (front matter at a piece's start). */
export const CUTTABLE = /^(?![ \t]|---)[^]/;
export const BLANK = /^[ \t]*$/;
export const FENCE_OPEN = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/;
export const HTML_OPEN = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i;
export const FRONT_MATTER_FENCE = /^---[ \t]*$/;

export function htmlCloser(m: RegExpExecArray): RegExp {
  if (m[1]) return /<\/(?:script|pre|style|textarea)>/i;
  if (m[2]) return /-->/;
  if (m[3]) return /\?>/;
  if (m[4]) return />/;
  return /\]\]>/;
}

export function chunksOf(text: string, min = CHUNK_MIN, maxBlocks = CHUNK_MAX_BLOCKS): Chunk[] {
  const chunks: Chunk[] = [];
  /** Places since the last cut where a cut could have been made: top-level blocks in the piece. */
  let blocks = 0;
  let chunkStart = 0;
  let chunkLine = 1;
  let fenceClose: RegExp | undefined;
  let htmlEnd: RegExp | undefined;
  let frontMatter = false;
  let previousBlank = true;
  let line = 0;
  const eol = /\r\n|\r|\n/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    eol.lastIndex = lineStart;
    const m = eol.exec(text);
    const lineEnd = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length + 1;
    const content = text.slice(lineStart, lineEnd);
    line++;
    if (line === 1 && FRONT_MATTER_FENCE.test(content)) frontMatter = true;
    else if (frontMatter) {
      if (FRONT_MATTER_FENCE.test(content)) frontMatter = false;
    } else if (fenceClose) {
      if (fenceClose.test(content)) fenceClose = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else {
      if (previousBlank && CUTTABLE.test(content)) {
        if ((lineStart - chunkStart >= min && text.length - lineStart >= min) || blocks >= maxBlocks) {
          chunks.push({ start: chunkStart, end: lineStart, line: chunkLine });
          chunkStart = lineStart;
          chunkLine = line;
          blocks = 0;
        } else blocks++;
      }
      const f = FENCE_OPEN.exec(content);
      if (f) {
        const marks = f[1] ?? f[2]!;
        fenceClose = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
      } else {
        const h = HTML_OPEN.exec(content);
        if (h) {
          const closer = htmlCloser(h);
          if (!closer.test(content.slice(h[0].length))) htmlEnd = closer;
        }
      }
    }
    previousBlank = BLANK.test(content);
    lineStart = next;
  }
  chunks.push({ start: chunkStart, end: text.length, line: chunkLine });
  return chunks;
}
