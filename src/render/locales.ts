// Labels of the content index, one JSON file per language in templates/locales/.
// Everything the renderer itself writes (column headers, group headings, reason labels) comes from
// here, so a zh index is Chinese throughout even when the document's own labels are English. The wording
// the published document itself carries (`indexText`: locations, article ranges, column labels, dimension
// and part titles) is written from here too, by presentIndex (present-index.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { DiscloseError } from '../model/errors.js';
import { templatesDir } from '../paths.js';

/** A locale file: nested objects of strings, read with dotted keys (`columns.location`). */
export interface Locale {
  [key: string]: string | Locale;
}

const localesDir = join(templatesDir, 'locales');
const cache = new Map<string, Locale>();

export function availableLanguages(): string[] {
  return readdirSync(localesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function loadLocale(lang: string): Locale {
  let locale = cache.get(lang);
  if (!locale) {
    const languages = availableLanguages();
    if (!languages.includes(lang)) {
      throw new DiscloseError('usage', `No content index labels for language "${lang}"; expected ${languages.join(' or ')}.`);
    }
    locale = JSON.parse(readFileSync(join(localesDir, `${lang}.json`), 'utf8')) as Locale;
    cache.set(lang, locale);
  }
  return locale;
}

/** The label at a dotted key, or undefined. */
export function lookup(locale: Locale, key: string): string | undefined {
  let value: string | Locale | undefined = locale;
  for (const part of key.split('.')) {
    value = typeof value === 'object' && Object.hasOwn(value, part) ? value[part] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/**
 * The label at a dotted key, with `{name}` placeholders filled from `vars`.
 * An unknown key throws: a template naming a label that does not exist is a mistake to see, not hide.
 */
export function label(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  const value = lookup(locale, key);
  if (value === undefined) throw new Error(`no label "${key}" in locale ${lookup(locale, 'htmlLang') ?? '?'}`);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
