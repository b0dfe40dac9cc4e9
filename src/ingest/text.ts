// Plain text of mdast content for search, in one pass that also hands every HTML node (and text that
// looks like a broken directive) to the caller in document order.
import type { Nodes, Parents } from 'mdast';

export interface TextVisitor {
  /** An HTML node; `quoted` when it sits inside a block quote. */
  html(node: Nodes & { type: 'html' }, quoted: boolean): void;
  /** A text node that contains `<!--` (a directive that failed to become HTML). */
  suspiciousText(node: Nodes & { type: 'text' }): void;
}

// Containers whose children are blocks: their texts are joined by line breaks, not glued.
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table']);

/** Plain text of `node`: blocks on their own lines, table cells separated by spaces, HTML dropped. */
export function plainText(node: Nodes, visitor: TextVisitor, quoted = false): string {
  switch (node.type) {
    case 'text':
      if (node.value.includes('<!--')) visitor.suspiciousText(node);
      return node.value;
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      visitor.html(node, quoted);
      return '';
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
      return '';
    default:
      break;
  }
  if (!('children' in node)) return '';
  const parent = node as Parents;
  const inQuote = quoted || parent.type === 'blockquote';
  const parts: string[] = [];
  for (const child of parent.children) {
    const text = plainText(child as Nodes, visitor, inQuote);
    if (BLOCK_PARENTS.has(parent.type) || parent.type === 'tableRow') {
      const trimmed = text.trim();
      if (trimmed !== '') parts.push(trimmed);
    } else parts.push(text);
  }
  if (parent.type === 'tableRow') return parts.join(' ');
  return parts.join(BLOCK_PARENTS.has(parent.type) ? '\n' : '');
}
