// The README's TypeScript examples compile as a library user's code would: against the built package's types
// (dist/*.d.ts, found through package.json `exports`, as `import … from 'disclose'` resolves in a project),
// under strict and noUncheckedIndexedAccess (issue 11 §14). Each ```ts block is its own module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { packageRoot } from '../../src/paths.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  noEmit: true,
  skipLibCheck: true,
};

/** Diagnostics of `code` as a module at the package root (where `disclose` resolves to the package itself). */
function diagnostics(code: string): string[] {
  const file = join(packageRoot, '__readme_example__.ts');
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? code : readFile.call(host, name));
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, code, language) : getSourceFile.call(host, name, language, ...rest));
  const program = ts.createProgram([file], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file && d.start !== undefined ? `line ${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('README TypeScript examples', () => {
  test('the README has some', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  test.each(blocks.map((code, i) => [i + 1, code]))('block %i compiles under strict + noUncheckedIndexedAccess', (_i, code) => {
    expect(diagnostics(code as string)).toEqual([]);
  }, 60_000);

  test('the check bites: indexing a record of formatters by a string is an error', () => {
    expect(diagnostics("import { formatters } from 'disclose';\nconst name: string = 'json';\nformatters[name as 'json'](undefined as never, { color: false });\nconst r: Record<string, () => void> = {};\nr['x']();\n")).toEqual([
      expect.stringMatching(/^line 5: .*possibly 'undefined'/),
    ]);
  }, 60_000);
});
