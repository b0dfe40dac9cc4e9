// The PDF reader wired end to end, in process (issue 13, items 3-6): `layOutPdf` (written in parallel by
// the PDF reader's owner) stands in as the hand-built laid-out report, so what is tested here is the glue:
// the lazy import, the sidecar beside the file, the Report, the notes on stderr and in JSON, `suggest
// --write` into the sidecar and `convert`. The PDF's bytes are a real PDF header; only its layout is given.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';

jest.unstable_mockModule('../../src/ingest/pdf/lay-out.js', () => ({
  layOutPdf: async (_bytes: Uint8Array, path: string): Promise<LaidOutDocument> => laidOutReport({ file: path, notes: ['page numbers read from the footers'] }),
}));
const { checkUseCase } = await import('../../src/app/check.js');
const { suggestUseCase } = await import('../../src/app/suggest.js');
const { convertUseCase } = await import('../../src/app/convert.js');

const PDF = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';

function folder(): { dir: string; pdf: string; sidecar: string } {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-laid-out-'));
  const pdf = join(dir, 'northwind.pdf');
  writeFileSync(pdf, PDF, 'latin1');
  return { dir, pdf, sidecar: join(dir, 'northwind.disclose.yaml') };
}

describe('a PDF report through the use cases', () => {
  test('check: the reader notes and what was inferred on stderr; JSON with meta.inferred and notes; a sidecar finding at its line', async () => {
    const { pdf, sidecar } = folder();
    writeFileSync(sidecar, 'disclose:\n  - section: Water\n    ids: GRI 303-3\n');
    const run = await checkUseCase([pdf], { config: false, targets: [{ format: 'json' }] });
    expect(run.notes).toEqual([
      `\`${pdf}\`: page numbers read from the footers`,
      expect.stringMatching(/^`.*northwind\.pdf`: inferred from the report: frameworks\.gri\.claim \(p\. ii\), language \(text\), organization \(p\. ii\), period \(p\. ii\), published \(the file's properties\), title \(the file's properties\); write them in `.*northwind\.disclose\.yaml` to correct them$/),
    ]);
    const json = JSON.parse(String(run.outputs[0]!.content)) as { reports: { meta: unknown; notes: string[]; findings: { ruleId: string; file: string; line?: number; page?: number }[] }[] };
    const report = json.reports[0]!;
    expect(report.meta).toMatchObject({ inferred: { period: { from: 'text', pageLabel: 'ii' } } });
    expect(report.notes).toHaveLength(2);
    expect(report.findings.find((f) => f.ruleId === 'invalid-directive')).toMatchObject({ file: sidecar, line: 2 });
    expect(report.findings.filter((f) => f.file === pdf).every((f) => f.line === undefined)).toBe(true);
  });

  test('suggest --write: accepted tags go into the sidecar (its own lines kept), the PDF untouched; --dry-run shows the diff and writes nothing', async () => {
    const { pdf, sidecar } = folder();
    const mine = '# ours\nframeworks:\n  gri: { claim: in-accordance }\n';
    writeFileSync(sidecar, mine);
    const dry = await suggestUseCase([pdf], { config: false, write: true, dryRun: true, minScore: 0 });
    expect(String(dry.outputs[0]!.content)).toMatch(/^\+disclose:$/m);
    expect(readFileSync(sidecar, 'utf8')).toBe(mine);
    await suggestUseCase([pdf], { config: false, write: true, minScore: 0 });
    expect(readFileSync(pdf, 'latin1')).toBe(PDF);
    const written = readFileSync(sidecar, 'utf8');
    expect(written.startsWith(mine)).toBe(true);
    expect(written).toMatch(/^disclose:\n {2}- section: /m);
    // Read back, the tags are in the check.
    const run = await checkUseCase([pdf], { config: false, targets: [{ format: 'json' }] });
    const report = (JSON.parse(String(run.outputs[0]!.content)) as { reports: { findings: { ruleId: string }[] }[] }).reports[0]!;
    expect(report.findings.filter((f) => f.ruleId === 'invalid-directive')).toEqual([]);
  });

  test('convert: Markdown on stdout or to -o, the notes on stderr', async () => {
    const { dir, pdf } = folder();
    const out = join(dir, 'northwind.md');
    const result = await convertUseCase(pdf, { output: out });
    expect(result.outputs).toEqual([{ format: 'md', file: out, content: expect.stringContaining('## 2.1 Emissions') }]);
    expect(result.notes[0]).toBe(`\`${pdf}\`: page numbers read from the footers`);
  });
});
