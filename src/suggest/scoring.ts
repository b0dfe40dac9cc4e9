// A section's score for a disclosure: the estimated probability that the section is where the report
// answers it, so that it reads the same for every disclosure (a long title or a short one, twenty
// synonyms or none) and `--min-score 0.5` means "more likely than not". Six pieces of evidence, each
// already relative to the disclosure or to the report:
//
//   ln R  BM25 relative to a self-match: R = BM25(section) / BM25(ideal), where BM25(ideal) is the median,
//         over the disclosure's phrases in the report's language (official title, keywords), of the score
//         of a section whose own heading is that phrase: Σ w_t · idf_t · BM25_SINGLE_MATCH ·
//         the title's field boost over the phrase's terms that the report uses at all.
//   gap   ln(BM25(section) / BM25(best other section)), at most 1.5: how far the section stands out.
//   head  the largest share of one phrase's terms in the section's own heading.
//   whole the phrases found whole in the section, over min(6, phrases in the report's language): a real
//         answer uses several of the disclosure's phrases, a passing mention one.
//   P     the best IDF-weighted share of one phrase's terms found in the section (partial matches count:
//         Chinese bigrams, a title's main words).
//   E     table evidence: 1 when a KPI row (a table row with a figure) holds one of the disclosure's phrases
//         whole and one of its units; 0.5 for the phrase without a unit; else 0. For a data disclosure in a
//         KPI table flattened to text (a PDF's data appendix), KPI_BLOCK_EVIDENCE times that.
//
//   score = σ(β₀ + β_R · ln R + β_gap · gap + β_head · head + β_whole · whole + β_P · P + β_E · E)
//
// β₀ … β_P are a logistic regression (`npm run calibrate:suggest`) on the five tagged reports of the
// suggest evaluation (examples/acme-2025 and test/fixtures/suggest/, English and Chinese): a tagged section
// is a positive; the next best sections, and the best sections once the tagged ones are removed from the
// report, are negatives; each report weighs the same. β_E is set, not fitted: reports often tag the
// narrative rather than the data table, so a fit would learn that house style instead of the evidence.
// Left out of each fit in turn, every report still finds its answers as often (the script prints it).
import type { SectionDocument } from './documents.js';
import type { DisclosureQuery, Phrase, QueryLanguage } from './queries.js';
import { rankingParams } from './ranking-params.js';
import { BM25_SINGLE_MATCH, type SectionIndex } from './search-index.js';

/** β₀ and the weight of each piece of evidence in the logit. */
export interface Coefficients {
  readonly intercept: number;
  readonly logRelevance: number;
  readonly gap: number;
  readonly head: number;
  readonly whole: number;
  readonly coverage: number;
  readonly table: number;
}

export const COEFFICIENTS: Coefficients = { intercept: -4.79, logRelevance: 0.24, gap: 1.38, head: 1.15, whole: 2.98, coverage: 1.88, table: 0.8 };
/** Phrases found whole beyond this many add nothing. */
const ENOUGH_PHRASES = 6;
/** ln R and the gap are bounded, so that one huge section cannot reach certainty on BM25 alone. */
const LOG_LIMIT = 3;
/**
 * A section 4.5 times ahead of the next has shown all that standing out can show; beyond that, a short
 * report in which only one section matches at all would get certainty from having no competition.
 */
const GAP_LIMIT = 1.5;
const boundedLog = (ratio: number, upper = LOG_LIMIT): number => (ratio > 0 ? Math.max(-LOG_LIMIT, Math.min(upper, Math.log(ratio))) : -LOG_LIMIT);

/** The per-disclosure constants of the formula, computed once per disclosure and report. */
export interface QueryScale {
  ideal: number;
  language: QueryLanguage;
  /** Per phrase (same order as `query.phrases`): each term's idf, and their sum. */
  phraseIdf: number[][];
  phraseIdfSum: number[];
  /** The denominator of `whole`. */
  enough: number;
}

function selfMatch(index: SectionIndex, query: DisclosureQuery, phrase: Phrase): number {
  const titleBoost = rankingParams().fieldBoost.title;
  let score = 0;
  for (const term of phrase.terms) {
    if (index.has(term)) score += (query.weights.get(term) ?? 0) * index.idf(term) * BM25_SINGLE_MATCH * titleBoost;
  }
  return score;
}

export function queryScale(index: SectionIndex, query: DisclosureQuery, language: QueryLanguage): QueryScale {
  const inLanguage = query.phrases.filter((p) => p.language === language);
  const references = inLanguage.length > 0 ? inLanguage : query.phrases;
  const matches = references.map((p) => selfMatch(index, query, p)).filter((m) => m > 0).sort((a, b) => a - b);
  const ideal = matches.length === 0 ? 0 : matches[Math.floor((matches.length - 1) / 2)]!;
  const phraseIdf = query.phrases.map((p) => p.terms.map((t) => index.idf(t)));
  const phraseIdfSum = phraseIdf.map((idf) => idf.reduce((sum, x) => sum + x, 0));
  return { ideal, language, phraseIdf, phraseIdfSum, enough: Math.max(1, Math.min(ENOUGH_PHRASES, inLanguage.length)) };
}

