// The directive grammar (contracts.md §1): `<!-- disclose: … -->`, `<!-- omit: … -->`, `<!-- page: N -->`
// found in the raw source of an HTML node. Pure: offsets in, events out; the caller places them in
// sections and turns offsets into lines. Anything not understood is a problem event, never a throw.
import { distance } from 'fastest-levenshtein';
import { echo } from '../../echo.js';
import { pageOf, parseItems, trimmedPiece, type Piece } from './id-lists.js';
import { suppressionIn, type SuppressionSyntax } from './suppressions.js';

interface Located {
  /** Offset in the file's text. */
  offset: number;
}

export interface TagEvent extends Located {
  kind: 'tag';
  raw: string;
  id?: string;
  topic?: string;
  requirements?: string[];
}

export interface OmissionEvent extends Located {
  kind: 'omission';
  raw: string;
  id?: string;
  topic?: string;
  requirements?: string[];
  reason: string;
  explanation: string;
}

export interface PageEvent extends Located {
  kind: 'page';
  /** undefined for an unnumbered (roman-numeral) page: front pages before page 1. */
  page: number | undefined;
}

export interface ProblemEvent extends Located {
  kind: 'problem';
  message: string;
  raw: string;
  /** `warning` for a near miss that may be an ordinary comment (`<!-- discolse: … -->`); else the rule's. */
  severity?: 'warning';
}

/** `<!-- disclose-disable… -->` (suppressions.ts); `length`: the comment's, so its last line is known. */
export interface SuppressionEvent extends Located, SuppressionSyntax {
  kind: 'suppression';
  length: number;
}

export type DirectiveEvent = TagEvent | OmissionEvent | PageEvent | ProblemEvent | SuppressionEvent;

const DIRECTIVE = /^\s*(disclose|omit|page)\s*[:：]/i;
const MISSPELT = /^\s*(disclos(?!e\s*[:：])[\w-]*|omi(?!t\s*[:：])[\w-]*)\s*[:：]/i;
/** A comment that starts like a directive: a word and a colon (`<!-- discolse: … -->`). */
const KEYWORD_LIKE = /^\s*([A-Za-z][A-Za-z-]{1,15})\s*[:：]/;
const KEYWORDS = ['disclose', 'omit', 'page'] as const;
const NO_COLON = /^\s*(disclose|omit)\s+\S|^\s*page\s+\d/i;
const PIPES = new Set(['|', '｜']);

const problem = (message: string, comment: Piece): ProblemEvent[] => [{ kind: 'problem', message, raw: comment.text, offset: comment.offset }];

/** A value quoted in a message: one line (a message is one line in every output format), cut short. */
function shown(value: string): string {
  return echo(value.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim());
}

function disclose(source: string, start: number, end: number, comment: Piece): DirectiveEvent[] {
  const items = parseItems(source, start, end);
  if (items.length === 0) {
    return problem('`disclose:` names no disclosure; expected one or more ids separated by `,` or `;`', comment);
  }
  return items.flatMap((item): TagEvent[] => {
    const base: TagEvent = { kind: 'tag', raw: item.raw, offset: item.offset };
    if (item.id !== undefined) base.id = item.id;
    if (item.requirements) base.requirements = item.requirements;
    return item.topics ? item.topics.map((topic) => ({ ...base, topic })) : [base];
  });
}

function omit(source: string, start: number, end: number, comment: Piece): DirectiveEvent[] {
  // disclosure | reason | explanation; in a table cell the pipes are written `\|`.
  const pipes: number[] = [];
  for (let i = start; i < end && pipes.length < 2; i++) if (PIPES.has(source[i]!)) pipes.push(i);
  const cut = (i: number): number => (source[i - 1] === '\\' ? i - 1 : i);
  const idEnd = pipes[0] !== undefined ? cut(pipes[0]) : end;
  const reason = pipes[0] !== undefined ? trimmedPiece(source, pipes[0] + 1, pipes[1] !== undefined ? cut(pipes[1]) : end).text : '';
  const explanation = pipes[1] !== undefined ? trimmedPiece(source, pipes[1] + 1, end).text.replace(/\\([|｜])/g, '$1') : '';
  const items = parseItems(source, start, idEnd);
  if (items.length === 0) {
    return problem('`omit:` names no disclosure; expected `<!-- omit: id | reason | explanation -->`', comment);
  }
  return items.flatMap((item): OmissionEvent[] => {
    const base: OmissionEvent = { kind: 'omission', raw: item.raw, reason, explanation, offset: item.offset };
    if (item.id !== undefined) base.id = item.id;
    if (item.requirements) base.requirements = item.requirements;
    return item.topics ? item.topics.map((topic) => ({ ...base, topic })) : [base];
  });
}

function page(source: string, start: number, end: number, comment: Piece): DirectiveEvent[] {
  const value = source.slice(start, end).trim();
  const parsed = pageOf(value);
  if (parsed === 'bad') {
    const message =
      value === ''
        ? '`page:` has no page number; expected `<!-- page: 34 -->`'
        : `\`page:\` value \`${shown(value)}\` is not a page number; expected a positive whole number such as \`<!-- page: 34 -->\``;
    return [{ kind: 'problem', message, raw: comment.text, offset: comment.offset }];
  }
  return [{ kind: 'page', page: parsed, offset: comment.offset }];
}

