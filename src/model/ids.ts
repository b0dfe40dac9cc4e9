// The grammar of disclosure ids (contracts.md §2): parse what people write, print the canonical form.
// Pure syntax: whether an id exists is the catalog's business.

import type { FrameworkId } from './catalog.js';
import { frameworkDef, frameworkDefs, onFrameworksInstalled, type IdGrammarRule } from './frameworks.js';

export interface ParsedId {
  /** Canonical form: `GRI 2-1`, `SASB TC-HW-230a.1`, `HKEX A1.1`, `SZSE 24`, `TCFD Governance a`. */
  id: string;
  framework: FrameworkId;
  /** The part after the prefix, canonical: `2-1`, `TC-HW-230a.1`, `A1.1`, `24`, `Governance a`. */
  code: string;
}

// Dashes people paste from PDFs and word processors.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

interface CompiledGrammar {
  /** `^(gri|sasb|…|ifrs\s*s2)\s*[-:]?\s*(.*)$`, longest prefix first. */
  prefix: RegExp;
  /** A prefix as matched (lower case, no spaces) -> framework id. */
  byPrefix: Map<string, string>;
  rules: Map<string, { re: RegExp; rule: IdGrammarRule }[]>;
}

let compiled: CompiledGrammar | undefined;
onFrameworksInstalled(() => {
  compiled = undefined;
});

const squash = (prefix: string): string => prefix.toLowerCase().replace(/\s+/g, '');
const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function grammar(): CompiledGrammar {
  if (compiled) return compiled;
  const byPrefix = new Map<string, string>();
  const rules = new Map<string, { re: RegExp; rule: IdGrammarRule }[]>();
  for (const def of frameworkDefs()) {
    for (const prefix of def.prefixes) byPrefix.set(squash(prefix), def.id);
    rules.set(def.id, def.grammar.map((rule) => ({ re: new RegExp(rule.pattern, 'i'), rule })));
  }
  const alternatives = frameworkDefs()
    .flatMap((def) => def.prefixes)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => p.trim().split(/\s+/).map(escapeRe).join('\\s*'));
  compiled = { prefix: new RegExp(`^(${alternatives.join('|')})\\s*[-:]?\\s*(.*)$`, 'i'), byPrefix, rules };
  return compiled;
}

/** Fills a rule's canonical template (see IdGrammarRule) from a match; undefined when a lookup fails. */
function canonicalOf(rule: IdGrammarRule, match: RegExpExecArray): string | undefined {
  let failed = false;
  const text = rule.canonical.replace(/\{(\d+)(?:\|(\w+))?\}/g, (_all, group: string, transform: string | undefined) => {
    const value = match[Number(group)] ?? '';
    switch (transform) {
      case undefined:
        return value;
      case 'int':
        return String(Number(value));
      case 'upper':
        return value.toUpperCase();
      case 'lower':
        return value.toLowerCase();
      case 'compact':
        return value.replace(/\s+/g, '').toLowerCase();
      case 'lookup': {
        const found = rule.lookup?.[value.toLowerCase().replace(/\s+/g, ' ')];
        if (found === undefined) failed = true;
        return found ?? '';
      }
      default:
        throw new Error(`id grammar: unknown transform "${transform}" in ${rule.canonical}`);
    }
  });
  return failed ? undefined : text;
}

function canonicalCode(framework: FrameworkId, rest: string): string | undefined {
  for (const { re, rule } of grammar().rules.get(framework) ?? []) {
    const match = re.exec(rest);
    if (match) return canonicalOf(rule, match);
  }
  return undefined;
}

/**
 * Parses `GRI 2-1`, `gri2-1`, `GRI 2–1`, `SASB tc-hw-230a.1`, `HKEX A1.1` … into the canonical id.
 * `defaultFramework` lets bare codes (`2-1` in a GRI index table) parse too.
 */
export function parseDisclosureId(text: string, defaultFramework?: FrameworkId): ParsedId | undefined {
  const cleaned = text.replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  const prefixed = grammar().prefix.exec(cleaned);
  const framework = prefixed ? grammar().byPrefix.get(squash(prefixed[1]!)) : defaultFramework;
  const rest = prefixed ? prefixed[2]! : cleaned;
  if (!framework) return undefined;
  const code = canonicalCode(framework, rest.trim());
  if (code === undefined) return undefined;
  return { id: `${frameworkDef(framework)!.prefixes[0]} ${code}`, framework, code };
}

/** A GRI topic as written in front matter or `GRI 3-3 (GRI 305)`: `GRI 305`, `gri305`, `305`. */
export function parseGriTopic(text: string): string | undefined {
  const m = /^\s*(?:gri\s*)?(\d{1,3})\s*$/i.exec(text.replace(DASHES, '-'));
  return m ? `GRI ${Number(m[1])}` : undefined;
}
