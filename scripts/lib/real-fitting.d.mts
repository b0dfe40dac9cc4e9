// Types of real-fitting.mjs, for test/suggest/real-report-spreads.test.ts (and calibrate-suggest's readers).
import type { Report } from '../../src/model/report.js';
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';

export interface HandKey {
  name: string;
  source: { corpusFile: string; layout: string; language: string; period: { start: string; end: string }; [field: string]: unknown };
  disclosures: { disclosure: string; pages: number[][]; answer: 'full' | 'partial'; note: string }[];
  managementOfTopics?: { disclosure: string; topic: string; pages: number[][]; note: string }[];
}
export interface CandidateLike {
  headingPath: string[];
}
export interface FittingReport {
  name: string;
  corpusFile: string;
  report: Report;
  key: Map<string, { pages: number[]; answer: 'full' | 'partial' }>;
  isRight(disclosureId: string, candidate: CandidateLike): boolean;
  pagesOf(candidate: CandidateLike): number[];
  keyPages(disclosureId: string): number[];
  source: HandKey['source'];
}
export function handKeys(): HandKey[];
export function keyOf(hand: HandKey): FittingReport['key'];
export function fittingReport(hand: HandKey, text: string, toReport?: (doc: LaidOutDocument, sidecar: undefined, defaults: object) => Report): FittingReport;
export function fittingReports(corpusDir: string): FittingReport[];
