// Inline suppression comments end to end in-process: Markdown in, the findings left after the engine
// applied them out (src/ingest/markdown/suppressions.ts, src/engine/suppress.ts).
import { loadCatalog } from '../../src/catalog/index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { runRules, type RuleSettings } from '../../src/engine/run.js';
import { applySuppressions } from '../../src/engine/suppress.js';
import type { Finding } from '../../src/model/finding.js';
import type { Suppression } from '../../src/model/report.js';
import { ruleMessage } from '../../src/rules/messages/index.js';
import { unusedSuppression } from '../../src/rules/unused-suppression.js';
import { linearity } from '../helpers/growth.js';
import { frontMatter, lineOf, STATEMENT } from '../helpers/run-rule.js';

const catalog = loadCatalog();
const run = (markdown: string, settings: RuleSettings = {}): Finding[] =>
  runRules(analyse(parseMarkdownReport([{ path: 'report.md', text: markdown }]), catalog), settings);
const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.line ?? '-'} ${f.ruleId}`);

// A with-reference report that cites two disclosures in its own content index, one with a wrong title.
const HEAD =
  frontMatter('published: 2025-04-20\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: with-reference') +
  '# Acme 2024 Sustainability Report\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n## GRI content index\n\n' +
  `${STATEMENT['with-reference']}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n`;
const TABLE = (row2: string): string =>
  '| GRI Standard | Disclosure | Title | Location |\n|---|---|---|---|\n' +
  '| GRI 2: General Disclosures 2021 | 2-1 | Organizational details | About Acme |\n' +
  `| GRI 2: General Disclosures 2021 | 2-6 | Our bicycles ${row2}| About Acme |\n`;

describe('inline suppression', () => {
  test('without a comment the wrong title is a finding (the fixture bites)', () => {
    expect(brief(run(HEAD + TABLE('')))).toEqual([`${lineOf(HEAD + TABLE(''), '| 2-6 |')} title-mismatch`]);
  });

  test('disclose-disable-line in the row\'s own cell suppresses that row\'s finding, and is used', () => {
    expect(brief(run(HEAD + TABLE('<!-- disclose-disable-line title-mismatch -->')))).toEqual([]);
  });

  test('disclose-disable-next-line suppresses the named rule on the next non-blank line only', () => {
    const text = `${HEAD}<!-- disclose-disable-next-line title-mismatch -- the brochure's wording -->\n\n${TABLE('')}`;
    // The comment's next non-blank line is the table's header row: the finding on the 2-6 row stays, and the comment is unused.
    expect(brief(run(text))).toEqual([`${lineOf(text, 'disclose-disable-next-line')} unused-suppression`, `${lineOf(text, '| 2-6 |')} title-mismatch`]);
  });

  test('a tag\'s finding is suppressed by the comment on the line before it; no rule id means every rule', () => {
    const tagged = `${frontMatter('frameworks:\n  gri:\n    claim: with-reference')}# Acme\n\n## Draft\n\n<!-- disclose: GRI 2-99 -->\n`;
    expect(brief(run(tagged))).toEqual([`${lineOf(tagged, 'GRI 2-99')} unknown-disclosure`]);
    expect(brief(run(tagged.replace('<!-- disclose: GRI', '<!-- disclose-disable-next-line -->\n<!-- disclose: GRI')))).toEqual([]);
  });

  test('a finding without a line (something missing) yields only to disclose-disable for the file', () => {
    const inAccordance = HEAD.replace('claim: with-reference', 'claim: in-accordance').replace(STATEMENT['with-reference'], STATEMENT['in-accordance']);
    const missing = run(inAccordance + TABLE('')).filter((f) => f.ruleId === 'missing-disclosure');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.line === undefined)).toBe(true);
    const suppressed = run(`${inAccordance}<!-- disclose-disable missing-disclosure -->\n\n${TABLE('')}`);
    expect(suppressed.filter((f) => f.ruleId === 'missing-disclosure' || f.ruleId === 'unused-suppression')).toEqual([]);
  });

  test('an unused suppression and an unknown rule id are unused-suppression warnings at the comment', () => {
    const text = `${HEAD}${TABLE('')}\n## More\n\n<!-- disclose-disable-next-line location-unresolved, no-such-rule -->\nAcme sells in Europe.\n`;
    const unused = run(text).filter((f) => f.ruleId === 'unused-suppression');
    expect(unused).toEqual([
      expect.objectContaining({ severity: 'warning', line: lineOf(text, 'no-such-rule'), column: 1, message: expect.stringMatching(/^Suppression of `location-unresolved` suppresses nothing: no `location-unresolved` finding on line \d+; remove it\.$/) }),
      expect.objectContaining({ severity: 'warning', message: 'Suppression names `no-such-rule`, which is not a rule; expected a rule id such as `title-mismatch`.' }),
    ]);
  });

  test('unused-suppression follows the config like any rule: off, or another severity', () => {
    const text = `${HEAD}${TABLE('')}\n<!-- disclose-disable-next-line location-unresolved -->\nText.\n`;
    expect(run(text, { 'unused-suppression': 'off' }).filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
    expect(run(text, { 'unused-suppression': 'error' }).filter((f) => f.ruleId === 'unused-suppression').map((f) => f.severity)).toEqual(['error']);
  });

  test('a misspelt suppression keyword is an invalid directive, not silently nothing', () => {
    const text = `${HEAD}${TABLE('<!-- disclose-disable-lines title-mismatch -->')}`;
    expect(brief(run(text))).toEqual([`${lineOf(text, '| 2-6 |')} title-mismatch`, `${lineOf(text, '| 2-6 |')} invalid-directive`]);
  });
});

