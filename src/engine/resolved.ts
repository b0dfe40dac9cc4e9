// A report's tags and omissions with the catalog entry each resolves to, and the GRI claim: the leaf
// types of an analysis. They live apart from analysis.ts so the helpers that analysis.ts calls can name
// them without importing analysis.ts back (no import circles: test/meta/import-cycles.test.ts).
import type { DisclosureTag, OmissionDirective } from '../model/report.js';
import type { Resolution } from '../catalog/index.js';

export interface ResolvedTag {
  tag: DisclosureTag;
  /** Undefined when the id does not parse or the catalog does not know it. */
  resolution: Resolution | undefined;
}

export interface ResolvedOmission {
  omission: OmissionDirective;
  resolution: Resolution | undefined;
}

export type Claim = 'in-accordance' | 'with-reference';
