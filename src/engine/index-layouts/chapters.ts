// A standard read chapter by chapter (China MoF's Climate Standard No. 1; any framework whose registry entry
// names this layout): one group per standard of the framework in effect, one row per chapter (catalog group)
// with its articles. A chapter is located through any of its articles and explained by an omission of one;
// a chapter at a required level (the core elements, 应当) neither located nor explained is `missing`; one
// without a level (general and supplementary provisions) is listed only when the report cites it.
import { inEffect } from '../../catalog/index.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import type { IndexGroupData, IndexLayoutData, IndexRowData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { mergeLocations } from '../index-locations.js';
import { isRequiredLevel } from '../policies/required-level.js';
import { membersOf, omissionOf, recordOf, recordsByVersion } from './rows.js';

const COLUMNS = ['title', 'articles', 'location'];

/** The article number at the end of a code (`Climate 27` -> 27). */
const articleNumber = (code: string): number => Number.parseInt(/(\d+)$/.exec(code)?.[1] ?? '', 10);

export function chaptersLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const records = recordsByVersion(analysis);
  const standards = analysis.catalog.standards.filter((s) => s.framework === framework && s.disclosures.length > 0 && inEffect(s.effective, analysis.dates) !== 'ended');
  const groups: IndexGroupData[] = [];
  for (const standard of standards) {
    const rows: IndexRowData[] = [];
    for (const chapter of standard.groups ?? []) {
      const articles = membersOf(standard, chapter);
      const own = articles.flatMap((def) => recordOf(records, def) ?? []);
      const located = own.flatMap((r) => (r.status === 'reported' ? r.locations : []));
      const omissions = own.flatMap((r) => (r.status === 'omitted' && r.omission ? [r.omission] : []));
      const status = located.length > 0 ? 'reported' : omissions.length > 0 ? 'omitted' : 'missing';
      if (status === 'missing' && !(chapter.level && isRequiredLevel(chapter.level))) continue;
      rows.push({
        id: `${standard.topic} ${chapter.id}`,
        code: chapter.id,
        title: chapter.title,
        ...(chapter.titleZh ? { titleZh: chapter.titleZh } : {}),
        articleNumbers: articles.map((a) => articleNumber(a.code)).filter(Number.isFinite),
        articleIds: articles.map((a) => a.id),
        status,
        locations: status === 'reported' ? mergeLocations(located) : [],
        ...(status === 'omitted' ? { omission: omissionOf(analysis, omissions) } : {}),
      });
    }
    const group: IndexGroupData = { id: standard.topic, kind: 'topic', title: standard.id, rows };
    if (standard.titleZh) group.titleZh = standard.titleZh;
    if (rows.length > 0) groups.push(group);
  }
  const entries = standards.map((s): FrameworkIndexStandard => ({ id: s.id, code: s.topic, title: s.id, ...(s.titleZh ? { titleZh: s.titleZh } : {}) }));
  return { standards: entries, columns: COLUMNS.map((id) => ({ id })), groups };
}
