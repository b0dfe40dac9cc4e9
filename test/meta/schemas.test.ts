// src/validation.ts compiles schemas/ without checking them against the JSON Schema meta-schema (it would
// cost every command its start-up time): this test does that check instead, and proves the check bites.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { schemasDir } from '../../src/paths.js';
import { schemaValidator } from '../../src/validation.js';

// The input schemas at the top, the published output schemas under output/ (named by their path there).
const files = ['', 'output'].flatMap((folder) =>
  readdirSync(join(schemasDir, folder)).filter((f) => f.endsWith('.schema.json')).sort().map((f) => (folder ? `${folder}/${f}` : f)),
);
const metaChecker = new Ajv({ strict: true, allowUnionTypes: true });

describe('schemas/', () => {
  test('holds the schemas the catalog, front matter and config are validated against', () => {
    expect(files).toEqual(expect.arrayContaining(['config.schema.json', 'front-matter.schema.json', 'standard.schema.json']));
    expect(files).toEqual(expect.arrayContaining(['output/check.schema.json', 'output/index.schema.json', 'output/suggest.schema.json']));
  });

  test.each(files)('%s is a valid draft-07 JSON Schema', (file) => {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as object;
    expect(metaChecker.validateSchema(schema)).toBe(true);
    expect(metaChecker.errors ?? []).toEqual([]);
  });

  test('the meta-schema check refuses a schema with a misspelt type', () => {
    expect(metaChecker.validateSchema({ type: 'strnig' })).toBe(false);
  });

  // A `$id` on a domain the project does not own would let whoever registers it serve a different schema
  // to editors and validators that fetch it (issue 11 §14): URNs name the schemas without a host.
  test.each(files)('%s has a URN $id, on no domain', (file) => {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as { $id?: string };
    expect(schema.$id).toBe(`urn:disclose:schema:${file.replace(/\.schema\.json$/, '')}`);
  });

  test('no schema refers to another by a URL', () => {
    for (const file of files) expect(readFileSync(join(schemasDir, file), 'utf8')).not.toMatch(/"\$ref": "https?:/);
  });

  test('a reference between schemas by URN resolves: the config takes the front matter\'s language values', () => {
    const validate = schemaValidator('config.schema.json');
    expect(validate({ language: 'zh' })).toBe(true);
    expect(validate({ language: 'fr' })).toBe(false);
  });

  test.each(files)('%s compiles with the runtime ajv settings', (file) => {
    expect(typeof schemaValidator(file)).toBe('function');
  });
});
