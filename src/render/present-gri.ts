// The published document of GRI's layout (IndexDocument) from the one index model: locations worded in the
// document's language, the omission's explanation joined. Keys are written in the order that document has
// always had, so `--format json` stays byte for byte what it was.
import type { IndexDocument, IndexGroup, IndexRow } from '../model/index-document.js';
import type { IndexClaimData, IndexDocumentData, IndexGroupData, IndexRowData } from '../model/index-data.js';
import { locationText } from './location-wording.js';
import { label, type Locale } from './locales.js';

function griRow(row: IndexRowData, locale: Locale, zh: boolean): IndexRow {
  const { omission } = row;
  return {
    id: row.id,
    code: row.code,
    // A Chinese title only where the catalog has GRI's official one (`titleZh`); else GRI's English title.
    title: zh && row.titleZh ? row.titleZh : row.title,
    standard: row.standard ?? '',
    status: row.status,
    locations: row.locations,
    // Every format (md, html, csv, xlsx, json) prints the location text: the mark goes there, as draft marks do.
    locationText: row.partial ? label(locale, 'indexText.partial', { location: locationText(row.locations, locale) }) : locationText(row.locations, locale),
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
    ...(row.partial ? { partial: true as const } : {}),
  };
}

function griGroup(group: IndexGroupData, locale: Locale, zh: boolean): IndexGroup {
  return {
    title: group.title ?? group.id ?? '',
    // GRI's layout builds GRI's group kinds only (src/engine/index-layouts/gri.ts).
    kind: group.kind as IndexGroup['kind'],
    ...(group.topic !== undefined ? { topic: group.topic } : {}),
    rows: group.rows.map((row) => griRow(row, locale, zh)),
  };
}

/**
 * A zh index says what in it is not GRI's official Chinese: a statement of use of our own translation, and the
 * titles left in English because the catalog has no official Chinese title for them (issue 14).
 */
function zhNotes(doc: IndexDocumentData, locale: Locale, statementOfUseZh: IndexClaimData['statementOfUseZh']): string[] {
  const notes: string[] = [];
  if (statementOfUseZh && !statementOfUseZh.official) notes.push(label(locale, 'notes.statementNotOfficial'));
  const english = doc.groups.reduce((n, g) => n + g.rows.filter((r) => !r.titleZh).length, 0);
  if (english > 0) notes.push(label(locale, 'notes.titlesNotTranslated', { count: english }));
  return notes;
}

export function presentGriIndex(doc: IndexDocumentData, locale: Locale): IndexDocument {
  const { statementOfUseZh, ...claim } = doc.claim ?? { claim: 'with-reference', statementOfUse: '', griUsed: '', sectorStandards: [], materialTopics: [] };
  const zh = doc.lang === 'zh';
  if (zh && statementOfUseZh) claim.statementOfUse = statementOfUseZh.text;
  const notes = zh ? zhNotes(doc, locale, statementOfUseZh) : [];
  return {
    framework: doc.framework as IndexDocument['framework'],
    lang: doc.lang,
    title: doc.title,
    organization: doc.organization,
    ...claim,
    columns: doc.columns.map(({ id, label: text }) => ({ id, label: text ?? id })),
    groups: doc.groups.map((group) => griGroup(group, locale, zh)),
    generator: doc.generator,
    ...(notes.length > 0 ? { notes } : {}),
    ...(doc.reportTitle !== undefined ? { reportTitle: doc.reportTitle } : {}),
    ...(doc.period !== undefined ? { period: doc.period } : {}),
  };
}
