// The in-process harness (helpers/run-in-process.ts) is only worth having if it sees what a user of the
// built binary sees: the same runs through both give the same stdout, stderr and exit status. These are
// also the suite's start-up tests of the binary (--version, --help, a usage error, a check with findings).
import { cli, fixture } from '../helpers/run-cli.js';
import { disclose } from '../helpers/run-in-process.js';

const RUNS: [string, string[]][] = [
  ['--version', ['--version']],
  ['--help', ['--help']],
  ['a misspelt command', ['chek', 'examples/acme-2025']],
  ['findings at --fail-on: exit 1', ['check', '--no-config', '--format', 'json', fixture('reports', 'errors-tags.md')]],
];

test.each(RUNS)('%s: the same output and exit status in-process as from the built binary', async (_name, args) => {
  const spawned = cli(args);
  expect(await disclose(args)).toEqual(spawned);
});

test('the harness leaves the process as it found it', async () => {
  const cwd = process.cwd();
  const write = process.stdout.write;
  const before = process.env['NO_COLOR'];
  process.exitCode = undefined;
  const run = await disclose(['check', '--no-config', fixture('reports', 'errors-tags.md')], { cwd: '/', env: { DISCLOSE_TEST_MARK: '1' } });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^disclose: .*errors-tags\.md/);
  expect({ cwd: process.cwd(), write: process.stdout.write === write, noColor: process.env['NO_COLOR'], mark: process.env['DISCLOSE_TEST_MARK'], exitCode: process.exitCode })
    .toEqual({ cwd, write: true, noColor: before, mark: undefined, exitCode: undefined });
});
