// Reads a standards folder's framework registry (`frameworks.json`), validates it and makes its frameworks
// known to the id grammar and the schemas (src/model/frameworks.ts). A folder without one uses the packaged
// registry. Checked beyond the schema: unique ids and prefixes, grammar patterns that compile.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { frameworkDefs, installFrameworks, type FrameworkDef, type FrameworkRegistryFile } from '../model/frameworks.js';
import { assertValid } from '../validation.js';

export const REGISTRY_FILE = 'frameworks.json';

function registryProblem(frameworks: readonly FrameworkDef[]): string | undefined {
  const ids = new Set<string>();
  for (const f of frameworks) {
    if (ids.has(f.id)) return `framework \`${f.id}\` is listed twice`;
    ids.add(f.id);
  }
  // Prefixes are unique across every framework known once this registry is added (the packaged ones too).
  const merged = new Map(frameworkDefs().map((f) => [f.id, f]));
  for (const f of frameworks) merged.set(f.id, f);
  const prefixes = new Set<string>();
  for (const f of merged.values()) {
    for (const prefix of f.prefixes) {
      const key = prefix.toLowerCase().replace(/\s+/g, '');
      if (prefixes.has(key)) return `prefix \`${prefix}\` is used twice`;
      prefixes.add(key);
    }
  }
  for (const f of frameworks) {
    for (const rule of f.grammar) {
      try {
        new RegExp(rule.pattern, 'i');
      } catch {
        return `framework \`${f.id}\`: pattern \`${rule.pattern}\` is not a valid regular expression`;
      }
    }
  }
  return undefined;
}

/** Loads and installs `<dir>/frameworks.json` when there is one; returns its frameworks. */
export function loadFrameworkRegistry(dir: string): FrameworkDef[] | undefined {
  const file = join(dir, REGISTRY_FILE);
  if (!existsSync(file)) return undefined;
  const label = relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new DiscloseError('config', `${label}: not valid JSON (${(error as Error).message})`, label);
  }
  const { frameworks } = assertValid<FrameworkRegistryFile>('frameworks.schema.json', data, label, 'framework registry', 'config');
  const problem = registryProblem(frameworks);
  if (problem) throw new DiscloseError('config', `${label}: ${problem}`, label);
  installFrameworks(frameworks);
  return frameworks;
}
