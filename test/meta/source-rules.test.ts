// House rules that keep the architecture true (architecture.md): standards are data, imports run one way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../../src/paths.js';

const srcDir = join(packageRoot, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = walk(srcDir).map((path) => ({ path: relative(srcDir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));

// GRI `305-1`/`2-1`, SASB `TC-HW-230a.1`, HKEX `A1.2` written as strings.
const CODE_LITERALS = [
  /['"`](?:GRI )?[1-4]\d{0,2}-\d{1,2}['"`]/,
  /['"`][^'"`\n]*\bGRI \d{1,3}-\d{1,2}\b[^'"`\n]*['"`]/,
  /['"`][A-Z]{2}-[A-Z]{2}-\d{3}[a-z]\.\d+['"`]/,
  /['"`](?:HKEX )?[AB]\d\.\d['"`]/,
];

describe('src/ has no disclosure codes: standards live in standards/', () => {
  test.each(sources.map((s) => [s.path, s.text]))('%s', (_path, text) => {
    // Comments may cite codes (`// GRI 1: no omission for 2-1 … 2-5`); code may not.
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const offending = code.split('\n').filter((line) => CODE_LITERALS.some((re) => re.test(line)));
    expect(offending).toEqual([]);
  });

  test('the check can fail', () => {
    expect(CODE_LITERALS.some((re) => re.test(`const id = 'GRI 305-1';`))).toBe(true);
    expect(CODE_LITERALS.some((re) => re.test(`const id = "TC-HW-230a.1";`))).toBe(true);
  });
});

// Which src/ folders each folder may import from (architecture.md, "Imports run one way").
const ALLOWED: Record<string, string[]> = {
  model: [],
  catalog: ['model'],
  // The PDF table reader recognises an index table by the index reader's own words (mapping/content-index).
  ingest: ['model', 'mapping'],
  mapping: ['model'],
  // A rule reads the engine's analysis; the engine runs the rules only through RULE_RUNNER below.
  rules: ['model', 'catalog', 'mapping', 'engine', 'evidence'],
  engine: ['model', 'catalog', 'mapping', 'evidence'],
  render: ['model'],
  formatters: ['model'],
  config: ['model'],
  // Writing files (the one atomic writer) is plain file-system code the CLI uses directly: loading the
  // library for it would cost every command's start-up.
  cli: ['model', 'cli', 'io', 'app'],
  // The use cases (check, index, suggest, migrate, merge): the wiring the CLI and the library both call.
  app: ['model', 'config', 'catalog', 'ingest', 'engine', 'render', 'formatters', 'rules', 'suggest', 'batch'],
  io: ['model'],
  // A batch's worker thread is an entry point of its own that runs the public library (index.js), like the CLI.
  // It expands quoted globs as a single report's paths are (ingest/expand-globs.ts).
  batch: ['model', 'config', 'ingest'],
  // Ranks a report's sections per disclosure, from the engine's analysis (what is required, what is tagged).
  suggest: ['model', 'catalog', 'engine', 'evidence'],
  // Figures, units, periods and key words of a report's sections (issue 16): read by rules, engine and suggest.
  evidence: ['model'],
  // Plans `check --fix` edits from findings and texts (pure; reading and writing is src/fix-files.ts's).
  fix: ['model'],
};
// The engine files that run the rules or render their messages, the only ones that may import rules/
// (rules import the engine's analysis: the other way round). Not a circle (test/meta/import-cycles.test.ts),
// but a two-way tie between the folders that this list keeps from growing.
const RULE_RUNNER = ['engine/run.ts', 'engine/finding-message.ts', 'engine/suppress.ts', 'engine/statement-of-use.ts'];
// limits.ts: every size limit in one place; arrays.ts, echo.ts, user-file.ts, yaml-aliases.ts: bounded helpers.
// Any folder may use them; they use only model/ and each other.
const TOP_LEVEL_SHARED = ['paths.ts', 'validation.ts', 'version.ts', 'text-lines.ts', 'limits.ts', 'arrays.ts', 'echo.ts', 'user-file.ts', 'yaml-aliases.ts'];
// What a shared top-level file may import besides model/ and the other shared files: user-file.ts reads a
// user's file and decodes it as a report's files are (ingest/decode.ts).
const SHARED_ALSO: Record<string, string[]> = { 'user-file.ts': ['ingest'] };
// The library: index.ts (its public API) and the top-level files it is made of. They may import every
// folder but cli/, and each other.
const LIBRARY = ['index.ts', 'check-options.ts', 'migrate.ts', 'merge-results.ts', 'suggest-files.ts', 'file-replace.ts', 'fix-files.ts'];
// Folders that may import the library API (index.js) itself.
const LIBRARY_USERS = ['cli', 'batch'];
// Library files other folders may import: a batch names check()'s options (check-options.ts) for its tasks.
// The use cases (app/) wire in the library's top-level modules (they are the library's, not shared helpers).
const LIBRARY_PARTS_USED: Record<string, string[]> = {
  batch: ['check-options.ts'],
  app: ['check-options.ts', 'fix-files.ts', 'merge-results.ts', 'migrate.ts', 'suggest-files.ts'],
};

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const ts = (file: string): string => file.replace(/\.js$/, '.ts');

/** Whether `from` (a src/-relative .ts path) may import `target` (a src/-relative .js path): a reason when not. */
function importProblem(from: string, target: string): string | undefined {
  const layer = from.includes('/') ? from.split('/')[0]! : undefined;
  const targetLayer = target.includes('/') ? target.split('/')[0]! : undefined;
  const targetFile = ts(target);
  if (layer === undefined) {
    // A top-level file.
    if (TOP_LEVEL_SHARED.includes(from)) {
      if (targetLayer === undefined) return TOP_LEVEL_SHARED.includes(targetFile) ? undefined : 'a shared helper imports only shared helpers';
      return ['model', ...(SHARED_ALSO[from] ?? [])].includes(targetLayer) ? undefined : `a shared helper may not import ${targetLayer}/`;
    }
    if (LIBRARY.includes(from)) {
      if (targetLayer === undefined) return TOP_LEVEL_SHARED.includes(targetFile) || LIBRARY.includes(targetFile) ? undefined : `${targetFile} is neither shared nor library`;
      return targetLayer === 'cli' ? 'the library may not import the CLI' : undefined;
    }
    return 'every top-level file of src/ is either a shared helper (TOP_LEVEL_SHARED) or part of the library (LIBRARY)';
  }
  const allowed = ALLOWED[layer];
  if (allowed === undefined) return `no layering rule for the folder ${layer}/`;
  if (targetLayer === layer) return undefined;
  if (targetLayer === undefined) {
    if (TOP_LEVEL_SHARED.includes(targetFile)) return undefined;
    if (targetFile === 'index.ts' && LIBRARY_USERS.includes(layer)) return undefined;
    if ((LIBRARY_PARTS_USED[layer] ?? []).includes(targetFile)) return undefined;
    return `${layer}/ may not import ${targetFile}`;
  }
  if (layer === 'engine' && targetLayer === 'rules' && RULE_RUNNER.includes(from)) return undefined;
  return allowed.includes(targetLayer) ? undefined : `${layer}/ may not import ${targetLayer}/`;
}

describe('imports run one way', () => {
  // Every file of src/, top-level files included.
  test.each(sources.map((s) => [s.path, s.text]))('%s', (path, text) => {
    const problems = importsOf(text)
      .map((spec) => join(path, '..', spec).split(sep).join('/'))
      .map((target) => ({ from: path, to: target, problem: importProblem(path, target) }))
      .filter((p) => p.problem !== undefined);
    expect(problems).toEqual([]);
  });

  test('the check can fail', () => {
    expect(importProblem('engine/analysis.ts', 'rules/index.js')).toBeDefined();
    expect(importProblem('engine/run.ts', 'rules/index.js')).toBeUndefined();
    expect(importProblem('formatters/json.ts', 'engine/run.js')).toBeDefined();
    expect(importProblem('arrays.ts', 'engine/run.js')).toBeDefined();
    expect(importProblem('index.ts', 'cli/main.js')).toBeDefined();
    expect(importProblem('new-file.ts', 'model/report.js')).toBeDefined();
    expect(importProblem('batch/types.ts', 'index.js')).toBeUndefined();
    expect(importProblem('render/view.ts', 'index.js')).toBeDefined();
  });

  test('model imports nothing outside model', () => {
    for (const s of sources.filter((x) => x.path.startsWith('model/'))) {
      for (const spec of importsOf(s.text)) expect(spec.startsWith('./')).toBe(true);
      expect(s.text).not.toMatch(/from ['"](?!\.)/);
    }
  });
});

// Spreading an array into a call puts every item on the stack: `Math.max(...rows)` overflowed at about
// 125,000 findings (issue 11, item 9). Loops instead (src/arrays.ts: maxOf, pushAll).
const SPREAD_INTO_CALL = /\b(?:Math\.(?:max|min)|\.push|\.unshift|String\.fromCharCode|String\.fromCodePoint)\((?:[^(){}[\]]*,\s*)?\.\.\./;

describe('no array spread into a call in src/', () => {
  test.each(sources.map((s) => [s.path, s.text]))('%s', (_path, text) => {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    expect(code.split('\n').filter((line) => SPREAD_INTO_CALL.test(line))).toEqual([]);
  });

  test('the check can fail', () => {
    expect(SPREAD_INTO_CALL.test('const w = Math.max(0, ...rows.map((r) => r.length));')).toBe(true);
    expect(SPREAD_INTO_CALL.test('out.push(...items);')).toBe(true);
    expect(SPREAD_INTO_CALL.test('out.push([...items]);')).toBe(false);
    expect(SPREAD_INTO_CALL.test('out.push({ ...item, line: 1 });')).toBe(false);
  });
});
