#!/usr/bin/env node
// Regenerates standards/gri/*.json from the reference folder (see standards/README.md for every source).
//
//   node scripts/import-gri.mjs <reference/gri folder> [--out <folder>] [--as-of YYYY-MM-DD]
//
// Inputs (file names as in the reference folder):
//   gri_disclosures.json                         clean codes + titles + standard names (taxonomy, typos fixed)
//   gri_legacy_2016.json                         superseded / withdrawn 2016 disclosures (memory)
//   gri_taxonomy_2025-06-23_datapoints.csv       GRI Sustainability Taxonomy: requirement items, data types
//   gri_taxonomy_2025-06-23_disclosures.json     taxonomy title variants (only to cross-check titles)
//   gri_taxonomy_2025-06-23_sector_material_topics.json   GRI 11-14 topics
//   gri1_requirements.verified.json              GRI 1: claims, omission reasons, not-permitted list
//   gri_2016_to_2021_mapping.verified.csv        102-x/103-x/307-1/419-1 -> 2021
//
// Output is deterministic: fixed key order, sorted arrays, 2-space JSON, trailing newline. The script
// owns every *.json in the output folder and deletes the ones it did not write.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { importArgs } from './lib/import-args.mjs';

// ---------------------------------------------------------------------------------------------------
// Editorial decisions: what the reference files do not say in machine-readable form. Each cites why.
// ---------------------------------------------------------------------------------------------------

/**
 * `status` is computed against this date: when the reference data was last reviewed (it cites sources up to
 * 2026-09). Pass `--as-of YYYY-MM-DD` to refresh; the date logic itself never reads `status` when a report
 * has dates.
 */
let AS_OF = '2026-11-24';

const GRI1 = 'GRI 1: Foundation 2021';
const GRI2 = 'GRI 2: General Disclosures 2021';
const GRI3 = 'GRI 3: Material Topics 2021';
const GRI101_2024 = 'GRI 101: Biodiversity 2024';
const GRI102_2025 = 'GRI 102: Climate Change 2025';
const GRI103_2025 = 'GRI 103: Energy 2025';

const BASIS_NOTE_2025 =
  'Basis: publication (gri1_requirements.verified.json, secondary: "reports published on or after"); ' +
  'domain.md and gri_disclosures.json say "reporting from" / "reporting periods from" 2027-01-01. Unconfirmed.';

/**
 * Effective windows, all on the publication basis (every GRI cover reads "effective for reports or other
 * materials published on or after ..."). 2016 standards get no `from`: GRI G4, which they replaced from
 * 2018-07-01 (memory), is not modelled, so an earlier report is not "early adoption".
 */
