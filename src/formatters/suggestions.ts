// `disclose suggest` output: stylish for a terminal, JSON per contracts.md §6. Pure functions.
// Report text (file names, headings, matched terms) is spelt out safe for a terminal (terminal-text.ts).
import type { DisclosureSuggestion, SuggestResult, SuggestionCandidate } from '../model/suggestion.js';
import { painter } from './ansi.js';
import { terminalText as safe } from './terminal-text.js';

export interface SuggestFormatContext {
  color: boolean;
  /** The `--min-score` the result was made with (named in the unanswered heading). */
  minScore: number;
  /** Scores at or above this are shown green (strong), below it yellow. */
  strongScore: number;
}

function where(candidate: SuggestionCandidate): string {
  const page = candidate.page === undefined ? '' : `, p. ${candidate.page}`;
  // A section of a source without lines (PDF, DOCX) is found by its page alone.
  return candidate.line === undefined ? `${safe(candidate.file)}${page}` : `${safe(candidate.file)}:${candidate.line}${page}`;
}

/** Why nothing was looked for: no framework at all, or frameworks that require nothing the filters let through. */
function nothingAsked(frameworks: readonly string[]): string {
  if (frameworks.length === 0) return 'no disclosure to look for: the report declares no framework (front matter `frameworks:`), states no claim and tags no disclosure';
  return `no disclosure to look for: ${safe(frameworks.join(', '))} require(s) none here and the report cites none (--all looks for every topic disclosure; --standards names standards)`;
}

/**
 * Per disclosure not yet tagged, omitted or located, its candidate sections best first; then the required
 * disclosures no section seems to answer. Disclosures already answered are counted, not listed (the JSON
 * output has their candidates too, for review).
 */
export function formatSuggestionsStylish(result: SuggestResult, context: SuggestFormatContext): string {
  const paint = painter(context.color);
  const lines: string[] = [];
  let shown = 0;
  let unanswered = 0;
  for (const report of result.reports) {
    const open = report.suggestions.filter((s) => !s.answered && s.candidates.length > 0);
    const hidden = report.suggestions.filter((s) => s.answered).length;
    const titles = new Map(report.suggestions.map((s: DisclosureSuggestion) => [s.disclosure, s.title]));
    lines.push(paint('underline', safe(report.file)));
    for (const suggestion of open) {
      lines.push(`${paint('bold', safe(suggestion.disclosure))}  ${safe(suggestion.title)}`);
      for (const c of suggestion.candidates) {
        const score = paint(c.score >= context.strongScore ? 'green' : 'yellow', c.score.toFixed(2));
        const evidence = c.evidence?.length ? `  ${paint('dim', safe(c.evidence.join(', ')))}` : '';
        lines.push(`  ${score}  ${safe(c.section)} ${paint('dim', `(${where(c)})`)}${evidence}`);
      }
    }
    shown += open.length;
    if (report.suggestions.length === 0) lines.push(paint('dim', `  ${nothingAsked(report.frameworks ?? [])}`));
    else if (hidden === report.suggestions.length) lines.push(paint('dim', '  every disclosure is already tagged, omitted or in the content index (--format json lists candidates for review)'));
    else {
      if (open.length === 0) lines.push(paint('dim', `  no untagged disclosure has a section scoring ${context.minScore.toFixed(2)} or more`));
      if (hidden > 0) lines.push(paint('dim', `  ${hidden} disclosure(s) already tagged, omitted or in the content index are not listed (--format json lists them)`));
    }
    if (report.unanswered.length > 0) {
      lines.push('', paint('red', `unanswered: required, and no section scores ${context.minScore.toFixed(2)} or more`));
      for (const id of report.unanswered) lines.push(`  ${paint('bold', safe(id))}  ${safe(titles.get(id) ?? '')}`.trimEnd());
    }
    unanswered += report.unanswered.length;
    lines.push('');
  }
  const summary = `${shown} disclosure(s) with suggestions, ${unanswered} unanswered`;
  lines.push(unanswered > 0 ? paint('yellow', `✖ ${summary}`) : paint('green', `✔ ${summary}`));
  return `${lines.join('\n')}\n`;
}

/** contracts.md §6 (fields beyond the contract are additive). */
export const formatSuggestionsJson = (result: SuggestResult): string => `${JSON.stringify(result, null, 2)}\n`;
