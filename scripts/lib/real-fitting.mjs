// FITTING DATA for suggest's scores (issue 15, item 3: fit on real reports, evaluate on a held-out one).
// The real reports of the shared corpus that carry a hand-made answer key in scripts/eval-data/*.key.json
// (never the held-out Hikvision 2023 report, whose own index is the evaluation key of eval-real.mjs), each
// turned into a Report as a PDF reader would give it, with a predicate that says whether a suggested
// section is a right answer. The corpus path is an argument: nothing here reads ../shared by itself, and
// no test in `npm test` calls this on the corpus.
//
//   import { fittingReports } from ./lib/real-fitting.mjs   (in scripts/*.mjs; the path unquoted, so that
//   test/meta/held-out-apart.test.ts, which follows quoted imports, does not read it as one)
//   for (const fit of fittingReports(corpusDir)) {
//     const suggestions = suggestForReport(fit.report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true });
//     for (const [id] of fit.key) {
//       const candidates = suggestions.suggestions.find((s) => s.disclosure === id)?.candidates ?? [];
//       const labels = candidates.map((c) => fit.isRight(id, c)); // true: a right answer
//     }
//   }
//
// Each element: { name, corpusFile, unit, report, key, isRight(disclosureId, candidate), pagesOf(candidate),
// placesOf(candidate), keyPages(disclosureId), expectedSections, complete, source }:
//  - report: the Report (layoutToReport of the laid-out text; GRI claimed "with reference", the period and
//    language of the key), needs the built dist/ (`npm run build`).
//  - unit: what the key's places count — 'page' (printed pages of a report in spreads, ZKTeco 2023) or
//    'line' (lines of the corpus file, for an excerpt that prints no page numbers: Hikvision's excerpt).
//  - key: Map disclosure id (`GRI 2-9`) → { pages: number[] (printed pages, a spread's both halves),
//    lines: number[] (1-based), answer: 'full' | 'partial' }. GRI 3-3 (keyed per material topic in the
//    file) is left out, as eval-real leaves it out of the Hikvision key.
//  - isRight(id, candidate): the candidate section's OWN text (its heading up to the next heading) lies on
//    a page (a line) the key gives for that disclosure. Not chapter-level: a chapter whose own text is its
//    cover page is not right for everything inside it. False for a disclosure the key does not hold (the
//    report does not answer it: every candidate is wrong).
//  - pagesOf(candidate): the printed pages of the candidate's own text (for page-level Recall@k; empty
//    when the unit is 'line'); placesOf(candidate): its pages or lines, in the key's unit.
//  - expectedSections: Map id → Set of the report's right section indexes (isRight on every section but
//    the root), the shape of suggest-metrics' expectedSections(report) for tagged fixtures, so a fit loop
//    written for those takes these too. The report has no tags: a disclosure's definition comes from the
//    catalog (resolveDisclosure), not from analysis.tags.
//  - complete: the key's `source.complete` — it covers the whole report, so a GRI disclosure it does not
//    hold is unanswered (unansweredOf); false for a partial key, whose gaps are unknown.
// Candidates are matched to sections by heading path; a path that occurs twice counts the pages of both.
// Files missing from the corpus folder are skipped (a key without its report is no fitting data).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutToReport } from '../../dist/ingest/layout/to-report.js';
import { laidOutFromText } from './real-report.mjs';
import { laidOutFromSpreads, ownPagesOfHeadings } from './real-report-spreads.mjs';

const KEY_DIR = join(import.meta.dirname, '..', 'eval-data');

/**
 * How each keyed report's text is laid out (the key's `source.layout`) and what its places count: printed
 * pages of spreads (real-report-spreads.mjs), or, for a text without page numbers (an excerpt), lines of the
 * corpus file, the sections being real-report.mjs's (as eval-real builds the held-out report's).
 */
const LAYOUTS = {
  spreads: { build: laidOutFromSpreads, unit: 'page', own: (doc) => ownPagesOfHeadings(doc) },
  excerpt: { build: (text, file) => laidOutFromText(text, file), unit: 'line', own: (doc, text) => ownLinesOfHeadings(doc, text) },
};

/**
 * The lines (1-based) of each heading's own text, in heading order: every block of real-report.mjs comes
 * from one line, in order (a heading and the rest of its line share it), so the blocks are matched to the
 * lines one after the other.
 */
