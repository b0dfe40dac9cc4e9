// Preloaded (`node --import`) into a benchmarked command where GNU time is missing: writes the process's
// peak resident set size (kilobytes) and user and system CPU time (seconds) to $DISCLOSE_BENCH_USAGE_FILE as
// it exits, in GNU time's `%M %U %S` format.
import { writeFileSync } from 'node:fs';

const file = process.env['DISCLOSE_BENCH_USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}
