// How each index layout is presented: the published document it gives (present) and the context its
// templates render (view). Chosen by the framework's layout in the registry (standards/frameworks.json),
// the same key the engine's builders use (src/engine/index-layouts/), so no renderer tells frameworks apart.
import { DiscloseError } from '../model/errors.js';
import type { IndexLayoutId } from '../model/framework-def.js';
import type { AnyIndexDocument, FrameworkIndexDocument } from '../model/framework-index.js';
import { frameworkDef } from '../model/frameworks.js';
import type { IndexDocument } from '../model/index-document.js';
import type { IndexDocumentData } from '../model/index-data.js';
import { buildFrameworkView, type FrameworkFamily } from './framework-view.js';
import type { Locale } from './locales.js';
import { presentFrameworkIndex } from './present-framework.js';
import { presentGriIndex } from './present-gri.js';
import { buildView } from './view.js';

export interface IndexLayoutPresentation {
  /** The published document of the engine's data, worded in the locale's language. */
  present(doc: IndexDocumentData, locale: Locale): AnyIndexDocument;
  /** The template context; its `csv` table is also the workbook's sheet. */
  view(doc: AnyIndexDocument, locale: Locale): { csv: { header: string[]; rows: string[][] } };
}

// A published document has the shape its framework's layout gives it (`present` above wrote it, or a
// caller did by the published schema, schemas/output/index.schema.json): the casts below rest on that.
const gri: IndexLayoutPresentation = {
  present: presentGriIndex,
  view: (doc, locale) => buildView(doc as IndexDocument, locale),
};

const framework = (family: FrameworkFamily): IndexLayoutPresentation => ({
  present: (doc, locale) => presentFrameworkIndex(doc, locale, family),
  view: (doc, locale) => buildFrameworkView(doc as FrameworkIndexDocument, locale, family),
});

const PRESENTATIONS: Record<IndexLayoutId, IndexLayoutPresentation> = {
  gri,
  sasb: framework('sasb'),
  guideline: framework('guideline'),
  hkex: framework('hkex'),
  paragraphs: framework('paragraphs'),
  esrs: framework('esrs'),
  chapters: framework('chapters'),
};

/** The presentation of `framework`'s index layout; a framework without an index is a usage error. */
export function indexLayoutOf(framework: string): IndexLayoutPresentation {
  const layout = frameworkDef(framework)?.index?.layout;
  if (layout === undefined) throw new DiscloseError('usage', `\`${framework}\` has no content index.`);
  return PRESENTATIONS[layout];
}
