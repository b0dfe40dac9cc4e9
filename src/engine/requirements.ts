// The status of each disclosure in the report: what the declared frameworks require (their policies,
// ./policies/), and where the report locates or omits each disclosure it cites.
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import type { Section } from '../model/report.js';
import type { DisclosureLocation, DisclosureRecord } from '../model/finding.js';
import { parseGriTopic } from '../model/ids.js';
import { topicsCoveredBySection } from './topic-coverage.js';
import { frameworkPolicies, type PolicyInput } from './policies/index.js';
import { indexRowLocation, indexRowOmission } from './index-row-status.js';
import { pushAll } from '../arrays.js';
import { effectiveOf, inEffect } from '../catalog/index.js';
import { isValidOmission } from './omission-validity.js';

type RequirementInput = PolicyInput;

/** A disclosure version is one thing; the same id in another version is another. */
const versionKey = (def: DisclosureDef, topic?: string): string => `${def.standard}\u0000${def.id}\u0000${topic ?? ''}`;

function locationOf(section: Section, line: number | undefined, page: number | undefined): DisclosureLocation {
  // A tag from a source without lines (PDF, DOCX) is placed by its section and page alone.
  const location: DisclosureLocation = { section: section.title, headingPath: section.headingPath, file: section.file, ...(line !== undefined ? { line } : {}) };
  const shownPage = page ?? section.page;
  if (shownPage !== undefined) location.page = shownPage;
  const pages = section.pages.length > 0 ? section.pages : shownPage !== undefined ? [shownPage] : [];
  if (pages.length > 0) location.pages = pages;
  return location;
}

export function buildRequirements(input: RequirementInput): { records: DisclosureRecord[]; definitions: DisclosureDef[] } {
  const { report, catalog, tags, omissions, indexRows, credits } = input;
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

  // What each declared framework requires: its policy's business (standards/frameworks.json names it).
  for (const { framework, policy } of frameworkPolicies()) policy.require(input, framework, (def, topic) => ensure(def, true, topic));

  const coverage = topicsCoveredBySection(report, catalog, tags);
  for (const { tag, resolution } of tags) {
    if (!resolution) continue;
    const def = resolution.def;
    const section = report.sections[tag.section]!;
    // A tag written in a PDF's sidecar has a line in the sidecar, not in the report the location names.
    const location = locationOf(section, tag.file === section.file ? tag.line : undefined, tag.page);
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
    // Items omitted by several directives (`omit: GRI 2-21-b …` and `omit: GRI 2-21 (c) …`) add up.
    const earlier = omission.requirements ? record.omission?.requirements : undefined;
    record.omission = { reason: omission.reason, explanation: omission.explanation };
    if (omission.requirements) record.omission.requirements = earlier ? [...earlier, ...omission.requirements] : omission.requirements;
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

  // Honest coverage (issue 14 §5): a version no longer in effect is cited, not reported (its replacement
  // is what the claim counts); an omission that is not valid leaves the disclosure missing, its omission
  // kept for the rules that say what is wrong with it.
  records.forEach((record, i) => {
    const def = definitions[i]!;
    const ended = inEffect(effectiveOf(catalog, def), input.dates) === 'ended';
    if (record.locations.length > 0 && !ended) record.status = 'reported';
    else if (record.omission && !ended) record.status = isValidOmission(catalog, def, record.omission) ? 'omitted' : 'missing';
  });
  return { records, definitions };
}

function topicOf(catalog: Catalog, def: DisclosureDef): string | undefined {
  const standard = catalog.standardById.get(def.standard);
  return standard?.series === 'topic' ? standard.topic : undefined;
}
