// What the option of a 2016 claim in accordance requires (GRI 101: Foundation 2016, section 3, Table 1),
// from standards/gri/claim-options-2016.json. Core: the listed disclosures of GRI 102, and for each
// material topic at least one topic disclosure; Comprehensive (and any claim outside the 2016 era):
// every disclosure.
import type { DisclosureDef } from '../../model/catalog.js';
import type { PolicyInput } from './types.js';

export interface OptionRequirements {
  /** Whether the claim requires this general (universal, not per-topic) disclosure. */
  requiresGeneral(def: DisclosureDef): boolean;
  /**
   * Whether the claim requires every one of a material topic's disclosures. Under "at least one", they
   * are required only when the report cites none of them (then any of them would do, and all are missing).
   */
  requiresTopicDisclosures(defs: readonly DisclosureDef[]): boolean;
}

const EVERYTHING: OptionRequirements = { requiresGeneral: () => true, requiresTopicDisclosures: () => true };

/** The ids the report cites anywhere: tags, omissions, rows of its own index. */
function citedIds(input: PolicyInput): Set<string> {
  const ids = new Set<string>();
  for (const { resolution } of [...input.tags, ...input.omissions, ...input.indexRows]) if (resolution) ids.add(resolution.def.id);
  return ids;
}

export function optionRequirements(input: PolicyInput): OptionRequirements {
  const options = input.catalog.gri.claimOptions;
  if (!input.griOption || !options) return EVERYTHING;
  const option = options.options[input.griOption.option];
  const general = option.general === 'all' ? undefined : new Set(option.general);
  let cited: Set<string> | undefined;
  return {
    requiresGeneral: (def) => !general || def.standard !== options.generalStandard || general.has(def.id),
    requiresTopicDisclosures: (defs) => {
      if (option.topicDisclosures === 'all') return true;
      cited ??= citedIds(input);
      return !defs.some((def) => cited!.has(def.id));
    },
  };
}
