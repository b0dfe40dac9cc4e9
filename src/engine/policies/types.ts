// A requirement policy turns a catalog and a report's declaration of one framework into what the framework
// requires, and counts it into the one coverage model (`frameworks` of check's result) that every output
// reads. The set is closed (src/model/framework-def.ts, POLICY_IDS); a framework names its policy in
// standards/frameworks.json, so a framework that fits one is a data change.
import type { Catalog, DisclosureDef } from '../../model/catalog.js';
import type { DisclosureRecord, FrameworkCoverage } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import type { ReportDates } from '../../catalog/index.js';
import type { ResolvedIndexRow } from '../index-rows.js';
import type { ResolvedOmission, ResolvedTag } from '../resolved.js';
import type { IndustrySelection } from '../selected-industries.js';
import type { MaterialTopic } from '../material-topics.js';
import type { TopicCoverage } from './topic-coverage-model.js';
import type { OptionChoice } from '../gri-option.js';

export interface PolicyInput {
  report: Report;
  catalog: Catalog;
  dates: ReportDates;
  claim: 'in-accordance' | 'with-reference' | undefined;
  /** The GRI 2016 option of a claim in accordance (GRI 101), when the report is of that era. */
  griOption: OptionChoice | undefined;
  tags: ResolvedTag[];
  omissions: ResolvedOmission[];
  indexRows: ResolvedIndexRow[];
  materialTopics: MaterialTopic[];
  industries: IndustrySelection[];
  credits: ReadonlyMap<string, string>;
}

/** Marks a disclosure version as required (per material topic for GRI 3-3) and returns its record. */
export type Require = (def: DisclosureDef, topic?: string) => DisclosureRecord;

/** What the coverage count reads: every record with its definition, and the topics of topic-based policies. */
export interface CoverageInput {
  claim: PolicyInput['claim'];
  records: readonly DisclosureRecord[];
  definitions: readonly DisclosureDef[];
  topics: readonly TopicCoverage[];
}

export interface RequirementPolicy {
  /** `disclosure`: counted by disclosure records; `topic`: by topics (the exchanges' comply-or-explain). */
  countsBy: 'disclosure' | 'topic';
  /** Requires what `framework` asks of the report (nothing when the report does not declare it). */
  require(input: PolicyInput, framework: string, require: Require): void;
  /** Topics met through any of their disclosures (topic-based policies only). */
  topics?(input: PolicyInput, framework: string): TopicCoverage[];
  /** The framework's line of the coverage model; none when nothing is counted. */
  coverage(input: CoverageInput, framework: string): FrameworkCoverage | undefined;
}
