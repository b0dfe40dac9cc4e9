// Shared by the render tests: fixtures, and independent readers of the rendered text
// (csv-parse and a GFM parse), so that tests do not trust the code they test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse as parseCsvText } from 'csv-parse/sync';

import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import type { IndexDocument } from '../../src/model/index-document.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'render');

export function loadDocument(name: 'index-document' | 'hostile-index-document' = 'index-document'): IndexDocument {
  return JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as IndexDocument;
}

/** RFC 4180 records, read by csv-parse: quoted fields may hold `,`, `"` (doubled) and line breaks. */
/** The CSV index starts with a UTF-8 byte order mark (issue 14 §6), read off here before the records. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\ufeff')) throw new Error('no UTF-8 byte order mark');
  if (!text.endsWith('\n')) throw new Error('last record has no line end');
  text = text.slice(1);
  return parseCsvText(text, { relax_column_count: true }) as string[][];
}

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

export function tableOf(root: Root): Table {
  const table = root.children.find((node): node is Table => node.type === 'table');
  if (!table) throw new Error('no table in the Markdown');
  return table;
}
