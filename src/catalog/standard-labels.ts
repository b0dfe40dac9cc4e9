// Standard names as indexes print them: `GRI 305: Emissions 2016`, `GRI 305 Emissions`, `GRI 3: Material
// Issues` (wrong), `GRI 202 Market Performance` (wrong: Market Presence), `GRI 2：一般披露 2021`.
// One number can name two standards: GRI 101/102/103 are Foundation / General Disclosures / Management
// Approach in 2016 and Biodiversity 2024 / Climate Change 2025 / Energy 2025 (domain.md §1), so the name
// and the year choose the version, and the report's dates when the label has no year.
import type { Catalog, StandardDef } from '../model/catalog.js';
import type { ReportDates } from './dates.js';
import { titleKey } from './titles.js';
import { pickVersion } from './versions.js';

export interface StandardLabel {
  /** `GRI 305`, `GRI 2`: the number printed, canonical. */
  topic?: string;
  /** The name as printed (`Emissions`, `一般披露`), without number and year. */
  name?: string;
  year?: number;
}

const HEAD = /^gri\s*[-:]?\s*(\d{1,3})(?!\d)/i;
const CODE_AFTER = /^\s*[-‐‑‒–—―−]\s*\d/;
const TRAILING = new Set([' ', ')', '）', ']', '】']);
const EDGE = /[\s:：.,，;；\-–—(（/|]/;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

/**
 * Reads a standard's label. `GRI 305: Emissions 2016` -> { topic: 'GRI 305', name: 'Emissions', year: 2016 };
 * `GRI 3: Material Issues` -> { topic: 'GRI 3', name: 'Material Issues' }. A disclosure code (`GRI 2-1`) is
 * not a standard label: {}.
 */
export function parseStandardLabel(text: string): StandardLabel {
  let rest = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // Decorations before the label (■ • ● and the like).
  let start = 0;
  while (start < rest.length && !/[\p{L}\p{N}]/u.test(rest[start]!)) start++;
  rest = rest.slice(start);
  const label: StandardLabel = {};
  const head = HEAD.exec(rest);
  if (head) {
    const after = rest.slice(head[0].length);
    if (CODE_AFTER.test(after)) return {};
    label.topic = `GRI ${Number(head[1])}`;
    rest = after;
  }
  let end = rest.length;
  while (end > 0 && TRAILING.has(rest[end - 1]!)) end--;
  const year = rest.slice(Math.max(0, end - 4), end);
  if (/^(?:19|20)\d{2}$/.test(year) && (end === 4 || !/\p{N}/u.test(rest[end - 5]!))) {
    label.year = Number(year);
    rest = rest.slice(0, end - 4);
  }
  let s = 0;
  let e = rest.length;
  while (s < e && EDGE.test(rest[s]!)) s++;
  while (e > s && EDGE.test(rest[e - 1]!)) e--;
  if (e > s) label.name = rest.slice(s, e);
  return label;
}

export type StandardLabelVerdict = 'exact' | 'no-year' | 'wrong-name' | 'wrong-year' | 'unknown-standard';

export interface StandardLabelComparison {
  /**
   * `exact`: number, name and year name one version (a name in a script the catalog has no text for, such as
   * Chinese, is not judged; a label without a name is judged on its number and year);
   * `no-year`: number and name are right, the year is missing; `wrong-name`: the name is not the official
   * name of any version of that number; `wrong-year`: the name is right, no version of it has that year;
   * `unknown-standard`: no GRI standard has that number (or the label names none).
   */
  verdict: StandardLabelVerdict;
  /** What the label should say, best guess first (for `no-year`: the version the report's dates choose). */
  expected?: StandardDef[];
  /** The version the label was read as (`exact`, `no-year`). */
  standard?: StandardDef;
  /** Every version of that number, oldest first. */
  versions: StandardDef[];
  label: StandardLabel;
}

const byNumber = new WeakMap<Catalog, Map<string, StandardDef[]>>();

/** `GRI 102` -> [GRI 102: General Disclosures 2016, GRI 102: Climate Change 2025], read from the official names. */
function versionsByNumber(catalog: Catalog): Map<string, StandardDef[]> {
  let index = byNumber.get(catalog);
  if (!index) {
    index = new Map();
    for (const standard of catalog.standards) {
      if (standard.framework !== 'gri') continue;
      const topic = parseStandardLabel(standard.id).topic;
      if (topic === undefined) continue;
      index.set(topic, [...(index.get(topic) ?? []), standard].sort((a, b) => a.year - b.year));
    }
    byNumber.set(catalog, index);
  }
  return index;
}

/** The Latin-script part of a printed name, when there is one to hold against the official (English) name. */
function latinName(name: string | undefined): string | undefined {
  const latin = name?.replace(CJK, ' ').trim();
  return latin && /[a-z]{2}/i.test(latin) ? latin : undefined;
}

/** Sector Standards are often cited without the word: `GRI 11: Oil and Gas 2021`. */
function nameKey(name: string): string {
  const key = titleKey(name);
  return key.endsWith('sectors') ? key.slice(0, -7) : key.endsWith('sector') ? key.slice(0, -6) : key;
}

function namesMatch(printed: string, standard: StandardDef): boolean {
  const official = parseStandardLabel(standard.id).name;
  return official !== undefined && nameKey(printed) !== '' && nameKey(printed) === nameKey(official);
}

function pick(list: StandardDef[], dates: ReportDates): StandardDef[] {
  const picked = pickVersion(
    list.map((s) => ({ item: s, effective: s.effective, year: s.year, status: s.status })),
    dates,
  );
  return picked ? [picked.item] : [];
}

/** Judges a standard's label against the official names of the versions of its number. */
export function compareStandardLabel(catalog: Catalog, text: string, dates: ReportDates = {}): StandardLabelComparison {
  const label = parseStandardLabel(text);
  const name = latinName(label.name);
  if (label.topic === undefined) {
    const named = name === undefined ? [] : catalog.standards.filter((s) => s.framework === 'gri' && namesMatch(name, s));
    return { verdict: 'unknown-standard', label, versions: [], ...(named.length > 0 ? { expected: named } : {}) };
  }
  const versions = versionsByNumber(catalog).get(label.topic) ?? [];
  if (versions.length === 0) return { verdict: 'unknown-standard', label, versions };
  const ofYear = (list: StandardDef[]) => list.filter((s) => s.year === label.year);

  const named = name === undefined ? versions : versions.filter((s) => namesMatch(name, s));
  if (named.length === 0) {
    const sameYear = ofYear(versions);
    return { verdict: 'wrong-name', label, versions, expected: pick(sameYear.length > 0 ? sameYear : versions, dates) };
  }
  if (label.year === undefined) {
    const best = pick(named, dates);
    return { verdict: 'no-year', label, versions, expected: best, ...(best[0] ? { standard: best[0] } : {}) };
  }
  const exact = ofYear(named);
  if (exact.length > 0) return { verdict: 'exact', label, versions, expected: exact, standard: exact[0]! };
  return { verdict: 'wrong-year', label, versions, expected: pick(named, dates) };
}
