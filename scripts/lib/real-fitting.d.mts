// Types of real-fitting.mjs, for test/suggest/real-report-spreads.test.ts (and calibrate-suggest's readers).
import type { Report } from '../../src/model/report.js';
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';

export interface HandKey {
  name: string;
  source: { corpusFile: string; layout: string; language: string; period: { start: string; end: string }; [field: string]: unknown };
  /** Places: `pages` (spreads, `[41, 42]`) for a spread layout, `lines` (1-based ranges, `[31, 44]`) for an excerpt. */
  disclosures: { disclosure: string; pages?: number[][]; lines?: number[][]; answer: 'full' | 'partial'; note: string }[];
  managementOfTopics?: { disclosure: string; topic: string; pages?: number[][]; lines?: number[][]; note: string }[];
}
export interface CandidateLike {
  headingPath: string[];
}
export interface FittingReport {
  name: string;
  corpusFile: string;
  unit: 'page' | 'line';
  report: Report;
  key: Map<string, { pages: number[]; lines: number[]; answer: 'full' | 'partial' }>;
  isRight(disclosureId: string, candidate: CandidateLike): boolean;
  pagesOf(candidate: CandidateLike): number[];
  placesOf(candidate: CandidateLike): number[];
  keyPages(disclosureId: string): number[];
  /** Right section indexes per disclosure (suggest-metrics' expectedSections shape). */
  expectedSections: Map<string, Set<number>>;
  /** The key covers the whole report (`source.complete`): a GRI disclosure it does not hold is unanswered. */
  complete: boolean;
  source: HandKey['source'];
}
/** GRI 3-3 (keyed per topic) and the withdrawn 307-1, 419-1: held by no key. */
export function outsideKeys(id: string): boolean;
/** The asked GRI disclosures a complete key says are unanswered; none for a partial key. */
export function unansweredOf(keyed: ReadonlySet<string>, complete: boolean, asked: readonly string[]): string[];
export function handKeys(): HandKey[];
export function ownLinesOfHeadings(doc: LaidOutDocument, text: string): number[][];
export function keyOf(hand: HandKey): FittingReport['key'];
export function fittingReport(hand: HandKey, text: string, toReport?: (doc: LaidOutDocument, sidecar: undefined, defaults: object) => Report): FittingReport;
export function fittingReports(corpusDir: string): FittingReport[];
