// sector-topic-not-reviewed (GRI 1, Requirement 3): every topic of a declared Sector Standard is reported as
// material or listed under `not-material` with why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../../src/engine/analysis.js';
import { runRules } from '../../src/engine/run.js';
import { sameTopic } from '../../src/engine/sector-topics.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { catalog } from '../helpers/run-rule.js';

const RULE = 'sector-topic-not-reviewed';
const fixture = readFileSync(join(process.cwd(), 'test', 'fixtures', 'reports', 'sector-coal-in-accordance.md'), 'utf8');
const analysisOf = (text: string) => analyse(parseMarkdownReport([{ path: 'report.md', text }]), catalog);
const refsOf = (text: string, locale: 'en' | 'zh' = 'en') =>
  runRules(analysisOf(text), {}, locale)
    .filter((f) => f.ruleId === RULE)
    .map((f) => /(12\.\d+)/.exec(f.message)![1]);

test('each GRI 12 topic is matched by a material topic, the index, or the not-material list; the rest are findings', () => {
  const status = Object.fromEntries(analysisOf(fixture).sectorTopics.map((t) => [t.ref, t.status]));
  // GRI 305 Emissions covers GHG emissions (12.1) and air emissions (12.4); 303 water (12.7); 403 (12.14); 413 (12.9).
  expect(status).toMatchObject({ '12.1': 'material', '12.4': 'material', '12.7': 'material', '12.9': 'material', '12.14': 'material' });
  expect(status).toMatchObject({ '12.5': 'not-material', '12.10': 'not-material' });
  const missing = Object.entries(status).filter(([, s]) => s === 'missing').map(([ref]) => ref);
  expect(refsOf(fixture)).toEqual(missing);
  expect(missing).toEqual(expect.arrayContaining(['12.2', '12.3']));
  expect(missing).not.toContain('12.10');
});

test("a sector topic cited in the report's own index (sector ref. column, `12.3.1`) is reported", () => {
  const index = `
## GRI content index

| GRI Standard | Disclosure | Location | GRI Sector Standard ref. no. |
| --- | --- | --- | --- |
| GRI 2: General Disclosures 2021 | 2-1 Organizational details | About us | |
| GRI 3: Material Topics 2021 | 3-3 Management of material topics | Closing our pits | 12.3.1, 12.2.2 |
`;
  const before = refsOf(fixture);
  expect(refsOf(fixture + index)).toEqual(before.filter((ref) => ref !== '12.3' && ref !== '12.2'));
});

test('the message names the topic and the front matter that silences it, in English and Chinese', () => {
  const en = runRules(analysisOf(fixture)).find((f) => f.ruleId === RULE && f.message.includes('12.2'))!;
  expect(en.severity).toBe('error');
  expect(en.message).toBe(
    "Sector topic 12.2 Climate adaptation, resilience, and transition (GRI 12: Coal Sector 2022) is neither reported as material nor listed as not material; report it, or add `{ topic: '12.2', reason: … }` to `frameworks.gri.not-material`.",
  );
  const zh = runRules(analysisOf(fixture), {}, 'zh').find((f) => f.ruleId === RULE && f.message.includes('12.2'))!;
  expect(zh.message).toMatch(/^行业标准议题 12\.2 Climate adaptation, resilience, and transition（GRI 12: Coal Sector 2022）既未作为实质性议题报告/);
});

test('silent when every sector topic is listed as not material, without `sector:`, and under a with-reference claim', () => {
  const refs = catalog.standards.find((s) => s.topic === 'GRI 12')!.sectorTopics!.map((t) => t.ref);
  const all = refs.map((ref) => `      - { topic: '${ref}', reason: Not one of our impacts. }`).join('\n');
  const everyListed = fixture.replace(/    not-material:\n(?:      - .*\n)+/, `    not-material:\n${all}\n`);
  expect(refsOf(everyListed)).toEqual([]);
  expect(refsOf(fixture.replace('    sector: [GRI 12]\n', ''))).toEqual([]);
  expect(refsOf(fixture.replace('claim: in-accordance', 'claim: with-reference'))).toEqual([]);
});

test('a topic title matches a standard whose words are within it, not one that only shares a word', () => {
  expect(sameTopic('Emissions', 'GHG emissions')).toBe(true);
  expect(sameTopic('Water and Effluents', 'Water and effluents')).toBe(true);
  expect(sameTopic('Security Practices', 'Conflict and security')).toBe(false);
  expect(sameTopic('Diversity and Equal Opportunity', 'Non-discrimination and equal opportunity')).toBe(false);
});
