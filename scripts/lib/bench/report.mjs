// A deterministic generator of realistic ESG reports for `npm run bench`: an in-accordance GRI report of
// a manufacturer listed in Shenzhen that also reports to SASB, in the shape of real annual reports:
// front matter, numbered chapters and sections, page markers, `disclose:` and `omit:` tags in sections,
// list items and table cells, English prose with Chinese paragraphs and a Chinese chapter, KPI tables,
// lists, per-site sections in the topic chapters that make up the bulk of a large report, and the GRI
// content index table at the end (about 120 rows). Codes, titles and standard names come from the built
// catalog, never from literals here. Large files are mostly short blocks between headings, so ingest
// cuts them into pieces (src/ingest/markdown/chunks.ts) as it does real reports.
import { createRandom } from './prng.mjs';
import { bulletList, chineseParagraph, englishParagraph, kpiTable } from './prose.mjs';
import { ReportWriter } from './writer.mjs';

const ORGANIZATION = 'Huadong Precision Components Co., Ltd.';
const PERIOD = { start: '2025-01-01', end: '2025-12-31', text: '1 January 2025 to 31 December 2025' };
const PUBLISHED = '2026-04-20';
const MATERIAL_TOPICS = 8;
const MAX_INDEX_LOCATIONS = 3;
const CITIES = [
  'Suzhou', 'Wuxi', 'Chengdu', 'Dongguan', 'Hefei', 'Xiamen', 'Tianjin', 'Wuhan', 'Penang', 'Bac Ninh', 'Monterrey',
  'Pune', 'Chonburi', 'Guadalajara', 'Nantong', 'Changzhou', 'Kunshan', 'Zhuhai', 'Qingdao', 'Xi\'an',
];
const SITE_SECTIONS = ['Targets', 'Initiatives', 'Case Study', 'Data', 'Outlook', 'Management Approach', 'Risks', 'Stakeholder Feedback'];

/** GRI's own name of a topic standard without code and year: `GRI 305: Emissions 2016` -> `Emissions`. */
const topicName = (standard) => standard.id.replace(/^[^:]*:\s*/, '').replace(/\s+\d{4}$/, '');

/** A heading made from a disclosure title: short, without the commas, colons and brackets of long titles. */
function headingFrom(title) {
  const words = title.replace(/\([^)]*\)/g, '').replace(/[,;:/]/g, ' ').split(/\s+/).filter(Boolean);
  return words.slice(0, 6).join(' ');
}

function chunk(items, random, min, max) {
  const out = [];
  for (let i = 0; i < items.length; ) {
    const n = random.int(min, max);
    out.push(items.slice(i, i + n));
    i += n;
  }
  return out;
}

/** What the report declares and covers, chosen from the catalog by the seeded generator. */
function chooseScope(catalog, random) {
  const current = (framework, topic) => catalog.standards.find((s) => s.framework === framework && s.status === 'current' && (!topic || s.topic === topic));
  const topics = catalog.standards.filter((s) => s.framework === 'gri' && s.series === 'topic' && s.status === 'current');
  // A manufacturer's material topics are mostly the larger standards (emissions, energy, safety …).
  const larger = [...topics].sort((a, b) => b.disclosures.length - a.disclosures.length || a.id.localeCompare(b.id)).slice(0, MATERIAL_TOPICS + 4);
  const material = random.shuffle(larger).slice(0, MATERIAL_TOPICS).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const industries = catalog.standards.filter((s) => s.framework === 'sasb' && s.status === 'current').sort((a, b) => a.id.localeCompare(b.id));
  const gri2 = current('gri', 'GRI 2');
  const gri3 = current('gri', 'GRI 3');
  const omittable = (s) => s.disclosures.filter((d) => !d.omissionNotPermitted && !d.perMaterialTopic);
  // Two omissions, as in most real reports: one general disclosure (pay ratio and the like), one topic disclosure.
  const omitted = new Set([random.pick(omittable(gri2)).id, random.pick(material.flatMap(omittable)).id]);
  return {
    gri2,
    gri3,
    /** GRI 3-3, tagged once per material topic. */
    approach: gri3.disclosures.find((d) => d.perMaterialTopic),
    material,
    sasb: random.pick(industries),
    szse: current('szse'),
    omitted,
    foundation: catalog.gri.foundation,
  };
}

