// Which units a text names, from the units data (standards/evidence/units.json): right after a figure
// (`1,200 tCO2e`, `48吨`) and anywhere in a header or label (`Energy (MWh)`, `单位：万千瓦时`). A short name
// (`t`, `h`, `人`, `件`) means a unit only right after a number or alone in brackets: elsewhere it is a word.
import type { UnitsFile } from '../model/units.js';

export interface UnitMatch {
  /** The unit's first name in the data (`tCO2e`), whatever spelling matched. */
  unit: string;
  dimension: string;
  factor: number;
  /** The spelling as matched. */
  text: string;
  /** Where it was found in the text searched (unitsNamedIn). */
  index?: number;
}

interface UnitName {
  name: string;
  /** Lower-cased, NFKC (so `CO₂` is `co2`, `m³` stays `m3`-like after NFKC). */
  key: string;
  match: Omit<UnitMatch, 'text'>;
  /** Short names (one character, or two Latin letters) only count after a number or in brackets. */
  short: boolean;
  /** For a name of several words: the name with its spaces optional (findName), made on first use. */
  pattern?: RegExp;
  /** The same, anchored where the search starts (unitAt), made on first use. */
  sticky?: RegExp;
}

export interface UnitTable {
  /** Longest first, so `tCO2e` wins over `t` and `万千瓦时` over `千瓦时`. */
  names: UnitName[];
  /**
   * The names by their first character, longest first within each: a figure's unit is looked for after
   * every figure of a report, and most names cannot start where its first character is not theirs.
   */
  byFirst: ReadonlyMap<string, UnitName[]>;
  /** Dimension id -> the other dimensions accepted for it. */
  compatible: ReadonlyMap<string, readonly string[]>;
  /** The dimensions of physical quantities (units data: `physical`). */
  physical: ReadonlySet<string>;
}

export const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();

const tables = new WeakMap<UnitsFile, UnitTable>();

