// Splits a large Markdown file into pieces that parse exactly as they would in one document, so the
// parse stays linear. micromark and mdast-util-from-markdown splice growing event arrays (per list,
// per table …), which is quadratic in a document's size (syntax-tree/mdast-util-from-markdown#50):
// 4,000 short lists under headings take ~25 s as one 143 KB document, ~2.5 s in pieces. Files under
// twice the piece size are parsed whole, exactly as remark parses them.
//
// A cut is made only before an ATX heading line (`# …`, at most 3 spaces in) that follows a blank
// line and is outside front matter, fenced code and the HTML blocks that survive blank lines (CommonMark
// kinds 1–5: <script>/<pre>/<style>/<textarea>, comments, <?…?>, <!X…>, CDATA). After a blank line such
// a line always starts a top-level heading: it ends any list, quote, table, paragraph or other HTML
// block. What a cut can change: link reference definitions and footnotes only resolve within a piece
// (their text is still kept), which matters to nothing ingest reads.

export interface Chunk {
  /** Offset of the piece in the file's text; always a line start. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

/** Pieces are at least this long (characters); the gain flattens out below this size. */
export const CHUNK_MIN = 16 * 1024;

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/;
const HTML_OPEN = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

function htmlCloser(m: RegExpExecArray): RegExp {
  if (m[1]) return /<\/(?:script|pre|style|textarea)>/i;
  if (m[2]) return /-->/;
  if (m[3]) return /\?>/;
  if (m[4]) return />/;
  return /\]\]>/;
}

export function chunksOf(text: string, min = CHUNK_MIN): Chunk[] {
  if (text.length < 2 * min) return [{ start: 0, end: text.length, line: 1 }];
  const chunks: Chunk[] = [];
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
      if (previousBlank && ATX.test(content) && lineStart - chunkStart >= min && text.length - lineStart >= min) {
        chunks.push({ start: chunkStart, end: lineStart, line: chunkLine });
        chunkStart = lineStart;
        chunkLine = line;
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
