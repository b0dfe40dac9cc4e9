// The SASB index, the exchanges' topic index (SZSE No. 17, SSE No. 14, BSE No. 11) and the HKEX ESG
// content index as data, from an analysed report (issue #4). Which rows each lists, and why, is in
// src/model/framework-index.ts: SASB and the exchanges list every metric or topic (missing ones with an
// empty location), HKEX every mandatory and comply-or-explain provision.
import type { DisclosureDef, DisclosureGroup, StandardDef } from '../model/catalog.js';
import { DiscloseError } from '../model/errors.js';
import type { DisclosureLocation, DisclosureRecord } from '../model/finding.js';
import type {
  FrameworkIndexColumnId,
  FrameworkIndexDocumentData,
  FrameworkIndexGroupData,
  FrameworkIndexId,
  FrameworkIndexRowData,
  FrameworkIndexStandard,
} from '../model/framework-index.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';
import type { Analysis } from './analysis.js';
import { frameworkDef } from '../model/frameworks.js';
import { applicableStandard } from './applicable-standard.js';
import type { IndexOptions } from './index-document.js';
import { mergeLocations } from './index-locations.js';

// Which columns each layout has, in order; their labels are the renderer's (templates/locales/, `indexText`).
const COLUMNS: Record<'sasb' | 'guideline' | 'hkex', FrameworkIndexColumnId[]> = {
  sasb: ['group', 'title', 'category', 'unit', 'code', 'location'],
  guideline: ['group', 'title', 'articles', 'location'],
  hkex: ['code', 'title', 'location'],
};

/** The dimensions of the annex topic index (议题索引表), in its order; titles are the renderer's. */
const DIMENSIONS = ['environment', 'social', 'governance'] as const;

/** HKEX Parts B, C and D, in order; titles (the Code's own traditional Chinese in zh) are the renderer's. */
const HKEX_PARTS = ['part-b', 'part-c', 'part-d'] as const;

const GRI_REASONS = ['not-applicable', 'legal-prohibitions', 'confidentiality-constraints', 'information-unavailable'];

/** Records of one disclosure version, by `standard \0 id`. */
function recordsByVersion(analysis: Analysis): Map<string, DisclosureRecord> {
  const byVersion = new Map<string, DisclosureRecord>();
  for (const record of analysis.records) {
    const key = `${record.standard}\u0000${record.id}`;
    if (!byVersion.has(key)) byVersion.set(key, record);
  }
  return byVersion;
}

const recordOf = (records: Map<string, DisclosureRecord>, def: DisclosureDef): DisclosureRecord | undefined =>
  records.get(`${def.standard}\u0000${def.id}`);

function omissionOf(omissions: readonly { reason: string; explanation: string }[]): Pick<FrameworkIndexRowData, 'reason' | 'explanations'> {
  const result: Pick<FrameworkIndexRowData, 'reason' | 'explanations'> = {};
  const reason = omissions.map((o) => o.reason.trim()).find((r) => r !== '');
  if (reason) result.reason = normaliseOmissionReason(reason, GRI_REASONS) ?? reason;
  const explanations = [...new Set(omissions.map((o) => o.explanation.trim()).filter((e) => e !== ''))];
  if (explanations.length > 0) result.explanations = explanations;
  return result;
}

function disclosureRow(def: DisclosureDef, record: DisclosureRecord | undefined): FrameworkIndexRowData {
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
    ...(status === 'omitted' && record?.omission ? omissionOf([record.omission]) : {}),
  };
}

function membersOf(standard: StandardDef, group: DisclosureGroup): DisclosureDef[] {
  return group.members.flatMap((id) => standard.disclosures.find((d) => d.id === id) ?? []);
}

