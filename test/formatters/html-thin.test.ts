// The HTML report's "claimed but thin" list (issue 16, item 4): read from the records' evidence and items.
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult, DisclosureRecord } from '../../src/model/finding.js';

const record = (id: string, extra: Partial<DisclosureRecord>): DisclosureRecord => ({
  id, title: `Title of ${id}`, standard: 'GRI 305: Emissions 2016', status: 'reported', required: true,
  locations: [{ section: 'Climate <b>', headingPath: ['Climate <b>'], file: 'r.md', page: 9 }], ...extra,
});

const result = (disclosures: DisclosureRecord[]): CheckResult => ({
  tool: { name: 'disclose', version: 'test' },
  reports: [{ file: 'r.md', files: ['r.md'], frameworks: { gri: { required: 2, reported: 2, omitted: 0, missing: 0 } }, disclosures, findings: [] }],
});

describe('html: claimed but thin', () => {
  test('lists thin and partially reported disclosures with where and why, escaped', () => {
    const page = formatters.html(result([
      record('GRI 305-1', { evidence: { figures: [], figureCount: 0, units: [], years: [], thin: 'no-figures' } }),
      record('GRI 2-21', { partial: true, items: { reported: ['2-21-a'], omitted: ['2-21-b'], notAddressed: [] } }),
    ]), {} as never);
    expect(page).toContain('Claimed but thin (2)');
    expect(page).toContain('<td class="id">GRI 305-1</td><td class="title">Title of GRI 305-1</td><td>Climate &lt;b&gt; (p. 9)</td><td>asks for data; the section holds no figure</td>');
    expect(page).toContain('<td>partially reported; omitted: 2-21-b</td>');
  });

  test('no list when nothing is thin', () => {
    expect(formatters.html(result([record('GRI 305-1', { evidence: { figures: [{ value: '980', unit: 'tCO2e' }], figureCount: 1, units: ['tCO2e'], years: [2024] } })]), {} as never)).not.toContain('Claimed but thin');
  });
});
