import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, resolveConfig } from '../../src/config/find-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { rules } from '../../src/rules/index.js';
import { isDiscloseError } from '../../src/model/errors.js';

const ids = rules.map((r) => r.id);
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'disclose-find-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string): string => {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
};

describe('config discovery', () => {
  test('none found up to the filesystem root', () => {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    expect(findConfigFile(join(root, 'a', 'b'))).toBeUndefined();
    expect(resolveConfig({ cwd: join(root, 'a', 'b') }, ids)).toBeUndefined();
  });

  test('a FIFO or a folder named like a config is not a config: discovery neither blocks nor crashes', () => {
    // An untrusted repository can hold either; a config library that reads every candidate whole
    // (lilconfig, cosmiconfig) blocks on the FIFO or throws EISDIR on the folder.
    mkdirSync(join(root, 'a', 'disclose.config.json'), { recursive: true });
    execFileSync('mkfifo', [join(root, 'a', 'disclose.config.yaml')]);
    write('disclose.config.yml', 'rules:\n  title-mismatch: warning\n');
    expect(findConfigFile(join(root, 'a'))).toBe(join(root, 'disclose.config.yml'));
  });

  test('order within a folder: .json, .yaml, .yml, package.json#disclose', () => {
    write('package.json', JSON.stringify({ name: 'x', disclose: { language: 'zh' } }));
    expect(findConfigFile(root)).toBe(join(root, 'package.json'));
    write('disclose.config.yml', 'language: en\n');
    expect(findConfigFile(root)).toBe(join(root, 'disclose.config.yml'));
    write('disclose.config.yaml', 'language: en\n');
    expect(findConfigFile(root)).toBe(join(root, 'disclose.config.yaml'));
    write('disclose.config.json', '{}');
    expect(findConfigFile(root)).toBe(join(root, 'disclose.config.json'));
  });

  test('searches upward; the nearest folder wins; package.json without `disclose` is skipped', () => {
    write('disclose.config.yaml', 'language: zh\n');
    write('a/package.json', JSON.stringify({ name: 'no-config-here' }));
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    expect(findConfigFile(join(root, 'a', 'b', 'c'))).toBe(join(root, 'disclose.config.yaml'));
    write('a/b/package.json', JSON.stringify({ disclose: { rules: { 'title-mismatch': 'warning' } } }));
    expect(findConfigFile(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a', 'b', 'package.json'));
    expect(resolveConfig({ cwd: join(root, 'a', 'b', 'c') }, ids)?.rules).toEqual({ 'title-mismatch': 'warning' });
  });

  test('--config overrides discovery; --no-config disables it', () => {
    write('disclose.config.yaml', 'language: zh\n');
    const other = write('elsewhere/my.json', JSON.stringify({ language: 'en' }));
    expect(resolveConfig({ cwd: root, config: other }, ids)?.defaults).toEqual({ language: 'en' });
    expect(resolveConfig({ cwd: root, config: false }, ids)).toBeUndefined();
    expect(() => resolveConfig({ cwd: root, config: join(root, 'missing.json') }, ids)).toThrow(/no such config file/);
  });

  test('a malformed found config is a config error naming the file', () => {
    write('disclose.config.yaml', 'rules: [oops\n');
    let caught: unknown;
    try {
      resolveConfig({ cwd: root }, ids);
    } catch (error) {
      caught = error;
    }
    expect(isDiscloseError(caught) && caught.kind).toBe('config');
    expect((caught as Error).message).toMatch(/disclose\.config\.yaml: config is not valid YAML/);
    write('disclose.config.yaml', 'rules:\n  nope: off\n');
    expect(() => resolveConfig({ cwd: root }, ids)).toThrow(/unknown rule `nope`/);
  });

  test('package.json#disclose is validated and labelled as such', () => {
    const file = write('package.json', JSON.stringify({ disclose: { colour: 'red' } }));
    expect(() => loadConfig(file, ids)).toThrow(/package\.json#disclose: config: the top level has an unknown key `colour`/);
  });
});
