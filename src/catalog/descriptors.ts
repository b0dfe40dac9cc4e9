// The suggest vocabulary (standards/descriptors/): validated and indexed on first use, not on every load.
// `check` loads the catalog on every run and never reads descriptors: validating ~1,000 of them (and compiling
// one more schema) on every load would make each `check` pay for what only `suggest` uses.
import type { DisclosureDef } from '../model/catalog.js';
import type { Descriptor, DescriptorFile } from '../model/descriptor.js';
import { DiscloseError } from '../model/errors.js';
import { assertValid } from '../validation.js';
import { descriptorProblems } from './integrity.js';

/** A descriptor file as read by the loader: parsed, not yet validated. */
export interface RawDescriptorFile {
  label: string;
  data: unknown;
}

/**
 * Validates every descriptor file of `dir` against its schema and the catalog, then indexes the descriptors by
 * id. Throws a `config` DiscloseError naming the file and the id on the first problem.
 */
export function indexDescriptors(dir: string, raw: readonly RawDescriptorFile[], byId: ReadonlyMap<string, readonly DisclosureDef[]>): Map<string, Descriptor> {
  const files = raw.map(({ label, data }) => {
    const { $schema: _marker, ...file } = assertValid<DescriptorFile & { $schema: string }>('descriptors.schema.json', data, label, 'descriptors', 'config');
    return { label, file };
  });
  const problems = descriptorProblems(files, byId);
  if (problems.length > 0) throw new DiscloseError('config', `${dir}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, dir);
  return new Map(files.flatMap(({ file }) => file.descriptors.map((d) => [d.id, d] as const)));
}
