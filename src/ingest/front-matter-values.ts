// Front matter values as people write them -> the forms the schema and the rules expect:
// dates to YYYY-MM-DD, topic codes to their canonical ids, `szse:` with no value to `{}`.
import { parseGriTopic } from '../model/ids.js';

export type Path = (string | number)[];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * `2025-01-01`, `2025-1-1`, `2025/01/01`, `2025.01.01`, `2025-01-01T08:00:00+08:00`, `2025年1月1日`
 * and YAML timestamps (`!!timestamp 2025-01-01`, a Date) -> `2025-01-01`; anything else -> undefined.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = ISO_LIKE.exec(text) ?? CHINESE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_PATHS: Path[] = [['period', 'start'], ['period', 'end'], ['published']];

/** A code list may be written as one value or with bare numbers: `GRI 305`, `[305, 403]`. */
function codeList(value: unknown, canonical: (code: string) => string): unknown {
  const list = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? [value] : value;
  if (!Array.isArray(list)) return value;
  return list.map((item) => (typeof item === 'number' ? String(item) : item)).map((item) => (typeof item === 'string' ? canonical(item) : item));
}

// Unparseable codes are kept as written: the schema accepts them and a rule reports unknown ones.
const griTopic = (code: string): string => parseGriTopic(code) ?? code.trim();
const sasbIndustry = (code: string): string => (/^\s*[a-z]{2}-[a-z]{2}\s*$/i.test(code) ? code.trim().toUpperCase() : code.trim());

/**
 * A Sector Standard topic's reference number written bare is a YAML number, and `14.10` is then 14.1: the
 * topic written cannot be known, so the user is asked to quote it rather than being given the wrong one.
 */
function quotedSectorRefs(list: unknown, fail: (path: Path, message: string) => never): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (!isObject(item) || typeof item.topic !== 'number') return;
    const path = ['frameworks', 'gri', 'not-material', i, 'topic'];
    fail(path, `\`${path.join('.')}\` must be a reference number in quotes (\`topic: '14.10'\`): YAML reads it bare as a number, ${item.topic}, and 14.10 as 14.1`);
  });
}

/**
 * Normalises `data` in place, before schema validation. A date that cannot be read calls `fail`;
 * values of the wrong type are left for the schema to name.
 */
export function normaliseFrontMatter(data: Record<string, unknown>, fail: (path: Path, message: string) => never): void {
  for (const path of DATE_PATHS) {
    const parent = path.length === 1 ? data : data[path[0] as string];
    const key = path[path.length - 1] as string;
    if (!isObject(parent) || !(key in parent)) continue;
    const value = parent[key];
    if (typeof value !== 'string' && !(value instanceof Date)) continue;
    const date = normaliseDate(value);
    if (date === undefined) {
      const written = JSON.stringify(value instanceof Date ? value.toISOString() : value);
      fail(path, `\`${path.join('.')}\` must be a date written YYYY-MM-DD, got ${written}`);
    }
    parent[key] = date;
  }
  const frameworks = data.frameworks;
  if (!isObject(frameworks)) return;
  for (const key of Object.keys(frameworks)) if (frameworks[key] === null) frameworks[key] = {};
  const { gri, sasb } = frameworks;
  if (isObject(gri)) {
    for (const key of ['sector', 'material-topics']) if (key in gri) gri[key] = codeList(gri[key], griTopic);
    quotedSectorRefs(gri['not-material'], fail);
  }
  if (isObject(sasb) && 'industries' in sasb) sasb.industries = codeList(sasb.industries, sasbIndustry);
}
