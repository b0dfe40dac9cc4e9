import type { Rule } from './rule.js';
import type { TextSpan } from '../model/content-index.js';
import { compareStandardLabel } from '../catalog/index.js';
import type { MessageData } from '../model/message.js';

/** Where a label names a second standard: a slash before `GRI`. */
const BOTH_NAMES = /\s*\/\s*(?=gri\b)/i;

export const standardTitleMismatch: Rule = {
  id: 'standard-title-mismatch',
  description: 'A standard\'s group label or standard cell in the index is not the official name of the standard version its rows belong to.',
  help: 'Write the standard\'s official name with its year, as `disclose standards show` prints it, and list its rows under the version they belong to.',
  defaultSeverity: 'error',
  tags: ['index', 'titles', 'versions'],
  messages: {
    notOfficial: 'Standard {{label|code}} is not the official name.',
    notOfficialNamed: 'Standard {{label|code}} is not the official name ({{names|or}}).',
    noYear: 'Standard {{label|code}} does not name its version; expected the official name with its year.',
    noYearNamed: 'Standard {{label|code}} does not name its version; expected the official name with its year ({{names|or}}).',
    otherVersion: 'Standard {{label|code}} is not the version of its rows: {{id|code}} resolves to {{standard}}.',
  },
  check(ctx) {
    const { catalog, dates, indexRows, indexes } = ctx.analysis;
    // One finding per printed label: a label carried down over many rows is one mistake.
    const labels = new Map<string, TextSpan>();
    // Without offsets (a PDF or DOCX table) a label is known by its page and text.
    const key = (span: TextSpan): string => (span.offset !== undefined ? `${span.file}\u0000${span.offset}` : `${span.file}\u0000p${span.page ?? ''}\u0000${span.text}`);
    for (const table of indexes) for (const { label } of table.labels) labels.set(key(label), label);
    for (const { entry } of indexRows) if (entry.standard) labels.set(key(entry.standard), entry.standard);

    const reported = new Set<string>();
    const report = (span: TextSpan, messageId: string, data: MessageData, severity?: 'warning'): void => {
      if (reported.has(key(span))) return;
      reported.add(key(span));
      ctx.report({ ...ctx.at(span), messageId, data, ...(severity ? { severity } : {}) });
    };

    // The versions the rows under each label resolve to: the best name to suggest for a wrong label.
    const numberOf = (id: string): string | undefined => /^GRI (\d+)\b/.exec(id)?.[1];
    const rowVersions = new Map<string, Set<string>>();
    for (const { entry, resolution } of indexRows) {
      if (!entry.standard || !resolution) continue;
      const set = rowVersions.get(key(entry.standard)) ?? new Set<string>();
      set.add(resolution.def.standard);
      rowVersions.set(key(entry.standard), set);
    }

    // A 2016 group row names two standards at once (`GRI 201 Economic Performance 2016/GRI 103 Management
    // Approach 2016`): each part is judged on its own, and the label is as wrong as its worst part.
    const judge = (text: string): ReturnType<typeof compareStandardLabel> => {
      const parts = text.split(BOTH_NAMES).map((part) => compareStandardLabel(catalog, part, dates));
      return parts.find((p) => p.verdict === 'wrong-name' || p.verdict === 'wrong-year') ?? parts.find((p) => p.verdict === 'no-year') ?? parts[0]!;
    };
    // Standards whose year some label of the index prints: a standard cell that repeats one of them
    // without its year (`GRI 103 Management Approach` below `…/GRI 103 Management Approach 2016`) names
    // its version through that label.
    const namedWithYear = new Set<string>();
    for (const span of labels.values()) {
      for (const part of span.text.split(BOTH_NAMES)) {
        const judged = compareStandardLabel(catalog, part, dates);
        if (judged.verdict === 'exact' && judged.label.topic) namedWithYear.add(judged.label.topic);
      }
    }

    for (const span of labels.values()) {
      const { verdict, expected, label } = judge(span.text);
      const ofRows = [...(rowVersions.get(key(span)) ?? [])].filter((id) => label.topic !== undefined && numberOf(id) === numberOf(label.topic));
      const names = ofRows.length > 0 ? ofRows : (expected ?? []).map((s) => s.id);
      const named = names.length > 0;
      const data: MessageData = named ? { label: span.text, names } : { label: span.text };
      if (verdict === 'wrong-name' || verdict === 'wrong-year') {
        report(span, named ? 'notOfficialNamed' : 'notOfficial', data);
      } else if (verdict === 'no-year' && !(label.topic && namedWithYear.has(label.topic))) {
        report(span, named ? 'noYearNamed' : 'noYear', data, 'warning');
      }
    }

    // A row listed under one version of a standard whose code belongs to another version of the same
    // number (a `403-9` row under `GRI 403: Occupational Health and Safety 2016`).
    for (const { entry, resolution } of indexRows) {
      if (!entry.standard || !resolution) continue;
      const named = judge(entry.standard.text).standard;
      const actual = resolution.def.standard;
      if (!named || named.id === actual || numberOf(named.id) !== numberOf(actual)) continue;
      report(entry.standard, 'otherVersion', { label: entry.standard.text, id: resolution.def.id, standard: actual });
    }
  },
};
