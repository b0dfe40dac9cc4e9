// Front matter: YAML -> plain, safe objects -> normalised -> validated against
// schemas/front-matter.schema.json with the shared ajv instance. Every failure is one DiscloseError
// line naming the file and the line in it.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { ErrorObject } from 'ajv';
import { DiscloseError } from '../model/errors.js';
import { parseGriTopic } from '../model/ids.js';
import type { ReportMeta } from '../model/report.js';
import { describeSchemaError, schemaValidator } from '../validation.js';
import { LineIndex } from './lines.js';

export const FRONT_MATTER_SCHEMA = 'front-matter.schema.json';

/** Few aliases are ever needed in front matter; a low cap defuses "billion laughs" expansion. */
const MAX_ALIASES = 50;

/** Keys that would reach Object.prototype if copied naively into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];

const dotted = (path: Path): string => path.join('.');

class FrontMatter {
  private lineIndex: LineIndex | undefined;

  constructor(
    readonly file: string,
    readonly yaml: string,
    /** Line of the file where the YAML text starts (after the opening `---`). */
    readonly firstLine: number,
    readonly doc: Document.Parsed,
  ) {}

  fileLine(yamlOffset: number): number {
    this.lineIndex ??= new LineIndex(this.yaml);
    return this.firstLine + this.lineIndex.position(yamlOffset).line - 1;
  }

  /** Offset in the YAML of the value at `path` (or of its key, with `key`), as deep as it resolves. */
  locate(path: Path, key = false): number | undefined {
    let node: unknown = this.doc.contents;
    let offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as { range?: [number, number, number] } | null;
        offset = keyNode?.range?.[0] ?? offset;
        node = pair.value;
        if (!key || segment !== path[path.length - 1]) {
          offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? offset;
        }
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
        offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? offset;
      } else break;
    }
    return offset;
  }

  fail(message: string, yamlOffset?: number): never {
    const where = yamlOffset === undefined ? '' : ` (line ${this.fileLine(yamlOffset)})`;
    throw new DiscloseError('input', `\`${this.file}\`: front matter${where}: ${message}`, this.file);
  }

  failAt(path: Path, message: string, key = false): never {
    return this.fail(message, this.locate(path, key));
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** Copies YAML's JS value into ordinary objects, refusing keys that could pollute prototypes. */
function toPlain(fm: FrontMatter, value: unknown, path: Path): unknown {
  if (Array.isArray(value)) return value.map((item, i) => toPlain(fm, item, [...path, i]));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) fm.failAt([...path, key], `\`${key}\` is not an allowed key`, true);
    out[key] = toPlain(fm, (value as Record<string, unknown>)[key], [...path, key]);
  }
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * `2025-01-01`, `2025-1-1`, `2025/01/01`, `2025.01.01`, `2025-01-01T08:00:00+08:00`, `2025年1月1日`
 * and YAML timestamps (`!!timestamp 2025-01-01`, a Date) -> `2025-01-01`; anything else -> undefined.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_PATHS: Path[] = [['period', 'start'], ['period', 'end'], ['published']];

/** A topic list may be written as one value or with bare numbers: `GRI 305`, `[305, 403]`. */
function codeList(value: unknown, canonical: (code: string) => string): unknown {
  const list = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? [value] : value;
  if (!Array.isArray(list)) return value;
  return list.map((item) => (typeof item === 'number' ? String(item) : item)).map((item) => (typeof item === 'string' ? canonical(item) : item));
}

const griTopic = (code: string): string => parseGriTopic(code) ?? code.trim();
const sasbIndustry = (code: string): string => (/^\s*[a-z]{2}-[a-z]{2}\s*$/i.test(code) ? code.trim().toUpperCase() : code.trim());

/** Dates to YYYY-MM-DD, `szse:` (no value) to `{}`, topic codes to their canonical form. */
function normalise(fm: FrontMatter, data: Record<string, unknown>): void {
  for (const path of DATE_PATHS) {
    const parent = path.length === 1 ? data : data[path[0] as string];
    const key = path[path.length - 1] as string;
    if (!isObject(parent) || !(key in parent)) continue;
    const value = parent[key];
    if (typeof value !== 'string' && !(value instanceof Date)) continue; // the schema names the type
    const date = normaliseDate(value);
    if (date === undefined) {
      fm.failAt(path, `\`${dotted(path)}\` must be a date written YYYY-MM-DD, got ${JSON.stringify(value instanceof Date ? value.toISOString() : value)}`);
    }
    parent[key] = date;
  }
  const frameworks = data.frameworks;
  if (!isObject(frameworks)) return;
  for (const key of Object.keys(frameworks)) if (frameworks[key] === null) frameworks[key] = {};
  const { gri, sasb } = frameworks;
  if (isObject(gri)) {
    for (const key of ['sector', 'material-topics']) if (key in gri) gri[key] = codeList(gri[key], griTopic);
  }
  if (isObject(sasb) && 'industries' in sasb) sasb.industries = codeList(sasb.industries, sasbIndustry);
}

