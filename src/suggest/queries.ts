// What we search for, per disclosure: its words from the catalog (official title, official Chinese
// title, requirement item labels) and from its descriptor (curated keywords and synonyms in English and
// Chinese, strongest first; the units an answer is written in). Phrases are kept whole for coverage and
// table evidence; their terms, weighted, make the BM25 query.
import type { DisclosureDef } from '../model/catalog.js';
import type { Descriptor } from '../model/descriptor.js';
import { compactText, gluedText } from './documents.js';
import { rankingParams, type RankingParams } from './ranking-params.js';
import { isChineseTerm, tokenize } from './tokenizer.js';

export type QueryLanguage = 'en' | 'zh';

export interface Phrase {
  /** As written in the catalog or descriptor, for the reader. */
  text: string;
  /** Distinct terms. */
  terms: string[];
  language: QueryLanguage;
  /** 1 for the official titles and the strongest keyword, down to 0.6 for the weakest keyword. */
  weight: number;
  /** An official title (the "self-match" reference of scoring.ts). */
  title: boolean;
  /**
   * Letters and digits only (`waterwithdrawal`), matched inside a flattened KPI row whose words are glued
   * (documents.ts `glued`); empty when shorter than GLUED_PHRASE_LENGTH.
   */
  glued: string;
}

export interface Unit {
  text: string;
  /** Terms of the unit (`tco2e`, `mwh`, 吨 二氧化碳 …); empty for symbols such as `%`. */
  terms: string[];
  /** For units without terms: the symbol, normalised, matched in a row's text. */
  compact: string;
  /**
   * For units with terms, written without spaces (`tco2e`, `mwh`, `兆瓦时`), matched in a row's text when a
   * PDF glued it to the label (`emissionstCO2e`, `electricityMWh`); empty when shorter than
   * GLUED_UNIT_LENGTH, since `t` or `吨` inside a word says nothing.
   */
  glued: string;
}

export interface DisclosureQuery {
  id: string;
  phrases: Phrase[];
  units: Unit[];
  /** A data disclosure: quantitative in the catalog, or answered in units (its table evidence counts most in a KPI block). */
  data: boolean;
  /** Term -> weight for BM25 (the highest weight of any phrase, label or unit it comes from). */
  weights: Map<string, number>;
}

/** The shortest unit matched inside glued text (`mwh`, `kwh`, `立方米`; not `t`, `ml`, `吨`). */
const GLUED_UNIT_LENGTH = 3;
/** The shortest phrase matched inside glued text: a word of four letters, or two Chinese characters (a term). */
const GLUED_PHRASE_LENGTH: Record<QueryLanguage, number> = { en: 4, zh: 2 };

const languageOf = (terms: string[]): QueryLanguage => (terms.some(isChineseTerm) ? 'zh' : 'en');

function phrase(text: string, weight: number, title: boolean): Phrase | undefined {
  const terms = [...new Set(tokenize(text))];
  if (terms.length === 0) return undefined;
  const language = languageOf(terms);
  const written = gluedText(text);
  const glued = [...written].length >= GLUED_PHRASE_LENGTH[language] ? written : '';
  return { text, terms, language, weight, title, glued };
}

/** Keywords are listed strongest first: weights fall linearly from 1 to the weakest keyword's (ranking-params.ts). */
function keywordPhrases(keywords: readonly string[], weakest: number): Phrase[] {
  const step = keywords.length > 1 ? (1 - weakest) / (keywords.length - 1) : 0;
  return keywords.flatMap((k, i) => phrase(k, 1 - i * step, false) ?? []);
}

/**
 * Queries depend only on the catalog's (immutable, cached) definitions and descriptors and on the ranking
 * parameters in force (the defaults, but for the tuning script): built once each.
 */
const built = new WeakMap<DisclosureDef, { descriptor: Descriptor | undefined; params: RankingParams; query: DisclosureQuery }>();

export function buildQuery(def: DisclosureDef, descriptor: Descriptor | undefined): DisclosureQuery {
  const params = rankingParams();
  const known = built.get(def);
  if (known && known.descriptor === descriptor && known.params === params) return known.query;
  const query = queryOf(def, descriptor, params);
  built.set(def, { descriptor, params, query });
  return query;
}

function queryOf(def: DisclosureDef, descriptor: Descriptor | undefined, params: RankingParams): DisclosureQuery {
  const phrases = [
    phrase(def.title, 1, true),
    def.titleZh ? phrase(def.titleZh, 1, true) : undefined,
    ...keywordPhrases(descriptor?.keywords.en ?? [], params.weakestKeyword),
    ...keywordPhrases(descriptor?.keywords.zh ?? [], params.weakestKeyword),
  ].filter((p): p is Phrase => p !== undefined);
  const unitTexts = [...(descriptor?.units ?? []), ...(def.unit ? [def.unit] : [])];
  const units = unitTexts.flatMap((text): Unit[] => {
    const terms = [...new Set(tokenize(text))];
    // `Percentage (%)`: its word is a stop word, its symbol is the unit.
    const compact = terms.length === 0 ? compactText(text).replace(/[\p{L}()（）]/gu, '') : '';
    const written = compactText(text);
    const glued = terms.length > 0 && [...written].length >= GLUED_UNIT_LENGTH ? written : '';
    return terms.length > 0 || compact !== '' ? [{ text, terms, compact, glued }] : [];
  });

  const weights = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  for (const p of phrases) for (const term of p.terms) add(term, p.weight);
  for (const item of def.requirements) for (const term of tokenize(item.label)) add(term, params.labelWeight);
  for (const unit of units) for (const term of unit.terms) add(term, params.unitWeight);
  return { id: def.id, phrases, units, data: def.kind === 'quantitative' || units.length > 0, weights };
}
