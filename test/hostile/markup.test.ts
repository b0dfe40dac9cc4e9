// Report text is hostile in every output: HTML and script payloads in the title, organization, headings,
// index titles, index locations and omission explanations come out as text, never markup; cells that a
// spreadsheet would run as formulas come out defused (OWASP "CSV injection": a leading `'`).
import { parse } from 'csv-parse/sync';
import { disclose } from '../helpers/run-in-process.js';
import { corpus, expectNoMarkupFrom } from './support.js';

const report = corpus('markup.md');

describe('HTML payloads in a report', () => {
  test('index --format html: every payload escaped, no active markup', async () => {
    const run = await disclose(['index', report, '--format', 'html']);
    expect(run.status).toBe(0);
    expectNoMarkupFrom(run.stdout);
    // The title and organization from front matter, a heading, and an index location, each escaped.
    expect(run.stdout).toContain('Report &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; &amp; &quot;Friends&quot;');
    expect(run.stdout).toContain('Evil &lt;img src&#x3D;x onerror&#x3D;alert(&#x27;org&#x27;)&gt; Co.');
    expect(run.stdout).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(&#x27;h2&#x27;)&gt; Governance');
    // An index location cell (its `>` reads as a path separator: `Chapter > Section`).
    expect(run.stdout).toContain('&lt;b onmouseover&#x3D;alert(&#x27;b&#x27;) - About');
    expect(run.stdout).not.toContain("<script>alert('");
  });

  test('index --format md: payloads backslash-escaped, so a Markdown renderer shows them as text', async () => {
    const run = await disclose(['index', report, '--format', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("_Report \\<script\\>alert('title')\\</script\\> \\& \"Friends\"_");
    expect(run.stdout).toContain("\\<img src=x onerror=alert('h2')\\> Governance");
    expect(run.stdout).not.toMatch(/(?<!\\)<(?!br>)[a-z]/i);
  });

  test('check --format html: findings quoting the payloads are escaped too', async () => {
    const run = await disclose(['check', report, '--format', 'html']);
    expect(run.status).toBe(1);
    expectNoMarkupFrom(run.stdout);
    expect(run.stdout).toMatch(/&lt;b onmouseover(?:=|&#x3D;)alert\((?:&#39;|&#x27;)b(?:&#39;|&#x27;)\)&gt;About/);
  });
});

describe('formulas in a report', () => {
  test('index --format csv: no field starts with = + - @ (or a tab), and the text is kept after the apostrophe', async () => {
    const run = await disclose(['index', report, '--format', 'csv']);
    expect(run.status).toBe(0);
    const records = parse(run.stdout) as string[][];
    const fields = records.flat();
    for (const field of fields) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    expect(fields).toContain("'=cmd|' /C calc'!A0, p. 4");
    expect(fields).toContain("'@SUM(1+1) and +1-2, p. 4");
    expect(fields).toContain("'-2+3 minus, p. 4");
    expect(fields).toContain("'+SUM(A1) plus, p. 4");
  });
});
