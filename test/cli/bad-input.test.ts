import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal, fixture } from '../helpers/run-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-bad-'));

describe('bad input: one clear line on stderr, exit 2', () => {
  test('a missing file', async () => {
    expectRefusal(await disclose(['check', 'no-such-report.md']), /no-such-report\.md/);
  });

  test('a folder without Markdown', async () => {
    expectRefusal(await disclose(['check', fixture('reports', 'bad', 'empty-dir')]), /empty-dir/);
  });

  test('a binary file', async () => {
    const file = join(tmp, 'logo.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expectRefusal(await disclose(['check', file]), /logo\.md.*binary/i);
  });

  test('a file that is not UTF-8', async () => {
    const file = join(tmp, 'gbk.md');
    // "可持续发展" in GBK: valid Chinese text, invalid UTF-8.
    writeFileSync(file, Buffer.from([0x23, 0x20, 0xbf, 0xc9, 0xb3, 0xd6, 0xd0, 0xf8, 0xb7, 0xa2, 0xd5, 0xb9, 0x0a]));
    expectRefusal(await disclose(['check', file]), /gbk\.md.*UTF-8/);
  });

  test('malformed YAML front matter', async () => {
    expectRefusal(await disclose(['check', fixture('reports', 'bad', 'malformed-yaml.md')]), /malformed-yaml\.md.*YAML/);
  });

  test('front matter that fails its schema', async () => {
    expectRefusal(await disclose(['check', fixture('reports', 'bad', 'bad-claim.md')]), /bad-claim\.md.*frameworks\.gri\.claim.*in-accordance/);
  });

  test('an unknown front matter key', async () => {
    expectRefusal(await disclose(['check', fixture('reports', 'bad', 'unknown-key.md')]), /unknown-key\.md.*publised/);
  });

  test('an unknown --format', async () => {
    expectRefusal(await disclose(['check', '--format', 'xml', 'examples/acme-2025']), /--format.*xml.*stylish, json/);
  });

  test('an unknown command', async () => {
    expectRefusal(await disclose(['chek', 'examples/acme-2025']), /unknown command 'chek'/);
  });

  test('a missing argument', async () => {
    expectRefusal(await disclose(['check']), /missing required argument 'paths'/);
  });

  test('a config file that does not parse', async () => {
    const file = join(tmp, 'disclose.config.json');
    writeFileSync(file, '{ "rules": { ');
    expectRefusal(await disclose(['check', '--config', file, 'examples/acme-2025']), /disclose\.config\.json.*not valid JSON/);
  });

  test('a config naming an unknown rule', async () => {
    const file = join(tmp, 'rules.json');
    writeFileSync(file, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    expectRefusal(await disclose(['check', '--config', file, 'examples/acme-2025']), /unknown rule `no-such-rule`/);
  });

  test('an unknown disclosure id for standards show', async () => {
    expectRefusal(await disclose(['standards', 'show', 'GRI 2-99']), /`GRI 2-99` is not a disclosure/);
  });

  test('an output path in a folder that does not exist', async () => {
    expectRefusal(await disclose(['index', 'examples/acme-2025', '--output', join(tmp, 'nope', 'index.md')]), /cannot write \(ENOENT\)/);
  });

  test('--help and --version exit 0', async () => {
    expect((await disclose(['--version'])).status).toBe(0);
    expect((await disclose(['check', '--help'])).status).toBe(0);
  });
});
