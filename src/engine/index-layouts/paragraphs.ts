// The paragraph layout (IFRS S1; any framework whose standard is a list of paragraphs grouped by section and
// whose registry entry names this layout): the applicable version's sections in the Standard's order, each
// with the paragraphs the report cites or explains, and any the policy requires (`missing` when neither
// located nor explained). A section is titled by the catalog group; a section with no such paragraph is left out.
import { DiscloseError } from '../../model/errors.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import { frameworkDef } from '../../model/frameworks.js';
import type { IndexGroupData, IndexLayoutData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { applicableStandard } from '../applicable-standard.js';
import { disclosureRow, membersOf, recordOf, recordsByVersion } from './rows.js';

const COLUMNS = ['code', 'title', 'location'];

export function paragraphsLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const standard = applicableStandard(analysis.catalog, framework, 'framework', analysis.dates);
  if (!standard) throw new DiscloseError('input', `the catalog has no ${frameworkDef(framework)?.prefixes[0] ?? framework} standard for this report's dates.`);
  const records = recordsByVersion(analysis);
  const groups: IndexGroupData[] = [];
  for (const group of standard.groups ?? []) {
    const rows = membersOf(standard, group).flatMap((def) => {
      const record = recordOf(records, def);
      const listed = record !== undefined && (record.required || record.status === 'reported' || record.status === 'omitted');
      return listed ? [disclosureRow(analysis, def, record)] : [];
    });
    if (rows.length > 0) groups.push({ id: group.id, kind: 'topic', title: group.title, ...(group.titleZh ? { titleZh: group.titleZh } : {}), rows });
  }
  const entry: FrameworkIndexStandard = { id: standard.id, code: standard.topic, title: standard.id };
  if (standard.titleZh) entry.titleZh = standard.titleZh;
  return { standards: [entry], columns: COLUMNS.map((id) => ({ id })), groups };
}
