// Formatter tests are fed from JSON fixtures of results, not from running the checker (Spectral's way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { padToWidth, widest } from '../../src/formatters/columns.js';
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;

describe('stylish', () => {
  test('groups by file, aligns positions, ends with coverage and counts', () => {
    expect(formatters['stylish']!(load('result.json'), { color: false })).toMatchSnapshot();
  });

  test('a clean result says so', () => {
    const text = formatters['stylish']!(load('clean.json'), { color: false });
    expect(text).toContain('GRI (with-reference): 5 cited, 5 reported, 0 omitted, 0 missing — 100% covered');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✔ no problems (0 errors, 0 warnings, 0 info)');
  });

  test('warnings only: problems counted, no error', () => {
    const result = load('result.json');
    result.reports[0]!.findings = result.reports[0]!.findings.filter((f) => f.severity === 'warning');
    expect(formatters['stylish']!(result, { color: false })).toMatch(/✖ 1 problem \(0 errors, 1 warning, 0 info\)\n$/);
  });

  test('colour only when asked', () => {
    expect(formatters['stylish']!(load('result.json'), { color: true })).toContain('\u001b[31merror');
    expect(formatters['stylish']!(load('result.json'), { color: false })).not.toContain('\u001b[');
  });
});

describe('stylish at scale and in Chinese', () => {
  test('125,000 findings in one file: no stack overflow (no spread into Math.max)', () => {
    const result = load('result.json');
    const base = result.reports[0]!.findings[0]!;
    result.reports[0]!.findings = Array.from({ length: 125_000 }, (_, i) => ({ ...base, line: i + 1 }));
    const text = formatters['stylish']!(result, { color: false });
    expect(text).toContain('  125000:16  error');
    expect(text).toContain('✖ 125000 problems');
  });

  test('columns are padded by display width: a CJK character takes two columns', () => {
    expect(widest(['错误', 'warning', '警告信息'])).toBe(8);
    expect(padToWidth('错误', 7)).toBe('错误   ');
    expect(padToWidth('error', 7)).toBe('error  ');
    expect(widest(Array.from({ length: 200_000 }, (_, i) => String(i)))).toBe(6);
  });
});

describe('json', () => {
  test('is the result itself, pretty-printed, newline-terminated', () => {
    const result = load('result.json');
    const text = formatters['json']!(result, { color: false });
    expect(JSON.parse(text)).toEqual(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "reports": [');
  });
});
