#!/usr/bin/env node
// The content-index audit on a real index: rebuilds the Hikvision 2023 GRI content index (Appendix 2 of
// <corpus>/hikvision-2023-esg-report.txt, PDF text with its table flattened into lines) as a Markdown
// report in a temporary folder, as a user would (the index as a GFM table with the report's own header
// `GRI Standard | Disclosure | Chapter Index | Page Number`, glued chapter cells and page runs kept as
// the PDF prints them; the chapters it cites that occur in the report's text as headings above it), runs
// `check`, and counts findings by rule, judging each: a location finding whose chapters all occur in
// the report's text is a false alarm. The corpus never enters the repository or `npm test`.
//   npm run eval:real-index -- ../shared/corpus
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, loadCatalog } from '../dist/index.js';

const corpus = process.argv[2];
if (!corpus) {
  console.error('usage: node scripts/eval-real-index.mjs <corpus-dir>');
  process.exit(2);
}
const text = readFileSync(join(corpus, 'hikvision-2023-esg-report.txt'), 'utf8');

// The index: from the second "GRI Content Index" heading (the first is in the contents) to the first long
// paragraph without codes after it.
const lines = text.split('\n');
const start = lines.findIndex((l, i) => /GRI Content Index/i.test(l) && /Statement of use/i.test(lines[i + 1] ?? ''));
let end = start + 1;
while (end < lines.length && !(lines[end].length > 250 && !/\d-\d|GRI/.test(lines[end]))) end += 1;
const body = lines.slice(0, start).join('\n');
const flat = lines.slice(start + 1, end).join(' ').replace(/\s+/g, ' ');

const catalog = loadCatalog();
const letters = (s) => s.toLowerCase().replace(/[^a-z0-9?]/g, '');
const titleOf = (code) => catalog.byId.get(`GRI ${code}`)?.at(-1)?.title;

// Tokens: standard labels (`GRI 201: Economic Performance 2016`) and codes the catalog knows. Pages run
// into codes in PDF text (`About Hikvision 022-2Entities`: page 02, code 2-2): a code glued to digits
// counts only when its official title follows, and takes the fewest digits that make one.
const LABEL = /GRI \d{1,3} ?:[^:]*?(?:19|20)\d{2}(?: [A-Z][a-z]+(?: [A-Z][a-z]+)* (?:19|20)\d{2})?/y;
const CODE = /(\d+)-(\d{1,2})(?!\d)/y;
const tokens = [];
for (let at = 0; at < flat.length; ) {
  LABEL.lastIndex = at;
  const label = LABEL.exec(flat);
  if (label && (at === 0 || !/[A-Za-z]/.test(flat[at - 1]) || true) && flat.startsWith('GRI', at)) {
    tokens.push({ at, end: LABEL.lastIndex, label: label[0].trim() });
    at = LABEL.lastIndex;
    continue;
  }
  CODE.lastIndex = at;
  const m = /\d/.test(flat[at]) && !/\d/.test(flat[at - 1] ?? '') ? CODE.exec(flat) : null;
  if (!m) { at += 1; continue; }
  const digits = m[1];
  let found;
  for (let take = 1; take <= Math.min(3, digits.length) && !found; take += 1) {
    const code = `${digits.slice(-take)}-${m[2]}`;
    const title = titleOf(code);
    const glued = take < digits.length;
    if (title && (!glued || titleLength(flat.slice(CODE.lastIndex), title) > 0)) found = { code, at: at + digits.length - take };
  }
  if (found) {
    tokens.push({ at: found.at, end: CODE.lastIndex, code: found.code });
    at = CODE.lastIndex;
  } else at = CODE.lastIndex;
}

/** How much of `rest` the official title covers (letters compared, lost `fi`/`fl` ligatures tolerated). */
function titleLength(rest, title) {
  const t = letters(title);
  let i = 0;
  let j = 0;
  let last = 0;
  while (i < rest.length && j < t.length) {
    const c = rest[i].toLowerCase();
    if (!/[a-z0-9?]/.test(c)) { i += 1; continue; }
    if (c === t[j]) { i += 1; j += 1; last = i; continue; }
    if (['fi', 'fl'].includes(t.slice(j, j + 2))) { j += 2; if (c === '?') { i += 1; last = i; } continue; }
    break;
  }
  return j >= t.length * 0.5 ? last : 0;
}

