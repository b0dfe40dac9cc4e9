// `disclose index --draft` (issue 15, item 2), in process: a Markdown report without tags and a "PDF" whose
// layout is the hand-built one (`layOutPdf` stood in, as in laid-out-use-cases.test.ts). The draft places
// accepted suggestions, marks each with its score, lists weaker ones "to review", and claims nothing else.
import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';
import type { IndexDocument } from '../../src/model/index-document.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';
import { schemaValidator } from '../../src/validation.js';

jest.unstable_mockModule('../../src/ingest/pdf/lay-out.js', () => ({
  layOutPdf: async (_bytes: Uint8Array, path: string): Promise<LaidOutDocument> => laidOutReport({ file: path }),
}));
const { indexUseCase } = await import('../../src/app/index-use-case.js');

const REPORT = `---
title: Eastbay Optics 2025 ESG Report
organization: Eastbay Optics
published: 2026-04-20
period: { start: 2025-01-01, end: 2025-12-31 }
language: en
frameworks:
  gri:
    claim: with-reference
    material-topics: [GRI 305]
---

# Eastbay Optics 2025 ESG Report

## About this report

This report covers Eastbay Optics for the calendar year 2025 and is published once a year. The
reporting period, frequency and contact point: questions about it go to the ESG office.

<!-- page: 12 -->

## Greenhouse gas emissions

Our direct (Scope 1) GHG emissions came from natural gas boilers and the vehicle fleet; energy indirect
(Scope 2) emissions from purchased electricity. Both are calculated with the GHG Protocol.

| Indicator | Unit | 2025 |
| --- | --- | --- |
| Scope 1 GHG emissions | tCO2e | 3,120 |
| Scope 2 GHG emissions | tCO2e | 18,400 |

## Community

We sponsor a football club for young people near our plant.
`;

function file(name: string, content: string, encoding: BufferEncoding = 'utf8'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'disclose-draft-')), name);
  writeFileSync(path, content, encoding);
  return path;
}

const rows = (doc: IndexDocument) => doc.groups.flatMap((g) => g.rows);

describe('index --draft on Markdown', () => {
  test('suggested rows carry their score and say so in the location; weaker ones are to review; nothing else is claimed', async () => {
    const path = file('report.md', REPORT);
    const run = await indexUseCase([path], { config: false, format: 'json', draft: true });
    const doc = JSON.parse(String(run.outputs[0]!.content)) as IndexDocument;
    const validate = schemaValidator('output/index.schema.json');
    expect(validate(doc)).toBe(true);
    const byId = new Map(rows(doc).map((r) => [r.id, r]));
    expect(byId.get('GRI 305-1')).toMatchObject({ status: 'reported', suggested: { score: expect.any(Number) }, locationText: expect.stringMatching(/^Greenhouse gas emissions, p\. 12 \(suggested, score 0\.\d\d\)$/) });
    expect(byId.get('GRI 305-1')!.suggested!.score).toBeGreaterThanOrEqual(0.5);
    expect(byId.get('GRI 2-3')).toMatchObject({ locations: [expect.objectContaining({ section: 'About this report' })] });
    // Every row placed is a suggestion at or above the threshold: nothing claimed that was not found.
    for (const row of rows(doc)) expect(row.suggested?.score ?? 0).toBeGreaterThanOrEqual(0.5);
    expect(doc.claim).toBe('with-reference');
    expect(doc.draft!.minScore).toBe(0.5);
    for (const item of doc.draft!.toReview) {
      expect(item.score).toBeLessThan(0.5);
      expect(byId.has(item.id)).toBe(false);
    }
  });

  test('Markdown output: the marker in the location cell and a "To review" list; without --draft neither', async () => {
    const path = file('report.md', REPORT);
    const draft = String((await indexUseCase([path], { config: false, format: 'md', draft: true, minScore: 0.9 })).outputs[0]!.content);
    expect(draft).toMatch(/\| Greenhouse gas emissions, p\. 12 \(suggested, score 0\.9\d\) \|/);
    expect(draft).toContain('## To review');
    expect(draft).toMatch(/^- GRI 2-3 Reporting period, frequency and contact point: About this report \(score 0\.\d\d\)$/m);
    const plain = String((await indexUseCase([path], { config: false, format: 'md' })).outputs[0]!.content);
    expect(plain).not.toContain('suggested');
    expect(plain).not.toContain('To review');
  });

  test('--min-score, --all and --standards without --draft are usage errors', async () => {
    await expect(indexUseCase([file('report.md', REPORT)], { config: false, minScore: 0.6 })).rejects.toMatchObject({ kind: 'usage' });
    await expect(indexUseCase([file('report.md', REPORT)], { config: false, all: true })).rejects.toMatchObject({ kind: 'usage', message: '--all applies to a draft index (--draft) only.' });
    await expect(indexUseCase([file('report.md', REPORT)], { config: false, standards: ['GRI 305'] })).rejects.toMatchObject({ kind: 'usage' });
  });

  test('--all looks beyond the material topics, as suggest --all does; --standards keeps only the standards named', async () => {
    const path = file('report.md', REPORT);
    const asked = async (extra: object): Promise<string[]> => {
      const doc = JSON.parse(String((await indexUseCase([path], { config: false, format: 'json', draft: true, minScore: 0, ...extra })).outputs[0]!.content)) as IndexDocument;
      return [...rows(doc).filter((r) => r.suggested).map((r) => r.id), ...doc.draft!.toReview.map((r) => r.id)];
    };
    const plain = await asked({});
    const all = await asked({ all: true });
    expect(plain.some((id) => /^GRI 4\d\d-/.test(id))).toBe(false);
    // The community section answers a social topic the report did not declare material: only --all finds it.
    expect(all).toContain('GRI 413-1');
    const named = await asked({ standards: ['GRI', '305'] });
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((id) => id.startsWith('GRI 305-'))).toBe(true);
    await expect(indexUseCase([path], { config: false, draft: true, standards: ['GRI 999'] })).rejects.toMatchObject({ kind: 'usage' });
  });
});

describe('index --draft on a PDF', () => {
  test('the report\'s own index rows stay as they are; suggestions fill the rest with printed pages and scores', async () => {
    const pdf = file('northwind.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    const run = await indexUseCase([pdf], { config: false, format: 'json', draft: true });
    const doc = JSON.parse(String(run.outputs[0]!.content)) as IndexDocument;
    const byId = new Map(rows(doc).map((r) => [r.id, r]));
    expect(byId.get('GRI 2-9')!.suggested).toBeUndefined();
    expect(byId.get('GRI 305-2')).toMatchObject({ suggested: { score: expect.any(Number) }, locations: [{ section: '2.1 Emissions', headingPath: ['2 Environment', '2.1 Emissions'], pages: [4] }] });
  });
});
