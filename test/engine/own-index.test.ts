// What the GRI index writes and what coverage counts (issue 14 §4–5): rows in code order, one group per
// standard version, superseded versions not listed and not reported, invalid or forbidden omissions shown
// as gaps and not covered, partial omissions beside their location; `index` refuses an in-accordance
// statement the report does not meet unless --force.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexUseCase } from '../../src/app/index-use-case.js';
import { loadCatalog } from '../../src/catalog/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { frameworkCoverage, runRules } from '../../src/engine/run.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';

const catalog = loadCatalog();
const front = (claim: string, topics = '[GRI 305]'): string =>
  `---\norganization: Tallow Freight Ltd.\nperiod: { start: 2024-01-01, end: 2024-12-31 }\npublished: 2025-03-30\nframeworks:\n  gri:\n    claim: ${claim}\n    material-topics: ${topics}\n---\n\n# Tallow Freight 2024\n\n`;

const report = `${front('in-accordance')}<!-- page: 2 -->

## Fleet emissions

<!-- disclose: GRI 305-2, GRI 3-3 (GRI 305), GRI 305-1 -->

Diesel use fell by a tenth.

## Pay and governance

<!-- disclose: GRI 2-9, GRI 2-1, GRI 2-21 -->
<!-- disclose: GRI 102-14 -->
<!-- omit: GRI 2-21 (b) | confidentiality-constraints | The change in the ratio is not published. -->
<!-- omit: GRI 2-20 | because | Pay policy is under review. -->
<!-- omit: GRI 2-3 | not-applicable | We publish no contact point. -->
<!-- omit: GRI 2-19 | information-unavailable | -->

## Letter

<!-- disclose: GRI 2-9 -->
`;

const analysed = (text: string) => analyse(parseMarkdownReport([{ path: 'r.md', text }]), catalog);
const rowsOf = (text: string) => buildContentIndex(analysed(text), 'gri', { generator: { name: 'disclose', version: '0' } }).groups;

describe('the GRI index lists what the report reports, honestly', () => {
  const groups = rowsOf(report);
  const row = (id: string) => groups.flatMap((g) => g.rows).find((r) => r.id === id);

  test('rows in code order, each disclosure once with all its locations, 3-3 first in its topic', () => {
    expect(groups.map((g) => [g.title, g.rows.map((r) => r.code)])).toEqual([
      ['GRI 2: General Disclosures 2021', ['2-1', '2-3', '2-9', '2-19', '2-20', '2-21']],
      ['GRI 305: Emissions 2016', ['3-3', '305-1', '305-2']],
    ]);
    expect(row('GRI 2-9')!.locations.map((l) => l.section)).toEqual(['Pay and governance', 'Letter']);
  });

  test('a superseded code (102-14 in a 2024 report) is not listed, nor counted as reported', () => {
    expect(row('GRI 102-14')).toBeUndefined();
    expect(row('GRI 2-22')).toBeUndefined();
    const analysis = analysed(report);
    expect(analysis.records.find((r) => r.id === 'GRI 102-14')!.status).toBe('not-required');
    expect(analysis.records.find((r) => r.id === 'GRI 2-22')!.status).toBe('missing');
  });

  test('an invalid or forbidden omission is a gap (missing, no omission columns), never an omission', () => {
    for (const id of ['GRI 2-3', 'GRI 2-19', 'GRI 2-20']) expect([id, row(id)!.status, row(id)!.omission, row(id)!.locations]).toEqual([id, 'missing', undefined, []]);
  });

  test('a partial omission shows beside the location of the reported disclosure', () => {
    expect(row('GRI 2-21')).toMatchObject({ status: 'reported', locations: [{ section: 'Pay and governance' }], omission: { requirements: 'b', reason: 'confidentiality-constraints' } });
  });

  test('coverage counts the gaps as missing, and each gap gets its own finding only', () => {
    const analysis = analysed(report);
    const gri = frameworkCoverage(analysis)['gri']!;
    const missing = analysis.records.filter((r) => r.required && r.status === 'missing').length;
    expect(gri.missing).toBe(missing);
    expect(analysis.records.filter((r) => ['GRI 2-3', 'GRI 2-19', 'GRI 2-20'].includes(r.id)).map((r) => r.status)).toEqual(['missing', 'missing', 'missing']);
    const findings = runRules(analysis).filter((f) => ['GRI 2-3', 'GRI 2-19', 'GRI 2-20'].includes(f.disclosure ?? ''));
    expect(findings.map((f) => [f.disclosure, f.ruleId]).sort()).toEqual([
      ['GRI 2-19', 'omission-reason-missing'],
      ['GRI 2-20', 'omission-reason-missing'],
      ['GRI 2-3', 'omission-not-permitted'],
    ]);
  });

  test('with reference: only what is reported, superseded codes not counted', () => {
    const text = report.replace('claim: in-accordance', 'claim: with-reference');
    expect(rowsOf(text).flatMap((g) => g.rows.map((r) => r.status))).toEqual(expect.not.arrayContaining(['missing', 'omitted']));
    const gri = frameworkCoverage(analysed(text))['gri']!;
    expect(gri.required).toBe(gri.reported + gri.omitted + gri.missing);
    expect(analysed(text).records.filter((r) => r.status === 'reported').map((r) => r.id)).not.toContain('GRI 102-14');
  });
});

describe('index refuses an in-accordance statement the report does not meet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-own-index-'));
  const file = join(dir, 'report.md');
  writeFileSync(file, report);

  test('exit 1, nothing written, the note names what is missing', async () => {
    const result = await indexUseCase([file], { config: false });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual([]);
    expect(result.finalNotes).toEqual([expect.stringMatching(/^the report claims to be in accordance with the GRI Standards but \d+ required disclosure\(s\) are neither reported nor validly omitted \(GRI 2-2, .* more\); .*--force/)]);
  });

  test('--force writes it, and says so', async () => {
    const result = await indexUseCase([file], { config: false, force: true });
    expect(result.exitCode).toBe(0);
    expect(String(result.outputs[0]!.content)).toContain('has reported in accordance with the GRI Standards');
    expect(result.finalNotes).toEqual([expect.stringMatching(/^written with --force: /)]);
  });

  test('a report that meets its claim, or claims only "with reference", is written without --force', async () => {
    const withReference = join(dir, 'with-reference.md');
    writeFileSync(withReference, report.replace('claim: in-accordance', 'claim: with-reference'));
    expect(await indexUseCase([withReference], { config: false })).toMatchObject({ exitCode: 0, finalNotes: [] });
    expect(await indexUseCase(['examples/acme-2025'], { config: false })).toMatchObject({ exitCode: 0, finalNotes: [] });
  });
});
