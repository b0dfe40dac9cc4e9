// The HTML report is fed from the result fixtures (test/fixtures/formatters/). The page is parsed for real
// by Chromium in test/browser/html-report.test.ts; here its markup is checked tag by tag with a strict
// tokenizer of what this formatter may write (every `<` must open an allowed tag with allowed attributes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { formatters } from '../../src/formatters/index.js';
import { escapeHtml, html, raw } from '../../src/formatters/html/markup.js';
import { BAR_WIDTH, estimatedWidth, fitText } from '../../src/formatters/html/svg-charts.js';
import { groupRecords } from '../../src/formatters/html/groups.js';
import { locationText, pageText } from '../../src/formatters/html/wording.js';
import type { CheckResult, DisclosureLocation } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const page = (result: CheckResult): string => formatters['html']!(result, { color: false });

/** The part of the page between two markers (a chart, a table), for counting what is inside. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from);
  expect(to).toBeGreaterThan(from);
  return text.slice(from, to + end.length);
}

interface Segment {
  status: string;
  value: number;
  x: number;
  width: number;
}
/** The stacked bars of one chart: per bar, its segments in drawing order. */
function bars(chart: string): Segment[][] {
  return chart.split('<g class="bar"').slice(1).map((bar) =>
    [...bar.matchAll(/<rect class="segment (\w+)" data-status="\w+" data-value="(\d+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
      status: m[1]!,
      value: Number(m[2]),
      x: Number(m[3]),
      width: Number(m[4]),
    })),
  );
}

