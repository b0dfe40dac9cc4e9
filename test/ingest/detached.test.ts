// A parsed report does not keep its file's text alive (src/ingest/markdown/detached.ts): its titles,
// cell texts and directive texts are strings of their own, not views into the whole file.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { detached } from '../../src/ingest/markdown/detached.js';
import type { Report } from '../../src/model/report.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use once garbage is gone; a throwaway match first, since V8 keeps the last successful match's subject string. */
function heapUsed(): number {
  /y/.exec('y');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// A report whose kept parts are small and whose text is large (16 MB as UTF-16: the dash makes it two-byte).
const largeReport = (): string =>
  [
    '---',
    'title: Riverside Mills 2025 Sustainability Report',
    'organization: Riverside Mills Ltd',
    '---',
    '',
    '# Water stewardship — withdrawals and discharge',
    '',
    'Withdrawals fell this year after the cooling loop at the dye house was closed.',
    '',
    '| Metric | 2025 |',
    '|---|--:|',
    '| Water withdrawal (*megalitres*) | 1,204 |',
    '',
    '<!-- omit: GRI 303-5 | not-applicable | The mills consume no water beyond what is withdrawn and discharged. -->',
    '',
    `<!-- ${'a note left by the editor, '.repeat(300_000)} -->`,
    '',
  ].join('\n');

describe('a parsed report and its source text', () => {
  test('the report keeps what it read, not the text it read it from', () => {
    const before = heapUsed();
    const report: Report = (() => parseMarkdownReport([{ path: 'report.md', text: largeReport() }]))();
    const retained = heapUsed() - before;
    expect(report.meta.title).toBe('Riverside Mills 2025 Sustainability Report');
    expect(report.sections[1]!.title).toBe('Water stewardship — withdrawals and discharge');
    expect(report.tables[0]!.rows[1]![0]).toMatchObject({ text: 'Water withdrawal (megalitres)', raw: 'Water withdrawal (*megalitres*)' });
    expect(report.omissions[0]!.explanation).toMatch(/^The mills consume no water/);
    expect(retained).toBeLessThan(4 * 1024 * 1024);
  });

  test('detached gives the same string', () => {
    const text = `prefix ${'é'.repeat(40)} suffix`;
    for (const part of [text.slice(3, 30), text.slice(0, 5), '', text]) expect(detached(part)).toBe(part);
  });
});
