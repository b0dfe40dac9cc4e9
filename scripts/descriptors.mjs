#!/usr/bin/env node
// Tidies the suggest vocabulary in standards/descriptors/ and regenerates the files derived from it
// (standards/descriptors/README.md):
//
//   npm run descriptors          # = npm run build && node scripts/descriptors.mjs
//   node scripts/descriptors.mjs --check   # writes nothing; exits 1 naming each file that would change
//                                          # (test/meta/descriptors-derived.test.ts: a derived file cannot
//                                          # fall behind the catalog or its source unnoticed)
//
// Curated files (every *.json there except the derived ones below) are rewritten in catalog order, in the
// house format (2-space JSON, one keyword list per line, trailing newline); their words are not changed.
// Derived files are rebuilt from scratch:
//   sse.json, bse.json        from szse.json: the three exchange guidelines share their articles. An article is
//                             matched by its official Chinese title; EXCHANGE_COUNTERPARTS lists the articles
//                             whose titles differ.
//   sasb-same-wording.json    a SASB metric without a curated descriptor whose wording equals that of a curated
//                             metric (of another industry) gets a copy of its vocabulary.
// The script stops when a derived article has no counterpart. Output is deterministic.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'standards', 'descriptors');
const SCHEMA = '../../schemas/descriptors.schema.json';

/** SSE/BSE article -> SZSE article, where the Chinese titles differ (BSE has no article on CSR reports). */
const EXCHANGE_COUNTERPARTS = {
  // 施行日期和首个报告期安排 (BSE) is 施行日期和过渡期安排 (SZSE): both are the effective date and first-period relief.
  'BSE 62': 'SZSE 63',
};

const DERIVED = {
  'sse.json': { framework: 'sse', from: 'szse.json' },
  'bse.json': { framework: 'bse', from: 'szse.json' },
  'sasb-same-wording.json': { framework: 'sasb', from: 'sasb.json' },
};

const derivedSource = (from) =>
  `Derived from ${from} by scripts/descriptors.mjs; do not edit: edit ${from} and rerun. ` +
  'Curated vocabulary (expert judgement), not official text; see standards/descriptors/README.md.';

const check = process.argv.includes('--check');
// Derived files go first, so that a stale one can never stop the catalog from loading (in --check, a stale
// one that does is a failure anyway).
if (!check) for (const name of Object.keys(DERIVED)) rmSync(join(dir, name), { force: true });
const { loadCatalog } = await import('../dist/catalog/index.js');
const catalog = loadCatalog();
// Descriptors are validated on first use: read them once so that a broken curated file stops the script here.
if (catalog.descriptors.size === 0) throw new Error(`${dir}: no curated descriptors`);

/** Position of each canonical id in catalog order (first version wins). */
const position = new Map();
for (const standard of catalog.standards) for (const def of standard.disclosures) if (!position.has(def.id)) position.set(def.id, position.size);
const byCatalogOrder = (a, b) => position.get(a.id) - position.get(b.id);
const first = (id) => catalog.byId.get(id)[0];

const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const line = (values) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

function format(file) {
  const descriptors = [...file.descriptors].sort(byCatalogOrder).map((d) =>
    [
      '    {',
      `      "id": ${JSON.stringify(d.id)},`,
      '      "keywords": {',
      `        "en": ${line(d.keywords.en)},`,
      `        "zh": ${line(d.keywords.zh)}`,
      `      }${d.units ? ',' : ''}`,
      ...(d.units ? [`      "units": ${line(d.units)}`] : []),
      '    }',
    ].join('\n'),
  );
  return [
    '{',
    `  "$schema": ${JSON.stringify(SCHEMA)},`,
    `  "framework": ${JSON.stringify(file.framework)},`,
    `  "source": ${JSON.stringify(file.source)},`,
    '  "descriptors": [',
    descriptors.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Files whose formatted text differs from what is on disk (--check). */
const stale = [];
const write = (name, file) => {
  const text = format(file);
  if (!check) writeFileSync(join(dir, name), text);
  else if (readFileSync(join(dir, name), 'utf8') !== text) stale.push(name);
};
const copy = (id, from) => ({ id, keywords: { en: [...from.keywords.en], zh: [...from.keywords.zh] }, ...(from.units ? { units: [...from.units] } : {}) });

const curated = new Map();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !(check && n in DERIVED)).sort()) {
  const file = read(name);
  curated.set(name, file);
  write(name, file);
}

function deriveExchange(framework, szse) {
  const byTitle = new Map();
  for (const d of szse.descriptors) {
    const title = first(d.id).titleZh;
    if (byTitle.has(title)) throw new Error(`szse.json: two articles titled ${title}`);
    byTitle.set(title, d);
  }
  const bySzseId = new Map(szse.descriptors.map((d) => [d.id, d]));
  const descriptors = [];
  for (const [id, versions] of catalog.byId) {
    if (versions[0].framework !== framework) continue;
    const counterpart = EXCHANGE_COUNTERPARTS[id];
    const from = counterpart ? bySzseId.get(counterpart) : byTitle.get(versions[0].titleZh);
    if (!from) throw new Error(`${id} (${versions[0].titleZh}): no SZSE article with this title; add it to EXCHANGE_COUNTERPARTS`);
    descriptors.push(copy(id, from));
  }
  return descriptors;
}

const normalizeWording = (title) => title.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

function deriveSameWording(sasb) {
  const described = new Set(sasb.descriptors.map((d) => d.id));
  const byWording = new Map();
  for (const d of [...sasb.descriptors].sort(byCatalogOrder)) {
    const wording = normalizeWording(first(d.id).title);
    if (!byWording.has(wording)) byWording.set(wording, d);
  }
  const descriptors = [];
  for (const [id, versions] of catalog.byId) {
    if (versions[0].framework !== 'sasb' || described.has(id)) continue;
    const from = byWording.get(normalizeWording(versions[0].title));
    if (from) descriptors.push(copy(id, from));
  }
  return descriptors;
}

for (const [name, { framework, from }] of Object.entries(DERIVED)) {
  const source = curated.get(from);
  if (!source) throw new Error(`${from} is missing: ${name} is derived from it`);
  const descriptors = framework === 'sasb' ? deriveSameWording(source) : deriveExchange(framework, source);
  write(name, { framework, source: derivedSource(from), descriptors });
  if (!check) console.log(`${name}: ${descriptors.length} descriptors from ${from}`);
}
if (check) {
  for (const name of stale) console.error(`standards/descriptors/${name}: not what npm run descriptors makes of it; run it`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const [name, file] of curated) console.log(`${name}: ${file.descriptors.length} descriptors (curated)`);
