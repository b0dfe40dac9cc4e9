// Shapes of a GRI 2016 -> 2021 migration (domain.md §1: "The 2016 -> 2021 correspondence of universal
// disclosures ... lets disclose migrate an old index"). The plan is pure data: edits by offset in each file's
// text, plus what a person must decide.
import type { DisclosureDef, MigrationEntry, StandardDef } from '../../model/catalog.js';

/**
 * What the migration needs from the catalog layer, handed in by the caller (mapping imports only the
 * model): which version a code means in this report, how a printed title compares with an official one,
 * and which standard a group label names.
 */
export interface MigrationLookup {
  /** The version `id` means for this report; a printed `title` that matches one version picks it. */
  resolve(id: string, title?: string): { def: DisclosureDef; matchedTitle: boolean; earlyAdoption: boolean } | undefined;
  compareTitle(printed: string, official: string): 'exact' | 'equivalent' | 'truncated' | 'different';
  /** The standard version a label such as `GRI 102: General Disclosures 2016` names, if it names one. */
  standardOfLabel(text: string): StandardDef | undefined;
}

/** Which correspondences are applied: `medium` (the default) applies high and medium, lists low for review. */
export type MinConfidence = MigrationEntry['confidence'];

/** Replace `[offset, endOffset)` of a file's text (BOM excluded) with `text`. */
export interface MigrationEdit {
  offset: number;
  endOffset: number;
  text: string;
}

export type MigrationSource = 'directive' | 'index';

interface Located {
  file: string;
  /** 1-based, of the code as written. */
  line: number;
  column: number;
  source: MigrationSource;
  /** Canonical 2016 id (`GRI 102-14`), or for a group label the standard it names. */
  from: string;
}

/** A code that is rewritten. */
export interface MigrationChange extends Located {
  fromTitle: string;
  /** Canonical 2021 ids the code corresponds to (`GRI 2-7`, `GRI 2-8`); ids the directive already lists are not written twice. */
  to: string[];
  toTitles: string[];
  /** The text as written and as it becomes (`GRI 102-14` -> `GRI 2-22`; `` when the id is dropped as a duplicate). */
  before: string;
  after: string;
  confidence: MigrationEntry['confidence'];
  detail?: string;
  edits: MigrationEdit[];
}

/** A code left as it is: a person decides. */
export interface MigrationReview extends Located {
  fromTitle?: string;
  /** The 2021 ids the correspondence suggests (empty when the content became a GRI 1 requirement). */
  to: string[];
  /** Why it is left as it is, read after the id: `no GRI 2021 disclosure; its content became a requirement of GRI 1`. */
  reason: string;
  detail?: string;
  confidence?: MigrationEntry['confidence'];
}

export interface FileMigration {
  file: string;
  changes: MigrationChange[];
  review: MigrationReview[];
}

export interface MigrationPlan {
  /** Every file of the report, in order, changed or not. */
  files: FileMigration[];
}
