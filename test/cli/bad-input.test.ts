import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectRefusal, fixture } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-bad-'));

describe('bad input: one clear line on stderr, exit 2', () => {
  test('a missing file', () => {
    expectRefusal(cli(['check', 'no-such-report.md']), /no-such-report\.md/);
  });

  test('a folder without Markdown', () => {
    expectRefusal(cli(['check', fixture('reports', 'bad', 'empty-dir')]), /empty-dir/);
  });

  test('a binary file', () => {
    const file = join(tmp, 'logo.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expectRefusal(cli(['check', file]), /logo\.md.*binary/i);
  });

  test('a file that is not UTF-8', () => {
    const file = join(tmp, 'gbk.md');
    // "可持续发展" in GBK: valid Chinese text, invalid UTF-8.
    writeFileSync(file, Buffer.from([0x23, 0x20, 0xbf, 0xc9, 0xb3, 0xd6, 0xd0, 0xf8, 0xb7, 0xa2, 0xd5, 0xb9, 0x0a]));
    expectRefusal(cli(['check', file]), /gbk\.md.*UTF-8/);
  });

  test('malformed YAML front matter', () => {
    expectRefusal(cli(['check', fixture('reports', 'bad', 'malformed-yaml.md')]), /malformed-yaml\.md.*YAML/);
  });

  test('front matter that fails its schema', () => {
    expectRefusal(cli(['check', fixture('reports', 'bad', 'bad-claim.md')]), /bad-claim\.md.*frameworks\.gri\.claim.*in-accordance/);
  });

  test('an unknown front matter key', () => {
    expectRefusal(cli(['check', fixture('reports', 'bad', 'unknown-key.md')]), /unknown-key\.md.*publised/);
  });

  test('an unknown --format', () => {
    expectRefusal(cli(['check', '--format', 'xml', 'examples/acme-2025']), /--format.*xml.*stylish, json/);
  });

  test('an unknown command', () => {
    expectRefusal(cli(['chek', 'examples/acme-2025']), /unknown command 'chek'/);
  });

  test('a missing argument', () => {
    expectRefusal(cli(['check']), /missing required argument 'paths'/);
  });

  test('a config file that does not parse', () => {
    const file = join(tmp, 'disclose.config.json');
    writeFileSync(file, '{ "rules": { ');
    expectRefusal(cli(['check', '--config', file, 'examples/acme-2025']), /disclose\.config\.json.*not valid JSON/);
  });

  test('a config naming an unknown rule', () => {
    const file = join(tmp, 'rules.json');
    writeFileSync(file, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    expectRefusal(cli(['check', '--config', file, 'examples/acme-2025']), /unknown rule `no-such-rule`/);
  });

  test('an unknown disclosure id for standards show', () => {
    expectRefusal(cli(['standards', 'show', 'GRI 2-99']), /`GRI 2-99` is not a disclosure/);
  });

  test('an output path in a folder that does not exist', () => {
    expectRefusal(cli(['index', 'examples/acme-2025', '--output', join(tmp, 'nope', 'index.md')]), /cannot write \(ENOENT\)/);
  });

  test('--help and --version exit 0', () => {
    expect(cli(['--version']).status).toBe(0);
    expect(cli(['check', '--help']).status).toBe(0);
  });
});