const EFFECTIVE = {
  [GRI1]: { from: '2023-01-01', earlyAdoption: true, issued: '2021-10-01', note: 'GRI 1 cover, official text (gri1_requirements.verified.json); issue month October 2021: memory.' },
  [GRI2]: { from: '2023-01-01', earlyAdoption: true, issued: '2021-10-01', note: 'As GRI 1: Foundation 2021 (official); issue month: memory.' },
  [GRI3]: { from: '2023-01-01', earlyAdoption: true, issued: '2021-10-01', note: 'As GRI 1: Foundation 2021 (official); issue month: memory.' },
  'GRI 101: Foundation 2016': { before: '2023-01-01', note: 'Replaced by GRI 1 for reports published from 2023-01-01 (gri_legacy_2016.json, gri1_requirements.verified.json).' },
  'GRI 102: General Disclosures 2016': { before: '2023-01-01', note: 'Replaced by GRI 2/GRI 3 for reports published from 2023-01-01 (gri_legacy_2016.json).' },
  'GRI 103: Management Approach 2016': { before: '2023-01-01', note: 'Replaced by GRI 3 for reports published from 2023-01-01 (gri_legacy_2016.json).' },
  'GRI 307: Environmental Compliance 2016': { before: '2023-01-01', note: 'Withdrawn with the 2021 Universal Standards (gri_legacy_2016.json; secondary).' },
  'GRI 419: Socioeconomic Compliance 2016': { before: '2023-01-01', note: 'Withdrawn with the 2021 Universal Standards (gri_legacy_2016.json; secondary).' },
  'GRI 303: Water 2016': { before: '2021-01-01', note: 'GRI 303: Water and Effluents 2018 applies to reports published from 2021-01-01 (memory; gri_legacy_2016.json says "reporting before 2021-01-01").' },
  'GRI 403: Occupational Health and Safety 2016': { before: '2021-01-01', note: 'GRI 403: 2018 applies to reports published from 2021-01-01 (memory; gri_legacy_2016.json says "reporting before 2021-01-01").' },
  'GRI 306: Effluents and Waste 2016': { before: '2022-01-01', note: 'GRI 306: Waste 2020 applies to reports published from 2022-01-01; 306-3 Significant spills stays (gri_legacy_2016.json).' },
  'GRI 304: Biodiversity 2016': { before: '2026-01-01', note: 'Replaced by GRI 101: Biodiversity 2024 from 2026-01-01 (gri_legacy_2016.json, gri_disclosures.json notes).' },
  'GRI 302: Energy 2016': { before: '2027-01-01', note: `Replaced by GRI 103: Energy 2025 from 2027-01-01 (gri1_requirements.verified.json, secondary). ${BASIS_NOTE_2025}` },
  'GRI 207: Tax 2019': { from: '2021-01-01', earlyAdoption: true, issued: '2019-12-01', note: 'From gri_disclosures.json (standard_effective_from); issue month: memory.' },
  'GRI 303: Water and Effluents 2018': { from: '2021-01-01', earlyAdoption: true, issued: '2018-06-01', note: 'From gri_disclosures.json (standard_effective_from); issue month: memory.' },
  'GRI 403: Occupational Health and Safety 2018': { from: '2021-01-01', earlyAdoption: true, issued: '2018-06-01', note: 'From gri_disclosures.json (standard_effective_from); issue month: memory.' },
  'GRI 306: Waste 2020': { from: '2022-01-01', earlyAdoption: true, issued: '2020-05-01', note: 'From gri_disclosures.json (standard_effective_from); issue month: memory.' },
  [GRI101_2024]: { from: '2026-01-01', earlyAdoption: true, issued: '2024-01-01', note: 'gri1_requirements.verified.json (secondary): reports published on or after 2026-01-01; issue month January 2024: memory.' },
  [GRI102_2025]: { from: '2027-01-01', earlyAdoption: true, issued: '2025-06-01', note: `gri1_requirements.verified.json (secondary); issued June 2025 (secondary). ${BASIS_NOTE_2025}` },
  [GRI103_2025]: { from: '2027-01-01', earlyAdoption: true, issued: '2025-06-01', note: `gri1_requirements.verified.json (secondary); issued June 2025 (secondary). ${BASIS_NOTE_2025}` },
  'GRI 11: Oil and Gas Sector 2021': { from: '2023-01-01', earlyAdoption: true, issued: '2021-10-01', note: 'gri1_requirements.verified.json sector_standards (secondary).' },
  'GRI 12: Coal Sector 2022': { from: '2024-01-01', earlyAdoption: true, issued: '2022-03-01', note: 'gri1_requirements.verified.json sector_standards (secondary).' },
  'GRI 13: Agriculture, Aquaculture and Fishing Sectors 2022': { from: '2024-01-01', earlyAdoption: true, issued: '2022-06-01', note: 'gri1_requirements.verified.json sector_standards (secondary).' },
  'GRI 14: Mining Sector 2024': { from: '2026-01-01', earlyAdoption: true, issued: '2024-02-01', note: 'gri1_requirements.verified.json sector_standards (secondary).' },
};
/**
 * Every GRI Standard of the 2016 set (GRI 101, 102, 103 and the topic standards) reads on its cover: "This
 * Standard is effective for reports or other materials published on or after 1 July 2018. Earlier adoption
 * is encouraged." (secondary: a copy of the GRI 101: Foundation 2016 cover, https://studydaddy.com/attachment/228815/gri-101-foundation-2016.pdf;
 * the set was launched in October 2016, https://tavaresgroupconsulting.com/new-gri-standards-arrived/).
 */
const START_2016 = { from: '2018-07-01', earlyAdoption: true, issued: '2016-10-01' };
const START_2016_NOTE = 'From 2018-07-01, earlier adoption encouraged: cover of the 2016 set (secondary: copy of the GRI 101: Foundation 2016 cover); issued October 2016 (secondary).';
const DEFAULT_2016_NOTE = `${START_2016_NOTE} No end date known.`;

/** Standards replaced as a whole (or, for GRI 305, in part: see PARTIAL). `supersedes` is the inverse. */
const SUPERSEDED_BY = {
  'GRI 101: Foundation 2016': [GRI1],
  'GRI 102: General Disclosures 2016': [GRI2, GRI3],
  'GRI 103: Management Approach 2016': [GRI3],
  'GRI 303: Water 2016': ['GRI 303: Water and Effluents 2018'],
  'GRI 403: Occupational Health and Safety 2016': ['GRI 403: Occupational Health and Safety 2018'],
  'GRI 306: Effluents and Waste 2016': ['GRI 306: Waste 2020', 'GRI 303: Water and Effluents 2018'],
  'GRI 307: Environmental Compliance 2016': [GRI2],
  'GRI 419: Socioeconomic Compliance 2016': [GRI2],
  'GRI 304: Biodiversity 2016': [GRI101_2024],
  'GRI 302: Energy 2016': [GRI103_2025],
  'GRI 305: Emissions 2016': [GRI102_2025],
};

/** Explicit statuses; the rest is computed from the effective window and AS_OF. */
const STATUS = {
  'GRI 307: Environmental Compliance 2016': 'withdrawn',
  'GRI 419: Socioeconomic Compliance 2016': 'withdrawn',
  // Absent from the 2025 taxonomy while 410, 411, 413-418 are present; no withdrawal notice found.
  'GRI 412: Human Rights Assessment 2016': 'uncertain',
};

