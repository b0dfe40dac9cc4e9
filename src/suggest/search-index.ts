// BM25+ over the report's sections (k1 and b as ranking-params.ts sets them, δ = 0.5; per field: df, length
// in distinct terms, average length), with field boosts; one search per disclosure.
//
// Written here rather than with minisearch (which this index used until issue 15): the scoring is the
// same formula minisearch computes (its `calcBM25Score`, summed over fields and query terms, without its
// "matched terms" factor), but minisearch builds a Map of result objects per query term and per matching
// document on every search. On a 10 MB report (12,000 sections, 126 disclosures) that garbage took
// `suggest` from 0.45 GB to 1.1 GB peak memory. Here the postings are typed arrays built once, and each
// search adds into one reused array of scores: no allocation per matching document.
import { FIELDS, type Field, type SectionDocument } from './documents.js';
import { DEFAULT_RANKING, rankingParams } from './ranking-params.js';
import { distinctIds, type Vocabulary } from './term-ids.js';

/** The default field boosts (ranking-params.ts); the ranking reads the ones in force. */
export const FIELD_BOOST: Readonly<Record<Field, number>> = DEFAULT_RANKING.fieldBoost;

/** BM25+'s weight of a term seen once in a field of average length: δ + (k + 1) / (1 + k), whatever k. */
export const BM25_SINGLE_MATCH = 0.5 + 1;

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
  /** Postings by term id (the documents' shared vocabulary, term-ids.ts). */
  private readonly postings: (Postings | undefined)[];
  /** Distinct terms per document and field (BM25's field length, as minisearch counts it). */
  private readonly lengths: Float32Array;
  private readonly averageLength: number[] = [];
  /** Reused by every search: scores, and which documents have one. */
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** Documents that contain each term (any field), by term id. */
  private readonly documentFrequency: Int32Array;
  private readonly vocabulary: Vocabulary | undefined;
  readonly size: number;

  constructor(readonly documents: readonly SectionDocument[]) {
    this.size = documents.length;
    this.vocabulary = documents[0]?.vocabulary;
    const terms = this.vocabulary?.size ?? 0;
    this.lengths = new Float32Array(this.size * FIELD_COUNT);
    this.scores = new Float64Array(this.size);
    this.touched = new Int32Array(this.size);
    this.documentFrequency = new Int32Array(terms);
    // Two passes over the documents, so that each term's postings are typed arrays of the right size from
    // the start: count (documents per term), then fill.
    const fieldCounts = new Float32Array(terms * FIELD_COUNT);
    const marked = new Uint8Array(terms);
    const seen: number[] = [];
    const totals = new Array<number>(FIELD_COUNT).fill(0);
    const perDocument = (d: number, visit: (term: number, counts: Float32Array, at: number) => void): void => {
      const document = documents[d]!;
      seen.length = 0;
      FIELDS.forEach((field, f) => {
        for (const term of document.fields[field]) {
          if (marked[term] === 0) {
            marked[term] = 1;
            seen.push(term);
          }
          fieldCounts[term * FIELD_COUNT + f]!++;
        }
      });
      for (const term of seen) {
        visit(term, fieldCounts, term * FIELD_COUNT);
        fieldCounts.fill(0, term * FIELD_COUNT, term * FIELD_COUNT + FIELD_COUNT);
        marked[term] = 0;
      }
    };
    const documentsOf = new Int32Array(terms);
    for (let d = 0; d < this.size; d++) {
      const document = documents[d]!;
      FIELDS.forEach((field, f) => {
        const distinct = distinctIds(document.fields[field]).length;
        this.lengths[d * FIELD_COUNT + f] = distinct;
        totals[f]! += distinct;
      });
      perDocument(d, (term) => documentsOf[term]!++);
      for (const term of document.terms.ids) this.documentFrequency[term]!++;
    }
    for (let f = 0; f < FIELD_COUNT; f++) this.averageLength.push(this.size > 0 ? totals[f]! / this.size : 0);
    this.postings = new Array<Postings | undefined>(terms);
    const filled = new Int32Array(terms);
    for (let term = 0; term < terms; term++) {
      const n = documentsOf[term]!;
      if (n > 0) this.postings[term] = { docs: new Int32Array(n), counts: new Float32Array(n * FIELD_COUNT), fieldDf: new Array<number>(FIELD_COUNT).fill(0) };
    }
    for (let d = 0; d < this.size; d++) {
      perDocument(d, (term, counts, at) => {
        const postings = this.postings[term]!;
        const i = filled[term]!++;
        postings.docs[i] = d;
        for (let f = 0; f < FIELD_COUNT; f++) {
          const count = counts[at + f]!;
          postings.counts[i * FIELD_COUNT + f] = count;
          if (count > 0) postings.fieldDf[f]!++;
        }
      });
    }
  }

  private df(term: string): number {
    const id = this.vocabulary?.lookup(term);
    return id === undefined || id >= this.documentFrequency.length ? 0 : this.documentFrequency[id]!;
  }

  /**
   * Inverse document frequency as BM25 computes it (df = sections that use the term anywhere); a term the
   * report never uses weighs more than any it does, so a phrase whose main word is absent is not found.
   */
  idf(term: string): number {
    const df = this.df(term);
    const n = Math.max(1, this.size);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** The `limit` sections with the best BM25 for the weighted terms (all that match by default), ties in document order. */
  find(weights: ReadonlyMap<string, number>, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const { scores, touched, lengths, averageLength } = this;
    const { k1: K, b: B, fieldBoost } = rankingParams();
    let count = 0;
    for (const [term, weight] of weights) {
      const id = this.vocabulary?.lookup(term);
      const postings = id === undefined ? undefined : this.postings[id];
      if (!postings || weight === 0) continue;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const df = postings.fieldDf[f]!;
        if (df === 0) continue;
        const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
        const factor = weight * fieldBoost[FIELDS[f]!] * idf;
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
