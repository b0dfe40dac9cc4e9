// Runs the built CLI (dist/, built by `npm test` before jest) as a user would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const root = packageRoot;
export const fixture = (...parts: string[]): string => join('test', 'fixtures', ...parts);

/** `timeout` (ms) stops a run that hangs: it then fails with status null instead of blocking the suite. */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist', 'cli', 'main.js'), ...args], {
    cwd: options.cwd ?? packageRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout ? { timeout: options.timeout } : {}),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What every refusal must look like: exit 2, one line on stderr, no stack trace, nothing on stdout. */
export function expectRefusal(run: CliRun, pattern: RegExp): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(pattern);
}
