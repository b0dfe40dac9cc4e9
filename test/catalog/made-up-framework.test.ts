// Issue 12, "Done when": a framework that fits an existing policy is added by data alone. The fixture
// folder test/fixtures/made-up-framework/ holds a registry entry for "ACME ESG" (the exchanges' topic
// policy and index layout) and its one standard; nothing in src/ names it. Checked and indexed in-process.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex, check, renderIndex } from '../../src/index.js';
import { parseDisclosureId } from '../../src/model/ids.js';
import { packageRoot } from '../../src/paths.js';
import { errorOf, griTwoStandardsDir } from '../helpers/catalog-dir.js';
import { loadFrameworkRegistry } from '../../src/catalog/frameworks.js';
import { INDEX_LAYOUT_BUILDERS } from '../../src/engine/index-layouts/index.js';
import { jest } from '@jest/globals';

const fixture = join(packageRoot, 'test', 'fixtures', 'made-up-framework');
const report = join(fixture, 'report.md');
let standardsDir: string;

beforeAll(() => {
  standardsDir = griTwoStandardsDir('disclose-acme-');
  cpSync(join(fixture, 'standards'), standardsDir, { recursive: true });
});
afterAll(() => rmSync(standardsDir, { recursive: true, force: true }));

describe('a made-up framework added as data (ACME ESG)', () => {
  test('check: its ids parse, its topics are required by its policy and counted in the one coverage model', async () => {
    const { reports } = await check([report], { standardsDir, locale: 'en' });
    const result = reports[0]!;
    expect(parseDisclosureId('acme e-01')).toEqual({ id: 'ACME E1', framework: 'acme', code: 'E1' });
    // Climate reported, Workforce explained, Community missing; Board diversity is encouraged: not counted.
    expect(result.frameworks).toEqual({ acme: { required: 3, reported: 1, omitted: 1, missing: 1 } });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['unknown-disclosure', 'error', expect.stringContaining('`ACME G9`')],
      ['topic-not-explained', 'error', expect.stringContaining('Community')],
    ]);
    expect(result.disclosures.map((d) => [d.id, d.status])).toEqual([
      ['ACME E1', 'reported'],
      ['ACME S1', 'omitted'],
    ]);
  });

  test('index: its registry entry lays out a topic index with its own title and name', async () => {
    const doc = await buildIndex([report], { standardsDir, framework: 'acme' });
    expect(doc.framework).toBe('acme');
    expect(doc.title).toBe('Topic index (ACME ESG Board)');
    const rows = doc.groups.flatMap((g) => g.rows.map((r) => [g.id, r.title, r.status]));
    expect(rows).toEqual([
      ['environment', 'Climate', 'reported'],
      ['social', 'Workforce', 'omitted'],
      ['social', 'Community', 'missing'],
      ['governance', 'Board diversity', 'missing'],
    ]);
    const markdown = renderIndex(doc, 'md');
    expect(markdown).toContain('Topic index (ACME ESG Board)');
    expect(markdown).toMatch(/Climate.*p\. 4/);
    const zh = renderIndex(await buildIndex([report], { standardsDir, framework: 'acme', lang: 'zh' }), 'md');
    expect(zh).toContain('ACME环境社会治理委员会');
  });
});

test('index: through the one pipeline GRI\'s goes through, its builder the one its registry layout names', async () => {
  const guideline = jest.spyOn(INDEX_LAYOUT_BUILDERS, 'guideline');
  const gri = jest.spyOn(INDEX_LAYOUT_BUILDERS, 'gri');
  try {
    await buildIndex([report], { standardsDir, framework: 'acme' });
    await buildIndex([report], { standardsDir });
    expect(guideline.mock.calls.map(([, framework]) => framework)).toEqual(['acme']);
    expect(gri.mock.calls.map(([, framework]) => framework)).toEqual(['gri']);
  } finally {
    guideline.mockRestore();
    gri.mockRestore();
  }
});

describe('a standards folder\'s registry is checked', () => {
  const registryError = (frameworks: unknown[]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-registry-'));
    try {
      writeFileSync(join(dir, 'frameworks.json'), JSON.stringify({ $schema: '../schemas/frameworks.schema.json', frameworks }));
      return errorOf(() => loadFrameworkRegistry(dir)).message;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const acme = JSON.parse(readFileSync(join(fixture, 'standards', 'frameworks.json'), 'utf8')).frameworks[0] as Record<string, unknown>;

  test('a prefix another framework cites with is refused', () => {
    expect(registryError([{ ...acme, prefixes: ['GRI'] }])).toMatch(/frameworks\.json: prefix `GRI` is used twice$/);
  });

  test('a pattern that is not a regular expression is refused', () => {
    expect(registryError([{ ...acme, grammar: [{ pattern: '^([a$', canonical: '{1}' }] }])).toMatch(/pattern `\^\(\[a\$` is not a valid regular expression$/);
  });

  test('an unknown policy is refused by the schema', () => {
    expect(registryError([{ ...acme, policy: 'per-vibe' }])).toMatch(/framework registry: `frameworks\.0\.policy` must be one of "gri-claim"/);
  });
});
