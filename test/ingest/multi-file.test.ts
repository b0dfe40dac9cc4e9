// Several files form one report: folder expansion, argument order, front matter merged, pages carried on.
import { join } from 'node:path';
import { parseMarkdownReport, readReport } from '../../src/ingest/index.js';
import { fixture } from './support.js';

const intro = join(fixture('chapters'), '01-intro.md');
const environment = join(fixture('chapters'), '02-environment.md');

describe('a folder of files', () => {
  test('reads its *.md sorted by name, skipping dot files and other extensions', async () => {
    const report = await readReport([fixture('chapters')]);
    expect(report.files).toEqual([
      { path: intro, lines: 14 },
      { path: environment, lines: 13 },
    ]);
    expect(report.tags.some((t) => t.raw === 'GRI 2-99')).toBe(false);
  });

  test('one tree: each file’s top-level headings are children of the root', async () => {
    const report = await readReport([fixture('chapters')]);
    expect(report.sections.map((s) => [s.title, s.depth, s.parent, s.file, s.line, s.endLine, s.page, s.pages])).toEqual([
      ['Chapters Report', 0, null, intro, 1, 14, 10, [10, 11, 12]],
      ['Introduction', 1, 0, intro, 8, 14, 10, [10, 11]],
      ['Scope', 2, 1, intro, 12, 14, 10, [10, 11]],
      ['Environment', 1, 0, environment, 10, 13, 11, [11, 12]],
      ['Emissions', 2, 3, environment, 12, 13, 12, [12]],
    ]);
    expect(report.pages).toEqual([10, 11, 12]);
    expect(report.sections[0]!.text).toBe('Preamble of chapter two, still on page 11.');
  });

  test('a directive before a file’s first heading tags the root; the page carries across files', async () => {
    const report = await readReport([fixture('chapters')]);
    expect(report.tags.map((t) => [t.id, t.section, t.file, t.line, t.column, t.page])).toEqual([
      ['GRI 2-1', 0, intro, 7, 16, 10],
      ['GRI 2-2', 0, environment, 7, 16, 11],
      ['GRI 305-1', 4, environment, 12, 29, 12],
    ]);
  });

  test('front matter of every file merges: later keys win, frameworks merge per framework', async () => {
    const report = await readReport([fixture('chapters')]);
    expect(report.meta).toEqual({
      title: 'Chapters Report',
      organization: 'Acme',
      frameworks: {
        gri: { claim: 'with-reference', 'material-topics': ['GRI 305'] },
        sasb: { industries: ['TC-HW'] },
      },
    });
  });

  test('defaults sit under the front matter', async () => {
    const report = await readReport([fixture('chapters')], {
      title: 'From config',
      language: 'zh',
      published: '2026-04-01',
      frameworks: { gri: { claim: 'in-accordance', sector: ['GRI 14'] }, hkex: {} },
    });
    expect(report.meta.title).toBe('Chapters Report');
    expect(report.meta.language).toBe('zh');
    expect(report.meta.published).toBe('2026-04-01');
    expect(report.meta.frameworks.gri).toEqual({ claim: 'with-reference', sector: ['GRI 14'], 'material-topics': ['GRI 305'] });
    expect(report.meta.frameworks.hkex).toEqual({});
  });
});

describe('files named one by one', () => {
  test('argument order is report order, even against name order', async () => {
    const report = await readReport([environment, intro]);
    expect(report.files.map((f) => f.path)).toEqual([environment, intro]);
    expect(report.sections.map((s) => s.title)).toEqual(['Chapters Report', 'Environment', 'Emissions', 'Introduction', 'Scope']);
    // No page marker before the first file's content: the preamble is on no page.
    expect(report.tags.map((t) => [t.id, t.section, t.page ?? null])).toEqual([
      ['GRI 2-2', 0, null],
      ['GRI 305-1', 2, 12],
      ['GRI 2-1', 0, 10],
    ]);
    expect(report.sections[3]!.page).toBe(10);
    expect(report.sections[0]!.file).toBe(environment);
  });

  test('a file named twice (directly and through its folder) is read once', async () => {
    const report = await readReport([intro, fixture('chapters')]);
    expect(report.files.map((f) => f.path)).toEqual([intro, environment]);
  });

  test('without a title the root is named after the first file', () => {
    const report = parseMarkdownReport([
      { path: 'reports/part-1.md', text: '# One\n' },
      { path: 'reports/part-2.md', text: '# Two\n' },
    ]);
    expect(report.sections[0]!.title).toBe('part-1.md');
    expect(report.sections.map((s) => [s.title, s.parent, s.file])).toEqual([
      ['part-1.md', null, 'reports/part-1.md'],
      ['One', 0, 'reports/part-1.md'],
      ['Two', 0, 'reports/part-2.md'],
    ]);
  });

  test('a heading never continues across files: a file starting with h3 is a root child', () => {
    const report = parseMarkdownReport([
      { path: 'a.md', text: '# A\n\n## A.1\n' },
      { path: 'b.md', text: '### B deep\n\n# B\n' },
    ]);
    expect(report.sections.map((s) => [s.title, s.parent, s.endLine])).toEqual([
      ['a.md', null, 3],
      ['A', 0, 3],
      ['A.1', 1, 3],
      ['B deep', 0, 2],
      ['B', 0, 3],
    ]);
  });
});
