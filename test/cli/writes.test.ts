// End to end, the writes a user sees (issue 11, items 1 and 2): an output that is an input is refused
// with the report untouched, `-o /dev/stdout` and devices work, `init --force` keeps a symlinked config.
// The writer's cases are tested in-process (test/io); these few spawn the built CLI.
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectRefusal, fixture, root } from '../helpers/run-cli.js';
import type { CheckResult } from '../../src/model/finding.js';

let dir: string;
let original: Buffer;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-writes-'));
  copyFileSync(join(root, fixture('reports', 'errors-tags.md')), join(dir, 'r.md'));
  original = readFileSync(join(dir, 'r.md'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => cli([...args, '--no-config'], { cwd: dir });
const reportKept = (): void => expect(readFileSync(join(dir, 'r.md')).equals(original)).toBe(true);

test('check r.md -o r.md is refused in one line; the report is unchanged', () => {
  expectRefusal(run(['check', 'r.md', '-o', 'r.md']), /^disclose: --output r\.md is one of the report's input files; refusing to overwrite it/);
  reportKept();
});

test('--baseline r.md --update-baseline is refused; the report is unchanged', () => {
  expectRefusal(run(['check', 'r.md', '--baseline', 'r.md', '--update-baseline']), /^disclose: --baseline r\.md is one of the report's input files/);
  reportKept();
});

test('suggest <folder> --write -o <a file of the folder> is refused before anything is written', () => {
  mkdirSync(join(dir, 'report'));
  copyFileSync(join(dir, 'r.md'), join(dir, 'report', 'r.md'));
  expectRefusal(run(['suggest', 'report', '--write', '-o', join('report', 'r.md')]), /--output report\/r\.md is one of the report's input files/);
  expect(readFileSync(join(dir, 'report', 'r.md')).equals(original)).toBe(true);
});

test('-o /dev/stdout writes to stdout (as any user); -o /dev/full fails with ENOSPC and exit 2', () => {
  const json = run(['check', 'r.md', '--format', 'json', '-o', '/dev/stdout']);
  expect(json.status).toBe(1);
  expect((JSON.parse(json.stdout) as CheckResult).reports[0]!.findings.length).toBeGreaterThan(0);
  if (existsSync('/dev/full')) {
    expectRefusal(run(['check', 'r.md', '-o', '/dev/full']), /^disclose: \/dev\/full: cannot write \(ENOSPC\): no space left on the device\.$/m);
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  }
});

test('init --force through a symlinked config writes the link\'s target and keeps the link', () => {
  mkdirSync(join(dir, 'shared'));
  writeFileSync(join(dir, 'shared', 'disclose.config.yaml'), 'ignore: [old]\n');
  symlinkSync(join('shared', 'disclose.config.yaml'), join(dir, 'disclose.config.yaml'));
  const init = cli(['init', '--force'], { cwd: dir });
  expect(init.status).toBe(0);
  expect(lstatSync(join(dir, 'disclose.config.yaml')).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(dir, 'shared', 'disclose.config.yaml'), 'utf8')).toMatch(/^# disclose config, written by `disclose init`/);
  expect(readdirSync(join(dir, 'shared'))).toEqual(['disclose.config.yaml']);
});

test('check r.md --format sarif=r.md (a format file over the report) is refused; the report is unchanged', () => {
  expectRefusal(run(['check', 'r.md', '--format', 'stylish', '--format', 'sarif=r.md']), /^disclose: --format sarif=r\.md is one of the report's input files/);
  reportKept();
});

test('merge a.json --format json=a.json is refused; the shard output is unchanged', () => {
  const json = run(['check', 'r.md', '--format', 'json']).stdout;
  writeFileSync(join(dir, 'a.json'), json);
  expectRefusal(cli(['merge', 'a.json', '--format', 'json=a.json'], { cwd: dir }), /^disclose: --format json=a\.json is one of the JSON files being merged/);
  expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(json);
});
