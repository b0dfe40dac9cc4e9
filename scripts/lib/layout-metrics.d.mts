// Types of layout-metrics.mjs, for test/ingest/documents.test.ts.
import type { LaidOutDocument } from '../../src/ingest/layout/document.js';

export interface TruthDocument {
  file: string;
  layout: string;
  language: string;
  features: string[];
  pageNumberSource: string;
  pages: { index: number; number?: number; lastNumber?: number; label?: string; noText?: boolean }[];
  headings: { text: string; level: number; page: number | string | null; physical: number }[];
  contentsPages: number[];
  index: { header: string[]; rows: { standard: string; code: string; title: string; location: string; pages: (number | string)[] }[] } | null;
  refusal?: 'no-text';
}

export interface DocumentScore {
  file: string;
  headings: { truth: number; found: number; matched: number; precision: number; recall: number; levelsRight: number };
  sections: { right: number; of: number };
  pages: { right: number; of: number };
  index: { read: number; of: number };
  falsePositives: string[];
  missed: string[];
}

export function normalise(text: string): string;
export function scoreDocument(truth: TruthDocument, doc: LaidOutDocument): DocumentScore;
