#!/usr/bin/env node
// Speed-up of `disclose check --jobs N` (issue 7): N copies of examples/acme-2025, each a report folder of
// its own in a temp folder, checked with each --jobs value; prints the median wall time of several runs,
// the speed-up over --jobs 1, and the load average (the numbers mean little on a busy machine). It also
// fails if two --jobs values give different output. Where GNU time is installed (/usr/bin/time) it also
// prints the CPU time (user + sys) of each run: on a busy machine the wall times say little, but CPU time
// shows what the threads cost (wall ≈ CPU / jobs on an idle machine). Run after `npm run build`:
//   node scripts/bench-batch.mjs [--copies 40] [--jobs 1,2] [--runs 3] [--cli dist/cli/main.js]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { copies: { type: 'string', default: '40' }, jobs: { type: 'string', default: '1,2' }, runs: { type: 'string', default: '3' }, cli: { type: 'string', default: join(root, 'dist', 'cli', 'main.js') } } });
const copies = Number(values.copies);
const jobs = values.jobs.split(',');
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'disclose-bench-batch-'));
const reports = Array.from({ length: copies }, (_, i) => `report-${String(i + 1).padStart(3, '0')}`);
for (const name of reports) cpSync(join(root, 'examples', 'acme-2025'), join(dir, name), { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${copies} reports (examples/acme-2025 each), ${availableParallelism()} cores available, load average ${load()}`);

// Runs alternate between the --jobs values (1, 2, 1, 2, …) so that a change in the machine's load hits them alike.
const GNU_TIME = '/usr/bin/time';
const withCpu = existsSync(GNU_TIME);
const times = new Map(jobs.map((j) => [j, []]));
const cpu = new Map(jobs.map((j) => [j, []]));
let firstOutput;
try {
  for (let run = 0; run < runs; run++) {
    for (const j of jobs) {
      const started = process.hrtime.bigint();
      const command = [process.execPath, values.cli, 'check', '--format', 'json', '--quiet', '--jobs', j, ...reports];
      const [program, ...args] = withCpu ? [GNU_TIME, '-f', 'cpu %U %S', ...command] : command;
      const result = spawnSync(program, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
      times.get(j).push(Number(process.hrtime.bigint() - started) / 1e9);
      const used = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
      if (used) cpu.get(j).push(Number(used[1]) + Number(used[2]));
      if (result.status !== 0) throw new Error(`--jobs ${j} exited with ${result.status}: ${result.stderr}`);
      firstOutput ??= result.stdout;
      if (result.stdout !== firstOutput) throw new Error(`--jobs ${j} gave a different output`);
    }
  }
  const baseline = median(times.get(jobs[0]));
  for (const j of jobs) {
    const t = times.get(j);
    const c = cpu.get(j);
    const cpuText = c.length ? `; CPU median ${median(c).toFixed(2)} s` : '';
    console.log(`--jobs ${j.padEnd(4)} median ${median(t).toFixed(2)} s of ${runs} (${t.map((x) => x.toFixed(2)).join(', ')}), speed-up ×${(baseline / median(t)).toFixed(2)}${cpuText}`);
  }
  console.log(`load average after: ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