function frontMatter(scope) {
  return [
    '---',
    `title: ${ORGANIZATION.replace(/ Co\., Ltd\.$/, '')} 2025 Sustainability Report`,
    `organization: ${ORGANIZATION}`,
    `period: { start: ${PERIOD.start}, end: ${PERIOD.end} }`,
    `published: ${PUBLISHED}`,
    'language: en',
    'frameworks:',
    '  gri:',
    '    claim: in-accordance',
    `    material-topics: [${scope.material.map((s) => s.topic).join(', ')}]`,
    '  sasb:',
    `    industries: [${scope.sasb.topic}]`,
    '  szse: {}',
    '---',
  ].join('\n');
}

/** A section's body with its tag placed the way real reports place them: under the heading, in a table cell, a list item or a paragraph. */
function body(w, random, directive, { zh = false, paragraphs = [1, 2] } = {}) {
  const paragraph = () => (zh ? chineseParagraph(random) : englishParagraph(random));
  const place = directive ? random.pick(['heading', 'heading', 'table', 'list', 'paragraph']) : 'none';
  if (place === 'heading') w.block(directive);
  // A terse report (a small target) has one paragraph a section and fewer tables and lists.
  const count = w.terse ? 1 : random.int(...paragraphs);
  const extras = w.terse ? 0.1 : 0.25;
  for (let i = 0; i < count; i++) w.block(place === 'paragraph' && i === count - 1 ? `${paragraph()} ${directive}` : paragraph());
  if (place === 'table' || (!zh && random.chance(extras))) w.block(kpiTable(random, place === 'table' ? directive : undefined));
  if (place === 'list' || random.chance(extras)) w.block(bulletList(random, place === 'list' ? directive : undefined));
  if (zh && random.chance(0.3)) w.block(englishParagraph(random, 2));
  else if (!zh && random.chance(0.15)) w.block(chineseParagraph(random, 2));
}

function omitDirective(scope, disclosure, random) {
  const reason = random.pick(['confidentiality-constraints', 'information-unavailable']);
  const explanation =
    reason === 'confidentiality-constraints'
      ? 'The figures are commercially sensitive in the markets where we compete.'
      : 'Data for the two sites acquired in 2025 are not yet collected on a comparable basis.';
  scope.omissionText.set(disclosure.id, { reason, explanation });
  return `<!-- omit: ${disclosure.id} | ${reason} | ${explanation} -->`;
}

/** Sections for a run of disclosures: each section tags a few of them, or omits one. */
function disclosureSections(w, random, scope, disclosures, level = 2) {
  for (const group of chunk(disclosures, random, 1, 3)) {
    w.section(level, headingFrom(group[0].title));
    const tagged = group.filter((d) => !scope.omitted.has(d.id));
    body(w, random, tagged.length ? w.tag(tagged.map((d) => d.id)) : undefined);
    for (const d of group.filter((d) => scope.omitted.has(d.id))) w.block(omitDirective(scope, d, random));
  }
}

function generalChapters(w, random, scope) {
  const gri2 = scope.gri2.disclosures;
  w.chapter('About this Report');
  w.section(2, 'Message from the Chair');
  body(w, random, undefined, { paragraphs: [3, 5] });
  disclosureSections(w, random, scope, gri2.slice(0, 8));
  w.chapter('Governance');
  disclosureSections(w, random, scope, gri2.slice(8, 21));
  w.chapter('Strategy, Policies and Practices');
  disclosureSections(w, random, scope, gri2.slice(21, 28));
  w.chapter('Stakeholders and Materiality');
  disclosureSections(w, random, scope, [...gri2.slice(28), ...scope.gri3.disclosures.filter((d) => !d.perMaterialTopic)]);
}

