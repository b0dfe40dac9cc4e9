// renderIndex: an IndexDocument as Markdown, HTML, CSV or JSON text.
// Pure apart from reading templates (cached): the same document gives the same bytes.
import { DiscloseError } from '../model/errors.js';
import type { IndexDocument } from '../model/index-document.js';
import { loadLocale } from './locales.js';
import { builtinTemplatePath, firstLine, loadTemplate, type TemplateFormat } from './templates.js';
import { buildView } from './view.js';

export const INDEX_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type IndexFormat = (typeof INDEX_FORMATS)[number];

export interface RenderIndexOptions {
  /** A Handlebars file that replaces the built-in template (md, html and csv only). */
  template?: string;
}

export function renderIndex(doc: IndexDocument, format: IndexFormat, options: RenderIndexOptions = {}): string {
  if (!(INDEX_FORMATS as readonly string[]).includes(format)) {
    throw new DiscloseError('usage', `Unknown index format "${format}"; expected ${INDEX_FORMATS.join(', ')}.`);
  }
  const { template: userTemplate } = options;
  if (format === 'json') {
    if (userTemplate) throw new DiscloseError('usage', 'A template applies to the md, html and csv formats, not json.');
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  const view = buildView(doc, loadLocale(doc.lang));
  const template = userTemplate
    ? loadTemplate(userTemplate, format)
    : loadTemplate(builtinTemplatePath(doc.framework, format as TemplateFormat), format);
  let text: string;
  try {
    text = template(view);
  } catch (error) {
    // A user's template may name a missing partial or label: that is bad input, not a crash.
    if (userTemplate) throw new DiscloseError('input', `Template ${userTemplate} failed: ${firstLine(error)}.`, userTemplate);
    throw error;
  }
  return normalizeLines(text);
}

/** `\n` line ends, and exactly one at the end. */
function normalizeLines(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`;
}