function sasbIndex(analysis: Analysis): Pick<FrameworkIndexDocumentData, 'standards' | 'groups'> {
  const industries = analysis.industries.flatMap(({ standard }) => (standard ? [standard] : []));
  if (industries.length === 0) {
    const named = analysis.industries.map((i) => i.raw);
    throw new DiscloseError(
      'input',
      named.length === 0
        ? 'the report selects no SASB industry; list its industries in front matter, e.g. `frameworks: { sasb: { industries: [TC-HW] } }`.'
        : `\`frameworks.sasb.industries\` names no SASB industry in the catalog (${named.join(', ')}); expected codes such as TC-HW (\`disclose standards list sasb\`).`,
    );
  }
  const records = recordsByVersion(analysis);
  const groups: FrameworkIndexGroupData[] = [];
  for (const standard of industries) {
    for (const group of standard.groups ?? []) {
      const defs = membersOf(standard, group);
      if (defs.length === 0) continue;
      const activity = defs.every((d) => d.activity);
      const entry: FrameworkIndexGroupData = { id: group.id, kind: activity ? 'activity' : 'topic', title: group.title, standard: standard.id, rows: [] };
      // An activity group without a Chinese title gets the locale's (`presentIndex`).
      if (group.titleZh) entry.titleZh = group.titleZh;
      entry.rows = defs.map((def) => disclosureRow(def, recordOf(records, def)));
      groups.push(entry);
    }
  }
  const standards = industries.map((s): FrameworkIndexStandard => ({ id: s.id, code: s.topic, title: s.id.replace(/^SASB [^:]*:\s*/, '') }));
  return { standards, groups };
}

function documentOrder(analysis: Analysis): (a: DisclosureLocation, b: DisclosureLocation) => number {
  const files = analysis.report.files.map((f) => f.path);
  const fileIndex = (file: string) => (files.includes(file) ? files.indexOf(file) : files.length);
  // By line where the source has lines, else by page (a PDF or DOCX location has no line).
  const within = (a: DisclosureLocation, b: DisclosureLocation): number =>
    a.line !== undefined && b.line !== undefined ? a.line - b.line : (a.page ?? 0) - (b.page ?? 0);
  return (a, b) => fileIndex(a.file) - fileIndex(b.file) || within(a, b);
}

function guidelineIndex(analysis: Analysis, framework: string): Pick<FrameworkIndexDocumentData, 'standards' | 'groups'> {
  const topics = analysis.guidelineTopics.filter((t) => t.framework === framework);
  const standard = topics[0]?.standard ?? applicableStandard(analysis.catalog, framework, 'guideline', analysis.dates);
  if (!standard) throw new DiscloseError('input', `the catalog has no ${framework.toUpperCase()} guideline for this report's dates.`);
  const records = analysis.records.filter((r) => r.standard === standard.id);
  // With --crosswalk, an article may count as disclosed through an equivalent one located elsewhere.
  const credits: ReadonlyMap<string, string> = analysis.credits ?? new Map<string, string>();
  const byOrder = documentOrder(analysis);
  const groups: FrameworkIndexGroupData[] = [];
  for (const dimension of DIMENSIONS) {
    const rows = topics
      .filter((t) => t.group.dimension === dimension)
      .map(({ group, status }): FrameworkIndexRowData => {
        const articles = membersOf(standard, group);
        const ids = articles.map((a) => a.id);
        const own = records.filter((r) => ids.includes(r.id));
        let located = own.flatMap((r) => r.locations);
        if (status === 'reported' && located.length === 0) {
          const through = new Set(ids.flatMap((id) => credits.get(id) ?? []));
          located = analysis.records.filter((r) => through.has(r.id)).flatMap((r) => r.locations);
        }
        const locations = status === 'reported' ? mergeLocations([...located].sort(byOrder)) : [];
        const numbers = articles.map((a) => Number.parseInt(a.code, 10)).filter(Number.isFinite);
        const omissions = own.flatMap((r) => (r.omission ? [r.omission] : []));
        return {
          id: group.id,
          code: /^topic-(\d+)$/.exec(group.id)?.[1] ?? group.id,
          title: group.title,
          ...(group.titleZh ? { titleZh: group.titleZh } : {}),
          articleNumbers: numbers,
          articleIds: ids,
          status,
          locations,
          ...(omissions.length > 0 ? omissionOf(omissions) : {}),
        };
      });
    if (rows.length > 0) groups.push({ id: dimension, kind: 'dimension', rows });
  }
  const entry: FrameworkIndexStandard = { id: standard.id, code: standard.topic, title: standard.id };
  if (standard.titleZh) entry.titleZh = standard.titleZh;
  return { standards: [entry], groups };
}

