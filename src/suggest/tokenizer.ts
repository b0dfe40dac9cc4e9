// One tokenizer for sections and for queries, so both sides meet on the same terms.
//
// - Everything is NFKC-normalised (full-width Ａ→A, `CO₂`→`CO2`, `m³`→`m3`) and lower-cased; Traditional
//   Chinese is folded to Simplified (溫室氣體 → 温室气体, chinese-variants.ts), so either meets the catalog.
// - Latin text: split on anything that is not a letter or a digit; stop words dropped; words of letters
//   only are Porter-stemmed (`emissions`, `emission` → `emiss`); tokens with digits are kept as written
//   (`co2`, `tco2e`, `pm2`), pure numbers are dropped (figures say nothing about which disclosure a
//   section answers, and years are everywhere).
// - Chinese (Han) runs: the word segments of `Intl.Segmenter('zh')` (温室 气体 排放) PLUS every character
//   bigram of the run (温室 室气 气体 体排 排放) for recall where the segmenter's dictionary cuts
//   differently from the descriptor's words; single characters only when the segmenter returns them as
//   a word and they are not grammar (水 "water" yes, 的 "of" no).
// - Terms that mean the same in both languages or in several spellings become one canonical token:
//   `Scope 1`, `scope-1`, `Scopes 1 and 2`, `范围一`, `范围1` → `scope1` (`scope2` …); `tCO2e`, `t CO2-eq`,
//   `tCO2-e` → `tco2e`; `CO2e`, `CO2-eq` → `co2e`; `greenhouse gas`, 温室气体 → `ghg`; `carbon dioxide`,
//   二氧化碳 → `co2`. The words themselves stay too (`scope`, 范围, `greenhous`).
import { stemmer } from 'stemmer';
import { foldTraditional } from './chinese-variants.js';
import { CHINESE_STOP_CHARACTERS, ENGLISH_STOP_WORDS } from './stop-words.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const SCOPE_DIGIT: Record<string, string> = { '1': '1', '2': '2', '3': '3', 一: '1', 二: '2', 三: '3' };
/** `scope 1`, `scopes 1, 2 and 3`, `范围一`, `范围一、二`, `范围1和2` (GHG Protocol scopes). */
const SCOPES = /(?:scopes?|范围)\s*[-–]?\s*([123一二三])(?![\d.])((?:\s*(?:,|、|\/|\+|&|and|or|和|及|与|或)\s*(?:scope\s*|范围)?[123一二三](?![\d.]))*)/g;
const SCOPE_LIST_DIGITS = /[123一二三]/g;
/** Abbreviations and their spelled-out forms, in both languages, meet on one canonical token. */
const SYNONYMS: [RegExp, string][] = [
  [/\bgreenhouse[\s-]+gas(?:es)?\b|温室气体/g, 'ghg'],
  [/\bcarbon\s+dioxide\b|二氧化碳/g, 'co2'],
];
const CARBON_UNITS: [RegExp, string][] = [
  // Spelled out, as KPI tables of Chinese issuers' English reports write it, often glued by the PDF's text
  // layer: `Ton of carbon dioxideequivalent`, `tonnes of CO2 equivalent`; and `ton of standard coal equivalent`.
  [/\b(?:t|tons?|tonnes?)\s+(?:of\s+)?(?:carbon\s*dioxide|co2)\s*-?\s*equivalents?/g, ' tco2e '],
  [/\b(?:tons?|tonnes?)\s+(?:of\s+)?standard\s*coal\s*-?\s*equivalents?/g, ' tce '],
  [/\bt(?:onnes?)?\s*co2\s*-?\s*e(?:q(?:uivalent)?)?\b/g, ' tco2e '],
  [/\bco2\s*-?\s*e(?:q(?:uivalent)?)?\b/g, ' co2e '],
];

/** Han ideographs (and the iteration mark 々); kana and Hangul are rare in Chinese reports and stay Latin-like. */
const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
const DIGITS_ONLY = /^\p{N}+$/u;
const GLUED_SCOPE = /^scope[123]$/;

// British spellings read as American ones before stemming, so `organisation` meets `organization`.
const AMERICAN: Record<string, string> = { labour: 'labor', behaviour: 'behavior', favour: 'favor', neighbour: 'neighbor', programme: 'program', programmes: 'programs' };

/**
 * PDF text often loses the `fi`/`fl` ligature glyph (`efcient`, `signicant`) or shows it as `?`
 * (`signi?cant`, kept whole by LIGATURE_MARK below). Both sides drop the pair from every word before
 * stemming, so `efficient` and `efcient` meet on one term; a pair dropped from a word that never had a
 * ligature (`fish` → `sh`) changes both sides alike.
 */
const LIGATURE_PAIRS = /f[il]/g;
/** `signi?cant`: a `?` between letters is a lost ligature glyph, not punctuation. */
const LIGATURE_MARK = /(?<=\p{L})\?(?=\p{L})/gu;

function englishTerm(raw: string): string | undefined {
  const word = raw.includes('f') ? raw.replace(LIGATURE_PAIRS, '') : raw;
  if (word.length === 0 || DIGITS_ONLY.test(word) || ENGLISH_STOP_WORDS.has(raw) || ENGLISH_STOP_WORDS.has(word)) return undefined;
  // `scope1` written glued: the scope pattern has already given it.
  if (!LETTERS_ONLY.test(word)) return GLUED_SCOPE.test(word) ? undefined : word;
  if (word.length === 1) return undefined;
  if (word.length === 2) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(AMERICAN[word] ?? word.replace(/isation/g, 'ization'));
    // A report's vocabulary is a few ten thousand words at most; the catalog's is smaller.
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

/** Porter stemming is the hot spot of tokenizing; words repeat. */
const stems = new Map<string, string>();

function chineseTerms(run: string, out: string[]): void {
  for (const { segment, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike) continue;
    if (segment.length === 1 && CHINESE_STOP_CHARACTERS.has(segment)) continue;
    out.push(segment);
  }
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) {
    out.push(chars[i]! + chars[i + 1]!);
  }
}

/** Normalised text: NFKC, lower case, Traditional Chinese folded to Simplified, canonical carbon units. */
export function normaliseText(text: string): string {
  let normal = foldTraditional(text.normalize('NFKC').toLowerCase().replace(LIGATURE_MARK, ''));
  for (const [pattern, replacement] of CARBON_UNITS) normal = normal.replace(pattern, replacement);
  return normal;
}

/** The terms of `text`, with repeats (term frequency matters to BM25): canonical scope tokens first, then the words in order. */
export function tokenize(text: string): string[] {
  const normal = normaliseText(text);
  const out: string[] = [];
  for (const match of normal.matchAll(SCOPES)) {
    const digits = new Set([match[1]!, ...(match[2]?.match(SCOPE_LIST_DIGITS) ?? [])].map((d) => SCOPE_DIGIT[d]!));
    for (const digit of [...digits].sort()) out.push(`scope${digit}`);
  }
  for (const [pattern, token] of SYNONYMS) {
    const count = normal.match(pattern)?.length ?? 0;
    for (let i = 0; i < count; i++) out.push(token);
  }
  for (const match of normal.matchAll(RUNS)) {
    if (match[1] !== undefined) {
      chineseTerms(match[1], out);
      continue;
    }
    const term = englishTerm(match[2]!);
    if (term !== undefined) out.push(term);
  }
  return out;
}

/** True for a term of Chinese text (a segment or a bigram). */
export const isChineseTerm = (term: string): boolean => /^\p{Script=Han}/u.test(term);
