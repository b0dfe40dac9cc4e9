import type { Rule } from './rule.js';
import type { TextSpan } from '../model/content-index.js';
import { compareStandardLabel } from '../catalog/index.js';
import type { MessageData } from '../model/message.js';

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

    for (const span of labels.values()) {
      const { verdict, expected, label } = compareStandardLabel(catalog, span.text, dates);
      const ofRows = [...(rowVersions.get(key(span)) ?? [])].filter((id) => label.topic !== undefined && numberOf(id) === numberOf(label.topic));
      const names = ofRows.length > 0 ? ofRows : (expected ?? []).map((s) => s.id);
      const named = names.length > 0;
      const data: MessageData = named ? { label: span.text, names } : { label: span.text };
      if (verdict === 'wrong-name' || verdict === 'wrong-year') {
        report(span, named ? 'notOfficialNamed' : 'notOfficial', data);
      } else if (verdict === 'no-year') {
        report(span, named ? 'noYearNamed' : 'noYear', data, 'warning');
      }
    }

    // A row listed under one version of a standard whose code belongs to another version of the same
    // number (a `403-9` row under `GRI 403: Occupational Health and Safety 2016`).
    for (const { entry, resolution } of indexRows) {
      if (!entry.standard || !resolution) continue;
      const named = compareStandardLabel(catalog, entry.standard.text, dates).standard;
      const actual = resolution.def.standard;
      if (!named || named.id === actual || numberOf(named.id) !== numberOf(actual)) continue;
      report(entry.standard, 'otherVersion', { label: entry.standard.text, id: resolution.def.id, standard: actual });
    }
  },
};
