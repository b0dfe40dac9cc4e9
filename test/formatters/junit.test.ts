import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import { escapeAttr, escapeXml } from '../../src/formatters/junit.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const junit = (name: string): string => formatters['junit']!(load(name), { color: false });
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('junit', () => {
  test('snapshot', () => {
    expect(junit('hostile.json')).toMatchSnapshot();
  });

  test('one testcase per required disclosure, suites per report and framework, counts agree', () => {
    const xml = junit('hostile.json');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="disclose" tests="6" failures="4" errors="0" skipped="1">')).toBe(true);
    expect(xml).toContain('<testsuite name="报告 2024 gri" tests="3" failures="2" errors="0" skipped="1">');
    expect(xml).toContain('<testsuite name="报告 2024 szse" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="报告 2024 findings" tests="2" failures="1" errors="0" skipped="0">');
    expect(count(xml, /<testcase /g)).toBe(6);
    expect(count(xml, /<failure /g)).toBe(4);
    expect(count(xml, /<skipped /g)).toBe(1);
    // Not required (GRI 305-1) is no testcase of its own; its finding is.
    expect(xml).not.toContain('name="GRI 305-1 ');
    expect(xml).toContain('<testcase classname="location-unresolved" name="报告 2024\\02,env:x%.md:12:1 GRI 305-1">');
    // Reported but named by an error: failure. Omitted: skipped with its reason.
    expect(xml).toMatch(/<testcase classname="gri" name="GRI 2-1 Organizational details">\n\s+<failure message="Title &lt;script&gt;/);
    expect(xml).toMatch(/name="GRI 2-21 Annual total compensation ratio">\n\s+<skipped message="omitted \(confidentiality constraints\): Pay data is &quot;confidential&quot; &amp; &lt;restricted&gt;&#10;see note 5"\/>/);
  });

  test('a reported disclosure without errors passes; a missing one fails', () => {
    const xml = junit('result.json');
    expect(xml).toContain('<testcase classname="gri" name="GRI 2-1 Organizational details"/>');
    expect(count(xml, /<testcase /g)).toBe(5); // 1 required disclosure + 4 findings not about a required disclosure
    expect(count(xml, /<failure /g)).toBe(2);
    expect(junit('clean.json')).toContain('<testsuite name="report.md gri" tests="0" failures="0" errors="0" skipped="0"/>');
  });

  test('escapes the five entities and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0001\u000b\u0000\uFFFE\uD800ok\t\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok\t\n');
    expect(escapeAttr('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
    expect(escapeXml('温室 😀')).toBe('温室 😀');
    const xml = junit('hostile.json');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // Outside markup, no raw `<`, `&` or quote survives: every `&` starts an entity.
    const text = xml.replace(/<\/?[a-z-]+(?: [a-z]+="[^"<]*")*\s*\/?>/g, '').replace(/<\?xml[^>]*\?>/, '');
    expect(text).not.toMatch(/[<>"']/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  });
});
