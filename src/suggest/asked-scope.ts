// Which disclosures suggest looks for beyond what the claim requires (issue 15, item 1).
//
// - "With reference" (the usual claim of Chinese issuers) requires nothing, yet the report cites GRI: ask
//   for the universal disclosures, the disclosures of its material topics, and every disclosure of each
//   standard it cites (a tag or an index row naming one of its disclosures).
// - `--all`: every topic disclosure of the frameworks in play (GRI: every Topic Standard in effect; another
//   framework: every disclosure of the standards the report's requirements already draw from, and every
//   article of an exchange guideline the report follows, not only the topic articles its policy tracks).
// - `--standards GRI 300`-style filters: only the standards named (a series `GRI 300`, a topic `GRI 305`,
//   a universal standard `GRI 2`, a SASB industry `SASB TC-HW`); each named standard's disclosures are
//   asked for whether or not the claim requires them.
// None of these disclosures is required: they are suggestions, never findings.
import type { Catalog, DisclosureDef, StandardDef } from '../model/catalog.js';
import { topicDisclosures, universalDisclosures } from '../catalog/index.js';
import type { Analysis } from '../engine/analysis.js';
import { pushAll } from '../arrays.js';
import { DiscloseError } from '../model/errors.js';

export interface AskedScopeOptions {
  /** Every topic disclosure of the frameworks in play. */
  all?: boolean;
  /** Only these standards (`GRI 300`, `GRI 305`, `GRI 2`, `SASB TC-HW`). */
  standards?: string[];
}

/** A parsed `--standards` entry: a framework and either a series (`GRI 300` → 300–399) or a topic. */
interface StandardFilter {
  framework: string;
  topic: string;
  series?: number;
}

const SERIES = /^([1-9])00$/;

export function parseStandardFilter(label: string): StandardFilter | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9-]*)\s+(\S.*?)\s*$/.exec(label);
  if (!match) return undefined;
  const framework = match[1]!.toLowerCase();
  const rest = match[2]!;
  const series = SERIES.exec(rest);
  return { framework, topic: rest.toUpperCase(), ...(series ? { series: Number(series[1]) } : {}) };
}

/** True when `standard` is one that `filter` names. */
function matches(filter: StandardFilter, standard: StandardDef): boolean {
  if (standard.framework !== filter.framework) return false;
  // GRI topics are written `GRI 305`; SASB's and the others' without their framework.
  const topic = standard.topic.toUpperCase().replace(/^GRI\s+/, '');
  if (filter.series !== undefined) {
    const number = Number(/^(\d{3})$/.exec(topic)?.[1] ?? NaN);
    return standard.series === 'topic' && Math.floor(number / 100) === filter.series;
  }
  return topic === filter.topic;
}

/**
 * The labels as the user meant them. A shell splits `--standards GRI 300 305 SASB TC-HW` into words, so a
 * framework's name alone starts a label and each word after it, up to the next framework's name or quoted
 * label, is one of its standards: `GRI 300`, `GRI 305`, `SASB TC-HW`. A quoted `"GRI 300"` is one label.
 */
export function standardLabels(catalog: Catalog, labels: readonly string[]): string[] {
  const frameworks = new Set(catalog.standards.map((s) => s.framework));
  const out: string[] = [];
  let framework: string | undefined;
  let named = false;
  const flush = (): void => {
    if (framework !== undefined && !named) out.push(framework);
    framework = undefined;
  };
  for (const label of labels.map((l) => l.trim()).filter((l) => l !== '')) {
    if (/\s/.test(label)) {
      // Quoted whole ("GRI 300"): a label of its own.
      flush();
      out.push(label);
    } else if (frameworks.has(label.toLowerCase())) {
      flush();
      framework = label;
      named = false;
    } else if (framework !== undefined) {
      out.push(`${framework} ${label}`);
      named = true;
    } else {
      out.push(label);
    }
  }
  flush();
  return out;
}

/** The filters that name no standard of the catalog (a typo): the caller says so. */
export function unknownStandardFilters(catalog: Catalog, labels: readonly string[]): string[] {
  return standardLabels(catalog, labels).filter((label) => {
    const filter = parseStandardFilter(label);
    return !filter || !catalog.standards.some((s) => matches(filter, s));
  });
}

