// Types of real-report-spreads.mjs, for test/suggest/real-report-spreads.test.ts.
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';

export function sheetsOf(lines: string[]): {
  sheets: { index: number; number: number; lastNumber: number }[];
  sheetOfLine: number[];
  textOfLine: (string | undefined)[];
};
export function contentsOf(lines: string[]): { entries: string[]; bodyStart: number };
export function laidOutFromSpreads(text: string, file: string): LaidOutDocument;
export function ownPagesOfHeadings(doc: LaidOutDocument): number[][];
