#!/usr/bin/env node
// The floor of `npm run bench`: what any checker of these files must at least do. It reads the report's
// files (a folder: its *.md files in name order) and parses each with remark exactly as ingest does: the
// same plugins (remark-parse, remark-gfm, remark-frontmatter with YAML) and the same cutting of large
// files into pieces (dist/ingest/markdown/chunks.js, so the floor follows ingest when that changes; without it
// remark is quadratic on large files, and the floor would be slower than `disclose check` itself).
// No directives, sections, catalog or rules.
//   node scripts/lib/bench/parse-floor.mjs <file-or-folder>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { chunksOf } from '../../../dist/ingest/markdown/chunks.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

const files = process.argv.slice(2).flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => join(path, name))
    : [path],
);

let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const chunk of chunksOf(text)) {
    const root = processor.parse(chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end));
    nodes += root.children.length;
  }
}
// Printed so the parse cannot be optimised away, and as a sanity check.
process.stdout.write(`${files.length} file(s), ${nodes} top-level nodes\n`);
