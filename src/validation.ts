// One cached ajv instance for every boundary: catalogs, front matter, config.
// ajv's errors become one domain line: file, JSON path, what was expected.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DiscloseError, type DiscloseErrorKind } from './model/errors.js';
import { schemasDir } from './paths.js';
import { echo } from './echo.js';
import { FRAMEWORK_SCHEMAS, withFrameworks, type FrameworkSchemaName } from './model/framework-schemas.js';
import { frameworkDefs, frameworksDifferFromPackaged } from './model/frameworks.js';

// Every command compiles the catalog's schema before it can start, so compiling is kept cheap: our own
// schemas are not checked against the JSON Schema meta-schema on each run (test/meta/schemas.test.ts
// does that once), and ajv's optimisation pass over the generated code is skipped. Neither changes what a
// schema accepts or the errors it gives; together they cut schema set-up by about half (~15% of checking
// a small report).
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
const compiled = new Map<string, ValidateFunction>();
let registered = false;

/** The folder of the published output schemas (`output/check.schema.json` …), under schemas/. */
export const OUTPUT_SCHEMAS = 'output';

/**
 * Every schema in schemas/ and schemas/output/ is registered once (named by its path under schemas/:
 * `config.schema.json`, `output/check.schema.json`), so one may `$ref` another by its `$id`.
 */
function registerSchemas(): void {
  if (registered) return;
  registered = true;
  for (const folder of ['', OUTPUT_SCHEMAS]) {
    for (const file of readdirSync(join(schemasDir, folder)).filter((f) => f.endsWith('.schema.json')).sort()) {
      const name = folder ? `${folder}/${file}` : file;
      ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, name), 'utf8')) as object, name);
    }
  }
}

const isFrameworkSchema = (name: string): name is FrameworkSchemaName => (FRAMEWORK_SCHEMAS as readonly string[]).includes(name);

/**
 * The validator of a schema that lists frameworks, for a registry other than the packaged one (a standards
 * folder with a made-up framework): the same schema with that registry's lists, compiled once per registry.
 */
function registryVariant(name: FrameworkSchemaName): ValidateFunction {
  const frameworks = frameworkDefs();
  const key = `${name}\u0000${frameworks.map((f) => `${f.id}:${f.policy}`).join(',')}`;
  let validate = compiled.get(key);
  if (!validate) {
    registerSchemas();
    const schema = JSON.parse(readFileSync(join(schemasDir, name), 'utf8')) as Record<string, unknown>;
    const variant = withFrameworks(name, schema, frameworks);
    // The packaged schema keeps its `$id`; the variant is compiled under a name of its own.
    variant.$id = `${String(schema.$id)}:registry:${compiled.size}`;
    validate = ajv.compile(variant);
    compiled.set(key, validate);
  }
  return validate;
}

/** The compiled validator for `schemas/<name>`; compiled once per process. */
export function schemaValidator(name: string): ValidateFunction {
  if (isFrameworkSchema(name) && frameworksDifferFromPackaged()) return registryVariant(name);
  let validate = compiled.get(name);
  if (!validate) {
    registerSchemas();
    validate = ajv.getSchema(name);
    if (!validate) throw new Error(`no schema ${name} in ${schemasDir}`);
    compiled.set(name, validate);
  }
  return validate;
}

/** Describes the most useful ajv error in words a report writer understands. */
export function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : `\`${error.instancePath.slice(1).replace(/\//g, '.')}\``;
  switch (error.keyword) {
    case 'enum':
      return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties':
      return `${where} has an unknown key \`${echo((error.params as { additionalProperty: string }).additionalProperty)}\``;
    case 'required':
      return `${where} is missing \`${(error.params as { missingProperty: string }).missingProperty}\``;
    case 'pattern':
      return `${where} must match ${(error.params as { pattern: string }).pattern}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Validates `data` against `schemas/<schema>`; throws a DiscloseError naming `label` (a file) on failure.
 * `what` says what the data is (`front matter`, `config`).
 */
export function assertValid<T>(schema: string, data: unknown, label: string, what: string, kind: DiscloseErrorKind = 'input'): T {
  const validate = schemaValidator(schema);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const detail = first ? describeSchemaError(first) : 'is invalid';
    throw new DiscloseError(kind, `${label}: ${what}: ${detail}`, label);
  }
  return data as T;
}