function hkexPart(group: DisclosureGroup): string {
  if (group.id === 'part-b' || group.dimension === 'general') return 'part-b';
  if (group.id.startsWith('part-d') || group.dimension === 'climate') return 'part-d';
  return 'part-c';
}

function hkexIndex(analysis: Analysis, framework: string): Pick<FrameworkIndexDocumentData, 'standards' | 'groups'> {
  const code = applicableStandard(analysis.catalog, framework, 'code', analysis.dates);
  if (!code) throw new DiscloseError('input', `the catalog has no ${frameworkDef(framework)?.prefixes[0] ?? framework} ESG Code for this report's dates.`);
  const records = recordsByVersion(analysis);
  const groups: FrameworkIndexGroupData[] = HKEX_PARTS.map((part) => ({ id: part, kind: 'part', rows: [] }));
  for (const group of code.groups ?? []) {
    const part = groups.find((g) => g.id === hkexPart(group))!;
    for (const def of membersOf(code, group)) {
      const record = recordOf(records, def);
      // Every provision the Code requires is listed; an encouraged one only when the report cites it.
      const listed = record !== undefined && (record.required || record.status === 'reported' || record.status === 'omitted');
      if (listed) part.rows.push(disclosureRow(def, record));
    }
  }
  const entry: FrameworkIndexStandard = { id: code.id, code: code.topic, title: code.id };
  if (code.titleZh) entry.titleZh = code.titleZh;
  return { standards: [entry], groups: groups.filter((g) => g.rows.length > 0) };
}

/** Frameworks the report declares in front matter (`frameworks:`), GRI included when it cites GRI. */
export function declaredFrameworks(analysis: Analysis): string[] {
  const declared = Object.keys(analysis.report.meta.frameworks).filter((k) => analysis.report.meta.frameworks[k] !== undefined);
  return analysis.claim && !declared.includes('gri') ? ['gri', ...declared] : declared;
}

/**
 * The index of `framework` for an analysed report. A framework the report does not declare in its front
 * matter is a usage error: an index for a standard the report does not claim to follow would be all gaps.
 */
export function buildFrameworkIndex(analysis: Analysis, framework: FrameworkIndexId, options: IndexOptions): FrameworkIndexDocumentData {
  const { meta } = analysis.report;
  if (meta.frameworks[framework] === undefined) {
    const declared = declaredFrameworks(analysis);
    throw new DiscloseError(
      'usage',
      `the report does not declare \`${framework}\` in its front matter (\`frameworks:\`); ${declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares no framework'}.`,
    );
  }
  const lang = options.lang ?? meta.language ?? 'en';
  // The layout is the registry's (standards/frameworks.json): SASB's, the exchanges' topic index or HKEX's.
  const index = frameworkDef(framework)?.index;
  if (!index || index.layout === 'gri') throw new DiscloseError('usage', `\`${framework}\` has no index of this kind.`);
  const family = index.layout;
  const { standards, groups } = family === 'sasb' ? sasbIndex(analysis) : family === 'hkex' ? hkexIndex(analysis, framework) : guidelineIndex(analysis, framework);
  return {
    framework,
    lang,
    title: index.title,
    ...(meta.title ? { reportTitle: meta.title } : {}),
    organization: meta.organization ?? '',
    ...(meta.period ? { period: meta.period } : {}),
    standards,
    columns: COLUMNS[family].map((id) => ({ id })),
    groups,
    generator: options.generator,
  };
}