export function unitTable(file: UnitsFile): UnitTable {
  const known = tables.get(file);
  if (known) return known;
  const names: UnitName[] = [];
  for (const dimension of file.dimensions) {
    for (const unit of dimension.units) {
      for (const name of unit.names) {
        const key = normalise(name);
        const short = [...key].length === 1 || /^[a-z]{1,2}$/.test(key);
        names.push({ name, key, short, match: { unit: unit.names[0]!, dimension: dimension.id, factor: unit.factor } });
      }
    }
  }
  names.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  const byFirst = new Map<string, UnitName[]>();
  for (const name of names) {
    const first = name.key[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(name);
    byFirst.set(first, list);
  }
  const table = { names, byFirst, compatible: new Map(file.dimensions.map((d) => [d.id, d.compatible ?? []])), physical: new Set(file.dimensions.filter((d) => d.physical).map((d) => d.id)) };
  tables.set(file, table);
  return table;
}

const LATIN = /[a-z0-9]/;
/**
 * A Latin name must not run on into a word (`h` of `households`, `t` of `total`). A digit may follow a name
 * that ends in a letter: PDF text glues a unit column to the figures after it (`MWh225,951.1`). A name may
 * follow a word when PDF text glued a label to its unit column (`Purchased electricityMWh`, `DieselTon`):
 * `original`, the text as printed, shows that glue as a lower-case letter before a capital.
 */
function bounded(text: string, at: number, length: number, original?: string): boolean {
  const key = text.slice(at, at + length);
  const before = text[at - 1];
  const after = text[at + length];
  const latinStart = LATIN.test(key[0]!);
  const last = key[key.length - 1]!;
  const runsOn = after !== undefined && (/[a-z]/.test(last) ? /[a-z]/.test(after) : LATIN.test(last) && LATIN.test(after));
  const glued = original !== undefined && /\p{Ll}/u.test(original[at - 1] ?? '') && /\p{Lu}/u.test(original[at] ?? '');
  return !(latinStart && before !== undefined && /[a-z]/.test(before) && !glued) && !runsOn;
}

/** A regular expression source for `key` whose spaces match any run of spaces, or none. */
const spacesOptional = (key: string): string => key.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');

/**
 * Where `name` occurs in `lower` from `from`: its spaces may be lost in PDF text (`Ton of carbon
 * dioxideequivalent`), so a space in the name matches any run of spaces, or none.
 */
function findName(lower: string, name: UnitName, from: number): { at: number; length: number } | undefined {
  if (!name.key.includes(' ')) {
    const at = lower.indexOf(name.key, from);
    return at < 0 ? undefined : { at, length: name.key.length };
  }
  name.pattern ??= new RegExp(spacesOptional(name.key), 'g');
  name.pattern.lastIndex = from;
  const m = name.pattern.exec(lower);
  return m ? { at: m.index, length: m[0].length } : undefined;
}

/** The unit at the start of `text` (after a figure: `text` is what follows the number), else undefined. */
export function unitAt(table: UnitTable, text: string): UnitMatch | undefined {
  const lead = /^\s{0,2}/.exec(text)![0].length;
  const rest = normalise(text.slice(lead, lead + 40));
  for (const name of table.byFirst.get(rest[0] ?? '') ?? []) {
    const length = lengthAtStart(rest, name);
    if (length !== undefined && bounded(rest, 0, length)) return { ...name.match, text: text.slice(lead, lead + length) };
  }
  return undefined;
}

/** The length of `name` where `lower` starts, if it starts with it (findName anchored at 0). */
function lengthAtStart(lower: string, name: UnitName): number | undefined {
  if (!name.key.includes(' ')) return lower.startsWith(name.key) ? name.key.length : undefined;
  name.sticky ??= new RegExp(spacesOptional(name.key), 'y');
  name.sticky.lastIndex = 0;
  return name.sticky.exec(lower)?.[0].length;
}

/** A KPI row's unit column as PDF text prints it: alone at the start of a line, glued to the figures after it (`%100100`). */
const unitColumn = (lower: string, at: number, length: number): boolean => (at === 0 || lower[at - 1] === '\n') && /^\s?\d/.test(lower.slice(at + length, at + length + 2));

/** Every unit named anywhere in `text` (headers, labels): long names anywhere, short ones in brackets or after `:`. */
export function unitsNamedIn(table: UnitTable, text: string): UnitMatch[] {
  const lower = normalise(text);
  const found: UnitMatch[] = [];
  const taken: boolean[] = [];
  for (const name of table.names) {
    let from = 0;
    for (let hit = findName(lower, name, from); hit; hit = findName(lower, name, from)) {
      const { at, length } = hit;
      from = at + 1;
      if (taken[at] || !bounded(lower, at, length, lower.length === text.length ? text : undefined)) continue;
      if (name.short && !/[(（:：/]\s*$/.test(lower.slice(Math.max(0, at - 3), at)) && !unitColumn(lower, at, length)) continue;
      for (let i = at; i < at + length; i++) taken[i] = true;
      found.push({ ...name.match, text: text.slice(at, at + length), index: at });
    }
  }
  return found.sort((a, b) => a.index! - b.index!);
}

/**
 * The unit a header or row label gives its figures: the one in brackets (`Share of employees (%)`,
 * `排放量（吨）`), else the first named (`Number of employees`).
 */
export function labelUnit(table: UnitTable, text: string): UnitMatch | undefined {
  const found = unitsNamedIn(table, text);
  const lower = normalise(text);
  const bracketed = found.find((u) => {
    const open = Math.max(lower.lastIndexOf('(', u.index), lower.lastIndexOf('（', u.index));
    const close = Math.max(lower.lastIndexOf(')', u.index), lower.lastIndexOf('）', u.index));
    return open >= 0 && open > close;
  });
  return bracketed ?? found[0];
}