describe('applySuppressions', () => {
  const finding = (ruleId: string, line?: number, file = 'a.md'): Finding => ({ ruleId, severity: 'error', message: ruleId, file, ...(line !== undefined ? { line, column: 1 } : {}) });
  const suppression = (scope: Suppression['scope'], rules: string[], lines?: [number, number], file = 'a.md'): Suppression => ({
    scope, rules, file, line: 1, column: 1, ...(lines ? { lines: { from: lines[0], to: lines[1] } } : {}),
  });
  const known = new Set(['title-mismatch', 'location-unresolved']);

  test('matches file and line: the same line of another file is not covered', () => {
    const { kept, unused } = applySuppressions([finding('title-mismatch', 5), finding('title-mismatch', 5, 'b.md')], [suppression('next-line', ['title-mismatch'], [5, 5])], known);
    expect(kept).toEqual([finding('title-mismatch', 5, 'b.md')]);
    expect(unused).toEqual([]);
  });

  test('a finding without a line belongs to the report: disclose-disable in any of its files covers it', () => {
    const { kept, unused } = applySuppressions([finding('missing-disclosure'), finding('title-mismatch', 3)], [suppression('file', ['missing-disclosure'], undefined, 'b.md'), suppression('file', ['title-mismatch'], undefined, 'b.md')], new Set([...known, 'missing-disclosure']));
    expect(kept).toEqual([finding('title-mismatch', 3)]);
    expect(unused.map((u) => ruleMessage(unusedSuppression, u.messageId, u.data, 'en'))).toEqual(['Suppression of `title-mismatch` suppresses nothing: no `title-mismatch` finding in this file; remove it.']);
  });

  test('two suppressions covering one finding are both used', () => {
    const { kept, unused } = applySuppressions([finding('title-mismatch', 5)], [suppression('line', ['title-mismatch'], [5, 5]), suppression('file', [])], known);
    expect({ kept, unused }).toEqual({ kept: [], unused: [] });
  });

  test('stays linear: 50,000 findings and 50,000 suppressions', () => {
    const findings = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding('title-mismatch', i + 1));
    const suppressions = (n: number): Suppression[] => Array.from({ length: n }, (_, i) => suppression('next-line', ['title-mismatch'], [i + 1, i + 1]));
    expect(applySuppressions(findings(50_000), suppressions(50_000), known).kept).toEqual([]);
    const [f, s] = [findings(200_000), suppressions(200_000)];
    // Sizes where the smaller run takes tens of milliseconds: at 12,500 its 11 ms made the ratio noisy.
    expect(linearity((n) => applySuppressions(f.slice(0, n), s.slice(0, n), known), 50_000)).toBe('linear');
  });
});