/** Refuses `--standards` labels that name no standard of the catalog (a typo), as a usage error. */
export function refuseUnknownStandards(catalog: Catalog, labels: readonly string[]): void {
  const unknown = unknownStandardFilters(catalog, labels);
  if (unknown.length > 0) throw new DiscloseError('usage', `--standards: ${unknown.map((label) => JSON.stringify(label)).join(', ')} names no standard of the catalog (write \`GRI 300\`, \`GRI 305\`, \`GRI 2\` or \`SASB TC-HW\`)`);
}

/** Disclosures in effect at the report's dates of the standards `pick` selects (GRI's by topic, so versions resolve). */
function disclosuresOf(analysis: Analysis, pick: (s: StandardDef) => boolean): DisclosureDef[] {
  const { catalog, dates } = analysis;
  const out: DisclosureDef[] = [];
  const topics = new Set<string>();
  for (const standard of catalog.standards) {
    if (!pick(standard)) continue;
    if (standard.framework === 'gri' && standard.series === 'universal') continue;
    if (standard.framework === 'gri' && standard.series === 'topic') topics.add(standard.topic);
    else if (standard.status === 'current') pushAll(out, standard.disclosures);
  }
  for (const topic of topics) pushAll(out, topicDisclosures(catalog, topic, dates));
  if (catalog.standards.some((s) => s.framework === 'gri' && s.series === 'universal' && pick(s))) {
    const universal = new Set(catalog.standards.filter((s) => s.series === 'universal' && pick(s)).map((s) => s.id));
    pushAll(out, universalDisclosures(catalog, dates).filter((d) => universal.has(d.standard)));
  }
  return out;
}

/**
 * The disclosures to ask about beyond the analysis's records, and the filter the asked set must pass
 * (undefined: no filter). `cited` are the ids the records hold (required or located).
 */
export function extraAsked(analysis: Analysis, options: AskedScopeOptions): { extra: DisclosureDef[]; keep?: (def: DisclosureDef) => boolean } {
  const { catalog } = analysis;
  const standardOfDef = (def: DisclosureDef): StandardDef | undefined => catalog.standardById.get(def.standard);
  const citedStandards = new Set(analysis.definitions.map((d) => d.standard));
  // An exchange guideline's topics are tracked apart from the records (its general articles never enter
  // them): the standards its topics' articles belong to are in play as well.
  for (const topic of analysis.guidelineTopics) {
    for (const member of topic.group.members) {
      for (const def of catalog.byId.get(member) ?? []) citedStandards.add(def.standard);
    }
  }
  const citedFrameworks = new Set([...analysis.definitions.map((d) => d.framework), ...(analysis.claim ? ['gri'] : [])]);
  const extra: DisclosureDef[] = [];
  if (analysis.claim === 'with-reference') {
    pushAll(extra, universalDisclosures(catalog, analysis.dates));
    for (const material of analysis.materialTopics) if (material.topic) pushAll(extra, topicDisclosures(catalog, material.topic, analysis.dates));
    pushAll(extra, disclosuresOf(analysis, (s) => s.framework === 'gri' && s.series === 'topic' && citedStandards.has(s.id)));
  }
  if (options.all) {
    pushAll(extra, disclosuresOf(analysis, (s) => (s.framework === 'gri' ? citedFrameworks.has('gri') && s.series === 'topic' : citedStandards.has(s.id))));
    if (citedFrameworks.has('gri')) pushAll(extra, universalDisclosures(catalog, analysis.dates));
  }
  const filters = standardLabels(catalog, options.standards ?? []).flatMap((label) => parseStandardFilter(label) ?? []);
  if (filters.length === 0) return { extra };
  const named = (s: StandardDef): boolean => filters.some((f) => matches(f, s));
  pushAll(extra, disclosuresOf(analysis, named));
  return {
    extra,
    keep: (def) => {
      const standard = standardOfDef(def);
      return standard !== undefined && named(standard);
    },
  };
}
