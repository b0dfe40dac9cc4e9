// Types of real-report.mjs, for test/suggest/real-report.test.ts.
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';

export interface ContentsEntry {
  title: string;
  group: string | undefined;
  page: number | undefined;
}

export function contentsEntries(lines: string[]): ContentsEntry[];
export function laidOutFromText(text: string, file: string, skip?: (line: number) => boolean): LaidOutDocument;
export function answerKey(
  indexText: string,
  disclosures: { id: string; code: string; title: string }[],
  chapterTitles: Iterable<string>,
): Map<string, { chapter: string; pages: number[] }[]>;
export function contentIndexSpan(lines: string[]): { start: number; end: number } | undefined;
export function chapterTitlesOf(doc: LaidOutDocument, lines: string[], extra?: string[]): string[];
export function realReport(
  text: string,
  file: string,
  disclosures: { id: string; code: string; title: string }[],
): { doc: LaidOutDocument; key: Map<string, { chapter: string; pages: number[] }[]> };
