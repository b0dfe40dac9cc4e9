// `disclose suggest` output (contracts.md §6): per required disclosure, the sections that seem to answer it.

export interface SuggestionCandidate {
  section: string;
  headingPath: string[];
  file: string;
  /** Where the source has lines (Markdown). */
  line?: number;
  page?: number;
  /** In [0, 1]; candidates are ordered best first. */
  score: number;
  /** Why: the matched terms and evidence kinds (`heading`, `body`, `table`, `unit`), for the reader. */
  evidence?: string[];
}

export interface DisclosureSuggestion {
  disclosure: string;
  title: string;
  /** True when the report already tags or omits the disclosure (then suggestions are only for review). */
  tagged: boolean;
  /** Required by the report's frameworks (else only relevant: tagged, or an article of a guideline topic). */
  required: boolean;
  /** Located or omitted already (by a tag, an omission or the report's own content index). */
  answered: boolean;
  candidates: SuggestionCandidate[];
}

export interface ReportSuggestions {
  file: string;
  suggestions: DisclosureSuggestion[];
  /** Required disclosures with no candidate at or above the minimum score: probably not answered. */
  unanswered: string[];
  /**
   * Only when `suggestions` is empty: the frameworks the report declares or cites (none: it declares no
   * framework at all), so that the message says truly why nothing was looked for.
   */
  frameworks?: string[];
}

export interface SuggestResult {
  tool: { name: string; version: string };
  reports: ReportSuggestions[];
}
