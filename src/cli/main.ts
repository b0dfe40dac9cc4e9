#!/usr/bin/env node
// The executable: wires this process's argv, stdout and exit to the program (run.ts), the only place that
// touches process.exit. Start-up stays close to bare Node's: this file loads run.ts and what it needs only.
import { limitHeapGrowth } from './heap-growth.js';
import { runCli } from './run.js';

// Before anything is read: peak memory near 1.5× the live set instead of 4× (heap-growth.ts).
limitHeapGrowth();

// A reader that stops early (`disclose check … | head`) closes the pipe: end quietly, as Unix tools do,
// instead of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

await runCli(process.argv.slice(2));
