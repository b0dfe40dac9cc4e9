// The parts of schemas/ that list frameworks are generated from the registry (standards/frameworks.json):
// `npm run generate:schemas` writes them, test/meta/framework-schemas.test.ts fails when one is stale, and
// a standards folder with its own registry (a made-up framework) validates against the same schemas with
// its own frameworks filled in (src/validation.ts, `frameworkSchemaValidator`). Pure: JSON in, JSON out.
import type { FrameworkDef, PolicyId } from './framework-def.js';

/** The schemas that name frameworks. */
export const FRAMEWORK_SCHEMAS = ['standard.schema.json', 'descriptors.schema.json', 'migration.schema.json', 'front-matter.schema.json'] as const;
export type FrameworkSchemaName = (typeof FRAMEWORK_SCHEMAS)[number];

type Json = Record<string, unknown>;

/** The front-matter options a policy takes (`frameworks: gri: { claim }`); the others take none yet. */
const POLICY_OPTIONS: Partial<Record<PolicyId, string>> = { 'gri-claim': 'gri-claim-options', 'sasb-industry': 'sasb-industry-options', 'esrs-materiality': 'esrs-materiality-options' };

function at(schema: Json, path: string[]): Json {
  let node: Json = schema;
  for (const key of path) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`schema has no ${path.join('.')}`);
    node = next as Json;
  }
  return node;
}

/** A copy of `schema` (the parsed file `name`) whose framework lists are those of `frameworks`. */
export function withFrameworks(name: FrameworkSchemaName, schema: Json, frameworks: readonly FrameworkDef[]): Json {
  const copy = structuredClone(schema);
  copy.$comment = 'The framework lists are GENERATED from standards/frameworks.json by `npm run generate:schemas`; edit the registry, not them.';
  const ids = frameworks.map((f) => f.id);
  switch (name) {
    case 'standard.schema.json':
      at(copy, ['definitions', 'framework']).enum = ids;
      break;
    case 'descriptors.schema.json':
    case 'migration.schema.json':
      at(copy, ['properties', 'framework']).enum = ids;
      break;
    case 'front-matter.schema.json': {
      const properties: Json = {};
      const definitions = at(copy, ['definitions']);
      for (const f of frameworks) {
        const options = POLICY_OPTIONS[f.policy];
        // Inlined, not `$ref`: a misspelt option's suggestion (src/ingest/key-suggestion.ts) follows ajv's
        // schema path, which a `$ref` would take back to the top level.
        properties[f.id] = options ? structuredClone(definitions[options]) : { $ref: '#/definitions/guideline' };
      }
      at(copy, ['properties', 'frameworks']).properties = properties;
      break;
    }
  }
  return copy;
}

/** The generated file's text: 2-space JSON and a final newline. */
export const schemaText = (schema: Json): string => `${JSON.stringify(schema, null, 2)}\n`;

/** The text of src/model/frameworks-packaged.ts for the registry file's frameworks. */
export function packagedFrameworksModule(frameworks: readonly FrameworkDef[]): string {
  return [
    '// GENERATED from standards/frameworks.json by `npm run generate:schemas`; do not edit. The model reads no',
    '// files, so the packaged registry is compiled in (src/model/frameworks.ts); the JSON file is the source.',
    "import type { FrameworkDef } from './framework-def.js';",
    '',
    `export const PACKAGED_FRAMEWORKS: readonly FrameworkDef[] = ${JSON.stringify(frameworks, null, 2)};`,
    '',
  ].join('\n');
}
