// FITTING DATA for suggest's scores (issue 15, item 3: fit on real reports, evaluate on a held-out one).
// The real reports of the shared corpus that carry a hand-made answer key in scripts/eval-data/*.key.json
// (never the held-out Hikvision 2023 report, whose own index is the evaluation key of eval-real.mjs), each
// turned into a Report as a PDF reader would give it, with a predicate that says whether a suggested
// section is a right answer. The corpus path is an argument: nothing here reads ../shared by itself, and
// no test in `npm test` calls this on the corpus.
//
//   import { fittingReports } from './lib/real-fitting.mjs';
//   for (const fit of fittingReports(corpusDir)) {
//     const suggestions = suggestForReport(fit.report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true });
//     for (const [id] of fit.key) {
//       const candidates = suggestions.suggestions.find((s) => s.disclosure === id)?.candidates ?? [];
//       const labels = candidates.map((c) => fit.isRight(id, c)); // true: a right answer
//     }
//   }
//
// Each element: { name, corpusFile, report, key, isRight(disclosureId, candidate), pagesOf(candidate),
// keyPages(disclosureId), source }:
//  - report: the Report (layoutToReport of the laid-out text; GRI claimed "with reference", the period and
//    language of the key), needs the built dist/ (`npm run build`).
//  - key: Map disclosure id (`GRI 2-9`) → { pages: number[] (printed pages, a spread's both halves),
//    answer: 'full' | 'partial' }. GRI 3-3 (keyed per material topic in the file) is left out, as
//    eval-real leaves it out of the Hikvision key.
//  - isRight(id, candidate): the candidate section's OWN text (its heading up to the next heading) lies on
//    a page the key gives for that disclosure. Page-level, not chapter-level: a chapter whose own text is
//    its cover page is not right for everything inside it. False for a disclosure the key does not hold
//    (the report does not answer it: every candidate is wrong).
//  - pagesOf(candidate): the printed pages of the candidate's own text (for page-level Recall@k).
// Candidates are matched to sections by heading path; a path that occurs twice counts the pages of both.
// Files missing from the corpus folder are skipped (a key without its report is no fitting data).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutToReport } from '../../dist/ingest/layout/to-report.js';
import { laidOutFromSpreads, ownPagesOfHeadings } from './real-report-spreads.mjs';

const KEY_DIR = join(import.meta.dirname, '..', 'eval-data');

/** How each keyed report's text is laid out (the key says which builder its pages follow). */
const BUILDERS = { spreads: laidOutFromSpreads };

/** The hand keys in scripts/eval-data, in file-name order (deterministic). */
export function handKeys() {
  return readdirSync(KEY_DIR)
    .filter((f) => f.endsWith('.key.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.key\.json$/, ''), ...JSON.parse(readFileSync(join(KEY_DIR, f), 'utf8')) }));
}

/** The key's disclosures as a Map id → { pages, answer } (3-3 left out; its rows live in managementOfTopics). */
export function keyOf(hand) {
  const key = new Map();
  for (const row of hand.disclosures) {
    if (/\b3-3$/.test(row.disclosure)) continue;
    key.set(row.disclosure, { pages: [...new Set(row.pages.flat())].sort((a, b) => a - b), answer: row.answer });
  }
  return key;
}

/** One fitting report from its hand key and the report's text (`toReport`: layoutToReport, src's in tests). */
export function fittingReport(hand, text, toReport = layoutToReport) {
  const build = BUILDERS[hand.source.layout];
  if (!build) throw new Error(`real-fitting: ${hand.name}: unknown layout ${hand.source.layout}`);
  const doc = build(text, `${hand.name}.pdf`);
  const { period, language } = hand.source;
  const report = toReport(doc, undefined, { language, period, frameworks: { gri: { claim: 'with-reference' } } });
  // The k-th heading block is section k (section 0 is the report's title): own pages per heading path.
  const own = ownPagesOfHeadings(doc);
  const byPath = new Map();
  report.sections.slice(1).forEach((section, k) => {
    const path = section.headingPath.join('\u0001');
    byPath.set(path, [...new Set([...(byPath.get(path) ?? []), ...(own[k] ?? [])])].sort((a, b) => a - b));
  });
  const key = keyOf(hand);
  const pagesOf = (candidate) => byPath.get(candidate.headingPath.join('\u0001')) ?? [];
  const keyPages = (id) => key.get(id)?.pages ?? [];
  const isRight = (id, candidate) => {
    const want = new Set(keyPages(id));
    return pagesOf(candidate).some((p) => want.has(p));
  };
  return { name: hand.name, corpusFile: hand.source.corpusFile, report, key, isRight, pagesOf, keyPages, source: hand.source };
}

/** Every keyed report whose text is in `corpusDir`. */
export function fittingReports(corpusDir) {
  return handKeys()
    .filter((hand) => existsSync(join(corpusDir, hand.source.corpusFile)))
    .map((hand) => fittingReport(hand, readFileSync(join(corpusDir, hand.source.corpusFile), 'utf8')));
}
