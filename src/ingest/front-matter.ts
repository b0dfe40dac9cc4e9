// Front matter: YAML -> plain, safe objects -> normalised -> validated against
// schemas/front-matter.schema.json with the shared ajv instance. Every failure is one DiscloseError
// line naming the file and the line in it.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { DiscloseError } from '../model/errors.js';
import type { ReportMeta } from '../model/report.js';
import { describeSchemaError, schemaValidator } from '../validation.js';
import { isObject, normaliseFrontMatter, type Path } from './front-matter-values.js';
import { keySuggestion } from './key-suggestion.js';
import { LineIndex } from '../text-lines.js';
import { FORBIDDEN_KEYS } from './meta.js';
import { aliasExpansion, MAX_YAML_ALIAS_NODES } from '../yaml-aliases.js';

export const FRONT_MATTER_SCHEMA = 'front-matter.schema.json';

/** Few aliases are ever needed in front matter; a low cap defuses "billion laughs" expansion. */
const MAX_ALIASES = 50;

class FrontMatter {
  private lineIndex: LineIndex | undefined;

  constructor(
    readonly file: string,
    readonly yaml: string,
    /** Line of the file where the YAML text starts (after the opening `---`). */
    readonly firstLine: number,
    readonly doc: Document.Parsed,
    /** How messages name the YAML: `front matter`, `sidecar`. */
    readonly what = 'front matter',
  ) {}

  fileLine(yamlOffset: number): number {
    return this.filePosition(yamlOffset).line;
  }

  filePosition(yamlOffset: number): { line: number; column: number } {
    this.lineIndex ??= new LineIndex(this.yaml);
    const at = this.lineIndex.position(yamlOffset);
    return { line: this.firstLine + at.line - 1, column: at.column };
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
    throw new DiscloseError('input', `\`${this.file}\`: ${this.what}${where}: ${message}`, this.file);
  }

  failAt(path: Path, message: string, key = false): never {
    return this.fail(message, this.locate(path, key));
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
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

function validate(fm: FrontMatter, data: Record<string, unknown>, schema: string): void {
  const validator = schemaValidator(schema);
  if (validator(data)) return;
  const error = validator.errors?.[0];
  if (!error) fm.fail('is invalid');
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  const offset = extra !== undefined ? fm.locate([...path, extra], true) : fm.locate(path);
  fm.fail(`${describeSchemaError(error)}${keySuggestion(validator.schema, error)}`, offset);
}

/** V8's stack overflow: a RangeError, or a SyntaxError when it happens while a regular expression compiles. */
const isStackOverflow = (error: unknown): boolean => error instanceof Error && /Maximum call stack size exceeded/.test(error.message);

function yamlMessage(message: string): string {
  // yaml's pretty messages end with " at line 3, column 5:" and a code excerpt; we give our own line.
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?\s*$/, '').trim();
}

/**
 * Parses one file's front matter. `yaml` is the text between the `---` lines; `firstLine` is the file
 * line it starts on (for messages). Returns the validated, normalised keys.
 */
export function parseFrontMatter(yaml: string, file: string, firstLine: number): Partial<ReportMeta> {
  return parseMetaYaml(yaml, file, firstLine).data as Partial<ReportMeta>;
}

/** Report keys in YAML with where each value stands (a sidecar's entries are placed by their lines). */
export interface MetaYaml {
  data: Record<string, unknown>;
  /** Line and column (in the file) of the value at `path`, as deep as it resolves. */
  positionOf(path: Path): { line: number; column: number };
}

/**
 * Front matter's parsing for any YAML of report keys: the front matter itself, and a PDF's sidecar, whose
 * schema adds `disclose:` and `omit:` (`schema`) and whose messages name it (`what`).
 */
export function parseMetaYaml(yaml: string, file: string, firstLine: number, options: { schema?: string; what?: string } = {}): MetaYaml {
  const what = options.what ?? 'front matter';
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    // A stack overflow in the YAML parser (thousands of nested `[` or indented keys) is no syntax error.
    if (isStackOverflow(error)) throw new DiscloseError('input', `\`${file}\`: ${what} is nested too deeply; expected plain keys and values`, file);
    const message = error instanceof Error ? yamlMessage(error.message) : String(error);
    throw new DiscloseError('input', `\`${file}\`: ${what} is not valid YAML: ${message}`, file);
  }
  const fm = new FrontMatter(file, yaml, firstLine, doc, what);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    const where = line === undefined ? '' : ` (line ${firstLine + line - 1})`;
    throw new DiscloseError('input', `\`${file}\`: ${what} is not valid YAML${where}: ${yamlMessage(syntax.message)}`, file);
  }
  if (aliasExpansion(doc) > MAX_YAML_ALIAS_NODES) {
    fm.fail(`expands YAML aliases (\`*name\`) to more than ${MAX_YAML_ALIAS_NODES.toLocaleString('en-US')} values; expected plain keys and values`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) {
      fm.fail(`expands YAML aliases (\`*name\`) too often (more than ${MAX_ALIASES}); expected plain keys and values`);
    }
    if (isStackOverflow(error)) fm.fail('is nested too deeply; expected plain keys and values');
    throw new DiscloseError('input', `\`${file}\`: ${what} is not valid YAML: ${yamlMessage(message)}`, file);
  }
  const positionOf = (path: Path): { line: number; column: number } => fm.filePosition(fm.locate(path) ?? 0);
  if (value === null || value === undefined) return { data: {}, positionOf };
  if (!isObject(value)) fm.fail(`must be keys with values (\`title: …\`), got ${kindOf(value)}`, 0);
  let data: Record<string, unknown>;
  try {
    data = toPlain(fm, value, []) as Record<string, unknown>;
  } catch (error) {
    if (isStackOverflow(error)) fm.fail('is nested too deeply; expected plain keys and values');
    throw error;
  }
  normaliseFrontMatter(data, (path, message) => fm.failAt(path, message));
  validate(fm, data, options.schema ?? FRONT_MATTER_SCHEMA);
  const period = data.period as { start: string; end: string } | undefined;
  if (period && period.start > period.end) {
    const message = `\`period.start\` (${period.start}) is after \`period.end\` (${period.end}); expected the period to start before it ends`;
    fm.failAt(['period', 'start'], message);
  }
  return { data, positionOf };
}
