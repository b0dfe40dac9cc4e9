// The published document of GRI's layout (IndexDocument) from the one index model: locations worded in the
// document's language, the omission's explanation joined. Keys are written in the order that document has
// always had, so `--format json` stays byte for byte what it was.
import type { IndexDocument, IndexGroup, IndexRow } from '../model/index-document.js';
import type { IndexDocumentData, IndexGroupData, IndexRowData } from '../model/index-data.js';
import { locationText } from './location-wording.js';
import { label, type Locale } from './locales.js';

function griRow(row: IndexRowData, locale: Locale): IndexRow {
  const { omission } = row;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    standard: row.standard ?? '',
    status: row.status,
    locations: row.locations,
    locationText: locationText(row.locations, locale),
    sectorRefs: row.sectorRefs ?? [],
    ...(omission
      ? {
          omission: {
            requirements: omission.requirements ?? '',
            reason: omission.reason ?? '',
            reasonLabel: omission.reasonLabel ?? omission.reason ?? '',
            explanation: omission.explanations.join(label(locale, 'indexText.explanationSeparator')),
          },
        }
      : {}),
  };
}

function griGroup(group: IndexGroupData, locale: Locale): IndexGroup {
  return {
    title: group.title ?? group.id ?? '',
    // GRI's layout builds GRI's group kinds only (src/engine/index-layouts/gri.ts).
    kind: group.kind as IndexGroup['kind'],
    ...(group.topic !== undefined ? { topic: group.topic } : {}),
    rows: group.rows.map((row) => griRow(row, locale)),
  };
}

export function presentGriIndex(doc: IndexDocumentData, locale: Locale): IndexDocument {
  const claim = doc.claim ?? { claim: 'with-reference', statementOfUse: '', griUsed: '', sectorStandards: [], materialTopics: [] };
  return {
    framework: doc.framework as IndexDocument['framework'],
    lang: doc.lang,
    title: doc.title,
    organization: doc.organization,
    ...claim,
    columns: doc.columns.map(({ id, label: text }) => ({ id, label: text ?? id })),
    groups: doc.groups.map((group) => griGroup(group, locale)),
    generator: doc.generator,
    ...(doc.reportTitle !== undefined ? { reportTitle: doc.reportTitle } : {}),
    ...(doc.period !== undefined ? { period: doc.period } : {}),
  };
}
