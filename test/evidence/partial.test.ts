// Requirement items in tags and omissions (issue 16, item 1): `GRI 2-21-b` is `GRI 2-21 (b)`; a disclosure
// with some items omitted is partially reported, counted so, and the index lists the omitted items.
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { catalog } from '../helpers/run-rule.js';
import { evidenceResult } from '../helpers/run-evidence.js';

const REPORT = `---
organization: Acme
period: { start: 2024-01-01, end: 2024-12-31 }
published: 2025-04-20
frameworks:
  gri:
    claim: in-accordance
---

# Acme 2024 Report

## Pay

<!-- disclose: GRI 2-21-a -->
<!-- omit: GRI 2-21-b; GRI 2-21 (c) | confidentiality-constraints | Pay data are commercially sensitive. -->

The ratio of the annual total compensation of the highest-paid individual to the median of all employees was 12.4.
`;

describe('requirement items', () => {
  test('GRI 2-21-b is read as GRI 2-21 (b)', () => {
    const report = parseMarkdownReport([{ path: 'r.md', text: REPORT }]);
    expect(report.tags.map((t) => [t.id, t.requirements])).toEqual([['GRI 2-21', ['a']]]);
    expect(report.omissions.map((o) => [o.id, o.requirements])).toEqual([['GRI 2-21', ['b']], ['GRI 2-21', ['c']]]);
  });

  test('a disclosure with items omitted is partially reported, says which, and coverage counts it', () => {
    const result = evidenceResult(REPORT);
    const record = result.disclosures.find((d) => d.id === 'GRI 2-21')!;
    expect(record).toMatchObject({ status: 'reported', partial: true, items: { reported: ['2-21-a'], omitted: ['2-21-b', '2-21-c'], notAddressed: [] } });
    expect(result.frameworks.gri?.partial).toBe(1);
  });

  test("the index lists the omitted items in GRI's requirement(s) omitted column", () => {
    const analysis = analyse(parseMarkdownReport([{ path: 'r.md', text: REPORT }]), catalog);
    const index = buildContentIndex(analysis, 'gri', { generator: { name: 'disclose', version: 'test' } }) as unknown as { groups: { rows: { id: string; partial?: boolean; omission?: { requirements?: string } }[] }[] };
    const rows = index.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.id === 'GRI 2-21')).toMatchObject({ partial: true, omission: { requirements: 'b, c' } });
  });
});
