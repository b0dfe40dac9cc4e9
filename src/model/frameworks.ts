// The framework registry (standards/frameworks.json, schemas/frameworks.schema.json): which frameworks
// exist, how their ids are written, which requirement policy and index layout each one uses. Everything
// that used to list the frameworks in code reads this instead, so a framework that fits an existing policy
// is a data change.
//
// Why the model reads a file: ids are parsed everywhere (ingest, mapping, formatters) long before — or
// without — a catalog being loaded, so the packaged registry must be at hand synchronously. It is read once,
// lazily; the catalog loader validates it (and a standards folder's own registry) with ajv and installs the
// folder's frameworks with `installFrameworks`.
import { readFileSync } from 'node:fs';

/** The closed set of requirement policies (src/engine/policies/); a framework names one. */
export const POLICY_IDS = ['gri-claim', 'sasb-industry', 'exchange-topics', 'hkex-parts', 'disclosure-set'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

/** The closed set of content-index layouts (src/engine/framework-index.ts and templates/). */
export const INDEX_LAYOUTS = ['gri', 'sasb', 'guideline', 'hkex'] as const;
export type IndexLayoutId = (typeof INDEX_LAYOUTS)[number];

/**
 * One way of writing a code: a case-insensitive regular expression over what follows the prefix, and the
 * canonical form built from its groups: `{1}` as written, `{1|int}` without leading zeros, `{1|upper}`,
 * `{1|lower}`, `{1|compact}` (no spaces, lower case), `{1|lookup}` (the group's value in `lookup`, keyed in
 * lower case with single spaces; no entry = no match).
 */
export interface IdGrammarRule {
  pattern: string;
  canonical: string;
  lookup?: Record<string, string>;
}

export interface FrameworkDef {
  /** `gri`, `sasb`, `szse`, `ifrs-s2`: the key in front matter and on the command line. */
  id: string;
  /** How ids are cited; the first is the printed, canonical one (`IFRS S2`). Spaces match any spacing. */
  prefixes: string[];
  grammar: IdGrammarRule[];
  names: { en: string; zh?: string };
  policy: PolicyId;
  /** How `disclose index` lays out this framework's index; none = no index. */
  index?: { layout: IndexLayoutId; templates: string; title: string };
  locales: string[];
}

export interface FrameworkRegistryFile {
  frameworks: FrameworkDef[];
}

let packaged: FrameworkDef[] | undefined;
const installed = new Map<string, FrameworkDef>();
let cache: FrameworkDef[] | undefined;

function packagedFrameworks(): FrameworkDef[] {
  // src/model and dist/model are both two levels below the package root.
  packaged ??= (JSON.parse(readFileSync(new URL('../../standards/frameworks.json', import.meta.url), 'utf8')) as FrameworkRegistryFile).frameworks;
  return packaged;
}

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

/** Framework ids in registry order. */
export const frameworkIds = (): string[] => frameworkDefs().map((f) => f.id);

/** Ids of the frameworks using `policy`, in registry order. */
export const frameworksWithPolicy = (policy: PolicyId): string[] => frameworkDefs().filter((f) => f.policy === policy).map((f) => f.id);

/** Ids of the frameworks that have a content index, in registry order (GRI first). */
export const indexedFrameworkIds = (): string[] => frameworkDefs().filter((f) => f.index).map((f) => f.id);

/** Adds (or replaces) frameworks of a loaded standards folder's registry. */
export function installFrameworks(defs: readonly FrameworkDef[]): void {
  for (const def of defs) installed.set(def.id, def);
  cache = undefined;
  onInstall.forEach((listener) => listener());
}

const onInstall: (() => void)[] = [];
/** Lets caches derived from the registry (the id grammar) drop themselves when frameworks are added. */
export function onFrameworksInstalled(listener: () => void): void {
  onInstall.push(listener);
}

/** Whether a loaded standards folder added or changed a framework (schemas then take the registry's lists). */
export function frameworksDifferFromPackaged(): boolean {
  const packagedById = new Map(packagedFrameworks().map((f) => [f.id, JSON.stringify(f)]));
  return [...installed.values()].some((def) => packagedById.get(def.id) !== JSON.stringify(def));
}
