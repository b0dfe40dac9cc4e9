// What the claim requires (GRI 1, section 3) and the status of each disclosure in the report.
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import type { Report, Section } from '../model/report.js';
import type { DisclosureLocation, DisclosureRecord } from '../model/finding.js';
import { parseGriTopic } from '../model/ids.js';
import { inEffect, topicDisclosures, universalDisclosures } from '../catalog/index.js';
import type { Analysis } from './analysis-model.js';
import { topicsCoveredBySection } from './topic-coverage.js';
import { applicableStandard } from './applicable-standard.js';
import { indexRowLocation, indexRowOmission } from './index-row-status.js';
import { pushAll } from '../arrays.js';

type RequirementInput = Pick<Analysis, 'report' | 'catalog' | 'dates' | 'claim' | 'tags' | 'omissions' | 'indexRows' | 'materialTopics' | 'industries' | 'credits'>;

/** A disclosure version is one thing; the same id in another version is another. */
const versionKey = (def: DisclosureDef, topic?: string): string => `${def.standard}\u0000${def.id}\u0000${topic ?? ''}`;

function locationOf(section: Section, line: number, page: number | undefined): DisclosureLocation {
  const location: DisclosureLocation = { section: section.title, headingPath: section.headingPath, file: section.file, line };
  const shownPage = page ?? section.page;
  if (shownPage !== undefined) location.page = shownPage;
  const pages = section.pages.length > 0 ? section.pages : shownPage !== undefined ? [shownPage] : [];
  if (pages.length > 0) location.pages = pages;
  return location;
}

export function buildRequirements(input: RequirementInput): { records: DisclosureRecord[]; definitions: DisclosureDef[] } {
  const { report, catalog, dates, claim, tags, omissions, indexRows, materialTopics, industries, credits } = input;
  const records: DisclosureRecord[] = [];
  const definitions: DisclosureDef[] = [];
  const byKey = new Map<string, DisclosureRecord>();

  const ensure = (def: DisclosureDef, required: boolean, topic?: string): DisclosureRecord => {
    const key = versionKey(def, topic);
    let record = byKey.get(key);
    if (!record) {
      record = { id: def.id, title: def.title, standard: def.standard, status: required ? 'missing' : 'not-required', required, locations: [] };
      if (topic) record.topic = topic;
      byKey.set(key, record);
      records.push(record);
      definitions.push(def);
    } else if (required && !record.required) {
      record.required = true;
      if (record.status === 'not-required') record.status = 'missing';
    }
    return record;
  };

  if (claim === 'in-accordance') {
    // Requirements 2 and 4: every GRI 2 disclosure, 3-1 and 3-2; 3-3 per material topic (below).
    const universal = universalDisclosures(catalog, dates);
    for (const def of universal) if (!def.perMaterialTopic) ensure(def, true);
    // 3-3 in 2021; 103-1 ... 103-3 for a report under the 2016 Standards.
    const perTopic = universal.filter((def) => def.perMaterialTopic);
    for (const material of materialTopics) {
      if (!material.topic || !material.standard) continue;
      for (const def of perTopic) ensure(def, true, material.topic);
      // Requirement 5: the Topic Standard disclosures of each material topic, reported or omitted.
      // A disclosure that outlives its ended standard (306-3 Significant spills, kept for the Sector
      // Standards) is valid when cited but not required by the topic.
      for (const def of topicDisclosures(catalog, material.topic, dates)) {
        const standard = catalog.standardById.get(def.standard)!;
        if (inEffect(standard.effective, dates) !== 'ended') ensure(def, true, material.topic);
      }
    }
  }

  // SASB: every metric of each selected industry (issue #4 §1).
  for (const { standard } of industries) for (const def of standard?.disclosures ?? []) ensure(def, true);
  // HKEX: Part B is mandatory, Part C and most of Part D comply-or-explain: each reported or explained.
  if (report.meta.frameworks.hkex !== undefined) {
    const code = applicableStandard(catalog, 'hkex', 'code', dates);
    for (const def of code?.disclosures ?? []) if (def.level === 'mandatory' || def.level === 'comply-or-explain') ensure(def, true);
  }

  const coverage = topicsCoveredBySection(report, catalog, tags);
  for (const { tag, resolution } of tags) {
    if (!resolution) continue;
    const def = resolution.def;
    const section = report.sections[tag.section]!;
    const location = locationOf(section, tag.line, tag.page);
    if (def.perMaterialTopic) {
      const named = tag.topic ? parseGriTopic(tag.topic) : undefined;
      const topics = named ? [named] : [...(coverage.get(tag.section) ?? [])];
      if (topics.length === 0) ensure(def, false).locations.push(location);
      for (const topic of topics) ensure(def, false, topic).locations.push(location);
      continue;
    }
    ensure(def, false, topicOf(catalog, def)).locations.push(location);
  }
  for (const { omission, resolution } of omissions) {
    if (!resolution) continue;
    const def = resolution.def;
    const topic = def.perMaterialTopic ? (omission.topic ? parseGriTopic(omission.topic) : undefined) : topicOf(catalog, def);
    const record = ensure(def, false, topic);
    record.omission = { reason: omission.reason, explanation: omission.explanation };
    if (omission.requirements) record.omission.requirements = omission.requirements;
  }

  // The report's own content index: a row with a location reports the disclosure there; a row shown
  // as not reported or not applicable is an omission (whose validity the omission rules judge).
  for (const row of indexRows) {
    if (!row.resolution) continue;
    const def = row.resolution.def;
    const record = ensure(def, false, def.perMaterialTopic ? row.topic : topicOf(catalog, def));
    const location = indexRowLocation(report, row);
    if (location) record.locations.push(location);
    const omission = indexRowOmission(row);
    if (omission && !record.omission) record.omission = omission;
  }

  // --crosswalk: a required disclosure with no location of its own takes its equivalent's locations.
  if (credits.size > 0) {
    const locationsOf = new Map<string, DisclosureLocation[]>();
    for (const record of records) {
      if (record.locations.length === 0) continue;
      const known = locationsOf.get(record.id);
      if (known) pushAll(known, record.locations);
      else locationsOf.set(record.id, [...record.locations]);
    }
    for (const record of records) {
      const from = credits.get(record.id);
      if (!record.required || record.locations.length > 0 || !from) continue;
      record.locations = (locationsOf.get(from) ?? []).map((l) => ({ ...l, via: 'crosswalk' as const, from }));
    }
  }

  for (const record of records) {
    if (record.locations.length > 0) record.status = 'reported';
    else if (record.omission) record.status = 'omitted';
  }
  return { records, definitions };
}

function topicOf(catalog: Catalog, def: DisclosureDef): string | undefined {
  const standard = catalog.standardById.get(def.standard);
  return standard?.series === 'topic' ? standard.topic : undefined;
}
