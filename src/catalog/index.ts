// The standards catalog: load and validate standards/, resolve versions by date and title.
export { loadCatalog, clearCatalogCache } from './load.js';
export { catalogProblems } from './integrity.js';
export { toDay, comparedDate, inEffect, adoptableEarly, describeWindow, type ReportDates, type EffectState } from './dates.js';
export { normalizeTitle, titlesMatch, titleKey, compareTitle, TRUNCATED_MIN_SHARE, type TitleComparison } from './titles.js';
export { findTitleMatches, titleIndex } from './title-matches.js';
export { parseStandardLabel, compareStandardLabel, type StandardLabel, type StandardLabelVerdict, type StandardLabelComparison } from './standard-labels.js';
export { pickVersion, type ResolutionState, type Candidate, type Picked } from './versions.js';
export { resolveDisclosure, versionsOf, type Resolution } from './resolve.js';
export { topicStandard, topicDisclosures, universalDisclosures, sectorStandard, type SelectOptions } from './topics.js';
export { replacementFor, replacementsOf, type Replacement } from './replacements.js';
export { standardOf, effectiveOf, describeEffective, findStandard, standardsOfTopic, disclosuresWithTitle } from './lookup.js';
