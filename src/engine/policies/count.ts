// Counting into the coverage model, shared by the policies.
import type { DisclosureRecord, FrameworkCoverage } from '../../model/finding.js';
import type { CoverageInput } from './types.js';

/** Counts of `counted` by status; `required` is how many there are. */
export function countRecords(counted: readonly { status: DisclosureRecord['status'] }[]): FrameworkCoverage {
  const count = (status: string): number => counted.filter((r) => r.status === status).length;
  return { required: counted.length, reported: count('reported'), omitted: count('omitted'), missing: count('missing') };
}

/** The records of `framework`'s disclosures. */
export const recordsOf = (input: CoverageInput, framework: string): DisclosureRecord[] =>
  input.records.filter((_r, i) => input.definitions[i]!.framework === framework);

/** Coverage of the framework's required records; none when it requires nothing. */
export function requiredRecordsCoverage(input: CoverageInput, framework: string): FrameworkCoverage | undefined {
  const counted = recordsOf(input, framework).filter((r) => r.required);
  return counted.length === 0 ? undefined : countRecords(counted);
}
