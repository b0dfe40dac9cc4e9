// Evidence: what a located answer contains (figures, units, years, words) and whether a report's numbers
// agree with each other. Used by the evidence rules, by suggest (KPI rows) and by the outputs (issue 16).
export { numbersIn, cellNumber, type NumberToken } from './numbers.js';
export { unitTable, unitAt, unitsNamedIn, labelUnit, type UnitMatch, type UnitTable } from './units.js';
export { figuresIn, isFigureCell, isYearLike, type Figure } from './figures.js';
export { spelledFiguresIn } from './number-words.js';
export { yearsIn, periodYears } from './periods.js';
export { sectionContent, sectionEvidence, sectionWithSubsections, type EvidenceFigure, type SectionEvidence } from './section-evidence.js';
export { keyTerms, termSet, isChineseText, addressed, type KeyTerm } from './terms.js';
export { expectedUnits, asksForData, type ExpectedUnits } from './expected-units.js';
export { kpiRows, scopesOf, type KpiRow, type KpiCell } from './kpi-tables.js';
export { totalProblems, type TotalProblem } from './totals.js';
export { metricValues, valueConflicts, type MetricValue, type ValueConflict } from './metric-values.js';
export { judgeItems, itemId, topLevelItems, type ItemJudgement } from './items.js';
export { ALL_ITEMS, BRACKETS, ITEM_SEPARATORS, SENTENCE_END } from './vocabulary.js';
