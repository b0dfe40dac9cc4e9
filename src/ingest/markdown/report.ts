// Markdown files -> one Report (contracts.md §1). parseMarkdownReport is pure and synchronous; the
// dispatcher (dispatch.ts) adds the file system and picks this reader for text. Each file is parsed once and its top-level nodes walked once, in order.
import { DiscloseError } from '../../model/errors.js';
import type { Report, ReportMeta, SourceFile } from '../../model/report.js';
import { assertBlockLimits } from './block-limits.js';
import { chunksOf } from './chunks.js';
import { detached } from './detached.js';
import { parseFrontMatter } from '../front-matter.js';
import { emptyMeta, mergeMeta } from '../meta.js';
import { LineIndex } from '../../text-lines.js';
import { parseMarkdown } from './parse.js';
import { assertNesting, assertTreeDepth } from './nesting.js';
import { SectionTree } from './sections.js';
import { FileWalker, type Collected } from './walker.js';

export interface MarkdownSource {
  /** The path as the user gave it; it names the file in sections, tags and messages. */
  path: string;
  text: string;
}

const LONE_CR = /\r(?!\n)/g;
const lfOnly = (text: string): string => (text.includes('\r') ? text.replace(LONE_CR, '\n') : text);

const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/**
 * Parses the report's files (in order) into one Report. Pure: no I/O. `defaults` (from a config file)
 * sit under every file's front matter. Throws DiscloseError (kind 'input') for bad front matter and for
 * Markdown nested too deeply to parse in bounded time (nesting.ts).
 */
export function parseMarkdownReport(sources: readonly MarkdownSource[], defaults?: Partial<ReportMeta>): Report {
  const first = sources[0];
  if (!first) throw new DiscloseError('usage', 'No report given; expected one or more Markdown files or folders');
  let meta = mergeMeta(emptyMeta(), defaults);
  const files: SourceFile[] = [];
  const tree = new SectionTree(first.path);
  const out: Collected = { tags: [], omissions: [], problems: [], suppressions: [], pages: new Set(), tables: [], blocks: [] };

  for (const source of sources) {
    const bom = source.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // Old Mac line ends (CR only) become LF, one character for one, so every offset and line stays the
    // same: micromark reads CR-only lines, but YAML front matter does not.
    const text = lfOnly(bom ? source.text.slice(1) : source.text);
    const lines = new LineIndex(text);
    files.push({ path: source.path, lines: lines.lines });
    // Spans' offsets index `source.text` as given, so a writer can splice it in place.
    const walker = new FileWalker(source.path, text, lines, tree, out, bom);
    tree.startFile();
    assertNesting(text, source.path);
    assertBlockLimits(text, source.path);
    for (const chunk of chunksOf(text)) {
      const root = parseMarkdown(chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end));
      assertTreeDepth(root, source.path, chunk.line - 1);
      walker.startChunk(chunk);
      for (const node of root.children) {
        if (node.type === 'yaml') {
          // Only the first piece can hold it; the YAML text starts on the line after the opening `---`.
          meta = mergeMeta(meta, parseFrontMatter(detached(node.value), source.path, node.position!.start.line + chunk.line));
          continue;
        }
        walker.walk(node);
      }
    }
    tree.endFile(lines.lines);
  }

  const sections = tree.finish(meta.title || baseName(first.path), files[0]!.lines ?? 0);
  return {
    meta,
    files,
    sections,
    tags: out.tags,
    omissions: out.omissions,
    problems: out.problems,
    suppressions: out.suppressions,
    pages: [...out.pages].sort((a, b) => a - b),
    tables: out.tables,
    blocks: out.blocks,
  };
}
