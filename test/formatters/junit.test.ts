import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult, DisclosureRecord } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const junit = (name: string): string => formatters['junit']!(load(name), { color: false });
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('junit', () => {
  test('snapshot', () => {
    expect(junit('hostile.json')).toMatchSnapshot();
  });

  test('one testcase per disclosure held to or cited, suites per report and framework, counts agree', () => {
    const xml = junit('hostile.json');
    // The common JUnit XSD has no `skipped` on <testsuites>: only tests, failures, errors.
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="disclose" tests="6" failures="4" errors="0">')).toBe(true);
    expect(xml).toContain('<testsuite name="报告 2024 gri" tests="4" failures="3" errors="0" skipped="1">');
    expect(xml).toContain('<testsuite name="报告 2024 szse" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="报告 2024 findings" tests="1" failures="0" errors="0" skipped="0">');
    expect(count(xml, /<testcase /g)).toBe(6);
    expect(count(xml, /<failure /g)).toBe(4);
    expect(count(xml, /<skipped /g)).toBe(1);
    // Reported though not required (GRI 305-1): a testcase of its own, failed by the error that names it.
    expect(xml).toMatch(/<testcase classname="gri" name="GRI 305-1 Direct \(Scope 1\) GHG emissions">\n\s+<failure message="Page 999 is outside the report \(1–80\)." type="location-unresolved">报告 2024\\02,env:x%.md:12:1 error/);
    // Reported but named by an error: failure. Omitted: skipped with its reason (attribute on one line).
    expect(xml).toMatch(/<testcase classname="gri" name="GRI 2-1 Organizational details">\n\s+<failure message="Title &lt;script&gt;/);
    expect(xml).toMatch(/name="GRI 2-21 Annual total compensation ratio">\n\s+<skipped message="omitted \(confidentiality constraints\): Pay data is &quot;confidential&quot; &amp; &lt;restricted&gt; see note 5"\/>/);
  });

  test('a reported disclosure without errors passes; a missing one fails', () => {
    const xml = junit('result.json');
    expect(xml).toContain('<testcase classname="gri" name="GRI 2-1 Organizational details"/>');
    expect(count(xml, /<testcase /g)).toBe(5); // 1 required disclosure + 4 findings not about a required disclosure
    expect(count(xml, /<failure /g)).toBe(2);
  });

  test('with-reference citations and exchange articles are test cases, not tests="0"', () => {
    const result = load('clean.json');
    const report = result.reports[0]!;
    const cited = (id: string, status: 'reported' | 'omitted'): DisclosureRecord => ({
      id, title: `Title of ${id}`, standard: 'S', status, required: false, locations: [],
      ...(status === 'omitted' ? { omission: { reason: 'not-applicable', explanation: 'No such activity.' } } : {}),
    });
    // clean.json claims GRI with reference (5 cited); add the SZSE guideline, whose articles are not required one by one.
    report.frameworks['szse'] = { required: 2, reported: 1, omitted: 1, missing: 0 };
    report.disclosures = [cited('GRI 2-1', 'reported'), cited('SZSE 24', 'reported'), cited('SZSE 32', 'omitted')];
    const xml = formatters['junit']!(result);
    expect(xml).toContain('<testsuite name="report.md gri" tests="1" failures="0" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="report.md szse" tests="2" failures="0" errors="0" skipped="1">');
    expect(xml).not.toContain('tests="0"');
  });

  test('escapes markup and drops characters XML 1.0 forbids', () => {
    const result = load('hostile.json');
    result.reports[0]!.findings[5]!.message = `<a href="x">&'\u0001\u000b\u0000\uFFFE\uD800ok\t]]> 温室 😀`;
    const xml = formatters['junit']!(result);
    expect(xml).toContain('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok\t]]&gt; 温室 😀</system-out>');
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    // Outside markup, no raw `<` survives and every `&` starts an entity.
    const text = xml.replace(/<\/?[a-z-]+(?: [a-z]+="[^"<]*")*\s*\/?>/g, '').replace(/<\?xml[^>]*\?>/, '');
    expect(text).not.toMatch(/</);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  });
});
