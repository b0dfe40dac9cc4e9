// Types of suggest-metrics.mjs, for the floor test (test/suggest/eval-floor.test.ts).
import type { Catalog } from '../../src/model/catalog.js';
import type { Report } from '../../src/model/report.js';
import type { ReportSuggestions } from '../../src/model/suggestion.js';

export interface Metrics {
  count: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

export interface ScoredDisclosure {
  report: string;
  disclosure: string;
  framework: string;
  /** 1-based rank of the first right candidate within the top 10; 0 when none is. */
  rank: number;
  /** Score of that candidate; null for a miss. */
  hitScore: number | null;
  expected: { title: string; page: number | null }[];
  first: { title: string; page: number | null; score: number } | null;
  candidates: number;
}

export interface ScoredReport {
  label: string;
  items: ScoredDisclosure[];
  metrics: Metrics;
}

export interface Evaluation {
  reports: ScoredReport[];
  byFramework: Record<string, Metrics>;
  overall: Metrics;
  items: ScoredDisclosure[];
}

export interface EvaluationApi {
  readReport(paths: string[]): Promise<Report>;
  loadCatalog(): Catalog;
  suggestForReport(report: Report, catalog: Catalog, options: { top?: number; minScore?: number; ignoreTags?: boolean }): ReportSuggestions;
}

export const RANK_LIMIT: number;
export const FIXTURES_DIR: string;
export const EXTRA_REPORTS: string[];
export const FLOOR_FILE: string;
export function evaluationReports(root: string): { label: string; paths: string[] }[];
export function frameworkOf(id: string): string;
export function expectedSections(report: Report): Map<string, Set<number>>;
export function sectionLocator(report: Report): (candidate: { file: string; line: number; headingPath: string[] }) => number | undefined;
export function firstHitRank(ranked: (number | undefined)[], expected: Set<number>, limit?: number): number;
export function metricsOf(ranks: number[]): Metrics;
export function scoreReport(label: string, report: Report, suggestions: ReportSuggestions): ScoredReport;
export function evaluate(api: EvaluationApi, root: string): Promise<Evaluation>;
export function shownShare(items: Pick<ScoredDisclosure, 'rank' | 'hitScore'>[], top: number, minScore: number): number;
export function worstMisses(items: ScoredDisclosure[], count?: number): ScoredDisclosure[];
export function belowFloor(overall: Pick<Metrics, 'hit1' | 'hit3' | 'mrr'>, floor: Pick<Metrics, 'hit1' | 'hit3' | 'mrr'>): string[];
export const FITTING_DIR: string;
export function fittingFixtures(root: string): { label: string; paths: string[] }[];
