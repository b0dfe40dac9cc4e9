// The robustness rows of `npm run bench` (issue 11, items 7–10): the worst input shapes found, at the size
// that hurt before (each must now finish or be refused with exit 2), and the same shapes just under each
// limit (which must finish). Each runs once, in a child process of its own (time and peak memory).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasBomb, bigCell, longParagraph, manyFindings, nestedList, redosGlob, wideTable } from '../hostile-shapes.mjs';
import { megabytes, seconds, size } from './table.mjs';

const KB = 1024;
const MB = 1024 * KB;

/** Front matter that is valid (a long list of material topics), for the row just under the limit. */
const frontMatterTopics = (chars) => {
  const item = '      - GRI 305\n';
  return `---\ntitle: Hostile\nframeworks:\n  gri:\n    claim: with-reference\n    material-topics:\n${item.repeat(Math.floor(chars / item.length))}---\n\n# Hostile\n`;
};

/** [label, file text or a function that sets up a folder, extra CLI arguments] */
const SHAPES = [
  ['table of 500 columns', () => wideTable(500, 7 * MB)],
  ['table of 200 columns (the limit)', () => wideTable(200, 250 * KB)],
  ['paragraph of `word [x](y) *e*`', () => longParagraph(1 * MB)],
  ['paragraph of `word [x](y) *e*`, just under the limit of marks', () => longParagraph(39_000)],
  ['paragraph of plain words (PDF text has no blank line), just under the limit', () => `# A\n\n${'plain words '.repeat(87_000)}\n`],
  ['table cell of links and emphasis', () => bigCell(4 * MB)],
  ['table cell, just under the limit of marks', () => bigCell(39_000)],
  ['list nested under one item', () => nestedList(1 * MB)],
  ['list nested under one item, just under the limit', () => nestedList(250 * KB)],
  ['front-matter list', () => `---\ntitle: Hostile\nitems:\n${'  - item\n'.repeat((12 * MB) / 9)}---\n\n# Hostile\n`],
  ['front-matter list, just under the limit', () => frontMatterTopics(1 * MB - 200)],
  ['48 aliases of a 50,000-item anchor', () => aliasBomb(50_000, 48)],
  ['`ignore: *a*a…*ab` in a config found upward', 'redos'],
  ['150,000 findings (`--format json`)', () => manyFindings(150_000), ['--format', 'json']],
];

/** Runs every shape once; returns rows { label, bytes, outcome, ms, rssKB }. */
export function runRobustness(runner, dir, cli, log) {
  const rows = [];
  for (const [label, make, extra = []] of SHAPES) {
    let target;
    let bytes;
    let cwd = dir;
    if (make === 'redos') {
      // A project whose config (found upward from the working directory) has the glob, and a file whose
      // long name of `a`s makes a backtracking RegExp run without end.
      const project = join(dir, 'redos');
      mkdirSync(join(project, 'report'), { recursive: true });
      const config = `${JSON.stringify(redosGlob(12))}\n`;
      writeFileSync(join(project, 'disclose.config.json'), config);
      writeFileSync(join(project, 'report', `${'a'.repeat(200)}.md`), '# A\n');
      target = 'report';
      cwd = project;
      bytes = config.length;
    } else {
      const text = make();
      target = join(dir, `hostile-${rows.length}.md`);
      writeFileSync(target, text);
      bytes = Buffer.byteLength(text);
    }
    const result = runner.run([cli, 'check', ...extra, target], { ok: [0, 1, 2], cwd });
    const outcome = result.status === 2 ? 'refused' : 'finished';
    rows.push({ label, bytes, outcome, ms: result.ms, rssKB: result.rssKB });
    log(`  ${label}, ${size(bytes)}: ${outcome} in ${seconds(result.ms)}, ${megabytes(result.rssKB)}`);
  }
  return rows;
}

export function robustnessTable(rows) {
  return [
    '| shape | size | outcome | time | peak memory |',
    '|---|--:|---|--:|--:|',
    ...rows.map((r) => `| ${r.label} | ${size(r.bytes)} | ${r.outcome} | ${seconds(r.ms)} | ${megabytes(r.rssKB)} |`),
  ].join('\n');
}
