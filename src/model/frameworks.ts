// The framework registry (standards/frameworks.json, schemas/frameworks.schema.json): which frameworks
// exist, how their ids are written, which requirement policy and index layout each one uses. Everything
// that used to list the frameworks in code reads this instead, so a framework that fits an existing policy
// is a data change.
//
// Ids are parsed everywhere (ingest, mapping, formatters) long before — or without — a catalog being loaded,
// and the model reads no files, so the packaged registry is at hand as ./frameworks-packaged.ts, generated
// from standards/frameworks.json (`npm run generate:schemas`; test/meta/framework-schemas.test.ts fails when
// it is stale). The catalog loader validates a standards folder's own registry with ajv and installs its
// frameworks with `installFrameworks`: a made-up framework needs nothing in src/.
import { PACKAGED_FRAMEWORKS } from './frameworks-packaged.js';
import type { FrameworkDef } from './framework-def.js';

export { INDEX_LAYOUTS, POLICY_IDS, type FrameworkDef, type FrameworkRegistryFile, type IdGrammarRule, type IndexLayoutId, type PolicyId } from './framework-def.js';

const installed = new Map<string, FrameworkDef>();
let cache: FrameworkDef[] | undefined;
/** Set once a loaded standards folder added or changed a framework. */
let differs = false;
const onInstall: (() => void)[] = [];

const packagedFrameworks = (): readonly FrameworkDef[] => PACKAGED_FRAMEWORKS;

/** Every framework this process knows: the packaged registry, then those a loaded standards folder added. */
export function frameworkDefs(): readonly FrameworkDef[] {
  if (!cache) {
    const byId = new Map(packagedFrameworks().map((f) => [f.id, f]));
    for (const [id, def] of installed) byId.set(id, def);
    cache = [...byId.values()];
  }
  return cache;
}

export function frameworkDef(id: string): FrameworkDef | undefined {
  return frameworkDefs().find((f) => f.id === id);
}

/**
 * Whether the framework's coverage counts topics rather than disclosures (the exchanges' comply-or-explain
 * policy; src/engine/policies/exchange-topics.ts has `countsBy: 'topic'`): outputs then show topic counts.
 */
export const countsByTopic = (framework: string): boolean => frameworkDef(framework)?.policy === 'exchange-topics';

/** Framework ids in registry order. */
export const frameworkIds = (): string[] => frameworkDefs().map((f) => f.id);

/** Ids of the frameworks that have a content index, in registry order (GRI first). */
export const indexedFrameworkIds = (): string[] => frameworkDefs().filter((f) => f.index).map((f) => f.id);

/** Adds (or replaces) frameworks of a loaded standards folder's registry. */
export function installFrameworks(defs: readonly FrameworkDef[]): void {
  const packagedById = new Map(packagedFrameworks().map((f) => [f.id, JSON.stringify(f)]));
  for (const def of defs) {
    installed.set(def.id, def);
    if (packagedById.get(def.id) !== JSON.stringify(def)) differs = true;
  }
  cache = undefined;
  onInstall.forEach((listener) => listener());
}

/** Lets caches derived from the registry (the id grammar) drop themselves when frameworks are added. */
export function onFrameworksInstalled(listener: () => void): void {
  onInstall.push(listener);
}

/** Whether a loaded standards folder added or changed a framework (schemas then take the registry's lists). */
export const frameworksDifferFromPackaged = (): boolean => differs;
