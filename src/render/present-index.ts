// presentIndex: the engine's index data (the one model of every framework's index: pages as numbers, column
// and group ids) with its wording written in from templates/locales/, in the published shape of its layout
// (src/render/index-layouts.ts). The result is the published document: the `json` format prints it; the
// templates render it.
import type { AnyIndexDocument } from '../model/framework-index.js';
import type { IndexDocumentData } from '../model/index-data.js';
import type { IndexGap, IndexGapData, IndexSet, IndexSetData } from '../model/index-set.js';
import { withDraftMarks } from './draft-marks.js';
import { indexLayoutOf } from './index-layouts.js';
import { label, loadLocale, type Locale } from './locales.js';

/** The published content index document of the engine's data, worded in its language. */
export function presentIndex(doc: IndexDocumentData): AnyIndexDocument {
  const locale = loadLocale(doc.lang);
  return withDraftMarks(indexLayoutOf(doc.framework).present(doc, locale), doc, locale);
}

function gap({ framework, id, title, titleZh, status, reason, explanations }: IndexGapData, lang: string, locale: Locale): IndexGap {
  return {
    framework,
    id,
    // The set's language where the catalog has a Chinese title.
    title: lang === 'zh' && titleZh ? titleZh : title,
    status,
    ...(reason !== undefined ? { reason } : {}),
    ...(explanations !== undefined ? { explanation: explanations.join(label(locale, 'indexText.explanationSeparator')) } : {}),
  };
}

/** Every document of the set presented (`presentIndex`), and its gaps worded in its language. */
export function presentIndexSet(set: IndexSetData): IndexSet {
  const locale = loadLocale(set.lang);
  return { ...set, documents: set.documents.map((doc) => presentIndex(doc)), gaps: set.gaps.map((g) => gap(g, set.lang, locale)) };
}
