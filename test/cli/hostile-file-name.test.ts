// The scenario end to end: a report file named with a newline and a GitHub workflow command.
// Printed raw by `check` (stylish, the default), the second line of the name would be read by the Actions
// runner as an `::error` command. One spawn of the built CLI; the formatters' own tests cover the rest.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli.js';

test('check prints a hostile file name on one line, its newline and RTL override spelt out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-name-'));
  try {
    const name = 'r\n::error file=x::pwned \u202Eexe.md';
    writeFileSync(join(dir, name), '---\nframeworks:\n  gri: { claim: in-accordance }\n---\n# About\n\n<!-- disclose: GRI 2-999 -->\n');
    const run = cli(['check', name, '--no-config'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
    expect(run.stdout).toContain('r\\n::error file=x::pwned \\u202Eexe.md');
    expect(run.stdout).not.toMatch(/[\u202E\r]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