export interface TableEvidence {
  value: number;
  phrase?: Phrase;
  unit?: string;
  line?: number;
}

const NO_TABLE: TableEvidence = { value: 0 };
/**
 * E in a flattened KPI block (documents.ts `kpiBlock`), for a data disclosure (queries.ts `data`), is this
 * many times E elsewhere. Such a section is a data appendix naming every metric in a few words, so BM25 (R,
 * gap) rarely puts it first although a company's index points there for its data disclosures: there, a row
 * with the metric and its unit is the evidence that counts. Set so that such a row alone, with no other
 * evidence, makes an even bet (β₀ + β_E · E = 0): not fitted, like β_E (see the header).
 */
export const KPI_BLOCK_EVIDENCE = -COEFFICIENTS.intercept / COEFFICIENTS.table;

function tableEvidence(query: DisclosureQuery, document: SectionDocument): TableEvidence {
  let best: TableEvidence = { value: 0 };
  const weight = document.kpiBlock && query.data ? KPI_BLOCK_EVIDENCE : 1;
  for (const row of document.kpiRows) {
    const phrase = query.phrases.find((p) => p.terms.every((t) => row.terms.has(t)) || (row.glued !== undefined && p.glued !== '' && row.glued.includes(p.glued)));
    if (!phrase) continue;
    const unit = query.units.find((u) => (u.terms.length > 0 ? u.terms.every((t) => row.terms.has(t)) || (u.glued !== '' && row.compact.includes(u.glued)) : row.compact.includes(u.compact)));
    const line = row.line !== undefined ? { line: row.line } : {};
    if (unit) return { value: weight, phrase, unit: unit.text, ...line };
    if (best.value === 0) best = { value: 0.5 * weight, phrase, ...line };
  }
  return best;
}

export interface Features {
  logRelevance: number;
  gap: number;
  head: number;
  whole: number;
  coverage: number;
  table: TableEvidence;
  /** The phrases found whole, strongest first. */
  phrases: Phrase[];
}

/**
 * The evidence for one section: `bm25` its BM25 for the query, `bestOther` the best BM25 of any other
 * section (0 when it is the only one that matches).
 */
export function features(index: SectionIndex, query: DisclosureQuery, scale: QueryScale, document: SectionDocument, bm25: number, bestOther: number): Features {
  const logRelevance = boundedLog(scale.ideal > 0 ? bm25 / scale.ideal : 0);
  const gap = bestOther > 0 ? boundedLog(bm25 / bestOther, GAP_LIMIT) : GAP_LIMIT;
  const heading = document.headingTerms;
  let head = 0;
  let coverage = 0;
  const phrases: Phrase[] = [];
  query.phrases.forEach((phrase, p) => {
    const idf = scale.phraseIdf[p]!;
    let inHeading = 0;
    let found = 0;
    let foundIdf = 0;
    phrase.terms.forEach((term, t) => {
      if (heading.has(term)) inHeading++;
      if (document.terms.has(term)) {
        found++;
        foundIdf += idf[t]!;
      }
    });
    head = Math.max(head, inHeading / phrase.terms.length);
    const sum = scale.phraseIdfSum[p]!;
    if (phrase.language === scale.language && sum > 0) coverage = Math.max(coverage, foundIdf / sum);
    if (found === phrase.terms.length) phrases.push(phrase);
  });
  phrases.sort((a, b) => b.weight - a.weight || b.terms.length - a.terms.length);
  const whole = Math.min(phrases.length, scale.enough) / scale.enough;
  return { logRelevance, gap, head, whole, coverage, table: document.kpiRows.length > 0 ? tableEvidence(query, document) : NO_TABLE, phrases };
}

export interface Scored extends Features {
  score: number;
}

/** The score under coefficients `c`: the base ones unless a report's text calls for others (laid-out-calibration.ts). */
export function scoreOf(f: Features, c: Coefficients = COEFFICIENTS): number {
  const logit = c.intercept + c.logRelevance * f.logRelevance + c.gap * f.gap + c.head * f.head + c.whole * f.whole + c.coverage * f.coverage + c.table * f.table.value;
  return 1 / (1 + Math.exp(-logit));
}

export function scoreSection(index: SectionIndex, query: DisclosureQuery, scale: QueryScale, document: SectionDocument, bm25: number, bestOther: number, c: Coefficients = COEFFICIENTS): Scored {
  const f = features(index, query, scale, document, bm25, bestOther);
  return { ...f, score: scoreOf(f, c) };
}
