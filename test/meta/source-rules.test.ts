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
  ingest: ['model'],
  mapping: ['model'],
  rules: ['model', 'catalog', 'mapping', 'engine'],
  engine: ['model', 'catalog', 'mapping', 'rules'],
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
  suggest: ['model', 'catalog', 'engine'],
  // Plans `check --fix` edits from findings and texts (pure; reading and writing is src/fix-files.ts's).
  fix: ['model'],
};
// limits.ts: every size limit in one place; arrays.ts, echo.ts, user-file.ts, yaml-aliases.ts: bounded helpers.
const TOP_LEVEL_SHARED = ['paths.ts', 'validation.ts', 'version.ts', 'text-lines.ts', 'limits.ts', 'arrays.ts', 'echo.ts', 'user-file.ts', 'yaml-aliases.ts'];
// Top-level library modules the use cases wire in (they are the library's, not shared helpers).
const APP_TOP_LEVEL = ['fix-files.ts', 'merge-results.ts', 'migrate.ts', 'suggest-files.ts'];
// Folders that may import the library API (index.js) itself.
const LIBRARY_USERS = ['cli', 'batch'];

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('imports run one way', () => {
  const layered = sources.filter((s) => s.path.includes('/'));
  test.each(layered.map((s) => [s.path, s.text]))('%s', (path, text) => {
    const layer = path.split('/')[0]!;
    const allowed = ALLOWED[layer];
    expect(allowed).toBeDefined();
    const depth = path.split('/').length - 1;
    for (const spec of importsOf(text)) {
      const target = join(path, '..', spec).split(sep).join('/');
      const targetLayer = target.includes('/') ? target.split('/')[0]! : target;
      if (targetLayer === layer || target === 'index.js' && LIBRARY_USERS.includes(layer)) continue;
      if (!target.includes('/')) {
        expect(TOP_LEVEL_SHARED.concat(LIBRARY_USERS.includes(layer) ? ['index.js'] : [], layer === 'app' ? APP_TOP_LEVEL : []).map((f) => f.replace(/\.ts$/, '.js'))).toContain(target);
        continue;
      }
      expect({ from: path, to: target, ok: allowed!.includes(targetLayer) }).toEqual({ from: path, to: target, ok: true });
    }
    expect(depth).toBeGreaterThan(0);
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
