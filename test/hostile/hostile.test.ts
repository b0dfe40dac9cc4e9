// Hostile input through the built CLI: bytes that are not UTF-8 Markdown, files over the size limit, and
// structures that break parsers (10,000 headings, nesting thousands of levels deep, thousands of blocks
// without a heading, absurd page ranges). Each gives a clear result (exit 0/1) or a clear refusal (exit 2,
// one line on stderr, no stack trace). Large inputs are generated here, never committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../src/model/finding.js';
import { disclose, expectRefusal } from '../helpers/run-in-process.js';
// Inputs that test a bound on time or memory run in a process of their own: a run over the bound is
// stopped (status null) instead of hanging or exhausting the test runner.
import { cli } from '../helpers/run-cli.js';
import { frontMatterList, redosGlob, wideTable } from '../../scripts/lib/hostile-shapes.mjs';
import { corpus, FRONT_MATTER, scratch, SLOW } from './support.js';

const { dir, write } = scratch();
const MiB = 1024 * 1024;

const json = (stdout: string): CheckResult => JSON.parse(stdout) as CheckResult;

describe('bytes that are not UTF-8 Markdown', () => {
  test('a binary chapter in a folder is named, with the line of its first NUL byte', async () => {
    mkdirSync(join(dir, 'chapters'));
    write('chapters/01-intro.md', `${FRONT_MATTER}# Intro\n`);
    write('chapters/02-logo.md', Buffer.concat([Buffer.from('# Logo\n\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])]));
    expectRefusal(await disclose(['check', join(dir, 'chapters')]), /02-logo\.md`: is a binary file \(NUL byte at line 3\), not UTF-8 Markdown text\n$/);
  });

  test('invalid UTF-8 after valid CJK text: the byte and its line', async () => {
    const file = write('latin1.md', Buffer.concat([Buffer.from('# 可持续发展\n\n报告\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]));
    expectRefusal(await disclose(['check', file]), /latin1\.md`: is not valid UTF-8 text \(byte 0xE9 at line 4\); save it as UTF-8\n$/);
  });

  test('UTF-16 with a byte order mark, and without one', async () => {
    const text = '# Report\n\nText.\n';
    const le = write('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = write('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expectRefusal(await disclose(['check', le]), /utf16le\.md`: is not UTF-8 text but UTF-16/);
    expectRefusal(await disclose(['check', be]), /utf16be\.md`: is not UTF-8 text but UTF-16/);
    expectRefusal(await disclose(['check', write('utf16-no-bom.md', Buffer.from(text, 'utf16le'))]), /utf16-no-bom\.md`: is a binary file/);
  });
});

describe('size', () => {
  test(
    'a 50 MB report is refused before it is read',
    async () => {
      const paragraph = `${'Lorem ipsum dolor sit amet, 可持续发展报告。 '.repeat(20)}\n\n`;
      const file = write('fifty.md', `${FRONT_MATTER}# Big\n\n${paragraph.repeat(Math.ceil((50 * 1000 * 1000) / Buffer.byteLength(paragraph)))}`);
      expectRefusal(cli(['check', file], { timeout: SLOW }), /fifty\.md`: file is larger than the 16 MiB limit \(50,\d{3},\d{3} bytes\); expected a Markdown report of at most 16 MiB\n$/);
    },
    SLOW,
  );

  test('chapters that are together over the limit are refused before any is read', async () => {
    mkdirSync(join(dir, 'big-chapters'));
    const chapter = `${'Text of a long chapter. '.repeat(40)}\n\n`.repeat(Math.ceil((6 * MiB) / 962));
    for (const n of [1, 2, 3]) write(`big-chapters/0${n}.md`, `# Chapter ${n}\n\n${chapter}`);
    expectRefusal(await disclose(['check', join(dir, 'big-chapters')]), /01\.md` and the report's 2 other files are together larger than the 16 MiB limit/);
  });
});

describe('structures that break parsers', () => {
  test(
    '10,000 headings with page markers: a clear result, every location in place',
    async () => {
      const parts = [FRONT_MATTER];
      for (let i = 1; i <= 10_000; i++) {
        parts.push(`## Section ${i}\n\n<!-- page: ${i} -->\n${i % 100 === 1 ? '<!-- disclose: GRI 2-1 -->\n' : ''}Text ${i}.\n\n`);
      }
      const file = write('headings.md', parts.join(''));
      const run = cli(['check', file, '--format', 'json'], { timeout: SLOW });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const record = json(run.stdout).reports[0]!.disclosures.find((d) => d.id === 'GRI 2-1')!;
      expect(record.locations).toHaveLength(100);
      expect(record.locations[99]).toMatchObject({ section: 'Section 9901', page: 9901 });
    },
    SLOW,
  );

  test.each([
    ['5,000 block quotes on one line', '> '.repeat(5000) + 'deep\n', 1],
    ['5,000 list items on one line', '- '.repeat(5000) + 'deep\n', 1],
    ['a list indented 200 levels', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'), 33],
    ['quotes deepening line by line', Array.from({ length: 200 }, (_, i) => `${'>'.repeat(i + 1)} level ${i + 1}`).join('\n'), 33],
  ])('%s: refused at the line that goes too deep, no stack overflow', async (name, body, line) => {
    const file = write(`deep-${name.replace(/\W+/g, '-')}.md`, `# Deep\n\n${body}`);
    expectRefusal(cli(['check', file], { timeout: SLOW }), new RegExp(`line ${line + 2} nests block quotes and lists more than 32 levels deep`));
  });

  test('emphasis nested 1,050 levels (not containers) is refused, no stack overflow', async () => {
    const file = write('emphasis.md', `# Deep\n\n${'*'.repeat(2100)}x${'*'.repeat(2100)}\n`);
    expectRefusal(cli(['check', file], { timeout: SLOW }), /emphasis\.md`: line 3 nests emphasis, links, block quotes or lists more than 1000 levels deep/);
  });

  test('lists and quotes nested 30 levels are fine', async () => {
    const list = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const file = write('nested-30.md', `${FRONT_MATTER}# Nested\n\n<!-- disclose: GRI 2-1 -->\n\n${list}\n\n${'> '.repeat(30)}quote\n`);
    expect(await disclose(['check', file])).toMatchObject({ status: 0, stderr: '' });
  });

  test(
    '20,000 short quotes and lists without a heading: a clear result (their parse was quadratic)',
    async () => {
      const file = write('no-headings.md', `${FRONT_MATTER}<!-- disclose: GRI 2-1 -->\n\n${'> a quote\n\n- a list\n\nA paragraph.\n\n'.repeat(10_000)}`);
      const run = cli(['check', file, '--format', 'json'], { timeout: SLOW });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(json(run.stdout).reports[0]!.disclosures.map((d) => d.id)).toEqual(['GRI 2-1']);
    },
    SLOW,
  );

  test('page ranges: huge ones are not expanded, reversed ones are findings, 9 digits are no page', async () => {
    const run = await disclose(['check', corpus('ranges.md'), '--format', 'json']);
    expect(run.status).toBe(0); // with reference: GRI 1's requirements are warnings
    const result = json(run.stdout).reports[0]!;
    const pages = (id: string) => result.disclosures.find((d) => d.id === id)!.locations.map((l) => l.pages ?? []);
    expect(pages('GRI 2-1')[0]!.length).toBeLessThanOrEqual(501);
    expect(pages('GRI 2-4')).toEqual([[12, 13, 14, 20, 21, 22]]);
    const messages = result.findings.filter((f) => f.ruleId === 'location-unresolved').map((f) => f.message);
    expect(messages.some((m) => m.includes('GRI 2-2') && /backwards|reversed/i.test(m))).toBe(true);
    expect(messages.some((m) => m.includes('GRI 2-3') && m.includes('1-999999999'))).toBe(true);
  });

  test('a directive value spanning lines gives one-line findings in every format', async () => {
    const file = write('multi-line.md', `${FRONT_MATTER}# A\n\n<!-- disclose: foo\nbar, GRI 2-1 -->\n<!-- page: 1\n2 -->\n`);
    const stylish = await disclose(['check', file]);
    expect(stylish.status).toBe(1);
    const findingLines = stylish.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    expect(findingLines).toEqual([expect.stringContaining('Tag `foo bar` is not a disclosure id'), expect.stringContaining('`page:` value `1 2` is not a page number')]);
    expect(stylish.stdout.split('\n').filter((l) => l.startsWith('bar') || l.startsWith('2` is'))).toEqual([]);
  });
});

// Issue 11, items 7, 8 and 10, end to end: the shapes that ended in a V8 heap abort (exit 134, a native
// stack trace) or never finished are refused with one line; the rest is tested in-process
// (test/ingest/block-limits.test.ts, test/config/glob.test.ts, test/config/user-files.test.ts).
describe('bounded time and memory', () => {
  test(
    'a 7 MB table of 500 columns and a 12 MB front-matter list are refused before parsing',
    async () => {
      expectRefusal(cli(['check', write('wide.md', wideTable(500, 7 * MiB))], { timeout: SLOW }), /wide\.md`: line 10: a table of 500 columns is over the limit of 200 columns; expected narrower tables\n$/);
      expectRefusal(cli(['check', write('front-list.md', frontMatterList(12 * MiB))], { timeout: SLOW }), /front-list\.md`: line 1: front matter of [\d,]+ characters is over the limit of 1 Mi characters/);
    },
    SLOW,
  );

  test('an `ignore` glob that backtracks without end, in a config found upward, is refused when the config is read', async () => {
    const project = join(dir, 'redos');
    mkdirSync(join(project, 'report'), { recursive: true });
    write('redos/disclose.config.json', JSON.stringify(redosGlob(12)));
    write(`redos/report/${'a'.repeat(200)}.md`, '# A\n');
    expectRefusal(cli(['check', 'report'], { cwd: project, timeout: SLOW }), /disclose\.config\.json: `ignore` glob `\*a\*a.*b` has 12 wildcards, more than 8/);
  });

  test('`--config /dev/zero` is refused at once, not read until memory runs out', async () => {
    expectRefusal(cli(['check', '--config', '/dev/zero', corpus('markup.md')], { timeout: SLOW }), /^disclose: \/dev\/zero: the config file is a device; expected a regular file\n$/);
  });
});

