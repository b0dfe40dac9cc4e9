// The held-out suggest reports (test/fixtures/suggest-held-out/): reports written blind, with an answer key
// beside each, that nothing is ever fitted on (scripts/calibrate-suggest.mjs reads test/fixtures/suggest/
// only; test/meta/held-out-apart.test.ts keeps it so). Shared by `npm run eval:held-out`
// (scripts/eval-held-out.mjs) and the structure test (test/suggest/held-out-structure.test.ts).
// The figures are those of scripts/eval-real.mjs, defined the same way: hit@1, hit@3, MRR over the first
// right candidate among 10; a best candidate at 0.5 or more is right this often (n); of the right answers
// in the top 3, the share shown at 0.5.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RANK_LIMIT, frameworkOf, metricsOf } from './suggest-metrics.mjs';

export const HELD_OUT_DIR = join('test', 'fixtures', 'suggest-held-out');
/** The report rendered to PDF for the draft-index measurement (scripts/generate-held-out-pdf.mjs). */
export const DRAFT_PDF = 'en-gri-valves.pdf';
export const DRAFT_KEY = 'en-gri-valves.key.json';
/** suggest's default threshold: what a user sees, and what `index --draft` places. */
export const SHOWN_AT = 0.5;

/**
 * The held-out reports: every `*.md` of the folder that has a `*.key.json` beside it, in name order.
 * @param {string} root the package root
 * @returns {{ label: string, path: string, keyPath: string }[]}
 */
export function heldOutReports(root) {
  const dir = join(root, HELD_OUT_DIR);
  const names = readdirSync(dir);
  return names
    .filter((n) => n.endsWith('.md') && n !== 'README.md' && names.includes(n.replace(/\.md$/, '.key.json')))
    .sort()
    .map((n) => ({ label: n, path: join(dir, n), keyPath: join(dir, n.replace(/\.md$/, '.key.json')) }));
}

/**
 * An answer key: disclosure → the heading paths (chapter first) of the sections that answer it; a path
 * that stops at a chapter is a chapter-level answer.
 * @param {string} keyPath
 * @returns {Map<string, string[][]>}
 */
export function readKey(keyPath) {
  const { answers } = JSON.parse(readFileSync(keyPath, 'utf8'));
  return new Map(Object.entries(answers));
}

/** What a reader may leave glued before a heading, folded: `3.2`, `（一）`, `第四章`, never words (`Save Energy` is not `Energy`). */
const NUMBERING = /^[0-9一二三四五六七八九十百第章节節部分]*$/u;

/** Letters and digits only, lower-cased: a heading as the Markdown, a PDF reader and a glued line all spell it. */
export const fold = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Right when the candidate's heading path holds the heading a key path ends with (itself, or a section
 * inside it: chapter-level answers). The keys' last headings name one section each in their report (the
 * structure test checks it), so the rule needs no more of the path — and survives a PDF reader that
 * flattens or renumbers the levels above. A heading a PDF reader glued a number before (`3.2`, `第一章`)
 * still matches by its ending, as in scripts/eval-real.mjs; a longer title that merely ends the same does not.
 * @param {string[]} headingPath
 * @param {string[][]} places
 */
export function isRight(headingPath, places) {
  const path = headingPath.map(fold);
  return places.some((place) => {
    const last = fold(place[place.length - 1]);
    return path.some((h) => h === last || (h.endsWith(last) && NUMBERING.test(h.slice(0, -last.length))));
  });
}

/**
 * Each keyed disclosure's first right rank among the suggestions (0: none in the top 10 or not asked).
 * @param {string} label
 * @param {import('../../src/model/suggestion.js').ReportSuggestions} suggestions
 * @param {Map<string, string[][]>} key
 */
