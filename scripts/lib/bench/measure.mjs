// Runs one command in a child process of its own, so each command's peak memory is its own: wall time
// measured here (spawn to exit); peak resident set size and CPU time (user + system) from GNU time
// (`/usr/bin/time -f '%M %U %S'`), or, where that is missing, from the child itself
// (process.resourceUsage(), written on exit by a preloaded module). CPU time says what the command cost
// when the machine is busy and wall times stretch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const FORMAT = '%M %U %S';
const probe = pathToFileURL(join(import.meta.dirname, 'usage-probe.mjs')).href;

function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false;
  const result = spawnSync(GNU_TIME, ['-f', FORMAT, process.execPath, '-e', '0'], { encoding: 'utf8' });
  return result.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/m.test(result.stderr);
}

export function createRunner() {
  const scratch = mkdtempSync(join(tmpdir(), 'disclose-bench-usage-'));
  const usageFile = join(scratch, 'rss');
  const gnu = gnuTimeWorks();
  return {
    method: gnu ? `/usr/bin/time -f '${FORMAT}'` : 'process.resourceUsage()',
    /**
     * Runs `node ...args`; returns { ms, cpuMs, rssKB }. Throws when the exit code is not in `ok` (stderr
     * then says why). Output goes to /dev/null: writing it is the command's work, reading it is not.
     */
    run(args, { ok = [0], cwd } = {}) {
      const [command, argv, env] = gnu
        ? [GNU_TIME, ['-f', FORMAT, '-o', usageFile, process.execPath, ...args], process.env]
        : [process.execPath, ['--import', probe, ...args], { ...process.env, DISCLOSE_BENCH_USAGE_FILE: usageFile }];
      rmSync(usageFile, { force: true });
      const started = process.hrtime.bigint();
      const result = spawnSync(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.error) throw result.error;
      if (!ok.includes(result.status)) {
        throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
      }
      // GNU time writes "Command exited with non-zero status N" before the numbers when the status is not 0.
      const [rssKB, user, system] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      return { ms, cpuMs: (user + system) * 1000, rssKB, status: result.status };
    },
    close() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
