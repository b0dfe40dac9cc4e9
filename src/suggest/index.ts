// Suggestions: where a report answers each disclosure (issue #6). One concern per file.
export { tokenize, normaliseText, isChineseTerm } from './tokenizer.js';
export { sectionDocuments, type SectionDocument, type KpiRow } from './documents.js';
export { SectionIndex, FIELD_BOOST } from './search-index.js';
export { DEFAULT_RANKING, withRankingParams, type RankingParams, type RankingChanges } from './ranking-params.js';
export { buildQuery, type DisclosureQuery, type Phrase } from './queries.js';
export { scoreSection, scoreOf, queryScale, features, COEFFICIENTS, type Coefficients, type Features, type Scored } from './scoring.js';
export { suggestForAnalysis, suggestForReport, catalogOrder, DEFAULT_MIN_SCORE, DEFAULT_TOP, type SuggestReportOptions } from './suggest-report.js';
export { acceptedTags, insertTags, directiveText, type AcceptedTags } from './tag-insertion.js';
export { addWeakEvidence, STRONG_SCORE } from './weak-evidence.js';
export { calibrated, calibrationFor, coefficientsFor, IDENTITY_CALIBRATION, LAID_OUT_CALIBRATION, type ScoreCalibration } from './laid-out-calibration.js';
export { LAID_OUT_COEFFICIENTS } from './laid-out-coefficients.js';
