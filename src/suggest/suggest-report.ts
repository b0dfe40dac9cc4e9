// For each disclosure the report's frameworks require or the report tags, the sections that seem to
// answer it; and which required disclosures seem unanswered. One index per report, one search per
// disclosure.
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { DisclosureSuggestion, ReportSuggestions, SuggestionCandidate } from '../model/suggestion.js';
import { resolveDisclosure } from '../catalog/index.js';
import { analyse, type Analysis } from '../engine/analysis.js';
import { extraAsked, type AskedScopeOptions } from './asked-scope.js';
import { fieldTerms, sectionDocuments, type SectionDocument } from './documents.js';
import { buildQuery, type QueryLanguage } from './queries.js';
import { queryScale, scoreSection, type Coefficients, type Features, type Scored } from './scoring.js';
import { SectionIndex } from './search-index.js';
import { calibrated, calibrationFor, coefficientsFor, type ScoreCalibration } from './laid-out-calibration.js';

/**
 * The default of `--min-score`. A score is a probability (scoring.ts), so 0.5 is "more likely than not".
 * On the evaluation reports with their tags hidden (scripts/calibrate-suggest.mjs), 220 of the 290 right
 * best candidates score 0.5 or more, 10 of the 25 wrong ones, 4 of 281 untagged runners-up, and 37 of 315
 * best candidates once the tagged sections are removed (many of those are a second, real answer such as a
 * data table).
 */
export const DEFAULT_MIN_SCORE = 0.5;
export const DEFAULT_TOP = 3;
/**
 * Sections (by BM25) whose full evidence is weighed per disclosure. On the evaluation reports and a
 * generated 1 MB report, every top-3 candidate scoring 0.3 or more was within BM25's first 50 (99% within
 * the first 17); 60 leaves room and bounds the work on long reports.
 */
const RERANK = 60;

export interface SuggestReportOptions extends AskedScopeOptions {
  /** Candidates per disclosure (default 3). */
  top?: number;
  /** Candidates below this score are not listed; a required disclosure with none is unanswered (default 0.5). */
  minScore?: number;
  /**
   * Treat the report as untagged: no disclosure counts as tagged, omitted or answered by a directive (the
   * report's own content index still counts). Tags never enter the ranking either way: they are HTML
   * comments, which no section text holds. The disclosures asked about stay those of the tagged report
   * (what an in-accordance claim requires can depend on the material topics its tags show).
   */
  ignoreTags?: boolean;
  /** The label of the report in the result (`file`); the first file's path by default. */
  label?: string;
  /**
   * The map from the base score to the score shown (laid-out-calibration.ts); by default the laid-out one
   * for a PDF or DOCX and none for Markdown. For scripts/calibrate-laid-out.mjs, which refits it.
   */
  calibration?: ScoreCalibration;
  /**
   * The coefficients of the score (scoring.ts); by default the laid-out ones for a PDF or DOCX and the base
   * ones for Markdown (laid-out-calibration.ts coefficientsFor). For scripts/calibrate-laid-out.mjs.
   */
  coefficients?: Coefficients;
  /**
   * Called per disclosure with the evidence of its listed candidates, in their order: how
   * scripts/calibrate-laid-out.mjs gets the rows it refits the coefficients on. Never changes the result.
   */
  observe?: (disclosure: string, evidence: readonly Features[]) => void;
}

/** One disclosure the suggester asks about, before ranking. */
interface Asked {
  def: DisclosureDef;
  required: boolean;
  tagged: boolean;
  answered: boolean;
}

/** An exchange guideline topic (SZSE/SSE/BSE): met through any of its articles. */
interface AskedTopic {
  members: string[];
  answered: boolean;
}

const round = (score: number): number => Math.round(score * 100) / 100;

/** Chinese when Han characters make up a third of the letters of the headings and prose. */
function reportLanguage(report: Report): QueryLanguage {
  if (report.meta.language) return report.meta.language;
  let han = 0;
  let latin = 0;
  const count = (text: string): void => {
    han += text.match(/\p{Script=Han}/gu)?.length ?? 0;
    latin += text.match(/[A-Za-z]/g)?.length ?? 0;
  };
  for (const s of report.sections) count(s.title);
  for (const b of report.blocks) count(b.text);
  return han * 3 >= han + latin && han > 0 ? 'zh' : 'en';
}

