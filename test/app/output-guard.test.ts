// An output that is also an input is refused before anything runs (issue 11, item 2): compared as files
// (symlinks followed, hard links and other spellings of a path included), a folder as its report files.
import { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from '../../src/app/output-guard.js';
import { errorOf } from '../helpers/catalog-dir.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-guard-'));
  writeFileSync(join(dir, '01-about.md'), '# About\n');
  writeFileSync(join(dir, '02-climate.md'), '# Climate\n');
  writeFileSync(join(dir, 'disclose.config.yaml'), 'ignore: []\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (output: string, inputs: string[], option = '--output'): string =>
  errorOf(() => refuseOutputOverInput([{ option, path: output }], [{ what: REPORT_FILES, paths: inputs }, { what: CONFIG_FILE, paths: [join(dir, 'disclose.config.yaml')] }])).message;
const allowed = (output: string, inputs: string[]): void =>
  refuseOutputOverInput([{ option: '--output', path: output }], [{ what: REPORT_FILES, paths: inputs }]);

test('the report file itself, spelt another way, through a symlink or a hard link', () => {
  const report = join(dir, '01-about.md');
  expect(refusal(report, [report])).toBe(`--output ${report} is one of the report's input files; refusing to overwrite it, expected a path that disclose does not read.`);
  expect(refusal(join(dir, '.', 'x', '..', '01-about.md'), [report])).toMatch(/is one of the report's input files/);
  symlinkSync('01-about.md', join(dir, 'link.md'));
  expect(refusal(join(dir, 'link.md'), [report])).toMatch(/link\.md is one of the report's input files/);
  linkSync(report, join(dir, 'hard.json'));
  expect(refusal(join(dir, 'hard.json'), [report])).toMatch(/hard\.json is one of the report's input files/);
});

test('a folder argument: any of its report files; another file in the folder is fine', async () => {
  const files = await reportInputFiles([dir]);
  expect(refusal(join(dir, '02-climate.md'), files)).toMatch(/02-climate\.md is one of the report's input files/);
  expect(() => allowed(join(dir, 'findings.json'), files)).not.toThrow();
  writeFileSync(join(dir, 'findings.json'), '{}');
  expect(() => allowed(join(dir, 'findings.json'), files)).not.toThrow();
}, 60_000); // the first test to load the library (reportInputFiles imports it) compiles it

test('a path that cannot be expanded is kept as it is (the command reports it itself)', async () => {
  expect(await reportInputFiles([join(dir, 'missing.md'), join(dir, '01-about.md')])).toEqual([join(dir, 'missing.md'), join(dir, '01-about.md')]);
});

test('the config file in use, and the baseline written over a report file', () => {
  expect(refusal(join(dir, 'disclose.config.yaml'), [])).toMatch(/disclose\.config\.yaml is the config file in use; refusing to overwrite it/);
  expect(refusal(join(dir, '01-about.md'), [join(dir, '01-about.md')], '--baseline')).toMatch(/^--baseline .*01-about\.md is one of the report's input files/);
});

test('two outputs naming the same file, even one not there yet', () => {
  const out = join(dir, 'new.json');
  const error = errorOf(() => refuseOutputOverInput([{ option: '--output', path: out }, { option: '--baseline', path: join(dir, '.', 'new.json') }], []));
  expect(error.message).toBe(`--baseline ${join(dir, '.', 'new.json')} is also written by --output; expected a different file for each output.`);
});

test('devices and absent outputs are never inputs', () => {
  expect(() => allowed('/dev/null', ['/dev/null'])).not.toThrow();
  expect(() => allowed(join(dir, 'absent.json'), [join(dir, '01-about.md')])).not.toThrow();
  expect(() => refuseOutputOverInput([{ option: '--output', path: undefined }], [{ what: REPORT_FILES, paths: [undefined] }])).not.toThrow();
});
