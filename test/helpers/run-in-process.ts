// Runs the disclose program (src/cli/run.ts) in the test's own process, as `cli()` (run-cli.ts) runs the
// built binary: same arguments and options, same result shape (stdout, stderr, exit status). Spawning a
// Node process per case cost most of the suite's time (issue 12, item 7); only the end-to-end tests that
// need a real process (start-up, pipes, signals, stdin, worker threads) still spawn.
//
// What a child process gives for free is set up and undone around each run, one run at a time:
// - stdout and stderr: process.stdout.write / process.stderr.write are replaced by collectors (bytes are
//   kept and decoded as UTF-8 at the end, as spawnSync's `encoding: 'utf8'` does), and the streams are
//   not terminals (isTTY undefined), as a pipe is not;
// - the exit code: process.exitCode as the program leaves it (undefined = 0), then reset;
// - the working directory (process.chdir; jest runs each test file in a process of its own) and the
//   environment (NO_COLOR=1 plus the run's `env`, restored after).
// There is no time limit: a run cannot be stopped from inside its own process. Tests of a bound on time or
// memory (hostile inputs) spawn the binary with cli()'s `timeout` instead.
import { COMMANDS, runCli } from '../../src/cli/run.js';
import { packageRoot } from '../../src/paths.js';
import type { CliRun } from './run-cli.js';

// Every command's module is loaded once here, one after the other, before any run:
// - jest's ESM loader fails on concurrent dynamic imports of one module graph ("request for … is not in
//   cache"), which the program does when it builds the full help (all commands at once, run.ts);
// - Node warns once per process, on the first dynamic import, that VM modules (jest's ESM) are
//   experimental; the warning is let pass here instead of landing in the first run's captured stderr.
for (const load of Object.values(COMMANDS)) await load();
await import('commander');
// The library, which every command's action imports: loaded here, not inside the first test's time.
await import('../../src/index.js');
await new Promise((resolve) => setImmediate(resolve));

export { expectRefusal, fixture, root, type CliRun } from './run-cli.js';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
}

type Write = typeof process.stdout.write;

function collector(chunks: Buffer[]): Write {
  return ((chunk: string | Uint8Array, encodingOrCallback?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean => {
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8';
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as Write;
}

/** Sets `key` of `target` to `value` (deleting it for undefined) and returns how to put it back. */
function override(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: own?.enumerable ?? true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

function setEnv(values: Record<string, string>): () => void {
  const before = new Map(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** `disclose ...args` in this process: what it printed and its exit status. Runs one at a time. */
export function disclose(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const next = queue.then(() => runNow(args, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runNow(args: string[], options: RunOptions): Promise<CliRun> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const cwd = process.cwd();
  const exitCode = process.exitCode;
  const restore = [
    override(process.stdout, 'write', collector(stdout)),
    override(process.stderr, 'write', collector(stderr)),
    override(process.stdout, 'isTTY', undefined),
    override(process.stderr, 'isTTY', undefined),
    setEnv({ NO_COLOR: '1', ...options.env }),
  ];
  process.exitCode = undefined;
  let status: number | null;
  try {
    process.chdir(options.cwd ?? packageRoot);
    await runCli(args);
    const code = process.exitCode as number | string | undefined;
    status = code === undefined ? 0 : Number(code);
  } finally {
    process.chdir(cwd);
    process.exitCode = exitCode;
    for (const undo of restore.reverse()) undo();
  }
  return { status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}