const STANDARD_NOTES = {
  'GRI 412: Human Rights Assessment 2016': 'Status unconfirmed: absent from GRI Sustainability Taxonomy 2025-06-23, no withdrawal notice found (gri1_requirements.verified.json). Kept in effect with no end date; check https://www.globalreporting.org/standards/.',
  'GRI 305: Emissions 2016': '305-1 ... 305-5 are replaced by GRI 102: Climate Change 2025 for reports published from 2027-01-01; 305-6 and 305-7 remain (gri1_requirements.verified.json, secondary).',
  'GRI 201: Economic Performance 2016': '201-2 is replaced by GRI 102: Climate Change 2025 for reports published from 2027-01-01 (gri1_requirements.verified.json, secondary).',
  [GRI102_2025]: 'Replaces 305-1 ... 305-5 of GRI 305: Emissions 2016 and 201-2 of GRI 201: Economic Performance 2016. Titles are secondary: not in the 2025-06-23 taxonomy.',
  [GRI103_2025]: 'Replaces GRI 302: Energy 2016. Titles are secondary: not in the 2025-06-23 taxonomy.',
  'GRI 101: Foundation 2016': 'Has no disclosures; kept so that content indexes citing it are recognised.',
  'GRI 306: Effluents and Waste 2016': '306-3 Significant spills has no end date: it is still referenced by the Sector Standards.',
};

/** Disclosures that end before (or outlive) their standard, with their replacement. */
const PARTIAL = {
  'GRI 305: Emissions 2016': {
    before: '2027-01-01',
    codes: ['305-1', '305-2', '305-3', '305-4', '305-5'],
    // gri1_requirements.verified.json standards_status (secondary): Scope 1/2/3 and intensity map one to one.
    to: { '305-1': ['102-5'], '305-2': ['102-6'], '305-3': ['102-7'], '305-4': ['102-8'] },
  },
  'GRI 201: Economic Performance 2016': { before: '2027-01-01', codes: ['201-2'], standard: GRI102_2025 },
  'GRI 306: Effluents and Waste 2016': { outlives: ['306-3'] },
};

/** One-to-one replacements inside wholly replaced standards (GRI 103: Energy 2025 mirrors GRI 302). */
const REPLACED_BY = {
  'GRI 302: Energy 2016': { '302-1': ['103-2'], '302-2': ['103-3'], '302-3': ['103-4'], '302-4': ['103-5'] },
};

/** Reported once per material topic: GRI 1 Requirement 4 (3-3); GRI 103: 2016 was applied per topic. */
const PER_MATERIAL_TOPIC = { [GRI3]: ['3-3'], 'GRI 103: Management Approach 2016': ['103-1', '103-2', '103-3'] };

/**
 * Kind hints, by standard, for disclosures the taxonomy does not describe (memory). Default: qualitative.
 * Keyed by standard because codes collide (102-5 is "Ownership and legal form" in 2016, Scope 1 in 2025).
 */
const KIND_HINTS = {
  'GRI 102: General Disclosures 2016': { '102-7': 'mixed', '102-8': 'mixed', '102-34': 'mixed', '102-38': 'quantitative', '102-39': 'quantitative', '102-41': 'quantitative' },
  'GRI 303: Water 2016': { '303-1': 'quantitative', '303-2': 'mixed', '303-3': 'quantitative' },
  'GRI 306: Effluents and Waste 2016': { '306-1': 'quantitative', '306-2': 'quantitative', '306-4': 'quantitative', '306-5': 'mixed' },
  'GRI 403: Occupational Health and Safety 2016': { '403-1': 'quantitative', '403-2': 'quantitative', '403-3': 'mixed' },
  'GRI 307: Environmental Compliance 2016': { '307-1': 'mixed' },
  'GRI 419: Socioeconomic Compliance 2016': { '419-1': 'mixed' },
  'GRI 412: Human Rights Assessment 2016': { '412-1': 'quantitative', '412-2': 'quantitative', '412-3': 'quantitative' },
  // Like their 2016 counterparts in the taxonomy (305-1 ... 305-5, 302-1 ... 302-4: figures plus methods).
  [GRI102_2025]: { '102-4': 'mixed', '102-5': 'mixed', '102-6': 'mixed', '102-7': 'mixed', '102-8': 'mixed', '102-9': 'mixed', '102-10': 'mixed' },
  [GRI103_2025]: { '103-2': 'mixed', '103-3': 'mixed', '103-4': 'mixed', '103-5': 'mixed' },
};

/** GRI 1 and GRI 101: 2016 have no disclosures and are in no disclosure list: declared here. */
const EMPTY_STANDARDS = [
  { id: GRI1, series: 'universal', confidence: 'official', source: 'gri1_requirements.verified.json (GRI 1 section 3, official text; dates secondary)' },
  { id: 'GRI 101: Foundation 2016', series: 'universal', confidence: 'memory', source: 'gri_legacy_2016.json (memory): GRI 101/102/103 2016 replaced by GRI 1/2/3 2021' },
];

// XBRL item types (GRI taxonomy): numbers vs words. An unknown type stops the import.
const NUMERIC_TYPES = new Set(['xbrli:integerItemType', 'xbrli:decimalItemType', 'xbrli:monetaryItemType', 'dtr-types:percentItemType',
  'dtr-types:ghgEmissionsItemType', 'dtr-types:massItemType', 'dtr-types:volumeItemType', 'dtr-types:energyItemType',
  'dtr-types:areaItemType', 'dtr-types:lengthItemType']);
