#!/usr/bin/env node
// Runs the evidence rules (issue 16) on the real reports of a corpus folder (../shared/corpus: text extracted
// from report PDFs) and prints the findings' counts by rule and a sample of 20 to judge by hand.
//
//   npm run build && node scripts/eval-evidence.mjs ../shared/corpus [--all] [--seed N]
//
// How a text becomes a report with sections: a line that looks like a heading (short, starts with a letter,
// no sentence punctuation at its end, not a number) opens a `##` section, a `###` one when it is decorated
// (`●Equality and Inclusion`: a subsection); every other line is a paragraph.
// Where the report has its own GRI content index (Hikvision 2023, Appendix 2, flattened to lines), each
// `<code><official title><chapter><page>` run names the chapter answering the disclosure, and the sections
// whose heading is that chapter get a `disclose:` tag for it. Reports without an index get no tags: only
// total-mismatch and value-conflict (which need none) can speak there. The reporting period is the year in
// the file name. Reads nothing at run time of the product; outside `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../dist/catalog/index.js';
import { parseMarkdownReport } from '../dist/ingest/index.js';
import { checkReport } from '../dist/engine/run.js';

const RULES = ['no-figures', 'unit-mismatch', 'item-not-addressed', 'period-mismatch', 'total-mismatch', 'value-conflict'];
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/eval-evidence.mjs <corpus-dir> [--all] [--seed N]');
  process.exit(2);
}
const seedArg = args.indexOf('--seed');
let seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 16;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const catalog = loadCatalog();
const squash = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function isHeading(line) {
  const text = line.trim().replace(/^[●■•◆▶\-–]+\s*/, '');
  if (text.length < 4 || text.length > 60) return false;
  if (!/^[\p{L}]/u.test(text) || /[.,;:。，；：、!?！？)）"”]$/.test(text)) return false;
  if (text.split(/\s+/).length > 9) return false;
  return /[A-Z\p{Script=Han}]/u.test(text[0]);
}

/**
 * The report's own GRI index, flattened: after its last "GRI Content Index" heading, with spaces and line breaks
 * gone (`2-7Employees…Safeguarding Employee Rights83-85`). Each `<code><official title>` run is followed by the
 * chapter names that answer it, up to the page numbers: code -> that run of letters.
 */
function indexChapters(text) {
  const at = Math.max(text.lastIndexOf('GRI Content Index'), text.lastIndexOf('GRI内容索引'));
  if (at < 0) return new Map();
  const flat = text.slice(at).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '');
  const chapters = new Map();
  for (const standard of catalog.standards.filter((s) => s.framework === 'gri' && s.year >= 2016)) {
    for (const def of standard.disclosures) {
      const title = def.title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`${def.code}${title}([\\p{L}]{4,200}?)\\d`, 'gu');
      for (const m of flat.matchAll(re)) chapters.set(def.id, [...(chapters.get(def.id) ?? []), m[1]]);
    }
  }
  return chapters;
}

function toMarkdown(name, text) {
  const year = Number(/(20\d\d)/.exec(name)?.[1] ?? 2023);
  const lines = text.split(/\r?\n/);
  const chapters = indexChapters(text);
  // A heading answers a disclosure when its letters are one of the chapter names in the disclosure's run.
  const idsFor = (title) => {
    const key = squash(title);
    if (key.length < 8) return [];
    return [...chapters].filter(([, runs]) => runs.some((run) => run.includes(key))).map(([id]) => id);
  };
  const out = [`---\ntitle: ${JSON.stringify(name)}\nperiod: { start: ${year}-01-01, end: ${year}-12-31 }\nframeworks:\n  gri:\n    claim: with-reference\n---\n`, `# ${name}\n`];
  const tagged = new Set();
  let headings = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (isHeading(line)) {
      headings++;
      const title = line.trim().replace(/^[●■•◆▶\-–]+\s*/, '').replace(/[<>`|#*_[\]]/g, ' ');
      // A decorated heading (`●Equality and Inclusion`) is a subsection of the chapter above it.
      const level = /^\s*[●■•◆▶]/.test(line) ? '###' : '##';
      out.push(`\n${level} ${title}\n`);
      const ids = idsFor(title).filter((id) => !tagged.has(`${id} ${squash(title)}`));
      for (const id of ids) tagged.add(`${id} ${squash(title)}`);
      if (ids.length > 0) out.push(`<!-- disclose: ${ids.join(', ')} -->\n`);
    } else {
      // Text as paragraphs: Markdown syntax in extracted text is not meant as markup.
      out.push(`${line.replace(/[<>`|#*_[\]\\]/g, ' ')}\n`);
    }
  }
  return { markdown: out.join('\n'), headings, tags: tagged.size };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const counts = Object.fromEntries(RULES.map((r) => [r, 0]));
const all = [];
for (const file of files) {
  const { markdown, headings, tags } = toMarkdown(file.replace(/\.txt$/, ''), readFileSync(join(dir, file), 'utf8'));
  const report = parseMarkdownReport([{ path: file, text: markdown }]);
  const { result } = checkReport(report, catalog, file, { 'item-not-addressed': 'warning' });
  const found = result.findings.filter((f) => RULES.includes(f.ruleId));
  const byRule = Object.fromEntries(RULES.map((r) => [r, found.filter((f) => f.ruleId === r).length]));
  for (const r of RULES) counts[r] += byRule[r];
  console.log(`${file}: ${headings} sections, ${tags} tags from its own index; ${RULES.map((r) => `${r} ${byRule[r]}`).join(', ')}`);
  for (const f of found) all.push({ file, ...f });
}
console.log(`\ntotal: ${RULES.map((r) => `${r} ${counts[r]}`).join(', ')} (${all.length} findings)\n`);
const sample = args.includes('--all') ? all : [...all].sort(() => random() - 0.5).slice(0, 20);
sample.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}. [${f.ruleId}] ${f.file}:${f.line ?? ''} ${f.message}`));
