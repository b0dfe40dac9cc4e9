// SASB's layout: every metric of each selected industry, activity metrics included, one group per
// disclosure topic and one for the activity metrics; a metric neither located nor omitted is a `missing`
// row with an empty location (a SASB index lists every metric of the standard).
import { DiscloseError } from '../../model/errors.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import type { IndexGroupData, IndexLayoutData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { disclosureRow, membersOf, recordOf, recordsByVersion } from './rows.js';

const COLUMNS = ['group', 'title', 'category', 'unit', 'code', 'location'];

export function sasbLayout(analysis: Analysis): IndexLayoutData {
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
  const groups: IndexGroupData[] = [];
  for (const standard of industries) {
    for (const group of standard.groups ?? []) {
      const defs = membersOf(standard, group);
      if (defs.length === 0) continue;
      const activity = defs.every((d) => d.activity);
      const entry: IndexGroupData = { id: group.id, kind: activity ? 'activity' : 'topic', title: group.title, standard: standard.id, rows: [] };
      // An activity group without a Chinese title gets the locale's (`presentIndex`).
      if (group.titleZh) entry.titleZh = group.titleZh;
      entry.rows = defs.map((def) => disclosureRow(analysis, def, recordOf(records, def)));
      groups.push(entry);
    }
  }
  const standards = industries.map((s): FrameworkIndexStandard => ({ id: s.id, code: s.topic, title: s.id.replace(/^SASB [^:]*:\s*/, '') }));
  return { standards, columns: COLUMNS.map((id) => ({ id })), groups };
}
