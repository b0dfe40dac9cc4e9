// The shape of one framework in the registry (standards/frameworks.json); mirrors schemas/frameworks.schema.json.

/** The closed set of requirement policies (src/engine/policies/); a framework names one. */
export const POLICY_IDS = ['gri-claim', 'sasb-industry', 'exchange-topics', 'hkex-parts', 'disclosure-set', 'esrs-materiality'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

/** The closed set of content-index layouts (src/engine/framework-index.ts and templates/). */
export const INDEX_LAYOUTS = ['gri', 'sasb', 'guideline', 'hkex', 'paragraphs', 'esrs', 'chapters'] as const;
export type IndexLayoutId = (typeof INDEX_LAYOUTS)[number];

/**
 * One way of writing a code: a case-insensitive regular expression over what follows the prefix, and the
 * canonical form built from its groups: `{1}` as written, `{1|int}` without leading zeros, `{1|upper}`,
 * `{1|lower}`, `{1|compact}` (no spaces, lower case), `{1|lookup}` (the group's value in `lookup`, keyed in
 * lower case with single spaces; no entry = no match).
 */
export interface IdGrammarRule {
  pattern: string;
  canonical: string;
  lookup?: Record<string, string>;
}

export interface FrameworkDef {
  /** `gri`, `sasb`, `szse`, `ifrs-s2`: the key in front matter and on the command line. */
  id: string;
  /** How ids are cited; the first is the printed, canonical one (`IFRS S2`). Spaces match any spacing. */
  prefixes: string[];
  grammar: IdGrammarRule[];
  names: { en: string; zh?: string };
  policy: PolicyId;
  /** How `disclose index` lays out this framework's index; none = no index. */
  index?: { layout: IndexLayoutId; templates: string; title: string };
  locales: string[];
}

export interface FrameworkRegistryFile {
  frameworks: FrameworkDef[];
}

