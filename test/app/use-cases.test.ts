// The other commands' use cases, in-process: config discovery as `check`'s, notes and exit codes as data.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateUseCase } from '../../src/app/migrate.js';
import { mergeUseCase } from '../../src/app/merge.js';
import { suggestUseCase } from '../../src/app/suggest.js';
import { check, formatters } from '../../src/index.js';
import { isDiscloseError } from '../../src/model/errors.js';
import { fixture, root } from '../helpers/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-use-cases-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = async (run: () => Promise<unknown>): Promise<unknown> => run().then(() => undefined, (error: unknown) => error);

describe('migrateUseCase', () => {
  test('finds a config upward as the other commands do (was: only with --config FILE); false reads none', async () => {
    const report = join(dir, 'report-2016.md');
    copyFileSync(join(root, fixture('migrate', 'report-2016.md')), report);
    writeFileSync(join(dir, 'disclose.config.json'), '{ "rules": { "no-such-rule": "off" } }\n');
    const error = await errorOf(() => migrateUseCase([report], { cwd: dir }));
    expect(isDiscloseError(error) && error.kind).toBe('config');
    const run = await migrateUseCase([report], { cwd: dir, config: false, format: 'json' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs[0]!.content as string)).toMatchObject({ files: [expect.objectContaining({})] });
  });
});

describe('suggestUseCase', () => {
  test('--dry-run: the diff is the output, the count a note after it, and nothing is written', async () => {
    const report = join(dir, 'report.md');
    copyFileSync(join(root, fixture('reports', 'clean-in-accordance.md')), report);
    const before = readFileSync(report);
    const run = await suggestUseCase([report], { cwd: dir, dryRun: true, write: true });
    expect(readFileSync(report)).toEqual(before);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.map((o) => o.format)).toEqual(['diff']);
    expect(run.finalNotes).toEqual([expect.stringMatching(/^would tag \d+ disclosure\(s\) in \d+ file\(s\); nothing written \(--dry-run\)$/)]);
  });
});

describe('mergeUseCase', () => {
  test('judges the joined shards with the exit policy of check', async () => {
    const result = await check([join(root, fixture('reports', 'errors-tags.md'))], { config: false });
    const shard = join(dir, 'shard-1.json');
    writeFileSync(shard, formatters.json(result));
    expect(mergeUseCase([shard], { targets: [{ format: 'json' }] }).exitCode).toBe(1);
    expect(mergeUseCase([shard], { targets: [{ format: 'json' }], failOn: 'none' }).exitCode).toBe(0);
    // An output over one of the shards it reads is refused before anything is read.
    expect(() => mergeUseCase([shard], { targets: [{ format: 'json', file: shard, option: '--output' }] })).toThrow(/--output .*shard-1\.json is one of the JSON files being merged/);
  });
});
