// The gaps of a report's indexes: every disclosure its frameworks require that it neither locates nor
// answers, the same ones `check` counts as missing or omitted (its `frameworks` block and its findings).
// GRI, SASB and HKEX requirements are disclosure records; the exchanges' guidelines are met topic by topic,
// so their gaps are topics, read from the topic index already built (its reasons and explanations).
import { isGriIndexDocument, type AnyIndexDocumentData, type FrameworkIndexDocumentData } from '../model/framework-index.js';
import { frameworkDef } from '../model/frameworks.js';
import type { IndexGapData, IndexSetFramework } from '../model/index-set.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';
import type { Analysis } from './analysis.js';

type Lang = 'en' | 'zh';


function recordGaps(analysis: Analysis, framework: IndexSetFramework, lang: Lang): IndexGapData[] {
  const reasonIds = analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
  return analysis.records.flatMap((record, i): IndexGapData[] => {
    const def = analysis.definitions[i]!;
    if (def.framework !== framework || !record.required) return [];
    if (record.status !== 'missing' && record.status !== 'omitted') return [];
    const gap: IndexGapData = { framework, id: record.id, title: lang === 'zh' && def.titleZh ? def.titleZh : record.title, status: record.status };
    const reason = record.status === 'omitted' ? record.omission?.reason.trim() : undefined;
    if (reason) gap.reason = normaliseOmissionReason(reason, reasonIds) ?? reason;
    const explanation = record.status === 'omitted' ? record.omission?.explanation.trim() : undefined;
    if (explanation) gap.explanations = [explanation];
    return [gap];
  });
}

function topicGaps(analysis: Analysis, doc: FrameworkIndexDocumentData): IndexGapData[] {
  const checked = new Set(
    analysis.guidelineTopics.filter((t) => t.framework === doc.framework && t.required).map((t) => t.group.id),
  );
  return doc.groups.flatMap((group) =>
    group.rows.flatMap((row): IndexGapData[] => {
      if (!checked.has(row.id) || row.status === 'reported') return [];
      const gap: IndexGapData = {
        framework: doc.framework,
        id: (row.articleIds ?? [row.id]).join(', '),
        title: doc.lang === 'zh' && row.titleZh ? row.titleZh : row.title,
        status: row.status,
      };
      if (row.reason) gap.reason = row.reason;
      if (row.explanations) gap.explanations = row.explanations;
      return [gap];
    }),
  );
}

/** Gaps of each document's framework, in the documents' order. */
export function indexGaps(analysis: Analysis, documents: readonly AnyIndexDocumentData[]): IndexGapData[] {
  return documents.flatMap((doc) =>
    !isGriIndexDocument(doc) && frameworkDef(doc.framework)?.policy === 'exchange-topics' ? topicGaps(analysis, doc) : recordGaps(analysis, doc.framework, doc.lang),
  );
}
