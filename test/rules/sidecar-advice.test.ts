// Advice on a report read from a PDF or DOCX (issue 13): such a file cannot carry `<!-- disclose: -->`
// comments or front matter, so the coverage rules name its sidecar's entries instead, in English and
// Chinese; a Markdown report's findings keep their message ids (baselines key on them).
import { analyse } from '../../src/engine/analysis.js';
import { findingMessage } from '../../src/engine/finding-message.js';
import { runRules } from '../../src/engine/run.js';
import { parseSidecar } from '../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import type { Finding } from '../../src/model/finding.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';
import { catalog, findings, frontMatter } from '../helpers/run-rule.js';

function laidOutFindings(ruleId: string, sidecarYaml: string, file = 'reports/northwind.pdf'): Finding[] {
  const doc = laidOutReport({ file });
  const report = layoutToReport(doc, parseSidecar(sidecarYaml, 'reports/northwind.disclose.yaml'));
  return runRules(analyse(report, catalog)).filter((f) => f.ruleId === ruleId);
}

const IN_ACCORDANCE = 'frameworks:\n  gri:\n    claim: in-accordance\n    material-topics: [GRI 305]\n';

describe('advice on a PDF or DOCX names the sidecar, not an HTML comment', () => {
  test('missing-disclosure (en, zh)', () => {
    const found = laidOutFindings('missing-disclosure', IN_ACCORDANCE).find((f) => f.disclosure === 'GRI 2-7');
    expect(found).toBeDefined();
    expect(found!.messageId).toBe('requiredSidecar');
    expect(found!.message).toBe(
      '`GRI 2-7` (Employees) is required by the in-accordance claim but is neither tagged nor omitted; add the heading of the section that answers it to `reports/northwind.disclose.yaml` under `disclose:` (`disclose suggest --write reports/northwind.pdf` writes the ones it finds), or give a reason for omission there under `omit:`.',
    );
    expect(found!.message).not.toContain('<!--');
    const zh = findingMessage(found!, 'zh')!;
    expect(zh).toContain('请在`reports/northwind.disclose.yaml`的`disclose:`下添加作答章节的标题');
    expect(zh).toContain('disclose suggest --write reports/northwind.pdf');
  });

  test('missing-disclosure for a material topic, on a DOCX', () => {
    const found = laidOutFindings('missing-disclosure', IN_ACCORDANCE, 'draft.docx').find((f) => f.disclosure === 'GRI 305-3');
    expect(found?.messageId).toBe('requiredForTopicSidecar');
    expect(found?.message).toContain('add the heading of the section that answers it to `draft.disclose.yaml` under `disclose:`');
  });

  test('missing-topic-management', () => {
    const [found] = laidOutFindings('missing-topic-management', 'frameworks:\n  gri:\n    claim: in-accordance\n    material-topics: [GRI 403]\n');
    expect(found?.messageId).toBe('noManagementOfStandardSidecar');
    expect(found?.message).toContain('add the heading of the section that explains how the topic is managed to `reports/northwind.disclose.yaml` under `disclose:` with `GRI 3-3 (GRI 403)`');
    expect(findingMessage(found!, 'zh')).toContain('请在`reports/northwind.disclose.yaml`的`disclose:`下添加说明该议题管理方式的章节标题');
  });

  test('topic-not-explained (SZSE)', () => {
    const found = laidOutFindings('topic-not-explained', 'frameworks:\n  szse: {}\n');
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.messageId).toMatch(/Sidecar$/);
      expect(finding.message).toContain('to `reports/northwind.disclose.yaml` under `disclose:`');
      expect(finding.message).not.toContain('omit: SZSE');
      expect(findingMessage(finding, 'zh')).toContain('依第七条在`omit:`下说明未披露的原因');
    }
  });

  test('claim-assumed names the sidecar as the place to declare the claim', () => {
    const doc = laidOutReport({ file: 'draft.docx' });
    // The statement of use taken out: the claim is then assumed.
    const blocks = doc.blocks.filter((b) => b.kind === 'table' || !/GRI Standards/.test(b.text));
    const report = layoutToReport({ ...doc, blocks }, parseSidecar('frameworks:\n  gri: {}\n', 'draft.disclose.yaml'));
    const [found] = runRules(analyse(report, catalog)).filter((f) => f.ruleId === 'claim-assumed');
    expect(found?.messageId).toBe('noStatementSidecar');
    expect(found?.message).toContain('declare the claim in `draft.disclose.yaml`: `frameworks: { gri: { claim: in-accordance } }` (or `with-reference`).');
    expect(findingMessage(found!, 'zh')).toContain('请在`draft.disclose.yaml`中声明');
  });

  test('statement-of-use says the claim was declared in the sidecar, not in front matter', () => {
    // The fixture's statement is worded for with-reference; the sidecar claims in-accordance.
    const found = laidOutFindings('statement-of-use', 'frameworks:\n  gri:\n    claim: in-accordance\n').find((f) => f.messageId === 'otherClaimSidecar');
    expect(found?.message).toMatch(/^The statement of use states a with-reference claim while the claim declared \(in `reports\/northwind\.disclose\.yaml` or the config\) is in-accordance;/);
    expect(findingMessage(found!, 'zh')).toContain('而（`reports/northwind.disclose.yaml`或配置中）声明的是');
  });

  test('a Markdown report keeps its message ids and its comment advice', () => {
    const fm = frontMatter('published: 2025-04-20\norganization: Acme\nframeworks:\n  gri:\n    claim: in-accordance');
    const [first] = findings('missing-disclosure', `${fm}## About\nText.\n`);
    expect(first?.messageId).toBe('required');
    expect(first?.data).not.toHaveProperty('advice');
    expect(first?.message).toContain('tag the section that answers it or give a reason for omission');
  });
});
