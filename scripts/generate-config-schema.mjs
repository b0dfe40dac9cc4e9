// Writes schemas/config.schema.json from the rule registry (architecture.md principle 8).
// Runs on the built package: `npm run generate:config-schema` builds first.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { configSchemaText } from '../dist/config/config-schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'config.schema.json');
writeFileSync(target, configSchemaText(rules), 'utf8');
console.log(`wrote ${target} (${rules.length} rules)`);
