// Files a user names besides the report (`--config`, `--baseline`, `--template`, a config found upward)
// are read with the report's limits: regular files only, at most 16 MiB, UTF-8 with or without a BOM
// (issue 11, items 10 and 11). Before, `/dev/zero` grew to 11 GB and a UTF-8 BOM was refused in JSON.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBaseline } from '../../src/config/baseline.js';
import { findConfigFile } from '../../src/config/find-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadTemplate } from '../../src/render/templates.js';
import { rules } from '../../src/rules/index.js';
import { errorOf } from '../helpers/catalog-dir.js';

const dir = mkdtempSync(join(tmpdir(), 'disclose-user-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const ruleIds = rules.map((r) => r.id);
const BOM = '\uFEFF';

describe('type and size, before reading', () => {
  test('a device is refused for each kind of file, at once', () => {
    expect(errorOf(() => loadConfig('/dev/zero', ruleIds)).message).toBe('/dev/zero: the config file is a device; expected a regular file');
    expect(errorOf(() => loadBaseline('/dev/zero')).message).toBe('/dev/zero: the baseline is a device; expected a regular file');
    expect(errorOf(() => loadTemplate('/dev/zero', 'md')).message).toBe('/dev/zero: the template is a device; expected a regular file');
  });

  test('a file over 16 MiB is refused without reading it (a sparse file: no disk used)', () => {
    const big = write('big.config.yaml', 'title: x\n');
    truncateSync(big, 17 * 1024 * 1024);
    expect(errorOf(() => loadConfig(big, ruleIds)).message).toMatch(/big\.config\.yaml: the config file is larger than the 16 MiB limit \(17,825,792 bytes\)/);
  });
});

describe('encodings', () => {
  test('a UTF-8 BOM is accepted in a JSON config and a JSON baseline, as in reports and YAML', () => {
    const config = write('bom.config.json', `${BOM}{ "title": "With BOM" }`);
    expect(loadConfig(config, ruleIds).defaults).toEqual({ title: 'With BOM' });
    const baseline = write('bom.baseline.json', `${BOM}{ "version": 1, "findings": [] }`);
    expect(loadBaseline(baseline)).toEqual({ version: 1, findings: [] });
  });

  test('a UTF-32 BOM is named UTF-32, not UTF-16', () => {
    const config = write('utf32.config.json', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]));
    expect(errorOf(() => loadConfig(config, ruleIds)).message).toMatch(/utf32\.config\.json`: is not UTF-8 text but UTF-32 \(it starts with a UTF-32 byte order mark\)/);
  });
});

describe('a package.json found upward', () => {
  test('with a `disclose` key and a JSON syntax error: refused, not skipped', () => {
    const project = join(dir, 'broken');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "x", "disclose": { "title": "T" }, }\n');
    expect(errorOf(() => findConfigFile(project)).message).toMatch(/broken\/package\.json: package\.json has a `disclose` key but is not valid JSON: /);
  });

  test('without one, a broken package.json is still someone else\'s file and skipped', () => {
    const project = join(dir, 'other');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "x", }\n');
    writeFileSync(join(dir, 'disclose.config.yaml'), 'title: Found\n');
    expect(findConfigFile(project)).toBe(join(dir, 'disclose.config.yaml'));
  });
});
