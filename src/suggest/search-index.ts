// BM25 over the report's sections, with minisearch (BM25+, k = 1.2, b = 0.7, δ = 0.5) as the inverted
// index. Documents arrive tokenized (tokenizer.ts), so minisearch only splits on the single spaces we
// joined them with: index and queries go through one tokenizer. Built once per report; one search per
// disclosure.
import MiniSearch from 'minisearch';
import { FIELDS, type Field, type SectionDocument } from './documents.js';

/**
 * Field boosts: a disclosure's words in a section's own heading say most ("3.1.5 Greenhouse gas
 * emissions"), in a KPI table next (a labelled figure), in the headings above next, in running text least.
 */
export const FIELD_BOOST: Record<Field, number> = { title: 3, tables: 2, headingPath: 1.5, text: 1 };

/** BM25+'s weight of a term seen once in a field of average length: δ + (k + 1) / (1 + k). */
export const BM25_SINGLE_MATCH = 0.5 + 1;

export interface SearchHit {
  document: SectionDocument;
  /** The BM25 score summed over the query's terms and fields (without minisearch's "matched terms" factor). */
  bm25: number;
}

export class SectionIndex {
  private readonly search: MiniSearch<{ id: number }>;
  private readonly byId = new Map<number, SectionDocument>();
  /** Documents that contain each term (any field). */
  private readonly documentFrequency = new Map<string, number>();
  readonly size: number;

  constructor(readonly documents: readonly SectionDocument[]) {
    this.search = new MiniSearch<{ id: number }>({
      fields: [...FIELDS],
      extractField: (document, field) => (field === 'id' ? document.id : this.byId.get(document.id)!.fields[field as Field].join(' ')),
      tokenize: (text) => (text === '' ? [] : text.split(' ')),
      processTerm: (term) => term,
    });
    for (const document of documents) {
      this.byId.set(document.section.index, document);
      for (const term of document.terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.search.addAll(documents.map((d) => ({ id: d.section.index })));
    this.size = documents.length;
  }

  /**
   * Inverse document frequency as BM25 computes it (df = sections that use the term anywhere); a term the
   * report never uses weighs more than any it does, so a phrase whose main word is absent is not found.
   */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    const n = Math.max(1, this.size);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** Sections matching any of the weighted terms, best BM25 first, ties in document order. */
  find(weights: ReadonlyMap<string, number>): SearchHit[] {
    const terms = [...weights.keys()];
    if (terms.length === 0 || this.size === 0) return [];
    const results = this.search.search(terms.join(' '), {
      fields: [...FIELDS],
      boost: FIELD_BOOST,
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => weights.get(term) ?? 0,
    });
    return results
      .map((r) => ({ document: this.byId.get(r.id as number)!, bm25: r.score / Math.max(1, r.queryTerms.length) }))
      .sort((a, b) => b.bm25 - a.bm25 || a.document.section.index - b.document.section.index);
  }
}
