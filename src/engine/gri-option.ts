// GRI 101: Foundation 2016, section 3: a claim "in accordance" takes one of two options, Core or
// Comprehensive (standards/gri/claim-options-2016.json). The option is declared (`claim: core`), named
// by the statement of use, or, for a 2016-era claim in accordance that names none, assumed (Core): the
// statement-of-use rule then says the option is missing (102-54).
import type { Catalog, GriOption } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { TextSpan } from '../model/content-index.js';
import { inEffect, type ReportDates } from '../catalog/index.js';
import { statedOption } from '../mapping/statement-of-use.js';
import type { Claim } from './resolved.js';

export type OptionSource = 'declared' | 'statement-of-use' | 'assumed';

export interface OptionChoice {
  option: GriOption;
  source: OptionSource;
}

/** The option of a GRI claim in accordance under the 2016 Standards; undefined for any other claim or era. */
export function griOptionOf(report: Report, catalog: Catalog, dates: ReportDates, claim: Claim | undefined, statement: TextSpan | undefined): OptionChoice | undefined {
  const declared = report.meta.frameworks.gri?.claim;
  if (declared === 'core' || declared === 'comprehensive') return { option: declared, source: 'declared' };
  const options = catalog.gri.claimOptions;
  if (claim !== 'in-accordance' || !options) return undefined;
  const foundation = catalog.standardById.get(options.standard);
  if (!foundation || inEffect(foundation.effective, dates) !== 'in-effect') return undefined;
  const phrases = { core: options.options.core.phrases, comprehensive: options.options.comprehensive.phrases };
  const stated = statement ? statedOption(statement.text, phrases) : undefined;
  return stated ? { option: stated, source: 'statement-of-use' } : { option: options.assumedOption, source: 'assumed' };
}
