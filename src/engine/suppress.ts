// Inline suppressions (src/ingest/markdown/suppressions.ts) applied after every rule ran: a finding of a named rule
// (or of any rule, when none is named) on a covered line, or anywhere in the file for `disclose-disable`, is
// dropped. A finding without a line (something missing) belongs to the whole report (it is filed under the
// first file): `disclose-disable` in any file of the report suppresses it, and nothing else can. A suppression that suppressed nothing, or names no rule, becomes a draft of an
// `unused-suppression` finding, as ESLint's --report-unused-disable-directives: stale ones do not pile up.
import type { Finding } from '../model/finding.js';
import type { Suppression } from '../model/report.js';
import type { MessagePhrase } from '../model/message.js';
import type { FindingDraft } from '../rules/rule.js';

export interface SuppressionOutcome {
  kept: Finding[];
  /** Drafts of `unused-suppression` findings, at the suppression comments. */
  unused: FindingDraft[];
}

const EVERY = '*';

/** `file` and `line` as one map key. */
const at = (file: string, line: number): string => `${line}\n${file}`;

/** Where a suppression looked for findings, as a phrase of `unused-suppression`'s messages. */
function where(s: Suppression): MessagePhrase {
  if (s.scope === 'file') return { messageId: 'whereFile' };
  if (!s.lines) return { messageId: 'whereEnd' };
  return s.lines.from === s.lines.to ? { messageId: 'whereLine', data: { line: s.lines.from } } : { messageId: 'whereLines', data: { from: s.lines.from, to: s.lines.to } };
}

/** Unused parts of one suppression: an unknown rule id, or a rule (or every rule) with nothing to suppress. */
function unusedDrafts(s: Suppression, used: ReadonlySet<string>, knownRules: ReadonlySet<string>): FindingDraft[] {
  const position = { file: s.file, line: s.line, column: s.column };
  if (s.rules.length === 0) {
    return used.has(EVERY) ? [] : [{ messageId: 'everyRuleUnused', data: { where: where(s) }, ...position }];
  }
  return s.rules.flatMap((id): FindingDraft[] => {
    const shown = id.length > 60 ? `${id.slice(0, 59)}…` : id;
    if (!knownRules.has(id)) return [{ messageId: 'notARule', data: { id: shown }, ...position }];
    return used.has(id) ? [] : [{ messageId: 'ruleUnused', data: { id, where: where(s) }, ...position }];
  });
}

export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], knownRules: ReadonlySet<string>): SuppressionOutcome {
  if (suppressions.length === 0) return { kept: [...findings], unused: [] };
  // Index by line and by file, so each finding looks up only the suppressions that can cover it.
  const byLine = new Map<string, number[]>();
  const byFile = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  suppressions.forEach((s, i) => {
    if (s.scope === 'file') add(byFile, s.file, i);
    else if (s.lines) for (let line = s.lines.from; line <= s.lines.to; line++) add(byLine, at(s.file, line), i);
  });
  const used = suppressions.map(() => new Set<string>());
  const covers = (i: number, finding: Finding): boolean => {
    const rules = suppressions[i]!.rules;
    if (rules.length > 0 && !rules.includes(finding.ruleId)) return false;
    used[i]!.add(rules.length > 0 ? finding.ruleId : EVERY);
    return true;
  };
  const everyFile = [...byFile.values()].flat();
  const kept = findings.filter((finding) => {
    const candidates = finding.line === undefined ? everyFile : [...(byLine.get(at(finding.file, finding.line)) ?? []), ...(byFile.get(finding.file) ?? [])];
    // Every covering suppression is marked used (no short-circuit), so none of two overlapping ones is reported as unused.
    return candidates.map((i) => covers(i, finding)).every((covered) => !covered);
  });
  return { kept, unused: suppressions.flatMap((s, i) => unusedDrafts(s, used[i]!, knownRules)) };
}
