// checkBatch in this thread (`jobs: 1` needs no worker, so ts-jest can run it): which reports a batch is
// made of, their order, and what happens to the ones that cannot be read. The worker threads themselves
// run from dist/ and are tested through the built CLI (test/cli/batch.test.ts).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, checkBatch } from '../../src/index.js';
import { expandGlob } from '../../src/ingest/expand-globs.js';
import { availableParallelism } from 'node:os';
import { workerCount } from '../../src/batch/pool.js';
import { DiscloseError } from '../../src/model/errors.js';

const SLOW = 60_000;
let dir: string;
const at = (...parts: string[]): string => join(dir, ...parts);
const REPORT = (title: string): string =>
  `---\ntitle: ${title}\norganization: ${title} Ltd.\nperiod: { start: 2025-01-01, end: 2025-12-31 }\npublished: 2026-04-01\nframeworks:\n  gri:\n    claim: with-reference\n---\n\n# ${title}\n\n<!-- disclose: GRI 2-1 -->\n\n${title} Ltd. makes bicycles.\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-check-batch-'));
  // Written out of name order on purpose.
  writeFileSync(at('c-report.md'), REPORT('Cobalt Cycles'));
  writeFileSync(at('a-report.md'), `${REPORT('Amber Bikes')}\n<!-- disclose: GRI 2-99 -->\n`);
  mkdirSync(at('b-chapters'));
  writeFileSync(at('b-chapters', '02-more.md'), '## More\n\n<!-- disclose: GRI 2-7 -->\n\nWe employ 120 people.\n');
  writeFileSync(at('b-chapters', '01-start.md'), REPORT('Birch Wheels'));
  mkdirSync(at('nested', 'deeper'), { recursive: true });
  writeFileSync(at('nested', 'deeper', 'd-report.md'), REPORT('Dune Gears'));
  writeFileSync(at('nested', '.hidden.md'), REPORT('Hidden'));
  writeFileSync(at('broken.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  symlinkSync(at('nested'), at('nested', 'deeper', 'loop'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkBatch (jobs: 1, in this thread)', () => {
  test('each path is a report; reports sorted by path whatever the order given; a folder is one report', async () => {
    const { result, failures } = await checkBatch([at('c-report.md'), at('b-chapters'), at('a-report.md')], { jobs: 1 });
    expect(failures).toEqual([]);
    expect(result.reports.map((r) => r.file)).toEqual([at('a-report.md'), at('b-chapters'), at('c-report.md')]);
    expect(result.reports[1]!.files).toEqual([at('b-chapters', '01-start.md'), at('b-chapters', '02-more.md')]);
    expect(result.reports[0]!.findings.map((f) => f.ruleId)).toEqual(['unknown-disclosure']);
  }, SLOW);

  test('each report is exactly what check gives for it alone', async () => {
    const { result } = await checkBatch([at('b-chapters'), at('a-report.md')], { jobs: 1 });
    expect(result.reports[0]).toEqual((await check([at('a-report.md')])).reports[0]);
    expect(result.reports[1]).toEqual((await check([at('b-chapters')])).reports[0]);
  }, SLOW);

  test('a report that cannot be read is a failure, and the others are still checked', async () => {
    const progress: string[] = [];
    const { result, failures } = await checkBatch([at('broken.md'), at('a-report.md'), at('missing.md')], {
      jobs: 1,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(result.reports.map((r) => r.file)).toEqual([at('a-report.md')]);
    expect(failures).toEqual([
      { path: at('broken.md'), message: expect.stringMatching(/`.*broken\.md`: is a binary file \(NUL byte at line 1\)/) },
      { path: at('missing.md'), message: expect.stringMatching(/`.*missing\.md`: no such file or folder/) },
    ]);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  }, SLOW);

  test('the same path named twice, or spelled two ways, is checked once', async () => {
    const { result } = await checkBatch([at('c-report.md'), join(dir, '.', 'c-report.md'), `${dir}/./c-report.md`, at('c-report.md')], { jobs: 1 });
    // Of two spellings, the one that sorts first is kept (`.` sorts before letters).
    expect(result.reports.map((r) => r.file)).toEqual([`${dir}/./c-report.md`]);
  }, SLOW);

  test('a quoted glob is expanded; one that matches nothing is a failure', async () => {
    const { result, failures } = await checkBatch([`${dir}/**/*-report.md`, `${dir}/*.markdown`], { jobs: 1 });
    expect(result.reports.map((r) => r.file)).toEqual([at('a-report.md'), at('c-report.md'), at('nested', 'deeper', 'd-report.md')]);
    expect(failures).toEqual([{ path: `${dir}/*.markdown`, message: `\`${dir}/*.markdown\`: no file or folder matches this glob` }]);
  }, SLOW);

  test('bad options are usage errors', async () => {
    await expect(checkBatch([at('a-report.md')], { jobs: 0 })).rejects.toThrow(DiscloseError);
    await expect(checkBatch([at('a-report.md')], { jobs: 1, ignore: () => false } as never)).rejects.toThrow(/ignoreGlobs/);
    await expect(checkBatch([], { jobs: 1 })).rejects.toThrow(/No report given/);
  });
});

describe('expandGlob', () => {
  test('matches files and folders like the shell: sorted, dot files skipped, symbolic-link loops not followed', async () => {
    expect(await expandGlob(`${dir}/*`)).toEqual([at('a-report.md'), at('b-chapters'), at('broken.md'), at('c-report.md'), at('nested')]);
    expect(await expandGlob(`${dir}/**/*.md`)).toEqual(
      [at('a-report.md'), at('b-chapters', '01-start.md'), at('b-chapters', '02-more.md'), at('broken.md'), at('c-report.md'), at('nested', 'deeper', 'd-report.md')],
    );
    expect(await expandGlob(`${dir}/{a,c}-report.md`)).toEqual([at('a-report.md'), at('c-report.md')]);
    expect(await expandGlob(`${dir}/*/`)).toEqual([`${at('b-chapters')}/`, `${at('nested')}/`]);
    expect(await expandGlob(`${dir}/nested/*/*`)).toEqual([at('nested', 'deeper', 'd-report.md'), at('nested', 'deeper', 'loop')]);
  });
});

describe('workerCount', () => {
  test('never more threads than reports; auto is the cores available', () => {
    expect(workerCount(4, 2)).toBe(2);
    expect(workerCount(1, 9)).toBe(1);
    expect(workerCount('auto', 1000)).toBeGreaterThanOrEqual(1);
    expect(() => workerCount(1.5, 3)).toThrow(/whole number/);
  });

  test('never more threads than the cores available, whatever --jobs asks', () => {
    expect(workerCount(64, 1000)).toBe(availableParallelism());
    expect(workerCount(availableParallelism() + 1, 1000)).toBe(availableParallelism());
  });
});
