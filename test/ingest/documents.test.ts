// The generated test documents of issue 13 (scripts/generate-test-documents.mjs, committed under
// test/fixtures/documents/) and their ground truth, and the PDF layout reader measured on them with the
// figures `npm run eval:layout` prints. The tests read the committed files only: no chromium, pandoc or
// LibreOffice at run time.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { layOutPdf } from '../../src/ingest/pdf/lay-out.js';
import { packageRoot } from '../../src/paths.js';
import { scoreDocument, type DocumentScore, type TruthDocument } from '../../scripts/lib/layout-metrics.mjs';

const dir = join(packageRoot, 'test', 'fixtures', 'documents');
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { documents: TruthDocument[] };
const documents = truth.documents;

describe('the committed test documents', () => {
  test('truth.json validates against its schema', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'truth.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    expect(validate(truth) ? [] : validate.errors).toEqual([]);
  });

  test.each(documents.map((d) => [d.file]))('%s exists, is a PDF and is small', (file) => {
    const path = join(dir, file);
    // Chromium embeds the Noto CJK fonts as Type 3 fonts: the layouts with Chinese are ~450–550 KB.
    expect(statSync(path).size).toBeLessThan(700 * 1024);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('every PDF in the folder has its ground truth', () => {
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(documents.map((d) => d.file).sort());
  });

  test('the layouts the issue asks for are there', () => {
    const features = documents.flatMap((d) => d.features);
    for (const feature of ['roman front matter', 'two-column pages', 'three-column page', 'spreads', '页码 index', 'no text layer', 'borderless multi-page index', 'group-label rows'])
      expect(features).toContain(feature);
    expect(documents.some((d) => d.pages.some((p) => p.label !== undefined))).toBe(true);
    expect(documents.some((d) => d.pages.some((p) => p.lastNumber !== undefined))).toBe(true);
  });

  test('printed pages differ from physical ones where the layout says so, and headings sit on planned pages', () => {
    const lo = documents.find((d) => d.file === 'libreoffice-en.pdf')!;
    const first = lo.pages.find((p) => p.number === 1)!;
    expect(first.index).toBe(5);
    for (const d of documents) {
      for (const h of d.headings) {
        const page = d.pages.find((p) => p.index === h.physical)!;
        const printed = [page.label, page.number, page.lastNumber].filter((v) => v !== undefined).map(String);
        if (h.page !== null) expect(printed).toContain(String(h.page));
      }
    }
  });

  test('the content indexes hold 60–70 real GRI codes with the titles of standards/gri', () => {
    const titles = new Map<string, string>();
    for (const file of readdirSync(join(packageRoot, 'standards', 'gri')).filter((f) => /^gri-\d+-.*\.json$/.test(f))) {
      const standard = JSON.parse(readFileSync(join(packageRoot, 'standards', 'gri', file), 'utf8')) as { id: string; disclosures: { code: string; title: string }[] };
      for (const d of standard.disclosures) titles.set(`${standard.id}|${d.code}`, d.title);
    }
    const en = documents.find((d) => d.file === 'chromium-en.pdf')!;
    expect(en.index!.rows.length).toBeGreaterThanOrEqual(60);
    expect(en.index!.rows.length).toBeLessThanOrEqual(70);
    for (const d of documents) {
      for (const row of d.index?.rows ?? []) {
        expect(titles.has(`${row.standard}|${row.code}`)).toBe(true);
        if (d.language === 'en') expect(row.title).toBe(titles.get(`${row.standard}|${row.code}`));
      }
    }
  });
});

const scores = new Map<string, DocumentScore>();
const refusals = new Map<string, string>();
beforeAll(async () => {
  for (const doc of documents) {
    try {
      scores.set(doc.file, scoreDocument(doc, await layOutPdf(new Uint8Array(readFileSync(join(dir, doc.file))), doc.file)));
    } catch (error) {
      refusals.set(doc.file, String((error as Error).message));
    }
  }
}, 120_000);

describe('the PDF layout reader on the test documents (npm run eval:layout)', () => {
  const layouts = documents.filter((d) => !d.refusal);

  test.each(layouts.map((d) => [d.file]))(`%s: headings recall ≥ 0.9, precision ≥ 0.9, sections on the right page ≥ 0.9`, (file) => {
    const score = scores.get(file);
    expect(refusals.get(file)).toBeUndefined();
    expect({ recall: score!.headings.recall >= 0.9, precision: score!.headings.precision >= 0.9, missed: score!.missed, falsePositives: score!.falsePositives })
      .toEqual({ recall: true, precision: true, missed: score!.missed, falsePositives: score!.falsePositives });
    expect(score!.sections.right / score!.sections.of).toBeGreaterThanOrEqual(0.9);
  });

  test.each(layouts.map((d) => [d.file]))(`%s: printed page numbers ≥ 0.9, index rows ≥ 0.95`, (file) => {
    const score = scores.get(file)!;
    expect(score.pages.right / score.pages.of).toBeGreaterThanOrEqual(0.9);
    expect(score.index.read / score.index.of).toBeGreaterThanOrEqual(0.95);
  });

  test(`the scanned document is refused (no text layer), with a line that says to run OCR`, () => {
    const message = refusals.get('scanned.pdf');
    expect(message).toMatch(/no text/);
    expect(message).toMatch(/OCR/i);
  });
});
