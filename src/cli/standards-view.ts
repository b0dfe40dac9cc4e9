// What `disclose standards list|show` print: plain data for --json, aligned text otherwise.
import type { Catalog, DisclosureDef, Effective } from '../model/catalog.js';

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

export function formatList(entries: ListEntry[]): string {
  const idWidth = Math.max(0, ...entries.map((e) => e.id.length));
  const titleWidth = Math.min(70, Math.max(0, ...entries.map((e) => e.title.length)));
  return entries.map((e) => `${e.id.padEnd(idWidth)}  ${e.title.padEnd(titleWidth)}  ${e.standard}`.trimEnd()).join('\n') + '\n';
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
    note?: string;
  })[];
  migration?: { to: string[]; detail?: string; confidence: string };
}

export function showEntry(catalog: Catalog, id: string, versions: DisclosureDef[]): ShowEntry {
  const entry: ShowEntry = {
    id,
    versions: versions.map((def) => ({
      id: def.id,
      code: def.code,
      title: def.title,
      framework: def.framework,
      standard: def.standard,
      status: catalog.standardById.get(def.standard)?.status ?? 'unknown',
      effective: effectiveOf(catalog, def),
      supersededBy: supersededByOf(catalog, def),
      omissionNotPermitted: def.omissionNotPermitted,
      kind: def.kind,
      requirements: def.requirements,
      confidence: def.confidence,
      ...(def.note ? { note: def.note } : {}),
    })),
  };
  const migration = catalog.gri.migration.find((m) => m.from === id);
  if (migration) entry.migration = { to: migration.to, ...(migration.detail ? { detail: migration.detail } : {}), confidence: migration.confidence };
  return entry;
}

export function formatShow(entry: ShowEntry): string {
  const lines: string[] = [];
  for (const v of entry.versions) {
    lines.push(`${v.id}  ${v.title}`, `  standard     ${v.standard} (${v.status})`, `  in effect    ${describeDates(v.effective)}`);
    if (v.supersededBy.length > 0) lines.push(`  replaced by  ${v.supersededBy.join(', ')}`);
    lines.push(`  omission     ${v.omissionNotPermitted ? 'not permitted (GRI 1)' : 'permitted with a reason'}`, `  kind         ${v.kind}`);
    for (const r of v.requirements) lines.push(`  ${r.id.padEnd(12)} ${r.label}`);
    if (v.note) lines.push(`  note         ${v.note}`);
    lines.push('');
  }
  if (entry.migration) lines.push(`GRI 2021 equivalent: ${entry.migration.to.join(', ') || '(a GRI 1 requirement)'}${entry.migration.detail ? ` — ${entry.migration.detail}` : ''} [${entry.migration.confidence}]`, '');
  return lines.join('\n');
}
