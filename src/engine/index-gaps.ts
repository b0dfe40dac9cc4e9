// The gaps of a report's indexes: every disclosure its frameworks require that it neither locates nor
// answers, the same ones `check` counts as missing or omitted (its `frameworks` block and its findings).
// Most requirements are disclosure records; a framework whose policy counts topics (the exchanges'
// guidelines) is met topic by topic, so its gaps are topics, read from the topic index already built.
// Titles are given in both languages where the catalog has them: the renderer picks the set's.
import { countsByTopic } from '../model/frameworks.js';
import type { IndexDocumentData } from '../model/index-data.js';
import type { IndexGapData } from '../model/index-set.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';
import type { Analysis } from './analysis.js';

function recordGaps(analysis: Analysis, framework: string): IndexGapData[] {
  const reasonIds = analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
  return analysis.records.flatMap((record, i): IndexGapData[] => {
    const def = analysis.definitions[i]!;
    if (def.framework !== framework || !record.required) return [];
    if (record.status !== 'missing' && record.status !== 'omitted') return [];
    const gap: IndexGapData = { framework, id: record.id, title: record.title, ...(def.titleZh ? { titleZh: def.titleZh } : {}), status: record.status };
    const reason = record.status === 'omitted' ? record.omission?.reason.trim() : undefined;
    if (reason) gap.reason = normaliseOmissionReason(reason, reasonIds) ?? reason;
    const explanation = record.status === 'omitted' ? record.omission?.explanation.trim() : undefined;
    if (explanation) gap.explanations = [explanation];
    return [gap];
  });
}

function topicGaps(analysis: Analysis, doc: IndexDocumentData): IndexGapData[] {
  const checked = new Set(
    analysis.guidelineTopics.filter((t) => t.framework === doc.framework && t.required).map((t) => t.group.id),
  );
  return doc.groups.flatMap((group) =>
    group.rows.flatMap((row): IndexGapData[] => {
      if (!checked.has(row.id) || (row.status !== 'missing' && row.status !== 'omitted')) return [];
      const gap: IndexGapData = {
        framework: doc.framework,
        id: (row.articleIds ?? [row.id]).join(', '),
        title: row.title,
        ...(row.titleZh ? { titleZh: row.titleZh } : {}),
        status: row.status,
      };
      if (row.omission?.reason) gap.reason = row.omission.reason;
      if (row.omission && row.omission.explanations.length > 0) gap.explanations = row.omission.explanations;
      return [gap];
    }),
  );
}

/** Gaps of each document's framework, in the documents' order. */
export function indexGaps(analysis: Analysis, documents: readonly IndexDocumentData[]): IndexGapData[] {
  return documents.flatMap((doc) => (countsByTopic(doc.framework) ? topicGaps(analysis, doc) : recordGaps(analysis, doc.framework)));
}