function topicChapters(w, random, scope, budget) {
  for (const standard of scope.material) {
    const name = topicName(standard);
    w.chapter(name);
    w.section(2, `Our Approach to ${name}`);
    body(w, random, w.tag([`${scope.approach.id} (${standard.topic})`]), { paragraphs: [2, 3] });
    w.section(2, `${name} Performance`);
    body(w, random, undefined);
    disclosureSections(w, random, scope, standard.disclosures, 3);
    siteSections(w, random, scope, standard, budget / scope.material.length);
  }
}

function sasbChapter(w, random, scope) {
  const industry = scope.sasb;
  w.chapter(`SASB Disclosures: ${industry.id.replace(/^[^:]*:\s*/, '')}`);
  const grouped = new Set((industry.groups ?? []).flatMap((g) => g.members));
  const activity = industry.disclosures.filter((d) => !grouped.has(d.id));
  if (activity.length) {
    w.section(2, 'Activity Metrics');
    body(w, random, w.tag(activity.map((d) => d.id)), { paragraphs: [1, 1] });
  }
  for (const group of industry.groups ?? []) {
    w.section(2, headingFrom(group.title));
    body(w, random, w.tag(group.members));
  }
}

/** The SZSE chapter, in Chinese, as Shenzhen-listed companies write it; full-width separators between ids. */
function szseChapter(w, random, scope) {
  w.chapter('可持续发展专题（深圳证券交易所指引）', 'szse-topics');
  for (const group of scope.szse.groups.filter((g) => /^(?:core|topic)-/.test(g.id))) {
    w.section(2, group.titleZh ?? group.title);
    body(w, random, w.tag(group.members, random.pick(['，', '；', ', '])), { zh: true });
  }
}

/** The bulk of a large report: the topic's performance site by site, until the chapter has `budget` more bytes. */
function siteSections(w, random, scope, standard, budget) {
  const name = topicName(standard);
  const pool = standard.disclosures.filter((d) => !scope.omitted.has(d.id) && !d.perMaterialTopic);
  const until = w.bytes + budget;
  // A site section is about 2–3 KB: stop when less than half of one is left, so small targets are not overshot.
  for (let i = 0; until - w.bytes > 1200; i++) {
    const city = CITIES[i % CITIES.length];
    const site = i < CITIES.length ? city : `${city} Plant ${Math.floor(i / CITIES.length) + 1}`;
    w.section(2, `${name} at ${site}`);
    const ids = pool.length && random.chance(0.6) ? random.shuffle(pool).slice(0, random.int(1, 2)).map((d) => d.id) : [];
    body(w, random, ids.length ? w.tag(ids) : undefined, { zh: random.chance(0.1), paragraphs: [1, 3] });
    for (let k = 1; k <= random.int(0, 3); k++) {
      w.section(3, `${random.pick(SITE_SECTIONS)} ${k}`);
      body(w, random, undefined, { paragraphs: [1, 2] });
    }
  }
}

const cell = (text) => text.replace(/\|/g, '\\|');

function locationCells(list) {
  const first = (list ?? []).slice(0, MAX_INDEX_LOCATIONS);
  return [first.map((l) => l.title).join('; '), [...new Set(first.map((l) => l.page))].join(', ')];
}

function indexRow(scope, w, label, disclosure, locationKey = disclosure.id) {
  const omission = scope.omissionText.get(disclosure.id);
  if (omission) {
    const reason = scope.foundation.omissionReasons.find((r) => r.id === omission.reason).label;
    const requirements = disclosure.requirements.map((r) => r.id).join(', ');
    return `| ${label} | ${disclosure.code} | ${cell(disclosure.title)} | | | ${requirements} | ${reason} | ${omission.explanation} | |`;
  }
  const [location, pages] = locationCells(w.locations.get(locationKey));
  return `| ${label} | ${disclosure.code} | ${cell(disclosure.title)} | ${cell(location)} | ${pages} | | | | |`;
}