export function scoreAgainstKey(label, suggestions, key) {
  const byId = new Map(suggestions.suggestions.map((s) => [s.disclosure, s]));
  return [...key].map(([id, places]) => {
    const suggestion = byId.get(id);
    const candidates = (suggestion?.candidates ?? []).slice(0, RANK_LIMIT);
    const rank = candidates.findIndex((c) => isRight(c.headingPath, places)) + 1;
    const best = candidates[0];
    return {
      report: label,
      id,
      framework: frameworkOf(id),
      asked: suggestion !== undefined,
      rank,
      rightScore: rank > 0 ? candidates[rank - 1].score : undefined,
      // Every candidate a user sees at the defaults (top 3, score ≥ SHOWN_AT), and how many of them are right.
      shown: shownOf(candidates, places),
      best: best ? { headingPath: best.headingPath, score: best.score } : undefined,
      expected: places.map((p) => p.join(' > ')),
    };
  });
}

function shownOf(candidates, places) {
  const seen = candidates.slice(0, 3).filter((c) => c.score >= SHOWN_AT);
  return { count: seen.length, right: seen.filter((c) => isRight(c.headingPath, places)).length };
}

/**
 * The figures of a list of scored disclosures, as scripts/eval-real.mjs defines them.
 * @param {ReturnType<typeof scoreAgainstKey>} items
 */
export function heldOutMetrics(items) {
  const { count, hit1, hit3, mrr } = metricsOf(items.map((i) => i.rank));
  const strong = items.filter((i) => i.best && i.best.score >= SHOWN_AT);
  const inTop3 = items.filter((i) => i.rank >= 1 && i.rank <= 3);
  return {
    count,
    hit1,
    hit3,
    mrr,
    precisionAt05: strong.length ? strong.filter((i) => i.rank === 1).length / strong.length : 0,
    strongCount: strong.length,
    shownOfRight: inTop3.length ? inTop3.filter((i) => i.rightScore >= SHOWN_AT).length / inTop3.length : 0,
    shownPrecision: items.reduce((sum, i) => sum + i.shown.right, 0) / (items.reduce((sum, i) => sum + i.shown.count, 0) || 1),
    shownCount: items.reduce((sum, i) => sum + i.shown.count, 0),
    notAsked: items.filter((i) => !i.asked).length,
  };
}

/**
 * What a reviewer makes of a draft index (`disclose index <pdf> --draft --format json`), by the key:
 * suggested rows whose place is right (accepted), wrong, or of a disclosure the key says the report does
 * not answer; "to review" rows whose section is right; and rows claimed as reported that no suggestion
 * placed (the report has no tags, so every reported row must come from a suggestion with a location).
 * @param {any} index the JSON document
 * @param {Map<string, string[][]>} key
 */
export function scoreDraft(index, key) {
  const rows = (index.groups ?? []).flatMap((g) => g.rows ?? []);
  const suggested = rows.filter((r) => r.suggested);
  const verdict = (row) => {
    const places = key.get(row.id);
    if (!places) return 'unkeyed';
    return (row.locations ?? []).some((l) => isRight(l.headingPath ?? [], places)) ? 'right' : 'wrong';
  };
  const judged = suggested.map((row) => ({ id: row.id, score: row.suggested.score, where: (row.locations ?? []).map((l) => (l.headingPath ?? []).join(' > ')), verdict: verdict(row) }));
  const review = (index.draft?.toReview ?? index.draftMarks?.toReview ?? []).map((r) => {
    const places = key.get(r.id);
    return { id: r.id, score: r.score, where: (r.headingPath ?? []).join(' > '), verdict: places ? (isRight(r.headingPath ?? [], places) ? 'right' : 'wrong') : 'unkeyed' };
  });
  const claimedNotFound = rows.filter((r) => r.status === 'reported' && (!r.suggested || (r.locations ?? []).length === 0)).map((r) => r.id);
  const count = (list, v) => list.filter((x) => x.verdict === v).length;
  return {
    suggested: judged.length,
    accepted: count(judged, 'right'),
    wrong: count(judged, 'wrong'),
    unkeyed: count(judged, 'unkeyed'),
    keyedNotPlaced: [...key.keys()].filter((id) => !suggested.some((r) => r.id === id)).length,
    toReview: review.length,
    toReviewRight: count(review, 'right'),
    toReviewUnkeyed: count(review, 'unkeyed'),
    claimedNotFound,
    rows: judged,
    review,
  };
}
