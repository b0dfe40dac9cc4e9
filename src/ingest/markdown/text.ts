// Plain text of mdast content for search, in one pass that also hands every HTML node (and text that
// looks like a broken directive), every paragraph and every GFM table to the caller in document order.
import type { Nodes, Paragraph, Parents, Table } from 'mdast';

export interface TextVisitor {
  /** An HTML node; `quoted` when it sits inside a block quote. */
  html(node: Nodes & { type: 'html' }, quoted: boolean): void;
  /** A text node that contains `<!--` (a directive that failed to become HTML). */
  suspiciousText(node: Nodes & { type: 'text' }): void;
  /** A paragraph (also inside list items and quotes) and its plain text, once the paragraph is walked. */
  paragraph?(node: Paragraph, text: string): void;
  /** A GFM table and the plain text of each cell (`cells[row][column]`, not trimmed), once it is walked. */
  table?(node: Table, cells: string[][]): void;
}

/** `<br>`, `<br/>`, `<BR />`: a line break inside a table cell or paragraph reads as a space. */
const BREAK_TAG = /^<br\s*\/?>$/i;

/** A table's text as the generic walk gives it (rows on lines, cells joined by spaces), keeping each cell's own text. */
function tableText(table: Table, visitor: TextVisitor, quoted: boolean, onTable: (node: Table, cells: string[][]) => void): string {
  const cells: string[][] = [];
  const lines: string[] = [];
  for (const row of table.children) {
    const texts: string[] = [];
    const parts: string[] = [];
    for (const cell of row.children) {
      const text = plainText(cell, visitor, quoted);
      texts.push(text);
      const trimmed = text.trim();
      if (trimmed !== '') parts.push(trimmed);
    }
    cells.push(texts);
    if (parts.length > 0) lines.push(parts.join(' '));
  }
  onTable.call(visitor, table, cells);
  return lines.join('\n');
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
      if (BREAK_TAG.test(node.value)) return ' ';
      visitor.html(node, quoted);
      return '';
    case 'table':
      if (visitor.table) return tableText(node, visitor, quoted, visitor.table);
      break;
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
  const text = parts.join(BLOCK_PARENTS.has(parent.type) ? '\n' : '');
  if (parent.type === 'paragraph') visitor.paragraph?.(parent, text);
  return text;
}
