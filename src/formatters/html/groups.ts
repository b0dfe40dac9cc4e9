// How the page groups a report's disclosure records: GRI topic disclosures (and the topic's management
// disclosure, whose own standard is GRI 3) by material topic, everything else by its standard.
import type { DisclosureRecord, DisclosureStatus, FrameworkCoverage } from '../../model/finding.js';
import { frameworkDef } from '../../model/frameworks.js';

export interface RecordGroup {
  /** The standard's name, or for a topic the name(s) of the topic's standard version(s). */
  label: string;
  records: DisclosureRecord[];
}

/** Records grouped in the order the report's result lists them (the checker's order). */
export function groupRecords(records: readonly DisclosureRecord[]): RecordGroup[] {
  const groups = new Map<string, DisclosureRecord[]>();
  for (const record of records) {
    const key = record.topic ?? record.standard;
    const members = groups.get(key) ?? [];
    members.push(record);
    groups.set(key, members);
  }
  return [...groups].map(([key, members]) => ({ label: groupLabel(key, members), records: members }));
}

// A topic group is named after its topic standard(s) (`GRI 305: Emissions 2016`): the members whose
// standard starts with the topic's code. A group of only management disclosures keeps the topic code.
function groupLabel(key: string, members: readonly DisclosureRecord[]): string {
  const topic = members[0]!.topic;
  if (topic === undefined) return key;
  const standards = [...new Set(members.map((r) => r.standard).filter((s) => s.startsWith(`${topic}:`)))];
  return standards.length > 0 ? standards.join('; ') : topic;
}

export type ChartedStatus = Exclude<DisclosureStatus, 'not-required'>;
export const CHARTED: readonly ChartedStatus[] = ['reported', 'omitted', 'missing'];

/** How many of a group's records have each charted status (`not-required` records are in the index only). */
export function statusCounts(records: readonly DisclosureRecord[]): Record<ChartedStatus, number> {
  const counts: Record<ChartedStatus, number> = { reported: 0, omitted: 0, missing: 0 };
  for (const record of records) if (record.status !== 'not-required') counts[record.status] += 1;
  return counts;
}

/** Share of the required disclosures reported or omitted, rounded down as the other formatters do; none for nothing required. */
export function coveredPercent(coverage: FrameworkCoverage): number | undefined {
  return coverage.required === 0 ? undefined : Math.floor(((coverage.reported + coverage.omitted) / coverage.required) * 100);
}

/** `GRI (in-accordance)`, `SASB`, `IFRS S2`: the registry's printed prefix. */
export function frameworkLabel(name: string, coverage: FrameworkCoverage): string {
  const printed = frameworkDef(name)?.prefixes[0] ?? name.toUpperCase().replace(/-/g, ' ');
  return coverage.claim ? `${printed} (${coverage.claim})` : printed;
}
