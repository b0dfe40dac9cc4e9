// Types of held-out.mjs, for the structure test (test/suggest/held-out-structure.test.ts).
import type { ReportSuggestions } from '../../src/model/suggestion.js';

export interface HeldOutItem {
  report: string;
  id: string;
  framework: string;
  asked: boolean;
  /** 1-based rank of the first right candidate within the top 10; 0 when none is (or the disclosure was not asked). */
  rank: number;
  rightScore: number | undefined;
  /** The candidates shown at the defaults (top 3, score ≥ SHOWN_AT) and how many of them are right. */
  shown: { count: number; right: number };
  best: { headingPath: string[]; score: number } | undefined;
  expected: string[];
}

export interface HeldOutMetrics {
  count: number;
  hit1: number;
  hit3: number;
  mrr: number;
  precisionAt05: number;
  strongCount: number;
  shownOfRight: number;
  /** Of every candidate shown at the defaults (not only the best), the share that is right. */
  shownPrecision: number;
  shownCount: number;
  notAsked: number;
}

export const HELD_OUT_DIR: string;
export const DRAFT_PDF: string;
export const DRAFT_KEY: string;
export const SHOWN_AT: number;
export function heldOutReports(root: string): { label: string; path: string; keyPath: string }[];
export function readKey(keyPath: string): Map<string, string[][]>;
export function fold(text: string): string;
export function isRight(headingPath: string[], places: string[][]): boolean;
export function scoreAgainstKey(label: string, suggestions: ReportSuggestions, key: Map<string, string[][]>): HeldOutItem[];
export function heldOutMetrics(items: HeldOutItem[]): HeldOutMetrics;
export function scoreDraft(index: unknown, key: Map<string, string[][]>): {
  suggested: number; accepted: number; wrong: number; unkeyed: number; keyedNotPlaced: number;
  toReview: number; toReviewRight: number; toReviewUnkeyed: number; claimedNotFound: string[];
  rows: { id: string; score: number; where: string[]; verdict: 'right' | 'wrong' | 'unkeyed' }[];
  review: { id: string; score: number; where: string; verdict: 'right' | 'wrong' | 'unkeyed' }[];
};
