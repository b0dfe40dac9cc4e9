// Same input, same bytes (issue 7): a multi-file report (the example, plus an errata chapter with findings)
// copied to two folders, its files written in different orders, gives byte-identical `check` output in every
// format and byte-identical `index` output in every format (the binary xlsx included, when the build has it),
// run after run. On file systems that list a folder in creation order this also changes the directory entry
// order; on ext4, which lists by name hash, the two orders are the same, and the write order is what differs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Option } from 'commander';
import { FORMATS } from '../../src/cli/commands/check.js';
import { indexCommand } from '../../src/cli/commands/index-command.js';
import { disclose, root, type CliRun } from '../helpers/run-in-process.js';

// Each test runs the CLI several times on a shared machine: a budget, not a measure of speed.
const SLOW = 240_000;
const source = join(root, 'examples', 'acme-2025');
// An errata chapter with mistakes, so that every format has findings to print (github prints only findings).
const ERRATA = `<!-- page: 99 -->

# Errata

## Corrections to the 2024 report

<!-- disclose: GRI 2-99, GRI 307-1 -->

The 2024 report gave Scope 2 emissions of 18,200 tCO2e; the correct figure is 18,020 tCO2e.

<!-- omit: GRI 418-1 | we-prefer-not-to | Complaint statistics are not published. -->
`;
const chapters = [...readdirSync(source).filter((name) => name.endsWith('.md')), '06-errata.md'].sort();
const text = (name: string): string | Buffer => (name === '06-errata.md' ? ERRATA : readFileSync(join(source, name)));
const INDEX_FORMATS = (indexCommand().options.find((o) => o.long === '--format') as Option).argChoices!;

let first: string;
let second: string;

/** A temp folder with `report/` holding the example's chapters, written in `order`. */
function copyReport(order: readonly string[]): string {
  const base = mkdtempSync(join(tmpdir(), 'disclose-determinism-'));
  mkdirSync(join(base, 'report'));
  for (const name of order) writeFileSync(join(base, 'report', name), text(name));
  return base;
}

beforeAll(() => {
  first = copyReport(chapters);
  // Reverse order, with a file created and removed on the way, so a folder listed in creation order (or
  // reusing freed entries) lists differently.
  second = mkdtempSync(join(tmpdir(), 'disclose-determinism-'));
  mkdirSync(join(second, 'report'));
  writeFileSync(join(second, 'report', 'zz-scratch.md'), '# scratch\n');
  for (const name of [...chapters].reverse()) writeFileSync(join(second, 'report', name), text(name));
  rmSync(join(second, 'report', 'zz-scratch.md'));
});
afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

// The same relative path in both folders, so the paths printed in the output are the same too.
const run = (cwd: string, args: string[]): Promise<CliRun> => disclose([...args, '--no-config'], { cwd });

test('the two copies hold the same files', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(6);
  expect(readdirSync(join(first, 'report')).sort()).toEqual(chapters);
  expect(readdirSync(join(second, 'report')).sort()).toEqual(chapters);
});

test.each(FORMATS)('check --format %s: the same bytes from both copies', async (format) => {
  const a = await run(first, ['check', '--format', format, 'report']);
  const b = await run(second, ['check', '--format', format, 'report']);
  expect(a.status).toBe(1);
  expect(a.stdout.length).toBeGreaterThan(0);
  expect({ status: b.status, stderr: b.stderr }).toEqual({ status: a.status, stderr: a.stderr });
  expect(b.stdout === a.stdout ? 'same bytes' : b.stdout).toBe('same bytes');
}, SLOW);

test.each(INDEX_FORMATS)('index --format %s: the same bytes from both copies', async (format) => {
  const bytes = async (cwd: string): Promise<Buffer> => {
    const output = join(cwd, `index.${format}`);
    const result = await run(cwd, ['index', '--format', format, '--output', output, 'report']);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    return readFileSync(output);
  };
  const a = await bytes(first);
  const b = await bytes(second);
  expect(a.length).toBeGreaterThan(0);
  expect(Buffer.compare(a, b) === 0 ? 'same bytes' : b.toString('utf8')).toBe('same bytes');
}, SLOW);
