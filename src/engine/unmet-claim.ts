// GRI 1, Requirement 8 and issue 14 §4: an index must never state "in accordance" while disclosures the
// claim requires are neither reported nor validly omitted. `disclose index` refuses to write one (exit 1)
// unless told to (`--force`); this names what is missing, as `check` counts it (its `missing`).
import type { Analysis } from './analysis.js';

/** Required GRI disclosures missing under an in-accordance claim (`GRI 3-3 (GRI 305)` for a topic's); none otherwise. */
export function unmetInAccordance(analysis: Analysis): string[] {
  if (analysis.claim !== 'in-accordance') return [];
  const ids = analysis.records.flatMap((record, i) => {
    if (analysis.definitions[i]!.framework !== 'gri' || !record.required || record.status !== 'missing') return [];
    return [record.topic && analysis.definitions[i]!.perMaterialTopic ? `${record.id} (${record.topic})` : record.id];
  });
  return [...new Set(ids)];
}
