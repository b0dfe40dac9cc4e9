// The schemas' framework lists are generated from standards/frameworks.json (architecture.md principle 8):
// this fails when one is stale. Fix with `npm run generate:schemas`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, schemasDir, standardsDir } from '../../src/paths.js';
import { FRAMEWORK_SCHEMAS, packagedFrameworksModule, schemaText, withFrameworks } from '../../src/model/framework-schemas.js';

import { frameworkDefs, INDEX_LAYOUTS, POLICY_IDS, type FrameworkRegistryFile } from '../../src/model/frameworks.js';
import { POLICIES } from '../../src/engine/policies/index.js';
import { schemaValidator } from '../../src/validation.js';

const read = (name: string): string => readFileSync(join(schemasDir, name), 'utf8');

describe('schemas generated from the framework registry', () => {
  test.each([...FRAMEWORK_SCHEMAS])('%s is up to date (npm run generate:schemas)', (name) => {
    const text = read(name);
    expect(text).toBe(schemaText(withFrameworks(name, JSON.parse(text) as Record<string, unknown>, frameworkDefs())));
  });

  test('src/model/frameworks-packaged.ts is up to date (npm run generate:schemas)', () => {
    const { frameworks } = JSON.parse(readFileSync(join(standardsDir, 'frameworks.json'), 'utf8')) as FrameworkRegistryFile;
    expect(readFileSync(join(packageRoot, 'src', 'model', 'frameworks-packaged.ts'), 'utf8')).toBe(packagedFrameworksModule(frameworks));
  });

  test('the staleness check bites: a framework added to the registry changes every generated schema', () => {
    const extra = { ...frameworkDefs()[0]!, id: 'acme', prefixes: ['ACME'] };
    for (const name of FRAMEWORK_SCHEMAS) {
      const text = read(name);
      expect(schemaText(withFrameworks(name, JSON.parse(text) as Record<string, unknown>, [...frameworkDefs(), extra]))).not.toBe(text);
    }
  });

  test('standards/frameworks.json validates against its schema, and the model reads the same list', () => {
    const file = JSON.parse(readFileSync(join(standardsDir, 'frameworks.json'), 'utf8')) as FrameworkRegistryFile;
    const validate = schemaValidator('frameworks.schema.json');
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(file)).toBe(true);
    expect(frameworkDefs().map((f) => f.id)).toEqual(file.frameworks.map((f) => f.id));
  });
});

describe('the closed sets of code the registry names', () => {
  const definition = (JSON.parse(read('frameworks.schema.json')) as { definitions: { framework: { properties: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> } } }).definitions.framework.properties;

  test('every policy the schema allows has a module, and no other', () => {
    expect(definition['policy']!.enum).toEqual([...POLICY_IDS]);
    expect(Object.keys(POLICIES).sort()).toEqual([...POLICY_IDS].sort());
  });

  test('every index layout the schema allows is one the engine builds', () => {
    expect(definition['index']!.properties!['layout']!.enum).toEqual([...INDEX_LAYOUTS]);
  });
});
