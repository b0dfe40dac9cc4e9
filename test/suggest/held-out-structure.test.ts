// The held-out suggest reports (test/fixtures/suggest-held-out/, measured by `npm run eval:held-out`) are
// well-formed: each answer key names real headings of its report, one section per last heading (the rule
// scripts/lib/held-out.mjs judges candidates by), and disclosures the catalog has. Structure only: how
// well suggest does on them is the eval's business, never a test's (they would turn into fitting data).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, readReport, suggestForReport } from '../../src/index.js';
import type { Report } from '../../src/model/report.js';
import { packageRoot } from '../../src/paths.js';
import { DRAFT_KEY, DRAFT_PDF, HELD_OUT_DIR, fold, heldOutReports, isRight, readKey, scoreAgainstKey } from '../../scripts/lib/held-out.mjs';

const catalog = loadCatalog();
const reports = heldOutReports(packageRoot);
const read = new Map<string, Report>();

beforeAll(async () => {
  for (const r of reports) read.set(r.label, await readReport([r.path]));
}, 120_000);

describe('held-out suggest reports', () => {
  test('three or more reports: English GRI, Simplified Chinese SZSE, Traditional Chinese HKEX', () => {
    expect(reports.map((r) => r.label)).toEqual(expect.arrayContaining(['en-gri-valves.md', 'zh-szse-autoparts.md', 'zh-hant-hkex-logistics.md']));
  });

  describe.each(reports.map((r) => [r.label, r.keyPath]))('%s', (label, keyPath) => {
    const key = readKey(keyPath);

    test('keys 25 to 60 disclosures, every one in the catalog', () => {
      expect(key.size).toBeGreaterThanOrEqual(25);
      expect(key.size).toBeLessThanOrEqual(60);
      expect([...key.keys()].filter((id) => !catalog.byId.has(id))).toEqual([]);
    });

    test('every key path is the heading path of a section, and its last heading names that section alone', () => {
      const sections = read.get(label)!.sections.slice(1);
      const paths = new Set(sections.map((s) => s.headingPath.join('\n')));
      const places = [...key.values()].flat();
      expect(places.filter((p) => !paths.has(p.join('\n')))).toEqual([]);
      const ambiguous = places.filter((p) => sections.filter((s) => isRight([s.title], [p])).length !== 1);
      expect(ambiguous).toEqual([]);
    });

    test('suggest answers for the keyed disclosures with candidates at real sections (tags ignored, every candidate)', () => {
      const report = read.get(label)!;
      const suggestions = suggestForReport(report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true });
      const known = new Set(report.sections.map((s) => s.headingPath.join('\n')));
      const candidates = suggestions.suggestions.flatMap((s) => s.candidates);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.filter((c) => !known.has(c.headingPath.join('\n')))).toEqual([]);
      // Scored against the key: one item per keyed disclosure, in key order.
      expect(scoreAgainstKey(label, suggestions, key).map((i) => i.id)).toEqual([...key.keys()]);
    });
  });

  test('the PDF the draft is measured on is committed, and its reader finds each keyed heading once', async () => {
    const pdf = join(packageRoot, HELD_OUT_DIR, DRAFT_PDF);
    expect(existsSync(pdf)).toBe(true);
    const sections = (await readReport([pdf])).sections.slice(1);
    const places = [...readKey(join(packageRoot, HELD_OUT_DIR, DRAFT_KEY)).values()].flat();
    expect(places.filter((p) => sections.filter((s) => isRight([s.title], [p])).length !== 1)).toEqual([]);
  }, 60_000);
});

describe('a candidate is right by the key', () => {
  const places = [['Green Manufacturing', 'Energy'], ['Responsible Supply Chain']];
  test('at the keyed section, or inside a keyed chapter', () => {
    expect(isRight(['Green Manufacturing', 'Energy'], places)).toBe(true);
    expect(isRight(['Responsible Supply Chain', 'Supplier Audits'], places)).toBe(true);
  });
  test('not at the keyed section\'s chapter or a sibling', () => {
    expect(isRight(['Green Manufacturing'], places)).toBe(false);
    expect(isRight(['Green Manufacturing', 'Water'], places)).toBe(false);
    // A title that merely ends with the keyed heading's words is another section.
    expect(isRight(['Products that Save Energy', 'Product Quality'], places)).toBe(false);
  });
  test('whatever a PDF reader did to the levels above, the spacing or a number glued before the heading', () => {
    expect(isRight(['Energy'], places)).toBe(true);
    expect(isRight(['3.2 ENERGY'], places)).toBe(true);
    expect(fold('（一）供应商管理')).toBe('一供应商管理');
  });
});
