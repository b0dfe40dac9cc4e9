// A reader that stops early (`| head`) must not make the CLI print an EPIPE stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers/run-cli.js';

test('output piped into a reader that closes early ends quietly', () => {
  const cli = join(root, 'dist', 'cli', 'main.js');
  // `standards list` writes ~200 KB: far more than a pipe buffer, so the write fails once `head` has gone.
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" standards list --json | head -c 10 >/dev/null; echo "status=\${PIPESTATUS:-}"`], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
