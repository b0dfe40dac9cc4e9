// Building HTML safely: every value interpolated into `html`…`` is escaped unless it is already Markup.
// Report text is hostile (a section titled `</style><script>…` must stay text), so escaping is the
// default and raw markup needs the explicit `raw()` — which this formatter uses only for its own constants.

/** HTML that this formatter built; the only thing `html` inserts unescaped. */
export class Markup {
  readonly #html: string;
  constructor(html: string) {
    this.#html = html;
  }
  toString(): string {
    return this.#html;
  }
}

/** A value `html` accepts: text and numbers are escaped, Markup is kept, lists are concatenated, nothing is empty. */
export type Interpolation = Markup | string | number | null | undefined | false | readonly Interpolation[];

// Control characters other than tab, LF and CR are HTML parse errors and have no visible meaning;
// lone surrogates cannot be encoded as UTF-8.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value: the five special characters as entities. */
export function escapeHtml(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup written by this formatter itself (constant CSS, for instance). Never pass report text. */
export function raw(trusted: string): Markup {
  return new Markup(trusted);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.toString();
  if (typeof value === 'number') return escapeHtml(Number.isFinite(value) ? String(value) : '');
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** The tagged template: `html`<td>${title}</td>`` escapes `title`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Markup(out);
}
