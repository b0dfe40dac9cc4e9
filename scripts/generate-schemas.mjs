// Writes the framework lists of schemas/ from standards/frameworks.json (architecture.md principle 8):
// test/meta/framework-schemas.test.ts fails when one is stale. Runs on the built package.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAMEWORK_SCHEMAS, schemaText, withFrameworks } from '../dist/model/framework-schemas.js';
import { frameworkDefs } from '../dist/model/frameworks.js';

const schemas = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
for (const name of FRAMEWORK_SCHEMAS) {
  const file = join(schemas, name);
  writeFileSync(file, schemaText(withFrameworks(name, JSON.parse(readFileSync(file, 'utf8')), frameworkDefs())), 'utf8');
  console.log(`wrote ${file}`);
}
