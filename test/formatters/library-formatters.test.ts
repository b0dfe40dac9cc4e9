// Formatters as a library user calls them (README "As a library"): without options, and SARIF as complete
// as from the CLI (every rule of the registry with its help), since the library API binds the defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters, rules, tool } from '../../src/index.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const result = JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', 'result.json'), 'utf8')) as CheckResult;

test('every formatter is callable without options (no colour)', () => {
  for (const format of Object.values(formatters)) expect(typeof format!(result)).toBe('string');
  expect(formatters.stylish(result)).toContain('report/01-about.md\n');
  expect(formatters.stylish(result)).not.toContain('\u001b[');
  expect(formatters.stylish(result, { color: true })).toContain('\u001b[31merror');
});

test('formatters.sarif(result) lists every rule with its help, as check --format sarif does', () => {
  const log = JSON.parse(formatters.sarif(result)) as { runs: { tool: { driver: { name: string; rules: { id: string; help?: { markdown: string } }[] } } }[] };
  const driver = log.runs[0]!.tool.driver;
  expect(driver.name).toBe(result.tool.name);
  expect(driver.rules.map((r) => r.id).slice(0, rules.length)).toEqual(rules.map((r) => r.id));
  for (const rule of driver.rules.slice(0, rules.length)) expect(rule.help?.markdown).toMatch(/\*\*What to do:\*\* \S/);
  // A context given by the caller still wins over the defaults.
  const bare = JSON.parse(formatters.sarif(result, { rules: [] })) as typeof log;
  expect(bare.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['missing-disclosure', 'omission-reason-missing', 'superseded-disclosure', 'unknown-disclosure']);
  expect(tool.name).toBe('disclose');
});
