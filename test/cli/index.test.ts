import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, fixture } from '../helpers/run-in-process.js';
import type { IndexDocument } from '../../src/model/index-document.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-index-'));

describe('disclose index', () => {
  test('Markdown index of the example: statement of use, GRI 1 used, groups and locations', async () => {
    const run = await disclose(['index', 'examples/acme-2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Acme Precision Manufacturing Group Co., Ltd. has reported in accordance with the GRI Standards for the period from 1 January 2025 to 31 December 2025.',
    );
    expect(run.stdout).toContain('GRI 1: Foundation 2021');
    expect(run.stdout).toMatch(/\| *2-1 Organizational details *\|/);
    expect(run.stdout).toMatch(/Confidentiality constraints/);
  });

  test('JSON index: 3-3 leads each material topic group, omitted rows carry their reason', async () => {
    const run = await disclose(['index', 'examples/acme-2025', '--format', 'json']);
    const doc = JSON.parse(run.stdout) as IndexDocument;
    expect(doc.groups.map((g) => g.kind)).toEqual(['general', 'material-topics', 'topic', 'topic', 'topic', 'topic', 'topic', 'topic', 'topic']);
    for (const group of doc.groups.filter((g) => g.kind === 'topic')) expect(group.rows[0]!.code).toBe('3-3');
    const emissions = doc.groups.find((g) => g.topic === 'GRI 305')!;
    expect(emissions.title).toBe('GRI 305: Emissions 2016');
    expect(emissions.rows.map((r) => r.code)).toEqual(['3-3', '305-1', '305-2', '305-3', '305-4', '305-5', '305-6', '305-7']);
    const ods = emissions.rows.find((r) => r.code === '305-6')!;
    expect(ods.omission).toMatchObject({ reason: 'not-applicable', reasonLabel: 'Not applicable' });
    const orgDetails = doc.groups[0]!.rows[0]!;
    expect(orgDetails.locationText).toMatch(/, pp?\. \d/);
  });

  test('HTML is a complete document and CSV has one row per disclosure', async () => {
    const html = (await disclose(['index', 'examples/acme-2025', '--format', 'html'])).stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('</html>');
    const csv = (await disclose(['index', 'examples/acme-2025', '--format', 'csv'])).stdout;
    const doc = JSON.parse((await disclose(['index', 'examples/acme-2025', '--format', 'json'])).stdout) as IndexDocument;
    const rows = doc.groups.reduce((n, g) => n + g.rows.length, 0);
    // Header + rows; the example's cells contain no line breaks.
    expect(csv.trimEnd().split('\n')).toHaveLength(rows + 1);
  });

  test('--output writes the file; --template uses the user template', async () => {
    const out = join(tmp, 'index.md');
    const template = join(tmp, 'mine.hbs');
    writeFileSync(template, '{{organization}}: {{#each groups}}{{title}}; {{/each}}\n');
    expect((await disclose(['index', fixture('reports', 'with-reference.md'), '--template', template, '--output', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Harbourline Logistics Pte\. Ltd\.: General disclosures; GRI 305: Emissions 2016; /);
  });

  test('--lang zh labels the index in Chinese', async () => {
    expect((await disclose(['index', fixture('reports', 'cjk-zh.md'), '--lang', 'zh'])).stdout).toContain('GRI 内容索引');
  });

  test('a framework without a catalog yet is a usage error', async () => {
    const run = await disclose(['index', 'examples/acme-2025', '--framework', 'sasb']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sasb/);
  });
});

describe('disclose standards', () => {
  test('list --json: one object per disclosure version, contract fields', async () => {
    const entries = JSON.parse((await disclose(['standards', 'list', 'gri', '--json'])).stdout) as Record<string, unknown>[];
    expect(entries.find((e) => e['id'] === 'GRI 305-1')).toEqual({
      id: 'GRI 305-1',
      title: 'Direct (Scope 1) GHG emissions',
      framework: 'gri',
      standard: 'GRI 305: Emissions 2016',
      effective: expect.objectContaining({ basis: 'publication', before: '2027-01-01' }),
      supersededBy: ['GRI 102-5'],
    });
    expect(entries.filter((e) => e['id'] === 'GRI 102-1').map((e) => e['standard'])).toEqual(
      expect.arrayContaining(['GRI 102: General Disclosures 2016', 'GRI 102: Climate Change 2025']),
    );
  });

  test('show lists both versions of a code that has two', async () => {
    const run = await disclose(['standards', 'show', 'gri 306-1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Water discharge by quality and destination');
    expect(run.stdout).toContain('GRI 306: Waste 2020');
  });

  test('show --json lists the crosswalk links of a disclosure, with their type', async () => {
    const entry = JSON.parse((await disclose(['standards', 'show', 'GRI 305-1', '--json'])).stdout) as { crosswalk: { id: string; type: string }[] };
    expect(entry.crosswalk).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'SZSE 24', type: 'partial' }),
      expect.objectContaining({ id: 'IFRS S2 29(a)(i)' }),
    ]));
    const scope1 = entry.crosswalk.filter((l) => l.type === 'equivalent').map((l) => l.id);
    expect(scope1.every((id) => id.startsWith('SASB '))).toBe(true);
  });

  test('show --json of a 2016 universal disclosure includes its 2021 equivalent', async () => {
    const entry = JSON.parse((await disclose(['standards', 'show', 'GRI 102-14', '--json'])).stdout) as { migration: { to: string[] } };
    expect(entry.migration.to).toEqual(['GRI 2-22']);
  });
});