const TEXT_TYPES = new Set(['dtr-types:textBlockItemType', 'xbrli:stringItemType', 'xbrli:booleanItemType', 'enum2:enumerationItemType',
  'enum2:enumerationSetItemType', 'xbrli:dateItemType', 'dtr-types:domainItemType']);

const LABEL_MAX = 200;

/**
 * Requirement items the taxonomy models only as XBRL axes, members or abstract rows (a breakdown by
 * country, onsite/offsite, workers who are not employees), so no row carries a verbose label
 * `305-4-c: ...`. The item ids are official: their letters are in the taxonomy's paragraph columns, or
 * (303-4-b, 305-4-c, 305-5-d, 306-5-d) implied by an axis of the disclosure without a paragraph and by the
 * letters around them. The labels are short paraphrases of the standard's text (memory), written from the
 * taxonomy's axis and member names. The import stops when the taxonomy has a lettered item that is neither
 * labelled nor in this table, and when an entry here has become labelled (stale).
 */
const AXIS_ITEMS = {
  '101-6-e': 'Direct drivers of biodiversity loss, by product or service in the supply chain and by country or jurisdiction (taxonomy: Product or Service, Country axes)',
  '201-4-b': 'Financial assistance received from government, broken down by country (taxonomy: Country axis)',
  '302-3-b': 'Organization-specific metric (the denominator) chosen to calculate the energy intensity ratio',
  '302-3-d': 'Whether the ratio uses energy consumption within the organization, outside of it, or both (taxonomy: Within/Outside Organization members)',
  '303-3-c': 'Breakdown of the water withdrawn from each source by freshwater and other water',
  '303-4-b': 'Breakdown of total water discharge to all areas by freshwater and other water (taxonomy: Water Categories axis)',
  '305-4-b': 'Organization-specific metric (the denominator) chosen to calculate the GHG emissions intensity ratio',
  '305-4-c': 'Types of GHG emissions included in the intensity ratio: direct (Scope 1), energy indirect (Scope 2) and/or other indirect (Scope 3)',
  '305-5-d': 'Scopes in which reductions took place: direct (Scope 1), energy indirect (Scope 2) and/or other indirect (Scope 3)',
  '306-4-d': 'For each recovery operation, the weight of hazardous and non-hazardous waste diverted from disposal onsite and offsite',
  '306-5-d': 'For each disposal operation, the weight of hazardous and non-hazardous waste directed to disposal onsite and offsite (taxonomy: Location axis)',
  '403-9-b': 'Work-related injuries of all workers who are not employees but whose work and/or workplace is controlled by the organization',
  '403-10-b': 'Work-related ill health of all workers who are not employees but whose work and/or workplace is controlled by the organization',
};
/** Letters the taxonomy's paragraph columns do not carry for these items (see AXIS_ITEMS): the disclosure's axis rows have none. */
const AXIS_ITEMS_WITHOUT_PARAGRAPH = new Set(['303-4-b', '305-4-c', '305-5-d', '306-5-d']);

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

const warnings = [];
const warn = (message) => warnings.push(message);

