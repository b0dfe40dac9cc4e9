// `index --draft` in the published document: each row a suggestion placed carries its score, and its
// location text says "suggested, score 0.82", so every format (md, html, csv, xlsx, json) shows it without
// a template of its own; the disclosures left to review are listed with their best section, worded here.
import type { AnyIndexDocument } from '../model/framework-index.js';
import type { IndexDocumentData } from '../model/index-data.js';
import type { IndexDraft } from '../model/index-document.js';
import { label, type Locale } from './locales.js';

const score = (value: number): string => value.toFixed(2);

export function withDraftMarks(published: AnyIndexDocument, data: IndexDocumentData, locale: Locale): AnyIndexDocument {
  const draft = data.draftMarks;
  if (!draft) return published;
  const suggested = new Map(data.groups.flatMap((g) => g.rows.flatMap((row) => (row.suggested ? [[row.id, row.suggested.score] as const] : []))));
  const mark = <R extends { id: string; locationText: string }>(row: R): R => {
    const value = suggested.get(row.id);
    if (value === undefined) return row;
    const text = label(locale, 'draft.suggested', { score: score(value) });
    return { ...row, suggested: { score: value }, locationText: row.locationText === '' ? `(${text})` : `${row.locationText} (${text})` };
  };
  const toReview: IndexDraft['toReview'] = draft.toReview.map((item) => ({
    ...item,
    text: label(locale, 'draft.reviewItem', { id: item.id, title: item.title, section: item.section, page: item.page === undefined ? '' : label(locale, 'draft.reviewPage', { page: item.page }), score: score(item.score) }),
  }));
  // Both layouts' rows have an id and a location text, and only those are touched: one mapping for every
  // layout, the document's own row type kept.
  type Rows = { rows: { id: string; locationText: string }[] }[];
  const groups = (published.groups as Rows).map((g) => ({ ...g, rows: g.rows.map(mark) }));
  return { ...published, groups, draft: { minScore: draft.minScore, toReview } } as AnyIndexDocument;
}
