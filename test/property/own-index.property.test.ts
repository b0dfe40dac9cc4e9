// Our own output passes our own audit (issue 14 §4): the Markdown GRI index that `disclose index` renders
// for a report, pasted into that report, adds no finding the report did not already have. A gap in the
// report may show as a gap in the index (the same rule about the same disclosure), never as a new error.
// Checked on every fixture report and the example, and on reports generated from the pieces that made the
// index fail before: superseded codes, invalid and forbidden omissions, partial omissions, several topics,
// a code tagged in several places, tags out of code order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCatalog } from '../../src/catalog/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { runRules } from '../../src/engine/run.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import type { Finding } from '../../src/model/finding.js';
import { presentIndex } from '../../src/render/present-index.js';
import { renderIndex } from '../../src/render/render-index.js';
import { RUNS } from './arbitraries.js';

const catalog = loadCatalog();
type Source = { path: string; text: string };

const key = (f: Finding): string => `${f.ruleId}\u0000${f.disclosure ?? ''}\u0000${f.topic ?? ''}`;

function findings(sources: readonly Source[]): { findings: Finding[]; analysis: ReturnType<typeof analyse> } {
  const analysis = analyse(parseMarkdownReport(sources), catalog);
  return { findings: runRules(analysis), analysis };
}

/** The findings the pasted index adds, and the index itself (for the failure message). */
function addedByOwnIndex(sources: readonly Source[], lang: 'en' | 'zh'): { added: string[]; index: string } {
  const before = findings(sources);
  const doc = presentIndex(buildContentIndex(before.analysis, 'gri', { lang, generator: { name: 'disclose', version: '0' } }));
  const index = renderIndex(doc, 'md');
  const pasted = sources.map((s, i) => (i === sources.length - 1 ? { ...s, text: `${s.text}\n\n${index}` } : s));
  const known = new Set(before.findings.map(key));
  const added = findings(pasted).findings.filter((f) => !known.has(key(f))).map((f) => `${f.ruleId} ${f.disclosure ?? ''}: ${f.message}`);
  return { added, index };
}

function reportSources(path: string): Source[] {
  const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.md')).sort().map((f) => join(path, f)) : [path];
  return files.map((file) => ({ path: file, text: readFileSync(file, 'utf8') }));
}

const reportsDir = join('test', 'fixtures', 'reports');
const fixtureReports = [
  ...readdirSync(reportsDir).filter((f) => f.endsWith('.md')).map((f) => join(reportsDir, f)),
  join(reportsDir, 'multi'),
  join('examples', 'acme-2025'),
];

describe('the index disclose writes passes disclose check', () => {
  test.each(fixtureReports.flatMap((path) => [[path, 'en'], [path, 'zh']] as const))('%s (%s)', (path, lang) => {
    const { added, index } = addedByOwnIndex(reportSources(path), lang);
    expect({ added, index: added.length > 0 ? index : '' }).toEqual({ added: [], index: '' });
  });

  // Pieces of generated reports: what a report tags, omits and claims.
  const reasons = fc.constantFrom('not-applicable', 'confidentiality-constraints', 'Information unavailable/incomplete', 'because', '');
  const explanation = fc.constantFrom('', 'The figures are commercially sensitive.', '数据涉及商业机密。');
  const code = fc.constantFrom(
    'GRI 2-1', 'GRI 2-3', 'GRI 2-7', 'GRI 2-9', 'GRI 2-21', 'GRI 2-22', 'GRI 2-27', 'GRI 3-1', 'GRI 3-2', 'GRI 3-3',
    'GRI 305-1', 'GRI 305-2', 'GRI 305-4', 'GRI 403-1', 'GRI 403-9', 'GRI 205-3', 'GRI 302-1',
    // Superseded in a report of 2024: 102-14 -> 2-22, 307-1 -> 2-27, 403-2 of 2016.
    'GRI 102-14', 'GRI 307-1',
  );
  const piece = fc.oneof(
    fc.array(code, { minLength: 1, maxLength: 4 }).map((ids) => `<!-- disclose: ${ids.join(', ')} -->`),
    fc.tuple(code, fc.constantFrom('', ' (b)', ' (a, c)'), reasons, explanation).map(([id, part, reason, why]) => `<!-- omit: ${id}${part} | ${reason} | ${why} -->`),
  );
  const section = fc.tuple(fc.constantFrom('About us', 'Governance', 'Climate', 'Our people', 'Ethics'), fc.array(piece, { maxLength: 3 }));
  const report = fc.record({
    claim: fc.constantFrom('in-accordance', 'with-reference'),
    topics: fc.subarray(['GRI 305', 'GRI 403', 'GRI 205']),
    sections: fc.array(section, { minLength: 1, maxLength: 6 }),
  });

  test('generated reports: tags, omissions valid and not, superseded codes, several topics', () => {
    fc.assert(
      fc.property(report, fc.constantFrom('en', 'zh'), ({ claim, topics, sections }, lang) => {
        const body = sections.map(([title, pieces], i) => `<!-- page: ${i + 1} -->\n\n## ${title} ${i + 1}\n\n${pieces.join('\n\n')}\n\nText of the section.\n`);
        const front = `---\norganization: Example Co.\nperiod: { start: 2024-01-01, end: 2024-12-31 }\npublished: 2025-04-01\nframeworks:\n  gri:\n    claim: ${claim}\n    material-topics: [${topics.join(', ')}]\n---\n\n# Report\n\n`;
        const { added, index } = addedByOwnIndex([{ path: 'r.md', text: `${front}${body.join('\n')}` }], lang);
        if (added.length > 0) throw new Error(`${added.join('\n')}\n\n${index}`);
      }),
      // Each run analyses a report twice: fewer runs than the readers' properties keep the folder fast.
      { seed: 1414, numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