const readJson = (dir, name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const readCsv = (dir, name) => parse(readFileSync(join(dir, name), 'utf8'), { columns: true, skip_empty_lines: true, bom: true });

const gri = (code) => `GRI ${code}`;
const codeKey = (code) => code.split(/[-.]/).map((n) => n.padStart(4, '0')).join('.');
const byCode = (a, b) => (codeKey(a.code) < codeKey(b.code) ? -1 : codeKey(a.code) > codeKey(b.code) ? 1 : 0);
const numberOf = (standardId) => Number(/^GRI (\d+):/.exec(standardId)?.[1]);
const yearOf = (standardId) => Number(/ (\d{4})$/.exec(standardId)?.[1]);
const slug = (standardId) => standardId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const squash = (text) => text.replace(/\s+/g, ' ').trim();
// Loose: the taxonomy glues words ("wasterelated", "anddistributed") and drops hyphens.
const sameTitle = (a, b) => a.toLowerCase().replace(/[^a-z0-9]/g, '') === b.toLowerCase().replace(/[^a-z0-9]/g, '');

function truncate(text, max = LABEL_MAX) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[;,:\s]+$/, '')}…`;
}

const ROMAN = { i: 1, v: 5, x: 10, l: 50 };
const roman = (s) => [...s].reduce((sum, c, i, all) => sum + ((ROMAN[c] ?? 0) < (ROMAN[all[i + 1]] ?? 0) ? -ROMAN[c] : ROMAN[c] ?? 0), 0);
/** `a` < `a-i` < `a-ii` < `a-x` < `b`: paragraph letters, then roman sub-items. */
function compareItemIds(a, b) {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    if (pa[i] === pb[i]) continue;
    if (i > 0 && /^[ivxl]+$/.test(pa[i]) && /^[ivxl]+$/.test(pb[i])) return roman(pa[i]) - roman(pb[i]);
    return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

function computeStatus(id, effective) {
  if (STATUS[id]) return STATUS[id];
  if (effective.from && effective.from > AS_OF) return 'future';
  if (effective.before && effective.before <= AS_OF) return 'superseded';
  return 'current';
}

function effectiveOf(id, series) {
  const e = EFFECTIVE[id];
  if (!e && yearOf(id) !== 2016) throw new Error(`no effective dates decided for ${id}`);
  const { note, ...own } = e ?? {};
  const dates = yearOf(id) === 2016 ? { ...START_2016, ...own } : own;
  return { ...(dates.from ? { from: dates.from } : {}), ...(dates.before ? { before: dates.before } : {}), basis: 'publication',
    ...(dates.earlyAdoption ? { earlyAdoption: true } : {}), ...(dates.issued ? { issued: dates.issued } : {}),
    note: note && yearOf(id) === 2016 ? `${START_2016_NOTE} ${note}` : note ?? (series === 'sector' ? 'secondary' : DEFAULT_2016_NOTE) };
}

// ---------------------------------------------------------------------------------------------------
// Taxonomy: requirement items and data types per disclosure version
// ---------------------------------------------------------------------------------------------------

/** `2-9-c-i: Description ...` -> code `2-9`, item `c-i`. Numbered compilation requirements (`201-2-2.2`) are skipped. */
const ITEM_LABEL = /^(\d{1,3}-\d{1,2})-([a-z]+(?:-[a-z]+)*): (.+)$/;

function taxonomyItems(rows) {
  // code -> reference_name -> { items: Map<itemId, labels[]>, types: Set, notPermitted: Set<itemId> }
  const byCode = new Map();
  const entryOf = (code, referenceName) => {
    let refs = byCode.get(code);
    if (!refs) byCode.set(code, (refs = new Map()));
    let entry = refs.get(referenceName);
    if (!entry) refs.set(referenceName, (entry = { items: new Map(), structure: new Map(), numeric: false, text: false, notPermitted: new Set() }));
    return entry;
  };
  for (const row of rows) {
    // The text structure: every lettered paragraph any row of the disclosure sits in, axes and members
    // included. Abstract rows sometimes carry the item's verbose label (207-4-a). Roman sub-items that are
    // only members (305-7-a-i NOx ...) stay covered by their labelled lettered item.
    if (/^\d{1,3}-\d{1,2}$/.test(row.disclosure) && /^[a-z]$/.test(row.paragraph)) {
      const item = `${row.disclosure}-${row.paragraph}`;
      const structure = entryOf(row.disclosure, row.reference_name).structure;
      const labels = structure.get(item) ?? [];
      const v = ITEM_LABEL.exec(squash(row.verbose_label));
      if (v && `${v[1]}-${v[2]}` === item && !labels.includes(v[3])) labels.push(v[3]);
      structure.set(item, labels);
    }
    if (row.abstract === 'True') continue;
    const m = ITEM_LABEL.exec(squash(row.verbose_label));
    if (!m) continue;
    const [, code, item, label] = m;
    if (!NUMERIC_TYPES.has(row.data_type) && !TEXT_TYPES.has(row.data_type)) throw new Error(`unknown taxonomy data type ${row.data_type}`);
    const entry = entryOf(code, row.reference_name);
    const itemId = `${code}-${item}`;
    const labels = entry.items.get(itemId) ?? [];
    if (!labels.includes(label)) labels.push(label);
    entry.items.set(itemId, labels);
    if (NUMERIC_TYPES.has(row.data_type)) entry.numeric = true;
    else entry.text = true;
    // Taxonomy documentation: "a reason for omission cannot be provided for this requirement".
    if (/reason for omission cannot be provided/i.test(row.documentation)) entry.notPermitted.add(itemId);
  }
  return byCode;
}

/** AXIS_ITEMS entries used: the import checks at the end that every entry was used. */
const axisAdded = new Set();

/** The taxonomy rows of one disclosure version: by code, and by reference name when a code has two versions. */
function itemsFor(tax, code, title, versionsOfCode) {
  const refs = tax.get(code);
  if (!refs) return undefined;
  const entries = versionsOfCode > 1 ? [...refs].filter(([ref]) => sameTitle(ref.replace(/^.*?\d+-\d+:?\s*/, ''), title)).map(([, e]) => e) : [...refs.values()];
  if (entries.length === 0) return undefined;
  const items = new Map();
  for (const e of entries) for (const [id, labels] of e.items) items.set(id, [...(items.get(id) ?? []), ...labels.filter((l) => !(items.get(id) ?? []).includes(l))]);
  // Items of the text structure with no labelled data point: the abstract row's own label, else AXIS_ITEMS.
  const covered = (id) => [...items.keys()].some((k) => k === id || k.startsWith(`${id}-`));
  for (const e of entries) {
    for (const [id, labels] of e.structure) {
      if (covered(id)) {
        if (AXIS_ITEMS[id] && items.has(id) && !axisAdded.has(id)) throw new Error(`AXIS_ITEMS ${id} is stale: the taxonomy labels it`);
        continue;
      }
      const label = labels.length ? labels : AXIS_ITEMS[id] ? [AXIS_ITEMS[id]] : undefined;
      if (!label) throw new Error(`${id}: a lettered item of the taxonomy's structure has no label; add it to AXIS_ITEMS`);
      items.set(id, label);
      if (!labels.length) axisAdded.add(id);
    }
  }
  for (const id of AXIS_ITEMS_WITHOUT_PARAGRAPH) {
    if (id.startsWith(`${code}-`) && !covered(id)) {
      items.set(id, [AXIS_ITEMS[id]]);
      axisAdded.add(id);
    }
  }
  const numeric = entries.some((e) => e.numeric);
  const text = entries.some((e) => e.text);
  return {
    requirements: [...items].sort(([a], [b]) => compareItemIds(a.slice(code.length + 1), b.slice(code.length + 1)))
      .map(([id, labels]) => ({ id, label: truncate(labels.join('; ')) })),
    kind: numeric && text ? 'mixed' : numeric ? 'quantitative' : 'qualitative',
    notPermitted: entries.flatMap((e) => [...e.notPermitted]),
  };
}

