// ESRS's content index, in the form ESRS 2 §56 asks for: the disclosure requirements complied with after the
// materiality assessment, each with where it is located (one group per standard: ESRS 2, then each material
// topical standard; a required one neither located nor omitted is `missing`), then the table of every
// datapoint from other EU legislation (ESRS 2 Appendix B) with its location, "not material" where its
// topical standard is not material (ESRS 1 §35). The Appendix B table takes its title from the catalog's
// group of that dimension in ESRS 2.
import { DiscloseError } from '../../model/errors.js';
import type { FrameworkIndexStandard } from '../../model/framework-index.js';
import { frameworkDef } from '../../model/frameworks.js';
import type { IndexGroupData, IndexLayoutData, IndexRowData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { mergeLocations } from '../index-locations.js';
import { esrsMateriality } from '../policies/esrs-topics.js';
import { disclosureRow, omissionOf, recordOf, recordsByVersion } from './rows.js';

const COLUMNS = ['code', 'title', 'location'];

/**
 * The reason an Appendix B datapoint of a non-material topic shows (templates/locales: `reasons.…`, "Not
 * material"). Not `not-material`: a report may write that reason itself, and it is shown as written.
 */
export const NOT_MATERIAL = 'assessed-not-material';

/** The dimension of ESRS 2's group naming the Appendix B table (standards/esrs/, scripts/catalog-esrs.mjs). */
const APPENDIX_B = 'appendix-b';

export function esrsLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const materiality = esrsMateriality(analysis, framework);
  const listed = [...materiality.crossCutting, ...materiality.material];
  if (materiality.crossCutting.length === 0) {
    throw new DiscloseError('input', `the catalog has no ${frameworkDef(framework)?.prefixes[0] ?? framework} standards for this report's dates.`);
  }
  const records = recordsByVersion(analysis);
  const groups: IndexGroupData[] = listed.map((standard) => {
    const group: IndexGroupData = {
      id: standard.topic,
      kind: 'topic',
      title: standard.id,
      rows: standard.disclosures.map((def) => disclosureRow(analysis, def, recordOf(records, def))),
    };
    if (standard.titleZh) group.titleZh = standard.titleZh;
    return group;
  });
  const notMaterial = new Set(materiality.notMaterial.map((s) => s.id));
  const datapoints: IndexRowData[] = [];
  // In the order of the standards, material or not, as Appendix B lists them.
  for (const standard of materiality.all) {
    for (const def of standard.disclosures) {
      for (const item of def.requirements) datapoints.push(datapointRow(analysis, def.code, item, recordOf(records, def), notMaterial.has(standard.id)));
    }
  }
  const table = materiality.crossCutting.flatMap((s) => s.groups ?? []).find((g) => g.dimension === APPENDIX_B);
  if (table && datapoints.length > 0) groups.push({ id: table.id, kind: 'topic', title: table.title, ...(table.titleZh ? { titleZh: table.titleZh } : {}), rows: datapoints });
  const standards = listed.map((s): FrameworkIndexStandard => ({ id: s.id, code: s.topic, title: s.id, ...(s.titleZh ? { titleZh: s.titleZh } : {}) }));
  return { standards, columns: COLUMNS.map((id) => ({ id })), groups };
}

/** One datapoint: its disclosure requirement's code, the paragraph and label (`§44: Gross Scope 1, 2, 3 …`). */
function datapointRow(
  analysis: Analysis,
  code: string,
  item: { id: string; label: string },
  record: ReturnType<typeof recordOf>,
  notMaterial: boolean,
): IndexRowData {
  const base = { id: item.id, code, title: item.label };
  if (record?.status === 'reported') return { ...base, status: 'reported', locations: mergeLocations(record.locations) };
  if (record?.status === 'omitted' && record.omission) return { ...base, status: 'omitted', locations: [], omission: omissionOf(analysis, [record.omission]) };
  if (notMaterial) return { ...base, status: 'omitted', locations: [], omission: { reason: NOT_MATERIAL, explanations: [] } };
  return { ...base, status: 'missing', locations: [] };
}
