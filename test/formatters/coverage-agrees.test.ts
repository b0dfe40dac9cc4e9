// Issue 14 §5: one coverage, the same figures in every output. A report with invalid omissions, superseded
// codes and gaps (errors-tags.md): the stylish summary line, the JSON counts and the HTML report's framework
// bar and standard bars all say the same required / reported / omitted / missing.
import { disclose } from '../helpers/run-in-process.js';
import type { CheckResult } from '../../src/model/finding.js';

const file = 'test/fixtures/reports/errors-tags.md';

describe('coverage figures agree across outputs', () => {
  test('stylish, JSON and HTML give the same counts', async () => {
    const json = JSON.parse((await disclose(['check', '--format', 'json', '--fail-on', 'none', file])).stdout) as CheckResult;
    const gri = json.reports[0]!.frameworks['gri']!;
    expect(gri.required).toBe(gri.reported + gri.omitted + gri.missing);

    const stylish = (await disclose(['check', '--fail-on', 'none', file], { env: { NO_COLOR: '1' } })).stdout;
    expect(stylish).toContain(`GRI (in-accordance): ${gri.required} required, ${gri.reported} reported, ${gri.omitted} omitted, ${gri.missing} missing`);

    const html = (await disclose(['check', '--format', 'html', '--fail-on', 'none', file])).stdout;
    // The framework bar's description (what a screen reader says and the chart draws).
    expect(html).toContain(`GRI (in-accordance): ${gri.reported} reported · ${gri.omitted} omitted · ${gri.missing} missing; ${gri.required} required`);
  });
});