// ---------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------

function main(argv) {
  const { ref, out, asOf } = importArgs(argv, { script: 'import-gri.mjs', reference: 'reference/gri folder', defaultOut: fileURLToPath(new URL('../standards/gri/', import.meta.url)), asOf: AS_OF });
  AS_OF = asOf;

  const clean = readJson(ref, 'gri_disclosures.json').disclosures;
  const legacy = readJson(ref, 'gri_legacy_2016.json').standards;
  const taxTitles = readJson(ref, 'gri_taxonomy_2025-06-23_disclosures.json');
  const sectorTopics = readJson(ref, 'gri_taxonomy_2025-06-23_sector_material_topics.json');
  const gri1 = readJson(ref, 'gri1_requirements.verified.json');
  const mapping = readCsv(ref, 'gri_2016_to_2021_mapping.verified.csv');
  const tax = taxonomyItems(readCsv(ref, 'gri_taxonomy_2025-06-23_datapoints.csv'));

  // 1. Disclosure lists per standard: the clean list (official titles), then the 2016 legacy list (memory).
  const lists = new Map(); // standard id -> { origin, disclosures: [{code, title}] }
  const add = (standard, origin, code, title) => {
    if (!lists.has(standard)) lists.set(standard, { origin, disclosures: [] });
    lists.get(standard).disclosures.push({ code, title: squash(title) });
  };
  for (const d of clean) add(d.standard, d._source ? 'secondary' : 'clean', d.code, d.title);
  for (const s of legacy) if (Array.isArray(s.disclosures)) for (const d of s.disclosures) add(s.standard, 'legacy', d.code, d.title);
  const legacyReplacedBy = new Map(legacy.filter((s) => Array.isArray(s.disclosures)).flatMap((s) =>
    s.disclosures.filter((d) => d.replaced_by).map((d) => [`${s.standard}|${d.code}`, [...d.replaced_by.matchAll(/\d{1,3}-\d{1,2}/g)].map((m) => m[0])])));

  const versionsOfCode = new Map();
  for (const { disclosures } of lists.values()) for (const d of disclosures) versionsOfCode.set(d.code, (versionsOfCode.get(d.code) ?? 0) + 1);

  // Taxonomy title variants: a version whose title is among them is official.
  const variants = new Map(taxTitles.map((t) => [t.number, t.title_variants_in_taxonomy.map(squash)]));
  const migration = new Map(mapping.map((row) => [row.gri2016, row]));
  const notPermitted = new Set(gri1.omission.not_permitted_for);

  const standards = [];
  for (const [id, { origin, disclosures }] of lists) {
    const series = yearOf(id) === 2016 && [101, 102, 103].includes(numberOf(id)) ? 'universal' : [2, 3].includes(numberOf(id)) ? 'universal' : 'topic';
    const effective = effectiveOf(id, series);
    const defs = disclosures.sort(byCode).map((d) => disclosureOf(id, d, { origin, tax, versionsOfCode, variants, migration, notPermitted, legacyReplacedBy }));
    const confidences = new Set(defs.map((d) => d.confidence));
    const confidence = confidences.has('memory') ? 'memory' : confidences.has('secondary') ? 'secondary' : 'official';
    standards.push(standardOf(id, series, effective, confidence, sourceOf(origin, defs, migration), defs));
  }
  for (const s of EMPTY_STANDARDS) standards.push(standardOf(s.id, s.series, effectiveOf(s.id, s.series), s.confidence, s.source, []));
  for (const [id, topics] of Object.entries(sectorTopics)) {
    const std = standardOf(id, 'sector', effectiveOf(id, 'sector'), 'official',
      'gri_taxonomy_2025-06-23_sector_material_topics.json (GRI Sustainability Taxonomy 2025-06-23: topics); dates: gri1_requirements.verified.json (secondary)', []);
    std.sectorTopics = topics.map((t) => {
      const m = /^Topic (\d+\.\d+) (.+)$/.exec(squash(t.terse));
      if (!m) throw new Error(`unexpected sector topic ${t.terse}`);
      return { ref: m[1], title: m[2] };
    }).sort((a, b) => (codeKey(a.ref) < codeKey(b.ref) ? -1 : 1));
    standards.push(reorder(std));
  }

  // 2. supersedes = inverse of supersededBy; every target must exist.
  const ids = new Set(standards.map((s) => s.id));
  for (const s of standards) {
    for (const target of s.supersededBy) {
      if (!ids.has(target)) throw new Error(`${s.id}: supersededBy ${target} is not a standard`);
      standards.find((t) => t.id === target).supersedes.push(s.id);
    }
  }
  for (const s of standards) s.supersedes.sort();
  crossCheck({ standards, gri1, variants });
  const unused = Object.keys(AXIS_ITEMS).filter((id) => !axisAdded.has(id));
  if (unused.length) throw new Error(`AXIS_ITEMS not used (the taxonomy changed?): ${unused.join(', ')}`);

  // 3. Write.
  mkdirSync(out, { recursive: true });
  const written = new Set();
  const write = (name, data) => {
    writeFileSync(join(out, name), `${JSON.stringify(data, null, 2)}\n`);
    written.add(name);
  };
  for (const s of standards) write(`${slug(s.id)}.json`, s);
  write('foundation.json', foundationOf(gri1));
  write('migration-2016-2021.json', migrationOf(mapping));
  for (const name of readdirSync(out)) {
    if (name.endsWith('.json') && !written.has(name)) {
      unlinkSync(join(out, name));
      warn(`removed stale ${name}`);
    }
  }
  const count = standards.reduce((n, s) => n + s.disclosures.length, 0);
  console.log(`wrote ${written.size} files to ${out}: ${standards.length} standards, ${count} disclosures`);
  for (const w of warnings) console.log(`note: ${w}`);
}

