// src/validation.ts compiles schemas/ without checking them against the JSON Schema meta-schema (it would
// cost every command its start-up time): this test does that check instead, and proves the check bites.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { schemasDir } from '../../src/paths.js';
import { schemaValidator } from '../../src/validation.js';

const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
const metaChecker = new Ajv({ strict: true, allowUnionTypes: true });

describe('schemas/', () => {
  test('holds the schemas the catalog, front matter and config are validated against', () => {
    expect(files).toEqual(expect.arrayContaining(['config.schema.json', 'front-matter.schema.json', 'standard.schema.json']));
  });

  test.each(files)('%s is a valid draft-07 JSON Schema', (file) => {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as object;
    expect(metaChecker.validateSchema(schema)).toBe(true);
    expect(metaChecker.errors ?? []).toEqual([]);
  });

  test('the meta-schema check refuses a schema with a misspelt type', () => {
    expect(metaChecker.validateSchema({ type: 'strnig' })).toBe(false);
  });

  test.each(files)('%s compiles with the runtime ajv settings', (file) => {
    expect(typeof schemaValidator(file)).toBe('function');
  });
});
