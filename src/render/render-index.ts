// renderIndex: a published content index document as Markdown, HTML, CSV or JSON text, whatever its
// framework: its registry layout gives the template context (src/render/index-layouts.ts).
// Pure apart from reading templates (cached): the same document gives the same bytes.
import { DiscloseError } from '../model/errors.js';
import type { AnyIndexDocument, FrameworkIndexDocument } from '../model/framework-index.js';
import { frameworkDef } from '../model/frameworks.js';
import { indexLayoutOf } from './index-layouts.js';
import { loadLocale } from './locales.js';
import { builtinTemplatePath, firstLine, loadTemplate, type TemplateFormat } from './templates.js';

export const INDEX_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type IndexFormat = (typeof INDEX_FORMATS)[number];

export interface RenderIndexOptions {
  /** A Handlebars file that replaces the built-in template (md, html and csv only). */
  template?: string;
}

/** templates/<dir>/ as the registry says (`gri`, `sasb`, `hkex`; the three exchanges share `szse`). */
function templateDir(doc: AnyIndexDocument): string {
  const dir = frameworkDef(doc.framework)?.index?.templates;
  if (!dir) throw new DiscloseError('usage', `\`${doc.framework}\` has no content index.`);
  return dir;
}

export function renderIndex(doc: AnyIndexDocument, format: IndexFormat, options: RenderIndexOptions = {}): string {
  if (!(INDEX_FORMATS as readonly string[]).includes(format)) {
    throw new DiscloseError('usage', `Unknown index format "${format}"; expected ${INDEX_FORMATS.join(', ')}.`);
  }
  const { template: userTemplate } = options;
  if (format === 'json') {
    if (userTemplate) throw new DiscloseError('usage', 'A template applies to the md, html and csv formats, not json.');
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  const locale = loadLocale(doc.lang);
  const view = indexLayoutOf(doc.framework).view(doc, locale);
  const template = userTemplate
    ? loadTemplate(userTemplate, format)
    : loadTemplate(builtinTemplatePath(templateDir(doc), format as TemplateFormat), format);
  let text: string;
  try {
    text = template(view);
  } catch (error) {
    // A user's template may name a missing partial or label: that is bad input, not a crash.
    if (userTemplate) throw new DiscloseError('input', `Template ${userTemplate} failed: ${firstLine(error)}.`, userTemplate);
    throw error;
  }
  // CSV starts with a UTF-8 byte order mark: without it Excel reads the file in the system's code page and
  // Chinese titles and locations come out garbled (issue 14 §6).
  return format === 'csv' ? `${UTF8_BOM}${normalizeLines(text)}` : normalizeLines(text);
}

const UTF8_BOM = '\ufeff';

/** The SASB, exchange (SZSE, SSE, BSE) or HKEX index: `renderIndex` for a FrameworkIndexDocument. */
export function renderFrameworkIndex(doc: FrameworkIndexDocument, format: IndexFormat, options: RenderIndexOptions = {}): string {
  return renderIndex(doc, format, options);
}

/** `\n` line ends, and exactly one at the end. */
function normalizeLines(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`;
}
