// Writes what is generated from standards/frameworks.json (architecture.md principle 8): the framework
// lists of schemas/ and src/model/frameworks-packaged.ts. test/meta/framework-schemas.test.ts fails when one
// is stale. Runs on the built package; run `npm run build` again after it (npm run generate:schemas does).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAMEWORK_SCHEMAS, packagedFrameworksModule, schemaText, withFrameworks } from '../dist/model/framework-schemas.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { frameworks } = JSON.parse(readFileSync(join(root, 'standards', 'frameworks.json'), 'utf8'));
const moduleFile = join(root, 'src', 'model', 'frameworks-packaged.ts');
writeFileSync(moduleFile, packagedFrameworksModule(frameworks), 'utf8');
console.log(`wrote ${moduleFile}`);
for (const name of FRAMEWORK_SCHEMAS) {
  const file = join(root, 'schemas', name);
  writeFileSync(file, schemaText(withFrameworks(name, JSON.parse(readFileSync(file, 'utf8')), frameworks)), 'utf8');
  console.log(`wrote ${file}`);
}
