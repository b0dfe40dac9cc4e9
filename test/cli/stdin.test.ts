// `cat report.md | disclose check -`: the built CLI reads the report from a pipe and names it `<stdin>`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/run-cli.js';

const run = (args: string[], input: string | Buffer) =>
  spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('check -', () => {
  test('reads the report from standard input and names it <stdin>', () => {
    const report = readFileSync(join(root, 'test', 'fixtures', 'reports', 'with-reference.md'));
    const { status, stdout, stderr } = run(['check', '-', '--format', 'json'], report);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as { reports: { file: string; files: string[]; findings: { file: string }[] }[] };
    expect(status).not.toBe(2);
    expect(result.reports[0]!.file).toBe('<stdin>');
    expect(result.reports[0]!.files).toEqual(['<stdin>']);
    expect(result.reports[0]!.findings.every((f) => f.file === '<stdin>')).toBe(true);
  });

  test('refuses a report that is not UTF-8 with one line naming <stdin>', () => {
    const { status, stdout, stderr } = run(['check', '-'], Buffer.from([0x23, 0x20, 0xff, 0x0a]));
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toBe('disclose: `<stdin>`: is not valid UTF-8 text (byte 0xFF at line 1); save it as UTF-8\n');
  });
});