function disclosureOf(standard, { code, title }, ctx) {
  const tax = itemsFor(ctx.tax, code, title, ctx.versionsOfCode.get(code));
  const official = (ctx.variants.get(code) ?? []).some((v) => sameTitle(v, title)) || (ctx.origin === 'clean' && tax !== undefined);
  const confidence = official ? 'official' : ctx.origin === 'legacy' ? 'memory' : 'secondary';
  const year = yearOf(standard);
  const hint = KIND_HINTS[standard]?.[code];
  if (hint && tax) warn(`${code} (${standard}): kind hint ignored, the taxonomy describes it`);
  const def = {
    id: gri(code),
    code,
    title,
    kind: tax?.kind ?? hint ?? 'qualitative',
    // GRI 1 Requirements 2 and 4 (gri1_requirements.verified.json omission.not_permitted_for): 2021 only.
    omissionNotPermitted: (standard === GRI2 || standard === GRI3) && ctx.notPermitted.has(code),
  };
  if (PER_MATERIAL_TOPIC[standard]?.includes(code)) def.perMaterialTopic = true;
  const partial = PARTIAL[standard];
  const base = effectiveOf(standard);
  if (partial?.codes?.includes(code)) {
    def.effective = { ...(base.from ? { from: base.from } : {}), before: partial.before, basis: base.basis,
      note: `Replaced before the rest of ${standard} (gri1_requirements.verified.json standards_status, secondary).` };
  } else if (partial?.outlives?.includes(code)) {
    def.effective = { basis: base.basis, note: `Still in effect after ${standard} ended: referenced by the Sector Standards (gri_legacy_2016.json, domain.md).` };
  }
  const mapped = year === 2016 ? ctx.migration.get(code) : undefined;
  const to = partial?.to?.[code] ?? REPLACED_BY[standard]?.[code] ?? ctx.legacyReplacedBy.get(`${standard}|${code}`)
    ?? (mapped ? mapped.gri2021.split(';').filter((c) => /^\d{1,3}-\d{1,2}$/.test(c.trim())).map((c) => c.trim()) : []);
  def.supersededBy = to.map(gri);
  if (partial?.codes?.includes(code) && partial.standard) def.supersededByStandard = partial.standard;
  if (mapped && to.length === 0) def.supersededByStandard = GRI1; // 102-54, 102-55 became GRI 1 Requirements 7 and 8.
  def.confidence = confidence;
  if (!tax && year >= 2018) def.note = 'Not in GRI Sustainability Taxonomy 2025-06-23: no requirement items; kind is a hint (memory).';
  else if (!tax) def.note = 'Legacy disclosure: no requirement items in the 2025 taxonomy; kind is a hint (memory).';
  def.requirements = tax?.requirements ?? [];
  if (def.omissionNotPermitted && tax && tax.notPermitted.length === 0) warn(`${code}: GRI 1 forbids omission but the taxonomy does not say so`);
  if (!def.omissionNotPermitted && tax?.notPermitted.length && standard !== GRI2 && standard !== GRI3) warn(`${code}: taxonomy forbids omission of ${tax.notPermitted.join(', ')}`);
  if (!def.omissionNotPermitted && tax?.notPermitted.length && (standard === GRI2 || standard === GRI3)) {
    warn(`${code}: taxonomy says no omission for ${tax.notPermitted.join(', ')}, GRI 1 does not list ${code}; GRI 1 followed`);
  }
  return def;
}