// What the formatter may write. Anything else (an <img>, an onerror=, a <script>) came from report text.
const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'p', 'h1', 'h2', 'h3', 'h4', 'nav', 'ol', 'ul', 'li', 'a', 'main',
  'footer', 'article', 'section', 'dl', 'dt', 'dd', 'span', 'code', 'wbr', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  'svg', 'desc', 'g', 'rect', 'text',
]);
const ATTRIBUTES = new Set([
  'lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'href', 'aria-label', 'aria-labelledby', 'aria-describedby', 'role',
  'scope', 'colspan', 'data-status', 'data-value', 'data-label', 'data-total', 'data-severity', 'width', 'height', 'viewBox', 'x', 'y',
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-family', 'text-anchor',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*(\/?)>/g;

/** Every tag of the page: its name and attributes. Fails if a `<` starts anything that is not such a tag. */
function tags(text: string): Array<{ name: string; attributes: string[] }> {
  const body = text.replace(/^<!DOCTYPE html>\n/, '');
  const found = [...body.matchAll(TAG)].map((m) => ({ name: m[2]!, attributes: [...m[3]!.matchAll(/([a-zA-Z-]+)="/g)].map((a) => a[1]!) }));
  const leftover = body.replace(TAG, '');
  expect(leftover.includes('<')).toBe(false);
  return found;
}

describe('html', () => {
  test('snapshot', () => {
    expect(page(load('result.json'))).toMatchSnapshot();
    expect(page(load('hostile.json'))).toMatchSnapshot();
    expect(page(load('clean.json'))).toMatchSnapshot();
  });

  test('one self-contained page: doctype, charset, inline style, a CSP that forbids scripts and loads', () => {
    const text = page(load('result.json'));
    expect(text.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(text).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;`);
    expect(text.match(/<style>/g)).toHaveLength(1);
    expect(text.match(/<\/style>/g)).toHaveLength(1);
    expect(text).not.toMatch(/<script|<link|<img|<iframe|<object/i);
    // No URL of any kind: no scheme, no protocol-relative reference, no CSS url() or @import, no src.
    expect(text).not.toMatch(/https?:|\/\/[a-z]|url\(|@import|\bsrc=|xmlns/i);
    for (const href of text.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^#report-\d+$/);
    expect(text).toContain('@media print');
  });

  test('a header per report: file, tool version, its files', () => {
    const text = page(load('result.json'));
    expect(text.match(/<article class="report"/g)).toHaveLength(1);
    expect(text).toContain('<h2 id="report-1-title">report</h2>');
    expect(text).toContain('Checked by disclose 0.0.0-test · 2 files');
    expect(text).toContain('<li>report/01-about.md</li><li>report/02-environment.md</li>');
  });

  test('framework chart: one bar per framework, segment widths proportional to the counts of the required', () => {
    const text = page(load('result.json')); // gri: 45 required, 38 reported, 3 omitted, 4 missing
    const chart = between(text, '<svg class="chart chart-frameworks"', '</svg>');
    expect(chart).toMatch(/^<svg class="chart chart-frameworks" role="img" aria-label="[^"]+" aria-describedby="report-1-frameworks-desc"/);
    expect(chart).toContain('<title id="report-1-frameworks-title">');
    expect(chart).toContain('GRI (in-accordance): 38 reported · 3 omitted · 4 missing; 45 required · 91% covered.');
    const [gri, ...others] = bars(chart);
    expect(others).toEqual([]);
    expect(gri!.map((s) => [s.status, s.value])).toEqual([['reported', 38], ['omitted', 3], ['missing', 4]]);
    for (const s of gri!) expect(s.width).toBeCloseTo((s.value / 45) * BAR_WIDTH, 1);
    // Segments follow each other and fill the bar.
    expect(gri![1]!.x).toBeCloseTo(gri![0]!.width, 1);
    expect(gri![2]!.x + gri![2]!.width).toBeCloseTo(BAR_WIDTH, 1);
    expect(chart).toContain('>38 reported · 3 omitted · 4 missing</text>');
    expect(chart.match(/class="legend-item"/g)).toHaveLength(3);
  });

  test('topic chart: records grouped by standard or material topic, one scale for all bars', () => {
    const text = page(load('hostile.json'));
    const chart = between(text, '<svg class="chart chart-topics"', '</svg>');
    expect([...chart.matchAll(/<g class="bar" data-label="([^"]*)" data-total="(\d+)"/g)].map((m) => [m[1], Number(m[2])])).toEqual([
      ['GRI 2: General Disclosures 2021', 3],
      ['SZSE Guideline No. 17', 1],
      ['GRI 305: Emissions 2016', 1],
    ]);
    const [gri2, szse, gri305] = bars(chart);
    expect(gri2!.map((s) => [s.status, s.value])).toEqual([['reported', 1], ['omitted', 1], ['missing', 1]]);
    expect(szse!.map((s) => [s.status, s.value])).toEqual([['missing', 1]]);
    expect(gri305!.map((s) => [s.status, s.value])).toEqual([['reported', 1]]);
    // Shared scale: the largest group (3 records) spans the bar; one record is a third of it in every bar.
    for (const s of [...gri2!, ...szse!, ...gri305!]) expect(s.width).toBeCloseTo(BAR_WIDTH / 3, 1);
  });

  test('a GRI topic group holds its management disclosure and is named after the topic standard', () => {
    const groups = groupRecords([
      { id: 'GRI 2-1', title: 'a', standard: 'GRI 2: General Disclosures 2021', status: 'reported', required: true, locations: [] },
      { id: 'GRI 3-3', title: 'b', standard: 'GRI 3: Material Topics 2021', status: 'missing', required: true, locations: [], topic: 'GRI 305' },
      { id: 'GRI 305-1', title: 'c', standard: 'GRI 305: Emissions 2016', status: 'reported', required: true, locations: [], topic: 'GRI 305' },
      { id: 'GRI 3-3', title: 'b', standard: 'GRI 3: Material Topics 2021', status: 'reported', required: true, locations: [], topic: 'GRI 403' },
    ]);
    expect(groups.map((g) => [g.label, g.records.map((r) => r.id)])).toEqual([
      ['GRI 2: General Disclosures 2021', ['GRI 2-1']],
      ['GRI 305: Emissions 2016', ['GRI 3-3', 'GRI 305-1']],
      ['GRI 403', ['GRI 3-3']],
    ]);
  });

  test('gap list: missing required disclosures, then findings by severity with file:line', () => {
    const text = page(load('hostile.json'));
    const missing = between(text, '<table class="missing">', '</table>');
    expect(missing.match(/<tr class="missing-row">/g)).toHaveLength(2);
    expect(missing).toContain('<td class="id">SZSE 24</td><td class="title">温室气体排放 | GHG emissions</td>');
    const findings = [...text.matchAll(/<tr class="finding (\w+)" data-severity="\w+"><td class="where">(.*?)<\/td><td class="rule">(.*?)<\/td>/g)];
    expect(findings.map((m) => m[1])).toEqual(['error', 'error', 'error', 'error', 'warning', 'info']);
    expect(findings.map((m) => m[3])).toEqual(['title-mismatch', 'missing-disclosure', 'missing-disclosure', 'location-unresolved', 'omission-reason-missing', 'some-future-rule']);
    expect(findings.map((m) => m[2]!.replace(/<wbr>/g, ''))).toEqual([
      '报告 2024/01 关于.md:3:7', '报告 2024/01 关于.md', '报告 2024/01 关于.md', '报告 2024\\02,env:x%.md:12', '报告 2024/01 关于.md:40:1', '报告 2024/01 关于.md:1:1',
    ]);
    expect(text).toContain('<caption><span class="severity error">Errors</span> (4)</caption>');
    expect(text).toContain('<span class="counts">4 errors · 1 warning · 1 info</span>');
    // Backtick spans become code, their text escaped like the rest.
    expect(text).toContain('<code>SZSE 24</code> (温室气体排放) is required.');
  });

  test('content index: every record, its status and "Section, p. N" or its reason for omission', () => {
    const result = load('result.json');
    const text = page(result);
    const index = between(text, '<table class="content-index">', '</table>');
    expect(index.match(/<tr class="record"/g)).toHaveLength(result.reports[0]!.disclosures.length);
    expect(index).toContain('<tr class="group"><th scope="rowgroup" colspan="4">GRI 2: General Disclosures 2021</th></tr>');
    expect(index).toContain('<td class="id">GRI 2-1</td><td class="title">Organizational details</td><td><span class="status reported">Reported</span></td><td class="location">关于我们 About us, p. 3</td>');
    const hostile = page(load('hostile.json'));
    expect(hostile).toContain('<span class="omission">Omitted: confidentiality constraints</span><span class="explanation">Pay data is &quot;confidential&quot; &amp; &lt;restricted&gt;\nsee note 5</span>');
    expect(between(hostile, '<table class="content-index">', '</table>').match(/<tr class="record"/g)).toHaveLength(5);
  });

  test('locations: a page, a run of pages, scattered pages, from the index or a crosswalk', () => {
    const base: DisclosureLocation = { section: '2.1 Energy', headingPath: [], file: 'r.md', line: 1 };
    expect(locationText(base)).toBe('2.1 Energy');
    expect(locationText({ ...base, page: 7 })).toBe('2.1 Energy, p. 7');
    expect(pageText({ ...base, page: 7, pages: [7, 8, 9] })).toBe('pp. 7–9');
    expect(pageText({ ...base, page: 7, pages: [7, 9, 12] })).toBe('pp. 7, 9, 12');
    expect(locationText({ ...base, page: 3, via: 'index' })).toBe("2.1 Energy, p. 3 (from the report's own index)");
    expect(locationText({ ...base, via: 'crosswalk', from: 'SZSE 35' })).toBe('2.1 Energy (through SZSE 35)');
  });

  describe('report text never becomes markup', () => {
    const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><iframe srcdoc=x>", '</style><script>alert(3)</script>', ']]><svg onload=alert(4)>', '</title></textarea>-->'];

    /** Every string of the result (framework names included), prefixed with a payload, in turn. */
    function poisoned(result: CheckResult): CheckResult {
      let n = 0;
      const next = (): string => PAYLOADS[n++ % PAYLOADS.length]!;
      const visit = (value: unknown): unknown => {
        if (typeof value === 'string') return `${next()}${value}`;
        if (Array.isArray(value)) return value.map(visit);
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'frameworks' ? visitKeys(v) : visit(v)]));
        }
        return value;
      };
      const visitKeys = (frameworks: unknown): unknown =>
        Object.fromEntries(Object.entries(frameworks as object).map(([k, v]) => [`${next()}${k}`, visit(v)]));
      return visit(result) as CheckResult;
    }

    test.each(['result.json', 'hostile.json'])('%s with a payload in every string', (name) => {
      const result = poisoned(load(name));
      result.reports[0]!.findings[0]!.fix = { replacement: PAYLOADS[0]!, description: `use \`${PAYLOADS[1]}\`` };
      const text = page(result);
      for (const tag of tags(text)) {
        expect(TAGS.has(tag.name)).toBe(true);
        for (const attribute of tag.attributes) expect({ tag: tag.name, attribute, allowed: ATTRIBUTES.has(attribute) }).toEqual({ tag: tag.name, attribute, allowed: true });
      }
      expect(text.match(/<style>/g)).toHaveLength(1);
      expect(text.match(/<\/style>/g)).toHaveLength(1);
      expect(text.match(/<\/title>/g)).toHaveLength(text.match(/<title/g)!.length);
      for (const payload of PAYLOADS) expect(text).not.toContain(payload);
      // The payloads are there, as text.
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
      expect(text).toContain(']]&gt;&lt;svg onload=alert(4)&gt;');
    });

    test('hostile.json: quotes, ampersands and control characters', () => {
      const text = page(load('hostile.json'));
      expect(text).toContain('Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; of <code>GRI 2-1</code> is not &#39;Organizational details&#39; &amp; not 100% right');
      expect(text).toContain('关于我们 &lt;About&gt; &amp; &quot;us&quot;');
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      expect(text).toContain('温室气体排放');
    });

    test('the tokenizer catches an injected tag or attribute (the checks can fail)', () => {
      expect(() => tags('<p>a < b</p>')).toThrow();
      expect(tags('<p class="x" onerror="y">')[0]!.attributes).toContain('onerror');
      expect(tags('<img class="x">')[0]!.name).toBe('img');
    });
  });

  test('the html template escapes every interpolation unless it is Markup', () => {
    const title = '<b title="x">Tom & Jerry\'s</b>';
    expect(html`<td title="${title}">${title}</td>`.toString()).toBe(
      '<td title="&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;">&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;</td>',
    );
    expect(html`<ul>${['<a>', html`<li>${'<b>'}</li>`, 3, null, undefined, false]}</ul>`.toString()).toBe('<ul>&lt;a&gt;<li>&lt;b&gt;</li>3</ul>');
    expect(html`${raw('<br>')}`.toString()).toBe('<br>');
    expect(html`${Number.NaN}|${Number.POSITIVE_INFINITY}`.toString()).toBe('|');
    expect(escapeHtml('a\u0000b\u0007c\u000bd\u007fe\tf\ng\ud800h')).toBe('abcde\tf\ngh');
    expect(escapeHtml('温室气体 😀')).toBe('温室气体 😀');
  });

  test('no report, no findings, a framework that requires nothing', () => {
    const none = page({ tool: { name: 'disclose', version: '1.2.3' }, reports: [] });
    expect(none).toContain('<p class="none">No report was checked.</p>');
    expect(none).toContain('<title>Disclosure check: 0 reports</title>');
    expect(none).not.toContain('<article');
    tags(none);

    const clean = page(load('clean.json'));
    expect(clean).toContain('<p class="none">No findings.</p>');
    expect(clean).toContain('<p class="none">No required disclosure is missing: each is reported or omitted with a reason.</p>');
    expect(clean).toContain('<p class="none">The report has no disclosure records.</p>');
    expect(clean).not.toContain('<table class="findings');

    const result = load('clean.json');
    result.reports[0]!.frameworks = { hkex: { required: 0, reported: 0, omitted: 0, missing: 0 }, ...result.reports[0]!.frameworks };
    const text = page(result);
    const chart = between(text, '<svg class="chart chart-frameworks"', '</svg>');
    expect(text).not.toMatch(/NaN|Infinity/);
    const [hkex, gri] = bars(chart);
    expect(hkex).toEqual([]);
    expect(gri!.map((s) => [s.value, s.width])).toEqual([[5, BAR_WIDTH]]);
    expect(chart).toContain('<rect class="track"');
    expect(chart).toContain('HKEX: Nothing is required by this claim.');

    result.reports[0]!.frameworks = {};
    expect(page(result)).toContain('<p class="none">No framework is claimed in this report.</p>');
  });

  test('several reports: a table of contents and one article each, each chart with its own ids', () => {
    const result = load('result.json');
    result.reports.push(...load('hostile.json').reports, ...load('clean.json').reports);
    const text = page(result);
    expect(text.match(/<article class="report"/g)).toHaveLength(3);
    expect([...text.matchAll(/<a href="(#report-\d)">/g)].map((m) => m[1])).toEqual(['#report-1', '#report-2', '#report-3']);
    const ids = [...text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(text).toContain('<p class="summary">3 reports · 6 errors · 2 warnings · 2 info</p>');
  });

  test('CJK labels: wide characters count double when a chart label is cut to fit', () => {
    expect(estimatedWidth('温室', 10)).toBe(20);
    expect(estimatedWidth('ab', 10)).toBe(12);
    expect(fitText('Short', 100)).toBe('Short');
    const cut = fitText('深圳证券交易所上市公司自律监管指引第17号——可持续发展报告（试行）', 130);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimatedWidth(cut)).toBeLessThanOrEqual(130);
    // The chart keeps the whole label in a <title> when it cuts it.
    const result = load('hostile.json');
    result.reports[0]!.disclosures[3]!.standard = '深圳证券交易所上市公司自律监管指引第17号——可持续发展报告（试行）'.repeat(3);
    const chart = between(page(result), '<svg class="chart chart-topics"', '</svg>');
    expect(chart).toContain(`<title>${result.reports[0]!.disclosures[3]!.standard}</title>`);
  });

  test('deterministic: the same bytes whatever the clock, and for an equal result', () => {
    jest.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
    const first = page(load('hostile.json'));
    jest.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const second = page(load('hostile.json'));
    jest.useRealTimers();
    expect(second).toBe(first);
    expect(first).not.toMatch(/20(01|31)-/);
  });
});
