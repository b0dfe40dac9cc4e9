// Principle 8: schemas/config.schema.json is generated from the rule registry; this fails when it is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/rules/index.js';
import { configSchemaText, buildConfigSchema } from '../../src/config/config-schema.js';
import { schemasDir } from '../../src/paths.js';
import { configFromData } from '../../src/config/load-config.js';

const ids = rules.map((r) => r.id);

describe('config schema', () => {
  test('the committed schema is what the rule registry generates (run `npm run generate:config-schema`)', () => {
    const committed = readFileSync(join(schemasDir, 'config.schema.json'), 'utf8');
    expect(committed).toBe(configSchemaText(rules));
  });

  test('one property per rule, closed, with the rule description and severity-or-off', () => {
    const schema = buildConfigSchema(rules) as { properties: { rules: { properties: Record<string, { enum: string[]; description: string }>; additionalProperties: boolean } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(ids);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    for (const rule of rules) {
      expect(schema.properties.rules.properties[rule.id]).toMatchObject({ description: rule.description, enum: ['error', 'warning', 'info', 'off'] });
    }
  });

  test('valid configs pass; unknown rules, bad severities and bad keys are one clear message', () => {
    const ok = configFromData({ rules: { 'title-mismatch': 'off' }, ignore: ['drafts/**'], templates: { gri: 'my.hbs' }, language: 'zh' }, '/x/c.json', ids);
    expect(ok.rules).toEqual({ 'title-mismatch': 'off' });
    expect(ok.ignore).toEqual(['drafts/**']);
    expect(ok.templates).toEqual({ gri: join('/x', 'my.hbs') });
    expect(ok.defaults).toEqual({ language: 'zh' });
    expect(() => configFromData({ rules: { 'no-such-rule': 'error' } }, 'c.json', ids)).toThrow(/unknown rule `no-such-rule`; expected one of invalid-directive/);
    expect(() => configFromData({ rules: { 'title-mismatch': 'fatal' } }, 'c.json', ids)).toThrow(/`rules.title-mismatch` must be one of "error", "warning", "info", "off"/);
    expect(() => configFromData({ ignores: [] }, 'c.json', ids)).toThrow(/unknown key `ignores`/);
    expect(() => configFromData({ ignore: 'drafts' }, 'c.json', ids)).toThrow(/`ignore` must be array/);
    expect(() => configFromData({ templates: { xyz: 'a.hbs' } }, 'c.json', ids)).toThrow(/templates/);
  });
});
