import type { Rule } from './rule.js';
import type { Analysis } from '../engine/analysis.js';
import type { Resolution } from '../catalog/index.js';
import type { MessageData, MessagePhrase } from '../model/message.js';
import { effectiveOf, replacementFor } from '../catalog/index.js';
import { citations, type Citation } from './citations.js';
import { codeAsPrinted, spanRange } from './fix-range.js';
import type { FixRange } from '../model/finding.js';
import { WINDOW_MESSAGES, officialData, windowPhrase } from './messages/shared.js';

/** More replacements than this are named by their standard, not listed one by one. */
const MAX_LISTED = 3;

/** `use `GRI 2-22``, `use GRI 101: Biodiversity 2024`, or `it has no replacement`. */
function insteadOf(analysis: Analysis, resolution: Resolution): { phrase: MessagePhrase; only?: string } {
  const { disclosures, standards } = replacementFor(analysis.catalog, resolution.def);
  const ids = [...new Set(disclosures.map((d) => d.id))];
  if (ids.length > 0 && ids.length <= MAX_LISTED) return { phrase: { messageId: 'useIds', data: { ids } }, ...(ids.length === 1 ? { only: ids[0]! } : {}) };
  if (standards.length > 0) return { phrase: { messageId: 'useStandards', data: { standards: standards.map((s) => s.id) } } };
  return { phrase: { messageId: 'noReplacement' } };
}

/** The message of a version not in effect: its id and data. */
function explain(analysis: Analysis, resolution: Resolution): { messageId: string; data: MessageData } | undefined {
  const { def, state } = resolution;
  const data = { ...officialData(def), standard: def.standard, window: windowPhrase(effectiveOf(analysis.catalog, def)) };
  if (state === 'superseded') {
    // When the printed title chose the version, say so: the code alone would have meant another one.
    const byTitle = resolution.matchedTitle && resolution.versions.length > 1;
    return { messageId: byTitle ? 'supersededByTitle' : 'superseded', data: { ...data, instead: insteadOf(analysis, resolution).phrase } };
  }
  if (state === 'not-yet-effective') return { messageId: 'notYetEffective', data };
  if (state === 'early-adoption') return { messageId: 'adoptedEarly', data };
  return undefined;
}

/** Where the one replacement can be written in place: a code printed plainly in an index cell, a tag or an omission. */
function replaceCode(citation: Citation, oldId: string, newId: string): { replacement: string; range: FixRange } | undefined {
  const range = citation.span && spanRange(citation.span);
  const replacement = range && codeAsPrinted(citation.span!.text, oldId, newId);
  return range && replacement ? { replacement, range } : undefined;
}

export const supersededDisclosure: Rule = {
  id: 'superseded-disclosure',
  description: 'A tag, omission or index row names a disclosure whose standard version is not in effect for the report\'s dates.',
  help: 'Cite the version in effect for the report\'s dates: use the replacement the finding names (`disclose migrate` rewrites GRI 2016 codes).',
  defaultSeverity: 'error',
  tags: ['codes', 'versions'],
  messages: {
    superseded: '{{id|code}} ({{title|official}}) is from {{standard}}, which is not in effect for this report ({{window}}); {{instead}}.',
    supersededByTitle:
      '{{id|code}} ({{title|official}}) is from {{standard}} (the printed title is that version\'s), which is not in effect for this report ({{window}}); {{instead}}.',
    notYetEffective: '{{id|code}} ({{title|official}}) is from {{standard}}, which is not yet in effect for this report ({{window}}).',
    adoptedEarly: '{{id|code}} ({{title|official}}) is from {{standard}}, adopted early ({{window}}).',
    useIds: 'use {{ids|codes}}',
    useStandards: 'use {{standards|and}}',
    noReplacement: 'it has no replacement',
    replaceWith: 'Replace with {{id}}',
    ...WINDOW_MESSAGES,
  },
  check(ctx) {
    const cited = citations(ctx.analysis);
    // One-to-one only: a replacement that another cited code also gets (102-1 and 102-3 both become 2-1),
    // or an index row whose replacement the index already lists, would duplicate a row or a tag; those
    // fixes stay advice (`disclose migrate` merges such rows).
    const onlyOf = (c: Citation): string | undefined =>
      c.resolution?.state === 'superseded' ? insteadOf(ctx.analysis, c.resolution).only : undefined;
    const replaced = new Map<string, Set<string>>();
    for (const c of cited) {
      const only = onlyOf(c);
      if (only) replaced.set(only, (replaced.get(only) ?? new Set()).add(c.resolution!.def.id));
    }
    const inIndex = new Set(cited.filter((c) => c.kind === 'index-row' && c.resolution).map((c) => c.resolution!.def.id));
    const oneToOne = (c: Citation, id: string): boolean => replaced.get(id)?.size === 1 && !(c.kind === 'index-row' && inIndex.has(id));
    for (const citation of cited) {
      const { resolution } = citation;
      if (!resolution) continue;
      const base = { disclosure: resolution.def.id, standard: resolution.def.standard, ...ctx.at(citation) };
      const message = explain(ctx.analysis, resolution);
      if (!message) continue;
      if (resolution.state === 'early-adoption') {
        ctx.report({ ...base, severity: 'info', ...message });
        continue;
      }
      const only = resolution.state === 'superseded' ? insteadOf(ctx.analysis, resolution).only : undefined;
      const inPlace = only && oneToOne(citation, only) ? replaceCode(citation, resolution.def.id, only) : undefined;
      const fix = only ? { fix: { replacement: inPlace?.replacement ?? only, ...(inPlace ? { range: inPlace.range } : {}), messageId: 'replaceWith', data: { id: only } } } : {};
      ctx.report({ ...base, ...message, ...fix });
    }
  },
};
