// The one Handlebars environment of the renderer, isolated from the global `Handlebars` so that
// users of the library who register their own helpers do not change disclose's output (or v.v.).
//
// Helpers (also available to user templates, see README):
//   {{md value}}            value as inline Markdown text: escaped, trimmed, newlines → <br>
//   {{t "key" name=value}}  the label at a dotted key of the document's locale, `{name}` filled in
//   {{join list ", "}}      list items joined (default separator: the locale's listSeparator)
//   {{#if (eq a b)}}        strict equality
//   {{csv a b c}} / {{csv list}}  one CSV record, quoted by csv-stringify, formula-like cells defused
import Handlebars from 'handlebars';

import { csvRecord, escapeMarkdown, toText } from './escape.js';
import { label, type Locale } from './locales.js';

export const handlebars = Handlebars.create();

/** The locale of the view being rendered: every template's root context carries it as `labels`. */
function localeOf(options: Handlebars.HelperOptions): Locale {
  const root = (options.data as { root?: { labels?: Locale } } | undefined)?.root;
  if (!root?.labels) throw new Error('the template context has no "labels"');
  return root.labels;
}

// Handlebars passes its options object as the last argument of every helper.
function splitArgs(args: unknown[]): [unknown[], Handlebars.HelperOptions] {
  return [args.slice(0, -1), args[args.length - 1] as Handlebars.HelperOptions];
}

handlebars.registerHelper('md', (value: unknown) => new handlebars.SafeString(escapeMarkdown(value)));

handlebars.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) =>
  label(localeOf(options), toText(key), options.hash as Record<string, unknown>),
);

handlebars.registerHelper('join', (...args: unknown[]) => {
  const [[list, separator], options] = splitArgs(args);
  const items = Array.isArray(list) ? list : list === undefined || list === null ? [] : [list];
  const sep = typeof separator === 'string' ? separator : label(localeOf(options), 'listSeparator');
  return items.map(toText).join(sep);
});

handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);

handlebars.registerHelper('csv', (...args: unknown[]) => {
  const [fields] = splitArgs(args);
  const record = fields.length === 1 && Array.isArray(fields[0]) ? (fields[0] as unknown[]) : fields;
  return new handlebars.SafeString(csvRecord(record));
});
