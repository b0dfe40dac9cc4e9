import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printedConfig } from '../../src/app/print-config.js';
import { resolveConfig } from '../../src/config/find-config.js';
import { rules } from '../../src/rules/index.js';

const ids = rules.map((r) => r.id);

describe('check --print-config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'disclose-print-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the config found upward: its file, every rule\'s severity (configured or default), defaults and ignore', () => {
    writeFileSync(join(dir, 'disclose.config.yaml'), 'language: zh\nrules:\n  tag-not-in-index: "off"\n  missing-disclosure: warning\nignore: ["drafts/**"]\n');
    const printed = printedConfig(resolveConfig({ cwd: dir }, ids), { how: 'discovered', cwd: dir }, rules);
    expect(printed).toMatchObject({
      file: join(dir, 'disclose.config.yaml'),
      source: `found upward from ${dir}`,
      defaults: { language: 'zh' },
      ignore: ['drafts/**'],
      templates: {},
    });
    expect(Object.keys(printed.rules)).toEqual(ids);
    expect(printed.rules).toMatchObject({ 'tag-not-in-index': 'off', 'missing-disclosure': 'warning', 'title-mismatch': 'error', 'crosswalk-credit': 'info' });
  });

  test('no config: the defaults, and why', () => {
    expect(printedConfig(undefined, { how: 'none', cwd: dir }, rules)).toMatchObject({ file: null, source: '--no-config: no config file', defaults: {}, ignore: [] });
    expect(printedConfig(undefined, { how: 'discovered', cwd: dir }, rules).source).toBe(`none found upward from ${dir}; the defaults apply`);
  });
});
