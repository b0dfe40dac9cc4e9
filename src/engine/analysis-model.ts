// The shape of an analysis (what analyse() in analysis.ts computes once per report and the rules read).
// It lives apart from analysis.ts so requirements.ts, which analyse() calls, can name it without importing
// analysis.ts back (no import circles: test/meta/import-cycles.test.ts).
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import type { ContentIndexTable, IndexStatements } from '../model/content-index.js';
import type { Report } from '../model/report.js';
import type { DisclosureRecord } from '../model/finding.js';
import type { ReportDates } from '../catalog/index.js';
import type { ResolvedIndexRow } from './index-rows.js';
import type { MaterialTopic } from './material-topics.js';
import type { SectorTopicStatus } from './sector-topics.js';
import type { IndustrySelection } from './selected-industries.js';
import type { TopicCoverage } from './policies/index.js';
import type { Claim, ResolvedOmission, ResolvedTag } from './resolved.js';
import type { OptionChoice } from './gri-option.js';

export interface Analysis {
  report: Report;
  catalog: Catalog;
  dates: ReportDates;
  /** The GRI claim, when the report uses GRI at all. */
  claim: Claim | undefined;
  /** How `claim` was found (undefined when there is none): the `claim-assumed` rule says so unless declared. */
  claimSource: ClaimSource | undefined;
  /** The GRI 2016 option (Core, Comprehensive) of a claim in accordance under GRI 101, and how it was found. */
  griOption: OptionChoice | undefined;
  tags: ResolvedTag[];
  omissions: ResolvedOmission[];
  /** The report's own content index tables (GFM tables that list disclosure codes). */
  indexes: ContentIndexTable[];
  indexRows: ResolvedIndexRow[];
  statements: IndexStatements;
  materialTopics: MaterialTopic[];
  /** GRI 1 Req. 3: the declared Sector Standards' topics, each reported, listed as not material, or neither. */
  sectorTopics: SectorTopicStatus[];
  /** SASB industries selected in front matter, with the industry standard each names (if known). */
  industries: IndustrySelection[];
  /** SZSE/SSE/BSE topics and whether each is disclosed, explained or missing. */
  guidelineTopics: TopicCoverage[];
  /** With --crosswalk: ids counted as reported through an equivalent link -> the id located in the report. */
  credits: Map<string, string>;
  /** One record per required or located disclosure (3-3 once per material topic), in catalog order. */
  records: DisclosureRecord[];
  /** The disclosure definition behind each record (same order as `records`). */
  definitions: DisclosureDef[];
}

/** Where the GRI claim came from: front matter or config, the report's statement of use, or assumed. */
export type ClaimSource = 'declared' | 'statement-of-use' | 'assumed';
