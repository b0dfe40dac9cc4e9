// GRI 2016 -> 2021 migration of a report's tags, omissions and content index codes.
export { planMigration, type PlanInput } from './plan.js';
export { applyEdits, editsOf } from './apply.js';
export { formatMigrationStylish, formatMigrationJson, type MigrationSummary } from './format.js';
export type {
  MigrationLookup,
  MinConfidence,
  MigrationEdit,
  MigrationSource,
  MigrationChange,
  MigrationReview,
  FileMigration,
  MigrationPlan,
} from './types.js';
