// Loading and compiling templates: built-in ones from templates/, or a user's file (`--template`).
// Each file is read and compiled once per process; partials come from templates/partials/*.hbs.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { DiscloseError } from '../model/errors.js';
import { readUserFile } from '../user-file.js';
import { templatesDir } from '../paths.js';
import { handlebars } from './handlebars.js';

export type TemplateFormat = 'md' | 'html' | 'csv';
export type CompiledTemplate = (context: unknown) => string;

const cache = new Map<string, CompiledTemplate>();
let partialsRegistered = false;

/** `templates/<framework>/index.<format>.hbs` */
export function builtinTemplatePath(framework: string, format: TemplateFormat): string {
  return join(templatesDir, framework, `index.${format}.hbs`);
}

/**
 * Partials are named after their file (`partials/md-table.hbs` → `{{> md-table}}`) and written
 * for Markdown and HTML, so they are compiled with HTML escaping on.
 */
function registerPartials(): void {
  if (partialsRegistered) return;
  const dir = join(templatesDir, 'partials');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
    const file = join(dir, name);
    handlebars.registerPartial(basename(name, '.hbs'), compile(readSource(file, file), file, 'html'));
  }
  partialsRegistered = true;
}

/**
 * Compile a template file once. `shownAs` is how errors name the file (the path the user gave).
 * Markdown and HTML templates escape `{{value}}` as HTML (safe in both); CSV templates do not,
 * they quote with the `csv` helper.
 */
export function loadTemplate(path: string, format: TemplateFormat, shownAs: string = path): CompiledTemplate {
  registerPartials();
  const file = resolve(path);
  const key = `${format}\0${file}`;
  let template = cache.get(key);
  if (!template) {
    template = compile(readSource(file, shownAs), shownAs, format);
    cache.set(key, template);
  }
  return template;
}

function readSource(file: string, shownAs: string): string {
  // Type and size checked before reading (user-file.ts): `--template /dev/zero` would be read forever.
  return readUserFile(file, {
    what: 'template',
    kind: 'input',
    cannotRead: (problem) => new DiscloseError('input', `Cannot read template ${shownAs}: ${problem}.`, shownAs),
  });
}

function compile(source: string, shownAs: string, format: TemplateFormat): CompiledTemplate {
  let ast: ReturnType<typeof handlebars.parse>;
  try {
    // Handlebars compiles lazily; parse now so a syntax error is reported before anything is written.
    ast = handlebars.parse(source);
  } catch (error) {
    throw new DiscloseError('input', `Template ${shownAs} has a syntax error${syntaxProblem(error)}.`, shownAs);
  }
  return handlebars.compile(ast, { noEscape: format === 'csv' }) as CompiledTemplate;
}

const TOKENS: Record<string, string> = { EOF: 'end of file', INVALID: 'invalid text', CLOSE: '"}}"' };

/**
 * Handlebars' parse errors span four lines (message, excerpt, caret, expected tokens):
 * keep the line number, what was found and a short excerpt, on one line (` on line 3: …`).
 */
export function syntaxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n.*got '([^']+)'/.exec(message);
  if (parse) {
    const [, line = '?', excerpt = '', caret = '', got = ''] = parse;
    const near = excerpt.slice(Math.max(0, caret.length - 30), caret.length + 1).replace(/^\.\.\./, '').trim();
    return ` on line ${line}: unexpected ${TOKENS[got] ?? got.toLowerCase()}${near ? ` near "${near}"` : ''}`;
  }
  // Block mismatches: "if doesn't match each - 3:4"
  const lineNumber = (error as { lineNumber?: unknown }).lineNumber;
  const text = firstLine(error).replace(/ - \d+:\d+$/, '');
  return typeof lineNumber === 'number' ? ` on line ${lineNumber}: ${text}` : `: ${text}`;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim();
}