/** Catalog order (framework, standard, disclosure) of every id, for stable output and directive order. */
export function catalogOrder(catalog: Catalog): Map<string, number> {
  const order = new Map<string, number>();
  for (const standard of catalog.standards) for (const def of standard.disclosures) if (!order.has(def.id)) order.set(def.id, order.size);
  return order;
}

function askedDisclosures(analysis: Analysis, ignoreTags: boolean, scope: AskedScopeOptions): { asked: Asked[]; topics: AskedTopic[] } {
  const { catalog, dates } = analysis;
  const directives = new Set([...analysis.tags, ...analysis.omissions].flatMap(({ resolution }) => (resolution ? [resolution.def.id] : [])));
  const asked = new Map<string, Asked>();
  analysis.records.forEach((record, i) => {
    const viaIndex = record.locations.some((l) => l.via === 'index');
    const answered = ignoreTags ? viaIndex : record.status === 'reported' || record.status === 'omitted';
    const known = asked.get(record.id);
    if (known) {
      // 3-3 once per material topic: required if any is, answered only if all are.
      known.required ||= record.required;
      known.answered &&= answered;
      return;
    }
    asked.set(record.id, { def: analysis.definitions[i]!, required: record.required, tagged: !ignoreTags && directives.has(record.id), answered });
  });
  // Exchange guidelines are met topic by topic, through any of the topic's articles: each article is
  // asked about, and a topic is unanswered when none of its articles is located, omitted or suggested.
  const topics: AskedTopic[] = [];
  for (const topic of analysis.guidelineTopics) {
    if (!topic.required) continue;
    const members: string[] = [];
    for (const id of topic.group.members) {
      const def = resolveDisclosure(catalog, id, dates)?.def;
      if (!def) continue;
      members.push(def.id);
      if (asked.has(def.id)) continue;
      const tagged = !ignoreTags && directives.has(def.id);
      asked.set(def.id, { def, required: false, tagged, answered: tagged });
    }
    topics.push({ members, answered: ignoreTags ? members.some((id) => asked.get(id)!.answered) : topic.status !== 'missing' });
  }
  // Beyond what the claim requires: "with reference", --all, --standards (asked-scope.ts). Not in the
  // records, so neither located nor tagged: asked about, never required.
  const { extra, keep } = extraAsked(analysis, scope);
  for (const def of extra) if (!asked.has(def.id)) asked.set(def.id, { def, required: false, tagged: false, answered: false });
  const all = [...asked.values()];
  if (!keep) return { asked: all, topics };
  const kept = all.filter((a) => keep(a.def));
  const ids = new Set(kept.map((a) => a.def.id));
  return { asked: kept, topics: topics.filter((t) => t.members.some((id) => ids.has(id))) };
}

/** Why, for the reader: up to two phrases found whole and where, and the table evidence. */
function evidenceOf(scored: Scored, document: SectionDocument): string[] {
  const heading = fieldTerms(document, ['title', 'headingPath']);
  const table = fieldTerms(document, ['tables']);
  const evidence = scored.phrases.slice(0, 2).map((phrase) => {
    const where = phrase.terms.every((t) => heading.has(t)) ? 'heading' : phrase.terms.every((t) => table.has(t)) ? 'table' : 'body';
    return `${where}: ${phrase.text}`;
  });
  if (scored.table.unit) evidence.push(`unit: ${scored.table.unit}`);
  else if (scored.table.phrase && !evidence.some((e) => e.startsWith('table'))) evidence.push(`table: ${scored.table.phrase.text}`);
  return evidence;
}

function candidateOf(scored: Scored, score: number, document: SectionDocument): SuggestionCandidate {
  const { section } = document;
  const candidate: SuggestionCandidate = { section: section.title, headingPath: section.headingPath, file: section.file, ...(section.line !== undefined ? { line: section.line } : {}), score: round(score) };
  if (section.page !== undefined) candidate.page = section.page;
  const evidence = evidenceOf(scored, document);
  if (evidence.length > 0) candidate.evidence = evidence;
  return candidate;
}

