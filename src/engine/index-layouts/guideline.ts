// The exchanges' topic index (SZSE No. 17, SSE No. 14, BSE No. 11; any framework whose registry entry names
// this layout): every one of the guideline's topics (议题) of the annex topic index, grouped by dimension,
// each with its articles; a topic neither disclosed nor explained is a `missing` row with an empty location
// (the topic index lists every topic; Art. 7 asks for an explanation of each one not disclosed).
import { DiscloseError } from '../../model/errors.js';
import type { DisclosureLocation } from '../../model/finding.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import type { IndexGroupData, IndexLayoutData, IndexRowData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { applicableStandard } from '../applicable-standard.js';
import { mergeLocations } from '../index-locations.js';
import { membersOf, omissionOf } from './rows.js';

const COLUMNS = ['group', 'title', 'articles', 'location'];

/** The dimensions of the annex topic index (议题索引表), in its order; titles are the renderer's. */
const DIMENSIONS = ['environment', 'social', 'governance'] as const;

function documentOrder(analysis: Analysis): (a: DisclosureLocation, b: DisclosureLocation) => number {
  const files = analysis.report.files.map((f) => f.path);
  const fileIndex = (file: string) => (files.includes(file) ? files.indexOf(file) : files.length);
  // By line where the source has lines, else by page (a PDF or DOCX location has no line).
  const within = (a: DisclosureLocation, b: DisclosureLocation): number =>
    a.line !== undefined && b.line !== undefined ? a.line - b.line : (a.page ?? 0) - (b.page ?? 0);
  return (a, b) => fileIndex(a.file) - fileIndex(b.file) || within(a, b);
}

export function guidelineLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const topics = analysis.guidelineTopics.filter((t) => t.framework === framework);
  const standard = topics[0]?.standard ?? applicableStandard(analysis.catalog, framework, 'guideline', analysis.dates);
  if (!standard) throw new DiscloseError('input', `the catalog has no ${framework.toUpperCase()} guideline for this report's dates.`);
  const records = analysis.records.filter((r) => r.standard === standard.id);
  // With --crosswalk, an article may count as disclosed through an equivalent one located elsewhere.
  const credits: ReadonlyMap<string, string> = analysis.credits ?? new Map<string, string>();
  const byOrder = documentOrder(analysis);
  const groups: IndexGroupData[] = [];
  for (const dimension of DIMENSIONS) {
    const rows = topics
      .filter((t) => t.group.dimension === dimension)
      .map(({ group, status }): IndexRowData => {
        const articles = membersOf(standard, group);
        const ids = articles.map((a) => a.id);
        const own = records.filter((r) => ids.includes(r.id));
        let located = own.flatMap((r) => r.locations);
        if (status === 'reported' && located.length === 0) {
          const through = new Set(ids.flatMap((id) => credits.get(id) ?? []));
          located = analysis.records.filter((r) => through.has(r.id)).flatMap((r) => r.locations);
        }
        const locations = status === 'reported' ? mergeLocations([...located].sort(byOrder)) : [];
        const omissions = own.flatMap((r) => (r.omission ? [r.omission] : []));
        return {
          id: group.id,
          code: /^topic-(\d+)$/.exec(group.id)?.[1] ?? group.id,
          title: group.title,
          ...(group.titleZh ? { titleZh: group.titleZh } : {}),
          articleNumbers: articles.map((a) => Number.parseInt(a.code, 10)).filter(Number.isFinite),
          articleIds: ids,
          status,
          locations,
          ...(omissions.length > 0 ? { omission: omissionOf(analysis, omissions) } : {}),
        };
      });
    if (rows.length > 0) groups.push({ id: dimension, kind: 'dimension', rows });
  }
  const entry: FrameworkIndexStandard = { id: standard.id, code: standard.topic, title: standard.id };
  if (standard.titleZh) entry.titleZh = standard.titleZh;
  return { standards: [entry], columns: COLUMNS.map((id) => ({ id })), groups };
}
