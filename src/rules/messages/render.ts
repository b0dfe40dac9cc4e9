// Renders a finding's message from its template and data in one locale (ESLint's `{{name}}` placeholders).
// A placeholder may name a format for its value: `{{id|code}}` a code in backticks, `{{ids|codes}}` a list
// of codes, `{{names|or}}` / `{{names|and}}` a list in words, `{{from|date}}` an ISO day as a date,
// `{{expected|sentence}}` text disclose writes itself, in backticks and never cut,
// `{{title|official}}` an official title (its Chinese one under zh, when the catalog has one). Lists and
// dates go through Intl.ListFormat and Intl.DateTimeFormat, so each locale gets its own words and order.
import type { Locale, MessageData, MessagePhrase, MessageValue } from '../../model/message.js';
import { code, sentence } from '../describe.js';

/** `{{ name }}` or `{{ name|format }}`. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

/** The placeholder names of a template, sorted and unique (the meta-test compares them across locales). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

// Intl's locale tags: en-GB writes `1 January 2025`, as GRI 1's own example of a statement of use does.
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };
const LIST_LOCALE: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
/** How a list of codes or numbers is separated: a comma in English, the enumeration comma in Chinese. */
const SEPARATOR: Record<Locale, string> = { en: ', ', zh: '、' };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** `2025-01-01` -> `1 January 2025` (en) or `2025年1月1日` (zh); anything not an ISO day stays as it is. */
export function longDate(iso: string, locale: Locale): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!day) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    // UTC both ways: the day printed is the day written, whatever the machine's time zone.
    format = new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
}

const listFormats = new Map<string, Intl.ListFormat>();
/** `A, B or C` / `A、B或C` (disjunction), `A, B and C` / `A、B和C` (conjunction). */
function words(items: readonly string[], type: 'conjunction' | 'disjunction', locale: Locale): string {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(LIST_LOCALE[locale], { style: 'long', type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

const isPhrase = (value: MessageValue): value is MessagePhrase => typeof value === 'object' && !Array.isArray(value);

/** Finds a template by message id (the rule's own catalog in the chosen locale). */
export type TemplateLookup = (messageId: string) => string;

export function renderMessage(lookup: TemplateLookup, messageId: string, data: MessageData | undefined, locale: Locale): string {
  const template = lookup(messageId);
  return template.replace(PLACEHOLDER, (_whole, name: string, format: string | undefined) => {
    const value = data?.[name];
    // A template naming a value its finding does not carry is a bug in the rule: fail loudly in tests.
    if (value === undefined) throw new Error(`message ${messageId}: no value for {{${name}}}`);
    return formatValue(lookup, value, format, locale, data?.[`${name}Zh`]);
  });
}

function formatValue(lookup: TemplateLookup, value: MessageValue, format: string | undefined, locale: Locale, zh: MessageValue | undefined): string {
  if (isPhrase(value)) return renderMessage(lookup, value.messageId, value.data, locale);
  const items = Array.isArray(value) ? (value as readonly (string | number)[]).map(String) : [String(value)];
  switch (format) {
    case undefined:
      return items.join(SEPARATOR[locale]);
    case 'code':
      return code(items.join(SEPARATOR[locale]));
    case 'sentence':
      return sentence(items.join(SEPARATOR[locale]));
    case 'codes':
      return items.map(code).join(SEPARATOR[locale]);
    case 'or':
      return words(items, 'disjunction', locale);
    case 'and':
      return words(items, 'conjunction', locale);
    case 'date':
      return items.map((item) => longDate(item, locale)).join(SEPARATOR[locale]);
    case 'official':
      return locale === 'zh' && typeof zh === 'string' ? zh : items.join(SEPARATOR[locale]);
    default:
      throw new Error(`unknown message format |${format}`);
  }
}
