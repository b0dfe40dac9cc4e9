// The one Markdown parser: CommonMark + GFM + YAML front matter, built and frozen once per process.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// `singleTilde: false`: only `~~x~~` is strikethrough. A single tilde is how many indexes print a page
// range (`12~14, 20~22`), which GFM's default would read as `12` + struck-out `14, 20` + `22`.
const processor = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown to mdast with positions (1-based lines/columns, 0-based offsets into `text`). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
