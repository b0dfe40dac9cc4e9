// A topic of a topic-based framework (the exchanges' guidelines) and whether the report meets it.
import type { DisclosureGroup, DisclosureLevel, FrameworkId, StandardDef } from '../../model/catalog.js';

export interface TopicCoverage {
  framework: FrameworkId;
  standard: StandardDef;
  group: DisclosureGroup;
  /** A topic without one level (climate mixes mandatory and encouraged articles) counts as mandatory. */
  level: DisclosureLevel;
  /** Whether the topic counts (its level is not encouraged or voluntary): see ./required-level.ts. */
  required: boolean;
  status: 'reported' | 'omitted' | 'missing';
}
