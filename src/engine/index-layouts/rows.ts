// What the framework layouts share: a catalog disclosure's row from its record, a group's members, and the
// omission of one or several records (an exchange topic gathers its articles').
import type { DisclosureDef, DisclosureGroup, StandardDef } from '../../model/catalog.js';
import type { DisclosureRecord } from '../../model/finding.js';
import type { IndexOmissionData, IndexRowData } from '../../model/index-data.js';
import { normaliseOmissionReason } from '../../mapping/omission-reason.js';
import type { Analysis } from '../analysis.js';
import { mergeLocations } from '../index-locations.js';

/** Records of one disclosure version, by `standard \0 id`. */
export function recordsByVersion(analysis: Analysis): Map<string, DisclosureRecord> {
  const byVersion = new Map<string, DisclosureRecord>();
  for (const record of analysis.records) {
    const key = `${record.standard}\u0000${record.id}`;
    if (!byVersion.has(key)) byVersion.set(key, record);
  }
  return byVersion;
}

export const recordOf = (records: Map<string, DisclosureRecord>, def: DisclosureDef): DisclosureRecord | undefined =>
  records.get(`${def.standard}\u0000${def.id}`);

export function membersOf(standard: StandardDef, group: DisclosureGroup): DisclosureDef[] {
  return group.members.flatMap((id) => standard.disclosures.find((d) => d.id === id) ?? []);
}

/** The first reason given (GRI 1's four normalised to their ids) and the distinct explanations. */
export function omissionOf(analysis: Analysis, omissions: readonly { reason: string; explanation: string }[]): IndexOmissionData {
  const result: IndexOmissionData = { explanations: [...new Set(omissions.map((o) => o.explanation.trim()).filter((e) => e !== ''))] };
  const reason = omissions.map((o) => o.reason.trim()).find((r) => r !== '');
  const reasonIds = analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
  if (reason) result.reason = normaliseOmissionReason(reason, reasonIds) ?? reason;
  return result;
}

/** A row listed whatever its record says: a disclosure neither located nor omitted is `missing`, unlocated. */
export function disclosureRow(analysis: Analysis, def: DisclosureDef, record: DisclosureRecord | undefined): IndexRowData {
  const status = record && record.status !== 'not-required' ? record.status : 'missing';
  const locations = status === 'reported' ? mergeLocations(record!.locations) : [];
  return {
    id: def.id,
    code: def.code,
    title: def.title,
    ...(def.titleZh ? { titleZh: def.titleZh } : {}),
    ...(def.category ? { category: def.category } : {}),
    ...(def.unit ? { unit: def.unit } : {}),
    status,
    locations,
    ...(status === 'omitted' && record?.omission ? { omission: omissionOf(analysis, [record.omission]) } : {}),
  };
}
