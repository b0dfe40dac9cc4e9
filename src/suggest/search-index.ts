// BM25+ over the report's sections (k = 1.2, b = 0.7, δ = 0.5; per field: df, length in distinct terms,
// average length), with field boosts; one search per disclosure.
//
// Written here rather than with minisearch (which this index used until issue 15): the scoring is the
// same formula minisearch computes (its `calcBM25Score`, summed over fields and query terms, without its
// "matched terms" factor), but minisearch builds a Map of result objects per query term and per matching
// document on every search. On a 10 MB report (12,000 sections, 126 disclosures) that garbage took
// `suggest` from 0.45 GB to 1.1 GB peak memory. Here the postings are typed arrays built once, and each
// search adds into one reused array of scores: no allocation per matching document.
import { FIELDS, type Field, type SectionDocument } from './documents.js';

/**
 * Field boosts: a disclosure's words in a section's own heading say most ("3.1.5 Greenhouse gas
 * emissions"), in a KPI table next (a labelled figure), in the headings above next, in running text least.
 */
export const FIELD_BOOST: Record<Field, number> = { title: 3, tables: 2, headingPath: 1.5, text: 1 };

/** BM25+'s weight of a term seen once in a field of average length: δ + (k + 1) / (1 + k). */
export const BM25_SINGLE_MATCH = 0.5 + 1;

const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
const FIELD_COUNT = FIELDS.length;

export interface SearchHit {
  document: SectionDocument;
  /** The BM25 score summed over the query's terms and fields. */
  bm25: number;
}

/** One term's postings: the documents (positions in `documents`) and, per document, its count in each field. */
interface Postings {
  docs: Int32Array;
  /** `docs.length × FIELD_COUNT` counts, field-major within a document. */
  counts: Float32Array;
  /** Documents with the term in each field (BM25's df is per field, as minisearch's). */
  fieldDf: number[];
}

export class SectionIndex {
  private readonly postings = new Map<string, Postings>();
  /** Distinct terms per document and field (BM25's field length, as minisearch counts it). */
  private readonly lengths: Float32Array;
  private readonly averageLength: number[] = [];
  /** Reused by every search: scores, and which documents have one. */
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** Documents that contain each term (any field). */
  private readonly documentFrequency = new Map<string, number>();
  readonly size: number;

  constructor(readonly documents: readonly SectionDocument[]) {
    this.size = documents.length;
    this.lengths = new Float32Array(this.size * FIELD_COUNT);
    this.scores = new Float64Array(this.size);
    this.touched = new Int32Array(this.size);
    const building = new Map<string, { docs: number[]; counts: number[] }>();
    const totals = new Array<number>(FIELD_COUNT).fill(0);
    documents.forEach((document, d) => {
      const perTerm = new Map<string, number[]>();
      FIELDS.forEach((field, f) => {
        const terms = document.fields[field];
        const distinct = new Set(terms).size;
        this.lengths[d * FIELD_COUNT + f] = distinct;
        totals[f]! += distinct;
        for (const term of terms) {
          let counts = perTerm.get(term);
          if (!counts) perTerm.set(term, (counts = new Array<number>(FIELD_COUNT).fill(0)));
          counts[f]!++;
        }
      });
      for (const [term, counts] of perTerm) {
        let list = building.get(term);
        if (!list) building.set(term, (list = { docs: [], counts: [] }));
        list.docs.push(d);
        for (const c of counts) list.counts.push(c);
      }
      for (const term of document.terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    });
    for (let f = 0; f < FIELD_COUNT; f++) this.averageLength.push(this.size > 0 ? totals[f]! / this.size : 0);
    for (const [term, list] of building) {
      const counts = Float32Array.from(list.counts);
      const fieldDf = new Array<number>(FIELD_COUNT).fill(0);
      for (let i = 0; i < list.docs.length; i++) for (let f = 0; f < FIELD_COUNT; f++) if (counts[i * FIELD_COUNT + f]! > 0) fieldDf[f]!++;
      this.postings.set(term, { docs: Int32Array.from(list.docs), counts, fieldDf });
    }
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

  /** The `limit` sections with the best BM25 for the weighted terms (all that match by default), ties in document order. */
  find(weights: ReadonlyMap<string, number>, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const { scores, touched, lengths, averageLength } = this;
    let count = 0;
    for (const [term, weight] of weights) {
      const postings = this.postings.get(term);
      if (!postings || weight === 0) continue;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const df = postings.fieldDf[f]!;
        if (df === 0) continue;
        const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
        const factor = weight * FIELD_BOOST[FIELDS[f]!] * idf;
        const average = averageLength[f]!;
        for (let i = 0; i < postings.docs.length; i++) {
          const tf = postings.counts[i * FIELD_COUNT + f]!;
          if (tf === 0) continue;
          const d = postings.docs[i]!;
          const norm = average > 0 ? lengths[d * FIELD_COUNT + f]! / average : 0;
          if (scores[d] === 0) touched[count++] = d;
          scores[d] = scores[d]! + factor * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + B * norm)));
        }
      }
    }
    const order = touched.subarray(0, count).slice().sort((a, b) => scores[b]! - scores[a]! || a - b);
    const hits: SearchHit[] = [];
    for (let i = 0; i < Math.min(count, limit); i++) hits.push({ document: this.documents[order[i]!]!, bm25: scores[order[i]!]! });
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return hits;
  }
}
