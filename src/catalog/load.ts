// Loads standards/**: every JSON file that declares its schema (`"$schema": "../../schemas/<name>"`) is
// validated against it and handed to that schema's handler. Files without a `$schema` are not catalogs.
// One catalog per folder per process (architecture.md: catalog/ loads, validates, indexes).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Catalog, CrosswalkLink, DisclosureDef, GriClaimOptions, GriFoundation, MigrationEntry, StandardDef } from '../model/catalog.js';
import type { Descriptor } from '../model/descriptor.js';
import { DiscloseError } from '../model/errors.js';
import { standardsDir } from '../paths.js';
import { assertValid } from '../validation.js';
import { indexDescriptors, type RawDescriptorFile } from './descriptors.js';
import { validUnits } from './units.js';
import type { UnitsFile } from '../model/units.js';
import { catalogProblems } from './integrity.js';
import { pushAll } from '../arrays.js';
import { loadFrameworkRegistry } from './frameworks.js';

interface Parts {
  standards: StandardDef[];
  foundation?: GriFoundation;
  claimOptions?: GriClaimOptions;
  migration: MigrationEntry[];
  crosswalk: CrosswalkLink[];
  descriptors: RawDescriptorFile[];
  units?: RawDescriptorFile;
}

type StandardFile = Omit<StandardDef, 'disclosures'> & { $schema: string; disclosures: Omit<DisclosureDef, 'framework' | 'standard'>[] };
type FoundationFile = GriFoundation & { $schema: string };
interface MigrationFile {
  framework: string;
  entries: MigrationEntry[];
}

/** Schema file name -> what to do with a valid file. A new kind of catalog file = one entry here. */
const HANDLERS: Record<string, (data: unknown, label: string, parts: Parts) => void> = {
  'standard.schema.json': (data, label, parts) => {
    const { $schema: _marker, disclosures, ...standard } = assertValid<StandardFile>('standard.schema.json', data, label, 'standard', 'config');
    // The file leaves `framework` and `standard` to its enclosing standard, so they cannot disagree.
    const defs = disclosures.map((d) => ({ ...d, framework: standard.framework, standard: standard.id }) as DisclosureDef);
    parts.standards.push({ ...standard, disclosures: defs });
  },
  'gri-foundation.schema.json': (data, label, parts) => {
    if (parts.foundation) throw new DiscloseError('config', `${label}: a second GRI foundation file; keep one`, label);
    const { $schema: _marker, ...foundation } = assertValid<FoundationFile>('gri-foundation.schema.json', data, label, 'GRI foundation', 'config');
    parts.foundation = foundation;
  },
  'gri-claim-options.schema.json': (data, label, parts) => {
    if (parts.claimOptions) throw new DiscloseError('config', `${label}: a second GRI claim-options file; keep one`, label);
    const { $schema: _marker, ...options } = assertValid<GriClaimOptions & { $schema: string }>('gri-claim-options.schema.json', data, label, 'GRI claim options', 'config');
    parts.claimOptions = options;
  },
  'crosswalk.schema.json': (data, label, parts) => {
    const file = assertValid<{ links: CrosswalkLink[] }>('crosswalk.schema.json', data, label, 'crosswalk', 'config');
    pushAll(parts.crosswalk, file.links);
  },
  'migration.schema.json': (data, label, parts) => {
    const file = assertValid<MigrationFile>('migration.schema.json', data, label, 'migration table', 'config');
    if (file.framework !== 'gri') throw new DiscloseError('config', `${label}: only GRI migration tables are supported`, label);
    pushAll(parts.migration, file.entries);
  },
  // Read before every other file (./frameworks.ts): standards are validated against its frameworks.
  'frameworks.schema.json': () => undefined,
  // Validated on first use of `catalog.descriptors` (./descriptors.ts): only `suggest` needs them.
  'descriptors.schema.json': (data, label, parts) => {
    parts.descriptors.push({ label, data });
  },
  // Validated on first use of `catalog.units` (./units.ts): only the evidence checks read them.
  'units.schema.json': (data, label, parts) => {
    if (parts.units) throw new DiscloseError('config', `${label}: a second units file; keep one`, label);
    parts.units = { label, data };
  },
};