function contentIndex(w, random, scope) {
  w.chapter('Appendix');
  w.section(2, 'GRI Content Index');
  const statement = scope.foundation.claims['in-accordance'].statementOfUse
    .replace('[Name of organization]', ORGANIZATION)
    .replace('[reporting period start and end dates]', PERIOD.text);
  w.block(`**Statement of use:** ${statement}`);
  w.block(`**GRI 1 used:** ${scope.foundation.standard}`);
  w.block('**Applicable GRI Sector Standard(s):** none; no GRI Sector Standard has been published for the electronic components sector.');
  const rows = [
    '| GRI STANDARD / OTHER SOURCE | DISCLOSURE | TITLE | LOCATION | PAGE | OMISSION: REQUIREMENT(S) OMITTED | OMISSION: REASON | OMISSION: EXPLANATION | GRI SECTOR STANDARD REF. NO. |',
    '|---|---|---|---|---|---|---|---|---|',
    `| **${scope.gri2.id}** | | | | | | | | |`,
    ...scope.gri2.disclosures.map((d) => indexRow(scope, w, '', d)),
    `| **${scope.gri3.id}** | | | | | | | | |`,
    ...scope.gri3.disclosures.filter((d) => !d.perMaterialTopic).map((d) => indexRow(scope, w, '', d)),
  ];
  for (const standard of scope.material) {
    rows.push(`| **${topicName(standard)}** | | | | | | | | |`);
    rows.push(indexRow(scope, w, scope.gri3.id, scope.approach, `${scope.approach.id} (${standard.topic})`));
    standard.disclosures.forEach((d, i) => rows.push(indexRow(scope, w, i === 0 ? standard.id : '', d)));
  }
  w.block(rows.join('\n'));
  w.section(2, 'Reporting Principles and Data');
  body(w, random, undefined, { paragraphs: [2, 2] });
}

/**
 * The chapters as `files` files, the way a report is split by chapter: the general chapters share the
 * first file, and when there are more chapters than files, neighbours share one.
 */
function splitFiles(chapters, files, general) {
  const groups = [chapters.slice(0, general), ...chapters.slice(general).map((c) => [c])];
  while (groups.length > files) {
    // Merge the smallest neighbouring pair (not the first file, which holds the front matter).
    let best = 1;
    const size = (g) => g.reduce((n, c) => n + c.bytes, 0);
    for (let i = 1; i < groups.length - 1; i++) if (size(groups[i]) + size(groups[i + 1]) < size(groups[best]) + size(groups[best + 1])) best = i;
    groups.splice(best, 2, [...groups[best], ...groups[best + 1]]);
  }
  return groups.map((group, i) => ({
    name: `${String(i + 1).padStart(2, '0')}-${group[0].slug}.md`,
    text: `${group.map((c) => c.blocks.join('\n\n')).join('\n\n')}\n`,
  }));
}

function build(catalog, seed, budget, terse) {
  const random = createRandom(seed);
  const scope = { ...chooseScope(catalog, random), omissionText: new Map() };
  const w = new ReportWriter(random);
  w.terse = terse;
  generalChapters(w, random, scope);
  const general = w.chapters.length;
  w.chapters[0].blocks.unshift(frontMatter(scope), '<!-- page: 1 -->');
  topicChapters(w, random, scope, budget);
  sasbChapter(w, random, scope);
  szseChapter(w, random, scope);
  contentIndex(w, random, scope);
  return { chapters: w.chapters, general, bytes: w.bytes, terse };
}

/**
 * A report of about `targetBytes` UTF-8 bytes (at least its skeleton: every required disclosure once),
 * as `[{ name, text }]`: one file, or `files` files split at chapters (front matter in the first).
 * Same catalog and options, same bytes.
 */
export function generateReport(catalog, { seed, targetBytes, files = 1, name = 'report.md' }) {
  // First the skeleton alone (terse if it is already too large), to know how much the per-site sections
  // of the topic chapters must add.
  let skeleton = build(catalog, seed, 0, false);
  if (skeleton.bytes > 0.8 * targetBytes) skeleton = build(catalog, seed, 0, true);
  const { chapters, general } = targetBytes > skeleton.bytes ? build(catalog, seed, targetBytes - skeleton.bytes, skeleton.terse) : skeleton;
  if (files > 1) return splitFiles(chapters, files, general);
  return [{ name, text: `${chapters.map((c) => c.blocks.join('\n\n')).join('\n\n')}\n` }];
}
