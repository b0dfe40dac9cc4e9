// Limits on nesting, so that a hostile or broken file gets one clear refusal instead of minutes of parsing
// or a stack overflow. No real report nests block quotes and lists more than a handful of levels.
//
// 1. Before parsing: micromark re-checks every open container on each line, so a line that opens many
//    containers costs the square of their number (`- - - … x`, 2,000 levels on one line: ~4 s; `> > > …`,
//    5,000 levels: ~30 s). A line whose container prefix (`>` markers, list markers and the indentation
//    before them) goes deeper than MAX_NESTING is refused.
// 2. After parsing: ingest walks the tree recursively (text.ts), and so does mdast-util-to-string; emphasis
//    and links nested inside each other (`*****…x…*****`) are not containers, so a tree deeper than
//    MAX_TREE_DEPTH is refused before the walk (5,000 levels overflow the stack).
import type { Nodes } from 'mdast';
import { DiscloseError } from '../../model/errors.js';

/** Block quotes and list items inside each other, at most; markdown-it's default limit is 100 tokens. */
export const MAX_NESTING = 32;
/** Nodes inside each other in the syntax tree, at most: far below the stack's limit, far above any report. */
export const MAX_TREE_DEPTH = 1000;

const tooDeep = (path: string, line: number, what: string, limit: number): DiscloseError =>
  new DiscloseError(
    'input',
    `\`${path}\`: line ${line} nests ${what} more than ${limit} levels deep; expected a report nested at most ${limit} levels`,
    path,
  );

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Width of an ordered-list marker (`12.`, `3)`) at `at`, or 0. CommonMark allows at most nine digits. */
function orderedMarker(line: string, at: number): number {
  let i = at;
  while (i < line.length && i - at < 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  if (i === at || (line[i] !== '.' && line[i] !== ')')) return 0;
  return i + 1 === line.length || isSpace(line[i + 1]) ? i + 1 - at : 0;
}

/**
 * How many block quotes and list items the start of `line` opens or continues, estimated from above:
 * each `>` or list marker is one, and indentation before a marker (beyond the one space that belongs to
 * the marker before it) counts one level per two columns, the least a list item indents its content.
 * (`>     - x` counts 4: the quote holds indented code, but a list would be that deep.) A thematic break
 * (`- - - -`, `* * *`) is no nesting.
 */
export function containerDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  let column = 0;
  let i = 0;
  const kinds = new Set<string>();
  for (;;) {
    let spaces = 0;
    while (isSpace(line[i])) {
      const width = line[i] === '\t' ? 4 - (column % 4) : 1;
      column += width;
      spaces += width;
      i++;
    }
    const c = line[i];
    let width = 0;
    if (c === '>') width = 1;
    else if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || isSpace(line[i + 1]))) width = 1;
    else width = orderedMarker(line, i);
    if (width === 0) break;
    indent += Math.max(0, spaces - (markers > 0 ? 1 : 0));
    markers++;
    kinds.add(c === '>' || c === '-' || c === '*' || c === '+' ? c : '1');
    i += width;
    column += width;
  }
  if (i === line.length && kinds.size === 1 && (kinds.has('-') || kinds.has('*'))) return 0;
  return markers + Math.floor(indent / 2);
}

/** Refuses `text` when a line nests deeper than MAX_NESTING. Linear: most lines stop at their first character. */
export function assertNesting(text: string, path: string): void {
  const eol = /\r\n|\r|\n/g;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    eol.lastIndex = start;
    const m = eol.exec(text);
    const end = m ? m.index : text.length;
    const c = text[start];
    // Cheap test first: only lines that start with white space or a container marker can nest.
    if (c === ' ' || c === '\t' || c === '>' || c === '-' || c === '*' || c === '+' || (c !== undefined && c >= '0' && c <= '9')) {
      if (containerDepth(text.slice(start, end)) > MAX_NESTING) throw tooDeep(path, line, 'block quotes and lists', MAX_NESTING);
    }
    if (!m) break;
    start = m.index + m[0].length;
    line++;
  }
}

/**
 * Refuses a node whose descendants nest deeper than MAX_TREE_DEPTH, without recursing. `lineBase` is
 * added to the nodes' lines (the piece's place in the file).
 */
export function assertTreeDepth(node: Nodes, path: string, lineBase = 0): void {
  const stack: [Nodes, number][] = [[node, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      throw tooDeep(path, (current.position?.start.line ?? 1) + lineBase, 'emphasis, links, block quotes or lists', MAX_TREE_DEPTH);
    }
    if ('children' in current) for (const child of current.children) stack.push([child as Nodes, depth + 1]);
  }
}
