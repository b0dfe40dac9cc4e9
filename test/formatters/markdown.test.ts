import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import { escapeCell } from '../../src/formatters/markdown.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const markdown = (result: CheckResult): string => formatters['markdown']!(result, { color: false });

describe('markdown', () => {
  test('snapshot', () => {
    expect(markdown(load('result.json'))).toMatchSnapshot();
    expect(markdown(load('hostile.json'))).toMatchSnapshot();
  });

  test('heading, coverage row per report and framework, findings errors first', () => {
    const text = markdown(load('result.json'));
    expect(text.startsWith('## ❌ disclose: 2 errors, 1 warning, 1 info\n')).toBe(true);
    // Report text is backslash-escaped (escapeCell): `\(` renders as `(`.
    expect(text).toContain('| report | GRI \\(in-accordance\\) | 45 | 38 | 3 | 4 | 91% |');
    const rows = text.split('\n').filter((l) => /^\| (🔴|🟡|🔵)/.test(l));
    expect(rows.map((r) => r.split(' | ')[2])).toEqual(['unknown-disclosure', 'missing-disclosure', 'omission-reason-missing', 'superseded-disclosure']);
    expect(rows[1]).toContain('| report/01-about.md |');
    expect(rows[0]).toContain('| report/01-about.md:40 |');
  });

  test('a clean result', () => {
    const text = markdown(load('clean.json'));
    expect(text).toContain('## ✅ disclose: 0 errors, 0 warnings, 0 info');
    expect(text).toContain('| report.md | GRI \\(with-reference\\) | 5 | 5 | 0 | 0 | 100% |');
    expect(text).not.toContain('| location |');
  });

  test('table cells cannot break the table, inject HTML or mention anyone', () => {
    expect(escapeCell('a|b <script>x</script> & @team\r\nc')).toBe('a\\|b \\<script\\>x\\</script\\> \\& &#64;team<br>c');
    expect(escapeCell('a \\| b `c` ![i](u)')).toBe('a \\\\\\| b \\`c\\` \\!\\[i\\]\\(u\\)');
    expect(escapeCell('see www.t.example, https://t.example or me@t.example')).toBe('see www\\.t.example, https\\://t.example or me&#64;t.example');
    const text = markdown(load('hostile.json'));
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('@team');
    expect(text).toContain('温室气体排放');
    for (const line of text.split('\n').filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡') || l.startsWith('| 🔵'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6); // 4 cells, every `|` in text escaped
    }
    expect(text).not.toMatch(/[\u0001\u000b]/);
    expect(text).toContain('line three\\\\u0001\\\\u000B'); // spelt out, as in a terminal
  });

  test('top 20 findings, then how many more', () => {
    const result = load('result.json');
    const base = result.reports[0]!.findings[1]!;
    const many: Finding[] = Array.from({ length: 30 }, (_, i) => ({ ...base, line: i + 1 }));
    result.reports[0]!.findings = [...many, result.reports[0]!.findings[0]!];
    const text = markdown(result);
    const rows = text.split('\n').filter((l) => /^\| (🔴|🟡|🔵)/.test(l));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toContain('unknown-disclosure'); // the one error comes first
    expect(text).toContain('\n… 11 more\n');
  });
});
