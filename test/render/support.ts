// Shared by the render tests: fixtures, and independent readers of the rendered text
// (a small RFC 4180 CSV reader and a GFM parse), so that tests do not trust the code they test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import type { IndexDocument } from '../../src/model/index-document.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'render');

export function loadDocument(name: 'index-document' | 'hostile-index-document' = 'index-document'): IndexDocument {
  return JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as IndexDocument;
}

/** RFC 4180 records: quoted fields may hold `,`, `"` (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record has no line end');
  return records;
}

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

export function tableOf(root: Root): Table {
  const table = root.children.find((node): node is Table => node.type === 'table');
  if (!table) throw new Error('no table in the Markdown');
  return table;
}