// A location: chapters, each followed by its pages (`Green Production71-74`); what follows the last pages
// without pages of its own is the index's next section heading (`Activities and workers`).
const PAGES = /(\d{1,3}(?:-\d{1,3})?)(?=[A-Z]|\s|$)/g;
function location(rest) {
  const chapters = [];
  const pages = [];
  let from = 0;
  for (const m of rest.matchAll(PAGES)) {
    const chapter = rest.slice(from, m.index).trim();
    if (chapter === '' && chapters.length === 0) break;
    if (chapter !== '') chapters.push(chapter);
    pages.push(m[1]);
    from = m.index + m[0].length;
  }
  const tail = rest.slice(from).trim();
  return { chapters, pages, tail };
}

const cell = (s) => s.replace(/\|/g, '\\|');
const rows = [];
const cited = new Set();
let statement = flat.slice(0, tokens[0]?.at ?? 0);
for (let k = 0; k < tokens.length; k += 1) {
  const token = tokens[k];
  const rest = flat.slice(token.end, tokens[k + 1]?.at ?? flat.length);
  if (token.label) {
    rows.push(`| ${cell(token.label)} | | | |`);
    if (rest.trim()) rows.push(`| ${cell(rest.trim())} | | | |`);
    continue;
  }
  const title = titleOf(token.code);
  const n = titleLength(rest, title);
  const printedTitle = rest.slice(0, n).trim();
  const { chapters, pages, tail } = location(rest.slice(n));
  for (const c of chapters) cited.add(c);
  // A direct answer (a sentence) has no pages: it stays whole in the chapter cell.
  const where = chapters.length > 0 ? chapters.join(' ') : tail;
  rows.push(`| | ${token.code} ${cell(printedTitle)} | ${cell(where)} | ${pages.join(' ')} |`);
  if (chapters.length > 0 && tail) rows.push(`| ${cell(tail)} | | | |`);
}

// The report's headings: chapters the index cites that occur in its text (case and spacing aside).
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const bodyKey = squash(body);
const headings = [...cited].filter((c) => bodyKey.includes(squash(c)));
const period = statement.match(/GRI 1 used/) ? statement.slice(0, statement.indexOf('GRI 1 used')) : statement;
const markdown = [
  '---',
  'title: Hikvision 2023 ESG Report (index rebuilt for evaluation)',
  'organization: Hikvision',
  'period: { start: 2023-01-01, end: 2023-12-31 }',
  'published: 2024-04-20',
  'language: en',
  'frameworks:',
  '  gri:',
  '    claim: with-reference',
  '---',
  '',
  ...headings.flatMap((h) => [`## ${h}`, '', 'Text of the chapter.', '']),
  '## GRI Content Index',
  '',
  period.replace(/^Statement of use/, '').trim(),
  '',
  'GRI 1 used: GRI 1: Foundation 2021',
  '',
  '| GRI Standard | Disclosure | Chapter Index | Page Number |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'disclose-real-index-'));
const file = join(dir, 'hikvision-2023.md');
writeFileSync(file, markdown);
const result = await check([file]);
const findings = result.reports[0].findings;
const codeRows = rows.filter((r) => /^\| \| \d/.test(r)).length;

// A finding about a location is a false alarm when every chapter it names occurs in the report's text.
const judge = (f) => {
  if (f.ruleId !== 'location-unresolved' || f.severity === 'info') return 'check by hand';
  const named = /points to `([^`]*)`/.exec(f.message)?.[1];
  if (!named) return 'check by hand';
  const found = [...cited].filter((c) => squash(named).includes(squash(c)));
  return found.length > 0 && found.every((c) => bodyKey.includes(squash(c))) ? 'false alarm' : 'real';
};
const byRule = new Map();
for (const f of findings) {
  const verdict = judge(f);
  const row = byRule.get(f.ruleId) ?? { total: 0, falseAlarms: 0, info: 0 };
  row.total += 1;
  if (f.severity === 'info') row.info += 1;
  if (verdict === 'false alarm') row.falseAlarms += 1;
  byRule.set(f.ruleId, row);
  console.log(`${f.severity.padEnd(8)}${f.ruleId.padEnd(26)}${(f.disclosure ?? '').padEnd(12)}${verdict.padEnd(15)}${f.message}`);
}
console.log(`\nindex rows rebuilt: ${codeRows}; headings placed: ${headings.length} of ${cited.size} chapters cited`);
console.log('rule                      findings  info  false alarms');
let falseAlarms = 0;
for (const [rule, row] of [...byRule].sort()) {
  falseAlarms += row.falseAlarms;
  console.log(`${rule.padEnd(26)}${String(row.total).padStart(8)}${String(row.info).padStart(6)}${String(row.falseAlarms).padStart(14)}`);
}
console.log(`false alarms per 100 rows: ${((falseAlarms / Math.max(codeRows, 1)) * 100).toFixed(1)}`);
if (process.env.KEEP) console.log(`kept: ${file}`);
else rmSync(dir, { recursive: true, force: true });
