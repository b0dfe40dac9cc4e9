// HKEX's layout: the applicable version's Part B, the aspects of Part C with their KPIs, and Part D (2025
// Code); every mandatory and comply-or-explain provision is listed (`missing` when neither located nor
// explained), an encouraged one only when the report cites or omits it. Part titles are the renderer's.
import type { DisclosureGroup } from '../../model/catalog.js';
import { DiscloseError } from '../../model/errors.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import { frameworkDef } from '../../model/frameworks.js';
import type { IndexGroupData, IndexLayoutData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { applicableStandard } from '../applicable-standard.js';
import { disclosureRow, membersOf, recordOf, recordsByVersion } from './rows.js';

const COLUMNS = ['code', 'title', 'location'];

/** Parts B, C and D, in order. */
const PARTS = ['part-b', 'part-c', 'part-d'] as const;

function partOf(group: DisclosureGroup): string {
  if (group.id === 'part-b' || group.dimension === 'general') return 'part-b';
  if (group.id.startsWith('part-d') || group.dimension === 'climate') return 'part-d';
  return 'part-c';
}

export function hkexLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const code = applicableStandard(analysis.catalog, framework, 'code', analysis.dates);
  if (!code) throw new DiscloseError('input', `the catalog has no ${frameworkDef(framework)?.prefixes[0] ?? framework} ESG Code for this report's dates.`);
  const records = recordsByVersion(analysis);
  const groups: IndexGroupData[] = PARTS.map((part) => ({ id: part, kind: 'part', rows: [] }));
  for (const group of code.groups ?? []) {
    const part = groups.find((g) => g.id === partOf(group))!;
    for (const def of membersOf(code, group)) {
      const record = recordOf(records, def);
      // Every provision the Code requires is listed; an encouraged one only when the report cites it.
      const listed = record !== undefined && (record.required || record.status === 'reported' || record.status === 'omitted');
      if (listed) part.rows.push(disclosureRow(analysis, def, record));
    }
  }
  const entry: FrameworkIndexStandard = { id: code.id, code: code.topic, title: code.id };
  if (code.titleZh) entry.titleZh = code.titleZh;
  return { standards: [entry], columns: COLUMNS.map((id) => ({ id })), groups: groups.filter((g) => g.rows.length > 0) };
}