export function ownLinesOfHeadings(doc, text) {
  const lines = text.split('\n').map((l) => l.trim());
  let at = 0;
  const out = [];
  for (const block of doc.blocks) {
    const want = block.text.trim();
    let found = at;
    while (found < lines.length && !lines[found].includes(want)) found++;
    if (found < lines.length) at = found;
    if (block.kind === 'heading') out.push(new Set([at + 1]));
    else if (out.length > 0) out[out.length - 1].add(at + 1);
  }
  return out.map((set) => [...set].sort((a, b) => a - b));
}

/** The hand keys in scripts/eval-data, in file-name order (deterministic). */
export function handKeys() {
  return readdirSync(KEY_DIR)
    .filter((f) => f.endsWith('.key.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.key\.json$/, ''), ...JSON.parse(readFileSync(join(KEY_DIR, f), 'utf8')) }));
}

/** Every number of a key's places: spreads `[41, 42]` as they are, line ranges `[31, 44]` filled in. */
const expand = (places, unit) => [...new Set(places.flatMap((p) => (unit === 'line' ? Array.from({ length: p[1] - p[0] + 1 }, (_, k) => p[0] + k) : p)))].sort((a, b) => a - b);

/**
 * The key's disclosures as a Map id → { pages, lines, answer } (pages for a spread layout, lines for an
 * excerpt, the other empty); 3-3 left out (its rows live in managementOfTopics).
 */
export function keyOf(hand) {
  const key = new Map();
  for (const row of hand.disclosures) {
    if (/\b3-3$/.test(row.disclosure)) continue;
    key.set(row.disclosure, { pages: expand(row.pages ?? [], 'page'), lines: expand(row.lines ?? [], 'line'), answer: row.answer });
  }
  return key;
}

/** One fitting report from its hand key and the report's text (`toReport`: layoutToReport, src's in tests). */
export function fittingReport(hand, text, toReport = layoutToReport) {
  const layout = LAYOUTS[hand.source.layout];
  if (!layout) throw new Error(`real-fitting: ${hand.name}: unknown layout ${hand.source.layout}`);
  const doc = layout.build(text, `${hand.name}.pdf`);
  const { period, language } = hand.source;
  const report = toReport(doc, undefined, { language, period, frameworks: { gri: { claim: 'with-reference' } } });
  // The k-th heading block is section k (section 0 is the report's title): own places per heading path.
  const own = layout.own(doc, text);
  const byPath = new Map();
  report.sections.slice(1).forEach((section, k) => {
    const path = section.headingPath.join('\u0001');
    byPath.set(path, [...new Set([...(byPath.get(path) ?? []), ...(own[k] ?? [])])].sort((a, b) => a - b));
  });
  const key = keyOf(hand);
  const placesOf = (candidate) => byPath.get(candidate.headingPath.join('\u0001')) ?? [];
  const keyPlaces = (id) => (layout.unit === 'page' ? key.get(id)?.pages : key.get(id)?.lines) ?? [];
  const isRight = (id, candidate) => {
    const want = new Set(keyPlaces(id));
    return placesOf(candidate).some((p) => want.has(p));
  };
  const pagesOf = (candidate) => (layout.unit === 'page' ? placesOf(candidate) : []);
  const keyPages = (id) => key.get(id)?.pages ?? [];
  // The right sections per disclosure, by section index: the shape of suggest-metrics' expectedSections().
  const expectedSections = new Map([...key.keys()].map((id) => [id, new Set(report.sections.filter((section) => section.index > 0 && isRight(id, section)).map((section) => section.index))]));
  return { name: hand.name, corpusFile: hand.source.corpusFile, unit: layout.unit, report, key, isRight, pagesOf, placesOf, keyPages, expectedSections, complete: hand.source.complete === true, source: hand.source };
}

/** Disclosures no key holds: GRI 3-3 (keyed per material topic) and 307-1, 419-1 (withdrawn in 2021, now 2-27). */
export const outsideKeys = (id) => /^GRI (3-3|307-1|419-1)$/.test(id);

/**
 * Of the disclosures `suggest --all` asked (`asked`, ids), the GRI ones a complete key says the report does
 * not answer (every candidate for them is wrong); none when the key is partial (`complete` false).
 */
export function unansweredOf(keyed, complete, asked) {
  if (!complete) return [];
  return asked.filter((id) => id.startsWith('GRI ') && !keyed.has(id) && !outsideKeys(id));
}

/** Every keyed report whose text is in `corpusDir`. */
export function fittingReports(corpusDir) {
  return handKeys()
    .filter((hand) => existsSync(join(corpusDir, hand.source.corpusFile)))
    .map((hand) => fittingReport(hand, readFileSync(join(corpusDir, hand.source.corpusFile), 'utf8')));
}
