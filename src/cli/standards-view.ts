// What `disclose standards list|show` print: plain data for --json, aligned text otherwise.
import type { Catalog, DisclosureDef, Effective, StandardDef } from '../model/catalog.js';
import { maxOf } from '../arrays.js';

/** SASB categories as the standards print them. */
const CATEGORY_LABELS: Record<NonNullable<DisclosureDef['category']>, string> = {
  quantitative: 'Quantitative',
  'discussion-and-analysis': 'Discussion and Analysis',
};

/** An industry standard's code and name: `SASB TC-HW: Hardware` has topic `TC-HW`, name `Hardware`. */
function industryOf(standard: StandardDef): { code: string; name: string } {
  const colon = standard.id.indexOf(': ');
  return { code: standard.topic, name: colon >= 0 ? standard.id.slice(colon + 2) : standard.id };
}

export interface ListEntry {
  id: string;
  title: string;
  framework: string;
  standard: string;
  effective: Effective;
  supersededBy: string[];
}

function effectiveOf(catalog: Catalog, def: DisclosureDef): Effective {
  return def.effective ?? catalog.standardById.get(def.standard)!.effective;
}

function supersededByOf(catalog: Catalog, def: DisclosureDef): string[] {
  if (def.supersededBy.length > 0) return def.supersededBy;
  return catalog.standardById.get(def.standard)?.supersededBy ?? [];
}

export function listEntries(catalog: Catalog, framework?: string): ListEntry[] {
  return catalog.standards
    .filter((s) => framework === undefined || s.framework === framework)
    .flatMap((s) => s.disclosures)
    .map((def) => ({ id: def.id, title: def.title, framework: def.framework, standard: def.standard, effective: effectiveOf(catalog, def), supersededBy: supersededByOf(catalog, def) }));
}

function describeDates(effective: Effective): string {
  const basis = effective.basis === 'publication' ? 'reports published' : 'reporting periods';
  if (effective.from && effective.before) return `${basis} from ${effective.from} until before ${effective.before}`;
  if (effective.from) return `${basis} from ${effective.from}${effective.earlyAdoption ? ' (early adoption permitted)' : ''}`;
  if (effective.before) return `${basis} before ${effective.before}`;
  return 'no end date';
}

/** The title column is at most this wide; longer titles end in `…` so the standard column stays aligned. */
const TITLE_WIDTH = 70;

function fit(title: string, width: number): string {
  const chars = [...title];
  return chars.length <= width ? title.padEnd(width + title.length - chars.length) : `${chars.slice(0, width - 1).join('').trimEnd()}…`.padEnd(width);
}

export function formatList(entries: ListEntry[]): string {
  const idWidth = maxOf(entries.map((e) => e.id.length));
  const titleWidth = Math.min(TITLE_WIDTH, maxOf(entries.map((e) => [...e.title].length)));
  return entries.map((e) => `${e.id.padEnd(idWidth)}  ${fit(e.title, titleWidth)}  ${e.standard}`.trimEnd()).join('\n') + '\n';
}

export interface ShowEntry {
  id: string;
  versions: (ListEntry & {
    code: string;
    status: string;
    omissionNotPermitted: boolean;
    kind: string;
    requirements: { id: string; label: string }[];
    confidence: string;
    /** SASB: the SICS sector and industry of the standard. */
    sector?: { id: string; name: string };
    industry?: { code: string; name: string };
    /** The group (SASB disclosure topic, SZSE topic, HKEX aspect …) the disclosure belongs to. */
    group?: { id: string; title: string };
    category?: DisclosureDef['category'];
    unit?: string;
    /** SASB: an activity metric (`000.A`); present for every industry-standard disclosure. */
    activity?: boolean;
    /** The entry was reconstructed or is doubtful in its source; `note` says why. */
    flagged?: boolean;
    note?: string;
  })[];
  migration?: { to: string[]; detail?: string; confidence: string };
  /** Crosswalk links from or to this id, the other end first. */
  crosswalk?: { id: string; type: string; confidence: string; source: string }[];
}

