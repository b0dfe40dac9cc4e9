// The one Markdown parser: CommonMark + GFM + YAML front matter, built and frozen once per process.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown to mdast with positions (1-based lines/columns, 0-based offsets into `text`). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