function standardOf(id, series, effective, confidence, source, disclosures) {
  const number = numberOf(id);
  const std = {
    $schema: '../../schemas/standard.schema.json',
    id,
    framework: 'gri',
    // GRI 101-103 (2016) are universal; the same numbers are topic standards from 2024: keep topics apart.
    topic: series === 'universal' && yearOf(id) === 2016 ? `GRI ${number} (2016)` : `GRI ${number}`,
    series,
    year: yearOf(id),
    status: computeStatus(id, effective),
    effective,
    supersedes: [],
    supersededBy: SUPERSEDED_BY[id] ?? [],
    source,
    confidence,
    disclosures,
  };
  if (STANDARD_NOTES[id]) std.note = STANDARD_NOTES[id];
  return reorder(std);
}

/** Fixed key order for readable, stable files. */
function reorder(std) {
  const order = ['$schema', 'id', 'framework', 'topic', 'series', 'year', 'status', 'effective', 'supersedes', 'supersededBy', 'sectorTopics', 'source', 'confidence', 'note', 'disclosures'];
  return Object.fromEntries(order.filter((k) => std[k] !== undefined).map((k) => [k, std[k]]));
}

function sourceOf(origin, defs, migration) {
  if (origin === 'legacy') {
    const mapped = defs.some((d) => migration.has(d.code));
    return `gri_legacy_2016.json (codes and titles from memory, high)${mapped ? ' + gri_2016_to_2021_mapping.verified.csv (replacements)' : ''}` +
      (defs.some((d) => d.requirements.length > 0) ? '; GRI Sustainability Taxonomy 2025-06-23 (items of the disclosures it still carries)' : '');
  }
  if (origin === 'secondary') return 'gri_disclosures.json (titles from a secondary source, not in the GRI Sustainability Taxonomy 2025-06-23); dates gri1_requirements.verified.json (secondary)';
  return 'gri_disclosures.json (codes, titles, standard name: GRI Sustainability Taxonomy 2025-06-23 with typos fixed) + gri_taxonomy_2025-06-23_datapoints.csv (requirement items, data types)';
}

function foundationOf(gri1) {
  const e = EFFECTIVE[GRI1];
  return {
    $schema: '../../schemas/gri-foundation.schema.json',
    standard: GRI1,
    effective: { from: e.from, basis: 'publication', earlyAdoption: true, issued: e.issued, note: e.note },
    claims: {
      'in-accordance': { statementOfUse: gri1.in_accordance.statement_of_use },
      'with-reference': { statementOfUse: gri1.with_reference.statement_of_use },
    },
    omissionReasons: gri1.omission.reasons_table1.map((r) => ({ id: r.id.replace(/_/g, '-'), label: r.label, when: r.when })),
    contentIndexColumns: gri1.content_index_in_accordance.appendix1_layout.columns.map((c) => ({ id: c.id.replace(/_/g, '-'), label: c.label })),
    source: 'gri1_requirements.verified.json: GRI 1: Foundation 2021 section 3 (statements of use and omission reasons: official text); content index column labels: Appendix 1 (secondary)',
  };
}

function migrationOf(rows) {
  return {
    $schema: '../../schemas/migration.schema.json',
    framework: 'gri',
    from: 'GRI 2016',
    to: 'GRI 2021',
    source: 'gri_2016_to_2021_mapping.verified.csv (memory of GRI\'s mapping document, which was not found; 307-1/419-1: secondary)',
    note: 'Per-entry confidence is the mapping\'s own; "low" rows should be checked against GRI\'s official mapping.',
    entries: rows.map((row) => {
      const targets = row.gri2021.split(';').map((c) => c.trim());
      const to = targets.filter((c) => /^\d{1,3}-\d{1,2}$/.test(c)).map(gri);
      const detail = [to.length === 0 ? row.gri2021 : '', row.gri2021_detail, row.note].map((s) => squash(s ?? '')).filter(Boolean).join('; ');
      const confidence = /^(high|medium|low)/.exec(row.confidence)?.[1];
      if (!confidence) throw new Error(`mapping ${row.gri2016}: unknown confidence ${row.confidence}`);
      return { from: gri(row.gri2016), fromTitle: squash(row.title2016), to, ...(detail ? { detail } : {}), confidence };
    }).sort((a, b) => byCode({ code: a.from.slice(4) }, { code: b.from.slice(4) })),
  };
}

/** Reports what differs between the sources; nothing here changes the output. */
function crossCheck({ standards, gri1, variants }) {
  const versions = standards.flatMap((s) => s.disclosures.map((d) => ({ ...d, standard: s.id })));
  for (const [number, titles] of variants) {
    if (!/^\d+-\d+$/.test(number)) continue;
    const ours = versions.filter((d) => d.code === number);
    if (ours.length === 0) warn(`taxonomy disclosure ${number} is not in the catalog`);
    for (const t of titles) {
      const exact = ours.some((d) => d.title === t);
      const loose = ours.find((d) => sameTitle(d.title, t));
      if (!exact && loose) warn(`${number}: taxonomy title "${t}" spaced/punctuated as "${loose.title}"`);
      if (!loose) warn(`${number}: taxonomy title "${t}" replaced by "${ours.map((d) => d.title).join('" / "')}" (gri_disclosures.json)`);
    }
  }
  for (const code of gri1.omission.not_permitted_for) {
    if (!versions.some((d) => d.code === code && d.omissionNotPermitted)) throw new Error(`not-permitted ${code} not flagged`);
  }
}

main(process.argv);