/**
 * The directive keyword `word` is a near miss of: one edit away for the short `omit` and `page` with the
 * same first letter (`pages`, `omt`; not `date` or `edit`, ordinary words in comments), two for `disclose`
 * (`discolse`, `dsiclose`). Edit distance from fastest-levenshtein.
 */
function nearMiss(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const keyword of KEYWORDS) {
    const d = distance(lower, keyword);
    if (d === 0) continue;
    if (keyword === 'disclose' ? d <= 2 : d <= 1 && lower[0] === keyword[0]) return keyword;
  }
  return undefined;
}

/** One comment's body `source[start, end)` (between `<!--` and `-->`). Ordinary comments give nothing. */
function directive(source: string, start: number, end: number, comment: Piece): DirectiveEvent[] {
  const body = source.slice(start, end);
  const m = DIRECTIVE.exec(body);
  if (m) {
    const valueStart = start + m[0].length;
    switch (m[1]!.toLowerCase()) {
      case 'disclose':
        return disclose(source, valueStart, end, comment);
      case 'omit':
        return omit(source, valueStart, end, comment);
      default:
        return page(source, valueStart, end, comment);
    }
  }
  const suppression = suppressionIn(body);
  if (suppression && 'problem' in suppression) return problem(suppression.problem, comment);
  if (suppression) return [{ kind: 'suppression', ...suppression, offset: comment.offset, length: comment.text.length }];
  const misspelt = MISSPELT.exec(body);
  if (misspelt) {
    return problem(`Unknown directive \`${shown(misspelt[1]!)}:\`; expected \`disclose:\`, \`omit:\` or \`page:\``, comment);
  }
  const word = KEYWORD_LIKE.exec(body)?.[1];
  const meant = word === undefined ? undefined : nearMiss(word);
  if (word !== undefined && meant) {
    // A warning, not an error: it may be an ordinary comment, but a silently ignored tag is worse.
    return [{ ...problem(`Unknown directive \`${word}:\` (did you mean \`${meant}:\`?); this comment is ignored`, comment)[0]!, severity: 'warning' }];
  }
  const noColon = NO_COLON.exec(body);
  if (noColon) {
    const word = /[a-z]+/i.exec(noColon[0])![0].toLowerCase();
    return problem(`\`${word}\` directive has no colon; expected \`<!-- ${word}: … -->\``, comment);
  }
  return [];
}

/**
 * The directives in the HTML found at `source[start, end)`. One HTML node may hold several comments
 * and text around them. With `quoted`, continuation lines of a comment inside a block quote lose
 * their `>` markers (replaced by spaces, so offsets stay true).
 */
export function directivesIn(source: string, start: number, end: number, quoted = false): DirectiveEvent[] {
  const events: DirectiveEvent[] = [];
  let at = source.indexOf('<!--', start);
  while (at !== -1 && at < end) {
    const bodyStart = at + 4;
    const close = source.indexOf('-->', bodyStart);
    if (close === -1 || close + 3 > end) {
      const body = source.slice(bodyStart, end);
      if (DIRECTIVE.test(body)) {
        const raw = trimmedPiece(source, at, end);
        events.push({ kind: 'problem', message: 'Directive comment is not closed; expected it to end with `-->`', raw: raw.text, offset: at });
      }
      break;
    }
    // Parse each comment on its own (offsets local to it), then shift the offsets into the file.
    let text = source.slice(at, close + 3);
    if (quoted && /[\r\n]/.test(text)) {
      text = text.replace(/(\r\n?|\n)([ \t]*(?:>[ \t]?)+)/g, (_, nl: string, prefix: string) => nl + ' '.repeat(prefix.length));
    }
    for (const event of directive(text, 4, text.length - 3, { text: source.slice(at, close + 3), offset: 0 })) {
      event.offset += at;
      events.push(event);
    }
    at = source.indexOf('<!--', close + 3);
  }
  return events;
}

/**
 * A directive that did not become an HTML node (unclosed, or cut by a table's `|`) shows up as text.
 * Returns a problem for it, or undefined.
 */
export function brokenDirectiveIn(source: string, start: number, end: number): ProblemEvent | undefined {
  const at = source.indexOf('<!--', start);
  if (at === -1 || at >= end) return undefined;
  const m = /^<!--\s*(disclose|omit|page)\s*[:：]/i.exec(source.slice(at, Math.min(end, at + 40)));
  if (!m) return undefined;
  const raw = trimmedPiece(source, at, Math.min(end, source.indexOf('\n', at) === -1 ? end : source.indexOf('\n', at)));
  return {
    kind: 'problem',
    message:
      `\`${m[1]!.toLowerCase()}:\` directive is not a complete HTML comment; ` +
      'expected `<!-- … -->` (inside a table cell, write `\\|` for `|`)',
    raw: raw.text,
    offset: at,
  };
}
