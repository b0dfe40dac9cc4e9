// What the render layer may depend on, and that both languages label everything.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { templatesDir } from '../../src/paths.js';
import { COLUMN_IDS } from '../../src/render/index.js';

const renderDir = join(process.cwd(), 'src', 'render');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

// user-file.js: a `--template` is read with the same type and size limits as every user file.
test('src/render imports only the model, paths, the user-file reader, node and its two libraries', () => {
  for (const file of readdirSync(renderDir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(renderDir, file), 'utf8');
    const specifiers = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    for (const specifier of specifiers) {
      expect([file, specifier]).toEqual([file, expect.stringMatching(/^(node:|handlebars$|csv-stringify\/sync$|\.\/|\.\.\/model\/|\.\.\/paths\.js$|\.\.\/user-file\.js$)/)]);
    }
  }
});

test('the en and zh locales have the same labels, all non-empty strings', () => {
  const en = JSON.parse(readFileSync(join(templatesDir, 'locales', 'en.json'), 'utf8')) as object;
  const zh = JSON.parse(readFileSync(join(templatesDir, 'locales', 'zh.json'), 'utf8')) as object;
  expect(keys(zh)).toEqual(keys(en));
  for (const locale of [en, zh]) {
    for (const key of keys(locale)) {
      const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], locale);
      expect([key, typeof value === 'string' && value.length > 0]).toEqual([key, true]);
    }
  }
  for (const id of COLUMN_IDS) expect(keys(en)).toContain(`columns.${id}`);
  for (const reason of ['not-applicable', 'legal-prohibitions', 'confidentiality-constraints', 'information-unavailable']) {
    expect(keys(en)).toContain(`reasons.${reason}`);
  }
});

test('HTML templates never write data unescaped ({{{ }}} or {{& }})', () => {
  const files = [join(templatesDir, 'gri', 'index.html.hbs'), ...readdirSync(join(templatesDir, 'partials')).map((f) => join(templatesDir, 'partials', f))];
  for (const file of files) {
    const source = readFileSync(file, 'utf8').replace(/\{\{!--[^]*?--\}\}/g, '');
    expect([file, source]).not.toEqual([file, expect.stringMatching(/\{\{\{|\{\{~?&/)]);
  }
});
