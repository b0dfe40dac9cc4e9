// `disclose standards list sasb` and `standards show "SASB …"` end to end (the built CLI, dist/).
import { disclose, expectRefusal } from '../helpers/run-in-process.js';

interface ShownVersion {
  id: string;
  code: string;
  title: string;
  framework: string;
  standard: string;
  status: string;
  effective: { from?: string; basis: string; earlyAdoption?: boolean };
  kind: string;
  confidence: string;
  sector?: { id: string; name: string };
  industry?: { code: string; name: string };
  group?: { id: string; title: string };
  category?: string;
  unit?: string;
  activity?: boolean;
  flagged?: boolean;
  note?: string;
}
const show = async (id: string): Promise<ShownVersion[]> => {
  const run = await disclose(['standards', 'show', id, '--json']);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  return (JSON.parse(run.stdout) as { versions: ShownVersion[] }).versions;
};

describe('disclose standards show (SASB)', () => {
  test('text: industry, sector, topic, category, unit, activity flag; no GRI omission line', async () => {
    const run = await disclose(['standards', 'show', 'SASB TC-HW-230a.1']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout.split('\n')).toEqual([
      'SASB TC-HW-230a.1  Description of approach to identifying and addressing data security risks in products',
      '  standard     SASB TC-HW: Hardware (current)',
      '  in effect    reporting periods from 2025-01-01 (early adoption permitted)',
      '  sector       Technology & Communications',
      '  industry     TC-HW Hardware',
      '  topic        Product Security (TC-HW-230a)',
      '  category     Discussion and Analysis',
      '  unit         n/a',
      '  activity     no',
      '  kind         qualitative',
      '',
    ]);
  });

  test('--json: the same fields as data; no unit for Discussion and Analysis', async () => {
    const [v] = await show('sasb tc-hw-230a.1');
    expect(v).toMatchObject({
      id: 'SASB TC-HW-230a.1',
      framework: 'sasb',
      standard: 'SASB TC-HW: Hardware',
      status: 'current',
      effective: { from: '2025-01-01', basis: 'reporting-period', earlyAdoption: true },
      kind: 'qualitative',
      confidence: 'secondary',
      sector: { id: 'technology_communications', name: 'Technology & Communications' },
      industry: { code: 'TC-HW', name: 'Hardware' },
      group: { id: 'TC-HW-230a', title: 'Product Security' },
      category: 'discussion-and-analysis',
      activity: false,
    });
    expect(v!.unit).toBeUndefined();
    expect(v!.flagged).toBeUndefined();
  });

  test('a quantitative metric prints its unit', async () => {
    const run = await disclose(['standards', 'show', 'SASB CG-AM-250a.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('SASB CG-AM-250a.1  Number of recalls issued, total units recalled\n');
    expect(run.stdout).toContain('  industry     CG-AM Appliance Manufacturing\n');
    expect(run.stdout).toContain('  category     Quantitative\n  unit         Number\n  activity     no\n');
    expect((await show('SASB CG-AM-250a.1'))[0]).toMatchObject({ category: 'quantitative', unit: 'Number', activity: false });
  });

  test('an activity metric, flagged, with the note of its source (text and --json)', async () => {
    const run = await disclose(['standards', 'show', 'SASB TC-IM-000.a']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('SASB TC-IM-000.A  Entity-defined measure of user activity\n');
    expect(run.stdout).toContain('  topic        Activity metrics (TC-IM-000)\n');
    expect(run.stdout).toContain('  activity     yes (activity metric: context for the topic metrics)\n');
    expect(run.stdout).toMatch(/^ {2}flagged {6}reconstructed or doubtful in the source/m);
    expect(run.stdout).toContain('  note         source unit empty\n');
    expect((await show('SASB TC-IM-000.A'))[0]).toMatchObject({ activity: true, flagged: true, note: 'source unit empty', group: { id: 'TC-IM-000', title: 'Activity metrics' } });
  });

  test('GRI output keeps its omission line and has no SASB fields', async () => {
    const run = await disclose(['standards', 'show', 'GRI 2-1']);
    expect(run.stdout).toContain('  omission     not permitted (GRI 1)\n');
    expect(run.stdout).not.toMatch(/^ {2}(sector|industry|topic|category|unit|activity) /m);
    const [v] = await show('GRI 2-1');
    for (const key of ['sector', 'industry', 'group', 'category', 'unit', 'activity', 'flagged']) expect(v).not.toHaveProperty(key);
  });

  test('an unknown SASB code is a usage error', async () => {
    expectRefusal(await disclose(['standards', 'show', 'SASB TC-HW-999a.9']), /SASB TC-HW-999a\.9/);
  });
});

describe('disclose standards list sasb', () => {
  test('text: one aligned line per metric, 978 + 214, long titles cut with …', async () => {
    const run = await disclose(['standards', 'list', 'sasb']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1192);
    const standardColumn = new Set(lines.map((l) => l.indexOf('  SASB ', 'SASB XX-XX-000.A'.length)));
    expect(standardColumn.size).toBe(1);
    expect(lines).toContain(
      'SASB CG-AM-250a.1   Number of recalls issued, total units recalled                          SASB CG-AM: Appliance Manufacturing',
    );
    expect(lines.some((l) => l.startsWith('SASB TC-HW-330a.1   Percentage of (1) gender and (2) diversity group representation for (…  SASB TC-HW: Hardware'))).toBe(true);
  });

  test('--json keeps the contract fields only', async () => {
    const entries = JSON.parse((await disclose(['standards', 'list', 'sasb', '--json'])).stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(1192);
    expect(entries.find((e) => e['id'] === 'SASB TC-HW-000.A')).toEqual({
      id: 'SASB TC-HW-000.A',
      title: 'Number of units produced by product category',
      framework: 'sasb',
      standard: 'SASB TC-HW: Hardware',
      effective: expect.objectContaining({ from: '2025-01-01', basis: 'reporting-period' }),
      supersededBy: [],
    });
  });

  test('GRI list stays aligned too', async () => {
    const lines = (await disclose(['standards', 'list', 'gri'])).stdout.trimEnd().split('\n');
    expect(new Set(lines.map((l) => l.lastIndexOf('  GRI '))).size).toBe(1);
  });
});