const SERIES_ORDER: Record<StandardDef['series'], number> = { universal: 0, topic: 1, sector: 2, industry: 3, guideline: 4, code: 5, framework: 6 };
const numberIn = (topic: string): number => Number(/\d+/.exec(topic)?.[0] ?? Number.MAX_SAFE_INTEGER);

/** Catalog order: framework, universal -> topic -> sector, number, year (GRI 1, 2, 3 ... 101 2016, 101 2024 ...). */
function compareStandards(a: StandardDef, b: StandardDef): number {
  return (
    a.framework.localeCompare(b.framework) ||
    SERIES_ORDER[a.series] - SERIES_ORDER[b.series] ||
    numberIn(a.topic) - numberIn(b.topic) ||
    a.year - b.year ||
    a.id.localeCompare(b.id)
  );
}

function jsonFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new DiscloseError('config', `${dir}: cannot read the standards folder`, dir);
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new DiscloseError('config', `${label}: not valid JSON (${(error as Error).message})`, label);
  }
}

function build(dir: string): Catalog {
  const parts: Parts = { standards: [], migration: [], crosswalk: [], descriptors: [] };
  loadFrameworkRegistry(dir);
  for (const file of jsonFiles(dir)) {
    const label = relative(process.cwd(), file) || file;
    const data = readJson(file, label);
    const marker = typeof data === 'object' && data !== null ? (data as { $schema?: unknown }).$schema : undefined;
    if (typeof marker !== 'string') continue;
    const handler = HANDLERS[basename(marker)];
    if (!handler) {
      throw new DiscloseError('config', `${label}: unknown catalog schema \`${marker}\`; expected one of ${Object.keys(HANDLERS).join(', ')}`, label);
    }
    handler(data, label, parts);
  }
  if (!parts.foundation) throw new DiscloseError('config', `${dir}: no GRI foundation file (gri-foundation.schema.json) found`, dir);

  const standards = parts.standards.sort(compareStandards);
  const standardById = new Map<string, StandardDef>();
  const byId = new Map<string, DisclosureDef[]>();
  for (const standard of standards) {
    if (standardById.has(standard.id)) throw new DiscloseError('config', `${dir}: standard \`${standard.id}\` is defined twice`, dir);
    standardById.set(standard.id, standard);
    for (const def of standard.disclosures) byId.set(def.id, [...(byId.get(def.id) ?? []), def]);
  }
  // Versions oldest first; the catalog order above already sorts by year within a topic.
  for (const versions of byId.values()) versions.sort((a, b) => standardById.get(a.standard)!.year - standardById.get(b.standard)!.year);

  let descriptors: ReadonlyMap<string, Descriptor> | undefined;
  let units: UnitsFile | undefined;
  const catalog: Catalog = {
    standards,
    byId,
    standardById,
    gri: { foundation: parts.foundation, migration: parts.migration, ...(parts.claimOptions ? { claimOptions: parts.claimOptions } : {}) },
    crosswalk: parts.crosswalk,
    get descriptors() {
      descriptors ??= indexDescriptors(dir, parts.descriptors, byId);
      return descriptors;
    },
    get units() {
      if (parts.units) units ??= validUnits(parts.units);
      return units;
    },
  };
  const problems = catalogProblems(catalog);
  if (problems.length > 0) throw new DiscloseError('config', `${dir}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, dir);
  return catalog;
}

const cache = new Map<string, Catalog>();

/** The validated, indexed catalog of `dir` (the bundled `standards/` by default); built once per folder. */
export function loadCatalog(dir: string = standardsDir): Catalog {
  const key = resolve(dir);
  let catalog = cache.get(key);
  if (!catalog) {
    catalog = build(key);
    cache.set(key, catalog);
  }
  return catalog;
}

/** Forgets loaded catalogs (tests that rewrite a folder). */
export function clearCatalogCache(): void {
  cache.clear();
}