/** The frameworks the report declares (front matter, config) or cites (a claim, a tag, an index row), sorted. */
function frameworksInPlay(analysis: Analysis): string[] {
  const declared = Object.entries(analysis.report.meta.frameworks).filter(([, value]) => value !== undefined && value !== false).map(([id]) => id);
  return [...new Set([...declared, ...(analysis.claim ? ['gri'] : []), ...analysis.definitions.map((d) => d.framework)])].sort();
}

/** Suggestions for a report already analysed (check --suggest reuses the analysis). */
export function suggestForAnalysis(analysis: Analysis, options: SuggestReportOptions = {}): ReportSuggestions {
  const { report, catalog } = analysis;
  const top = options.top ?? DEFAULT_TOP;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const calibration = options.calibration ?? calibrationFor(report);
  const coefficients = options.coefficients ?? coefficientsFor(report);
  const excluded = new Set(analysis.indexes.map((t) => t.tableBlock));
  const index = new SectionIndex(sectionDocuments(report, excluded));
  const language = reportLanguage(report);
  const order = catalogOrder(catalog);
  const scope = { ...(options.all ? { all: true } : {}), ...(options.standards ? { standards: options.standards } : {}) };
  const { asked, topics } = askedDisclosures(analysis, options.ignoreTags === true, scope);
  asked.sort((a, b) => (order.get(a.def.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.def.id) ?? Number.MAX_SAFE_INTEGER));

  const suggestions: DisclosureSuggestion[] = [];
  const suggested = new Set<string>();
  for (const item of asked) {
    const query = buildQuery(item.def, catalog.descriptors.get(item.def.id));
    const scale = queryScale(index, query, language);
    // Retrieve, then rerank: the full evidence only for the sections BM25 ranks highest.
    const hits = index.find(query.weights, Math.max(RERANK, top));
    const [first, second] = [hits[0]?.bm25 ?? 0, hits[1]?.bm25 ?? 0];
    // Ranked on the score under the report's coefficients (the base ones unless laid out and refitted:
    // laid-out-coefficients.ts); the map is increasing, so the shown score keeps that order exactly.
    const sorted = hits
      .map((hit, i) => ({ hit, scored: scoreSection(index, query, scale, hit.document, hit.bm25, i === 0 ? second : first, coefficients) }))
      .sort((a, b) => b.scored.score - a.scored.score || a.hit.document.section.index - b.hit.document.section.index);
    const best = sorted[0]?.scored.score ?? 0;
    const ranked = sorted.map((r) => ({ ...r, shown: calibrated(r.scored.score, calibration, best) }));
    const listed = ranked.filter((r) => round(r.shown) >= minScore).slice(0, top);
    const candidates = listed.map((r) => candidateOf(r.scored, r.shown, r.hit.document));
    options.observe?.(item.def.id, listed.map((r) => r.scored));
    if (candidates.length > 0) suggested.add(item.def.id);
    suggestions.push({ disclosure: item.def.id, title: item.def.title, tagged: item.tagged, required: item.required, answered: item.answered, candidates });
  }

  const unanswered = new Set(asked.filter((a) => a.required && !a.answered && !suggested.has(a.def.id)).map((a) => a.def.id));
  for (const topic of topics) {
    if (topic.answered || topic.members.some((id) => suggested.has(id))) continue;
    for (const id of topic.members) unanswered.add(id);
  }
  const result: ReportSuggestions = { file: options.label ?? report.files[0]?.path ?? '', suggestions, unanswered: asked.map((a) => a.def.id).filter((id) => unanswered.has(id)) };
  if (suggestions.length === 0) result.frameworks = frameworksInPlay(analysis);
  return result;
}

/** Suggestions for a parsed report: analyses it against the catalog, then ranks its sections per disclosure. */
export function suggestForReport(report: Report, catalog: Catalog, options: SuggestReportOptions = {}): ReportSuggestions {
  return suggestForAnalysis(analyse(report, catalog), options);
}