/** Edit distance counting a swap of neighbours as one edit (`gir` -> `gri`), for typo suggestions. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** `(did you mean \`published\`?)` for a misspelt key, from the keys the schema allows there. */
function suggestion(schema: unknown, error: ErrorObject): string {
  const unknownKey = (error.params as { additionalProperty?: string }).additionalProperty;
  if (error.keyword !== 'additionalProperties' || !unknownKey) return '';
  let node: unknown = schema;
  const pointer = error.schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  for (const part of pointer) node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  const allowed = isObject(node) && isObject(node.properties) ? Object.keys(node.properties) : [];
  const best = allowed
    .map((key) => ({ key, distance: editDistance(unknownKey.toLowerCase(), key) }))
    .sort((a, b) => a.distance - b.distance)[0];
  if (best && best.distance <= Math.max(1, Math.floor(best.key.length / 3))) return ` (did you mean \`${best.key}\`?)`;
  return allowed.length > 0 ? `; expected one of ${allowed.map((key) => `\`${key}\``).join(', ')}` : '';
}

function validate(fm: FrontMatter, data: Record<string, unknown>): void {
  const validator = schemaValidator(FRONT_MATTER_SCHEMA);
  if (validator(data)) return;
  const error = validator.errors?.[0];
  if (!error) fm.fail('is invalid');
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  const offset = extra !== undefined ? fm.locate([...path, extra], true) : fm.locate(path);
  fm.fail(`${describeSchemaError(error)}${suggestion(validator.schema, error)}`, offset);
}

function yamlMessage(message: string): string {
  // yaml's pretty messages end with " at line 3, column 5:" and a code excerpt; we give our own line.
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?\s*$/, '').trim();
}

/**
 * Parses one file's front matter. `yaml` is the text between the `---` lines; `firstLine` is the file
 * line it starts on (for messages). Returns the validated, normalised keys.
 */
export function parseFrontMatter(yaml: string, file: string, firstLine: number): Partial<ReportMeta> {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new DiscloseError('input', `\`${file}\`: front matter is not valid YAML: ${error instanceof Error ? yamlMessage(error.message) : String(error)}`, file);
  }
  const fm = new FrontMatter(file, yaml, firstLine, doc);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    const where = line === undefined ? '' : ` (line ${firstLine + line - 1})`;
    throw new DiscloseError('input', `\`${file}\`: front matter is not valid YAML${where}: ${yamlMessage(syntax.message)}`, file);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) {
      fm.fail(`expands YAML aliases (\`*name\`) too often (more than ${MAX_ALIASES}); expected plain keys and values`);
    }
    if (error instanceof RangeError) fm.fail('is nested too deeply; expected plain keys and values');
    fm.fail(`is not valid YAML: ${yamlMessage(message)}`);
  }
  if (value === null || value === undefined) return {};
  if (!isObject(value)) fm.fail(`must be keys with values (\`title: …\`), got ${kindOf(value)}`, 0);
  let data: Record<string, unknown>;
  try {
    data = toPlain(fm, value, []) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof RangeError) fm.fail('is nested too deeply; expected plain keys and values');
    throw error;
  }
  normalise(fm, data);
  validate(fm, data);
  const period = data.period as { start: string; end: string } | undefined;
  if (period && period.start > period.end) {
    fm.failAt(['period', 'start'], `\`period.start\` (${period.start}) is after \`period.end\` (${period.end}); expected the period to start before it ends`);
  }
  return data as Partial<ReportMeta>;
}

export const emptyMeta = (): ReportMeta => ({ frameworks: {} });

/**
 * Later keys override earlier ones; `frameworks` merges per framework, and within one framework per
 * key, so a config's `gri.claim` survives a file that only adds `gri.material-topics`.
 */
export function mergeMeta(base: ReportMeta, next: Partial<ReportMeta> | undefined): ReportMeta {
  if (!next) return base;
  const merged: ReportMeta = { ...base, frameworks: { ...base.frameworks } };
  for (const key of Object.keys(next)) {
    if (FORBIDDEN_KEYS.has(key) || key === 'frameworks') continue;
    const value = (next as Record<string, unknown>)[key];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  const frameworks = next.frameworks ?? {};
  for (const key of Object.keys(frameworks)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const before = merged.frameworks[key];
    const after = frameworks[key];
    if (after === undefined) continue;
    merged.frameworks[key] = isObject(before) && isObject(after) ? { ...before, ...after } : after;
  }
  return merged;
}
