// The sidecar (issue 13, items 4 and 5): `report.pdf` -> `report.disclose.yaml`, the front matter's keys
// over what was inferred, and `disclose:` / `omit:` entries by section heading that tag as directives do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLaidOut } from '../../../src/ingest/layout/read-laid-out.js';
import { parseSidecar, sidecarPath } from '../../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../../src/ingest/layout/to-report.js';
import { DiscloseError } from '../../../src/model/errors.js';
import { laidOutReport } from './laid-out-fixture.js';

const SIDECAR = `# Written by the report team
organization: Northwind Foods Group
frameworks:
  gri:
    claim: in-accordance
disclose:
  - section: Emissions
    ids: GRI 305-1, GRI 305-2
  - section: 1.1 Board Oversight
    ids: [GRI 2-9, "GRI 2-12 (a, b)"]
  - section: Highlights
    page: 6
    ids: [GRI 404-1]
  - section: Highlights
    ids: [GRI 2-22]
  - section: Biodiversity
    ids: [GRI 101-1]
omit:
  - id: GRI 2-21
    reason: confidentiality-constraints
    explanation: Pay data is commercially sensitive.
`;

describe('the sidecar', () => {
  test('lives beside the report, named after it', () => {
    expect(sidecarPath('reports/northwind.pdf')).toBe('reports/northwind.disclose.yaml');
    expect(sidecarPath('draft.v2.docx')).toBe('draft.v2.disclose.yaml');
    expect(sidecarPath('<stdin>')).toBeUndefined();
  });

  const sidecar = parseSidecar(SIDECAR, 'northwind.disclose.yaml');
  const report = layoutToReport(laidOutReport(), sidecar);

  test('its keys override what was inferred, and what it gives is no longer listed as inferred', () => {
    expect(report.meta.organization).toBe('Northwind Foods Group');
    expect(report.meta.frameworks.gri).toEqual({ claim: 'in-accordance' });
    expect(report.meta.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(Object.keys(report.inferred!)).toEqual(['language', 'period', 'published', 'title']);
    expect(report.notes!.at(-1)).toMatch(/write them in `northwind\.disclose\.yaml` to correct them$/);
  });

  test('disclose entries tag the section named (number left out, page where a heading repeats), as directives would, in document order', () => {
    const tags = report.tags.map((t) => [t.id, t.requirements, report.sections[t.section]!.title, t.page, t.file, t.line]);
    expect(tags).toEqual([
      ['GRI 2-9', undefined, '1.1 Board Oversight', 1, 'northwind.disclose.yaml', 10],
      ['GRI 2-12', ['a', 'b'], '1.1 Board Oversight', 1, 'northwind.disclose.yaml', 10],
      ['GRI 305-1', undefined, '2.1 Emissions', 4, 'northwind.disclose.yaml', 8],
      ['GRI 305-2', undefined, '2.1 Emissions', 4, 'northwind.disclose.yaml', 8],
      ['GRI 404-1', undefined, 'Highlights', 6, 'northwind.disclose.yaml', 13],
    ]);
    expect(report.omissions).toEqual([
      expect.objectContaining({ id: 'GRI 2-21', reason: 'confidentiality-constraints', explanation: 'Pay data is commercially sensitive.', section: 0, file: 'northwind.disclose.yaml', line: 19 }),
    ]);
  });

  test('a heading printed twice without a page, and one not in the report, are findings at the sidecar line', () => {
    expect(report.problems).toEqual([
      {
        message: '`disclose:` names the section "Highlights", a heading printed 2 times (pages 1, 6); expected `page:` to say which',
        raw: 'section: Highlights',
        file: 'northwind.disclose.yaml',
        line: 14,
        column: 5,
      },
      {
        message: '`disclose:` names the section "Biodiversity", which is not a heading of `northwind.pdf`; expected a heading as printed in the report',
        raw: 'section: Biodiversity',
        file: 'northwind.disclose.yaml',
        line: 16,
        column: 5,
      },
    ]);
  });

  test.each([
    ['period:\n  start: 2024-13-01\n  end: 2024-12-31\n', '`s.disclose.yaml`: sidecar (line 2): `period.start` must be a date written YYYY-MM-DD, got "2024-13-01"'],
    ['disclose:\n  - section: Emissions\n    id: GRI 305-1\n', '`s.disclose.yaml`: sidecar (line 2): '],
    ['title: [unclosed\n', '`s.disclose.yaml`: sidecar is not valid YAML'],
  ])('a bad sidecar is one clear line naming it: %j', (text, start) => {
    let error: unknown;
    try {
      parseSidecar(text, 's.disclose.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DiscloseError);
    expect((error as DiscloseError).kind).toBe('input');
    expect((error as DiscloseError).message.startsWith(start)).toBe(true);
  });

  test('a PDF reader reads the sidecar beside the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-sidecar-'));
    writeFileSync(join(dir, 'northwind.disclose.yaml'), SIDECAR);
    const path = join(dir, 'northwind.pdf');
    const read = await readLaidOut([{ path, bytes: new Uint8Array() }], { language: 'zh' }, 'PDF', async (file) => laidOutReport({ file: file.path }));
    expect(read.tags.map((t) => t.id)).toContain('GRI 305-1');
    expect(read.meta.organization).toBe('Northwind Foods Group');
    // The config's defaults sit under what the report's text says.
    expect(read.meta.language).toBe('en');
    const second = { path: join(dir, 'other.pdf'), bytes: new Uint8Array() };
    await expect(readLaidOut([{ path, bytes: new Uint8Array() }, second], undefined, 'PDF', async () => laidOutReport())).rejects.toThrow(/a report is one PDF document/);
  });
});