export function showEntry(catalog: Catalog, id: string, versions: DisclosureDef[]): ShowEntry {
  const entry: ShowEntry = {
    id,
    versions: versions.map((def) => {
      const standard = catalog.standardById.get(def.standard);
      const group = def.group ? standard?.groups?.find((g) => g.id === def.group) : undefined;
      const industry = standard?.series === 'industry';
      return {
        id: def.id,
        code: def.code,
        title: def.title,
        framework: def.framework,
        standard: def.standard,
        status: standard?.status ?? 'unknown',
        effective: effectiveOf(catalog, def),
        supersededBy: supersededByOf(catalog, def),
        omissionNotPermitted: def.omissionNotPermitted,
        kind: def.kind,
        requirements: def.requirements,
        confidence: def.confidence,
        ...(standard?.sector ? { sector: standard.sector } : {}),
        ...(industry ? { industry: industryOf(standard) } : {}),
        ...(group ? { group: { id: group.id, title: group.title } } : {}),
        ...(def.category ? { category: def.category } : {}),
        ...(def.unit ? { unit: def.unit } : {}),
        ...(industry || def.activity !== undefined ? { activity: def.activity === true } : {}),
        ...(def.flagged ? { flagged: true } : {}),
        ...(def.note ? { note: def.note } : {}),
      };
    }),
  };
  const links = catalog.crosswalk
    .filter((l) => l.from === id || l.to === id)
    .map((l) => ({ id: l.from === id ? l.to : l.from, type: l.type, confidence: l.confidence, source: l.source }));
  if (links.length > 0) entry.crosswalk = links;
  const migration = catalog.gri.migration.find((m) => m.from === id);
  if (migration) entry.migration = { to: migration.to, ...(migration.detail ? { detail: migration.detail } : {}), confidence: migration.confidence };
  return entry;
}

export function formatShow(entry: ShowEntry): string {
  const lines: string[] = [];
  for (const v of entry.versions) {
    lines.push(`${v.id}  ${v.title}`, `  standard     ${v.standard} (${v.status})`, `  in effect    ${describeDates(v.effective)}`);
    if (v.supersededBy.length > 0) lines.push(`  replaced by  ${v.supersededBy.join(', ')}`);
    if (v.sector) lines.push(`  sector       ${v.sector.name}`);
    if (v.industry) lines.push(`  industry     ${v.industry.code} ${v.industry.name}`);
    if (v.group) lines.push(`  topic        ${v.group.title} (${v.group.id})`);
    if (v.category) lines.push(`  category     ${CATEGORY_LABELS[v.category]}`);
    if (v.unit || v.category === 'discussion-and-analysis') lines.push(`  unit         ${v.unit ?? 'n/a'}`);
    if (v.activity !== undefined) lines.push(`  activity     ${v.activity ? 'yes (activity metric: context for the topic metrics)' : 'no'}`);
    // Omission with a reason is GRI 1's concept; other frameworks have no such rule.
    if (v.framework === 'gri') lines.push(`  omission     ${v.omissionNotPermitted ? 'not permitted (GRI 1)' : 'permitted with a reason'}`);
    lines.push(`  kind         ${v.kind}`);
    for (const r of v.requirements) lines.push(`  ${r.id.padEnd(12)} ${r.label}`);
    if (v.flagged) lines.push(`  flagged      reconstructed or doubtful in the source (confidence: ${v.confidence}); verify against the official standard`);
    if (v.note) lines.push(`  note         ${v.note}`);
    lines.push('');
  }
  if (entry.crosswalk) {
    lines.push('Crosswalk:');
    const width = maxOf(entry.crosswalk.map((l) => l.id.length));
    for (const l of entry.crosswalk) lines.push(`  ${l.id.padEnd(width)}  ${l.type.padEnd(10)}  [${l.confidence}]`);
    lines.push('');
  }
  if (entry.migration) lines.push(`GRI 2021 equivalent: ${entry.migration.to.join(', ') || '(a GRI 1 requirement)'}${entry.migration.detail ? ` — ${entry.migration.detail}` : ''} [${entry.migration.confidence}]`, '');
  return lines.join('\n');
}
