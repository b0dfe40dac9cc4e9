import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyBaseline, createBaseline, fingerprint, loadBaseline, normalizeMessage, textFingerprint } from '../../src/config/baseline.js';
import { applyBaseline as applyLibraryBaseline } from '../../src/index.js';
import { PROBABLY_ANSWERED, PROBABLY_ANSWERED_ZH, type CheckResult, type Finding } from '../../src/model/finding.js';
import type { Locale } from '../../src/model/message.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { runRules } from '../../src/engine/run.js';
import { catalog, frontMatter } from '../helpers/run-rule.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ ruleId: 'title-mismatch', severity: 'error', message: 'Row title is wrong', file: 'r.md', line: 10, disclosure: 'GRI 2-1', ...over });
const result = (findings: Finding[]): CheckResult => ({ tool: { name: 'disclose', version: '0' }, reports: [{ file: 'r.md', files: ['r.md'], frameworks: {}, disclosures: [], findings }] });

describe('baseline fingerprints', () => {
  test('ignore line numbers, in fields and in messages', () => {
    expect(normalizeMessage('duplicate of line 12 (see lines 3-4)')).toBe(normalizeMessage('duplicate of line 80 (see lines 9-10)'));
    expect(fingerprint(finding({ message: 'first at line 3' }), 'r.md')).toBe(fingerprint(finding({ message: 'first at line 99', line: 1 }), 'r.md'));
    expect(fingerprint(finding(), 'r.md')).not.toBe(fingerprint(finding({ disclosure: 'GRI 2-2' }), 'r.md'));
    expect(fingerprint(finding(), 'r.md')).not.toBe(fingerprint(finding(), 'other.md'));
  });

  test('each entry accepts one finding: a second identical finding is new', () => {
    const baseline = createBaseline(result([finding()]), 'baseline.json');
    const applied = applyBaseline(result([finding({ line: 50 }), finding({ line: 60 })]), baseline, 'baseline.json');
    expect(applied.suppressed).toBe(1);
    expect(applied.result.reports[0]!.findings.map((f) => f.line)).toEqual([60]);
  });
});

describe('baselines key on identity (version 2), and still read version 1', () => {
  const markdown = `${frontMatter('language: en')}# About\n\n<!-- disclose: GRI 999-9 -->\n\nText.\n`;
  const run = (locale: Locale, text = markdown): Finding[] =>
    runRules(analyse(parseMarkdownReport([{ path: 'r.md', text }]), catalog), {}, locale).filter((f) => f.ruleId === 'unknown-disclosure');

  test('a zh run matches an en baseline: the fingerprint is rule, message id, disclosure and data, not the text', () => {
    const [en, zh] = [run('en'), run('zh')];
    expect(en).toHaveLength(1);
    expect(zh[0]!.message).not.toBe(en[0]!.message);
    const baseline = createBaseline(result(en), 'baseline.json');
    expect(baseline.version).toBe(2);
    expect(baseline.findings[0]).toMatchObject({ ruleId: 'unknown-disclosure', messageId: 'notInCatalog' });
    expect(applyBaseline(result(zh), baseline, 'baseline.json').suppressed).toBe(1);
  });

  test('a reworded message keeps matching; other data or another message id does not', () => {
    const base = run('en')[0]!;
    const baseline = createBaseline(result([base]), 'baseline.json');
    expect(applyBaseline(result([{ ...base, message: 'Reworded entirely.' }]), baseline, 'baseline.json').suppressed).toBe(1);
    expect(applyBaseline(result([{ ...base, data: { ...base.data, id: 'GRI 999-8' } }]), baseline, 'baseline.json').suppressed).toBe(0);
    expect(applyBaseline(result([{ ...base, messageId: 'notAnId' }]), baseline, 'baseline.json').suppressed).toBe(0);
  });

  test('line numbers in data are no part of the identity', () => {
    const dup = finding({ ruleId: 'duplicate-disclosure', messageId: 'listedAgain', data: { id: 'GRI 2-1', line: 12 } });
    expect(fingerprint(dup, 'r.md')).toBe(fingerprint({ ...dup, data: { id: 'GRI 2-1', line: 80 } }, 'r.md'));
    expect(fingerprint(dup, 'r.md')).not.toBe(fingerprint({ ...dup, data: { id: 'GRI 2-2', line: 12 } }, 'r.md'));
  });

  test('check --suggest\'s hint stays out of the fingerprint, in both versions and both languages', () => {
    const base = run('en')[0]!;
    const zh = run('zh')[0]!;
    const hinted = { ...base, message: `${base.message}${PROBABLY_ANSWERED}'About' (r.md:3, score 0.90): tag it.` };
    const zhHinted = { ...zh, message: `${zh.message}${PROBABLY_ANSWERED_ZH}“About”（r.md:3，得分 0.90）作答。` };
    expect(fingerprint(hinted, 'r.md')).toBe(fingerprint(base, 'r.md'));
    expect(textFingerprint(hinted, 'r.md')).toBe(textFingerprint(base, 'r.md'));
    expect(textFingerprint(zhHinted, 'r.md')).toBe(textFingerprint(zh, 'r.md'));
  });

  test('a version 1 baseline (English text fingerprints) is still read and matches en and zh runs', () => {
    const [en, zh] = [run('en'), run('zh')];
    const v1 = JSON.stringify({ version: 1, findings: [{ ruleId: 'unknown-disclosure', file: 'r.md', disclosure: 'GRI 999-9', fingerprint: textFingerprint(en[0]!, 'r.md') }] });
    const dir = mkdtempSync(join(tmpdir(), 'disclose-baseline-'));
    const file = join(dir, 'baseline.json');
    writeFileSync(file, v1);
    const baseline = loadBaseline(file);
    expect(baseline.version).toBe(1);
    const inDir = (findings: Finding[]): CheckResult => result(findings.map((f) => ({ ...f, file: join(dir, 'r.md') })));
    expect(applyBaseline(inDir(en), baseline, file).suppressed).toBe(1);
    // The library's applyBaseline renders a zh finding again in English to match a version 1 entry.
    expect(applyLibraryBaseline(inDir(zh), baseline, file).suppressed).toBe(1);
    expect(applyBaseline(inDir(zh), baseline, file).suppressed).toBe(0);
  });
});
