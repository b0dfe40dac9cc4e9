// `check --suggest` names the strong candidate in a missing-disclosure finding: by file and line where the
// source has lines, by file and page where it has none (a PDF section) — never `file:undefined`.
import { addWeakEvidence } from '../../src/suggest/weak-evidence.js';
import type { ReportResult } from '../../src/model/finding.js';
import type { SuggestionCandidate } from '../../src/model/suggestion.js';

const finding = { ruleId: 'missing-disclosure', severity: 'error' as const, message: 'Missing.', messageId: 'missing', disclosure: 'GRI 2-9', file: 'r' };
const result = { findings: [finding] } as unknown as ReportResult;
const withCandidate = (candidate: SuggestionCandidate, locale: 'en' | 'zh' = 'en'): string =>
  addWeakEvidence(result, { file: 'r', suggestions: [{ disclosure: 'GRI 2-9', candidates: [candidate] }] as never, unanswered: [] }, 0.7, locale).findings[0]!.message;

test('a candidate with a line is named by file and line, as before', () => {
  expect(withCandidate({ section: 'Governance', headingPath: ['Governance'], file: 'r.md', line: 12, page: 3, score: 0.9 })).toContain("'Governance' (r.md:12, p. 3, score 0.90)");
});

test('a candidate without a line is named by file and page', () => {
  const candidate = { section: 'Governance', headingPath: ['Governance'], file: 'r.pdf', page: 3, score: 0.9 };
  expect(withCandidate(candidate)).toContain("'Governance' (r.pdf, p. 3, score 0.90)");
  expect(withCandidate(candidate, 'zh')).toContain('“Governance”（r.pdf，第 3 页，得分 0.90）');
  expect(withCandidate(candidate, 'zh')).not.toMatch(/undefined/);
});

test('a candidate in a PDF or DOCX says to add the tag to its sidecar, not a comment it cannot carry', () => {
  const candidate = { section: 'Governance', headingPath: ['Governance'], file: 'reports/r.pdf', page: 3, score: 0.9 };
  expect(withCandidate(candidate)).toMatch(/: add it to `reports\/r\.disclose\.yaml` under `disclose:` as `\{ section: "Governance", ids: \[GRI 2-9\] \}`\.$/);
  expect(withCandidate(candidate, 'zh')).toMatch(/请在 `reports\/r\.disclose\.yaml` 的 `disclose:` 中添加 `\{ section: "Governance", ids: \[GRI 2-9\] \}`。$/);
  expect(withCandidate({ ...candidate, file: 'r.md', line: 4 })).toMatch(/tag it with `<!-- disclose: GRI 2-9 -->`\.$/);
});
