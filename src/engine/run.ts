// run(report, catalog, settings) -> findings + coverage (architecture.md, engine/).
import type { Catalog } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { DisclosureRecord, Finding, FrameworkCoverage, ReportResult, Severity } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import { ruleById, rules, type FindingDraft, type Rule } from '../rules/index.js';
import { placeOf, type Placeable } from '../rules/place.js';
import type { FindingLocation } from '../model/location.js';
import { ruleMessage } from '../rules/messages/index.js';
import { unusedSuppression } from '../rules/unused-suppression.js';
import { applySuppressions } from './suppress.js';
import { analyse, type Analysis, type AnalysisOptions } from './analysis.js';
import { sortFindings } from './sort-findings.js';
import { frameworkPolicies } from './policies/index.js';
import { recordsWithEvidence } from './evidence-records.js';

/** Per-rule severity overrides from a config file; `off` disables the rule. */
export type RuleSettings = Record<string, Severity | 'off'>;

export interface EngineResult {
  analysis: Analysis;
  result: ReportResult;
  /** The locale the findings' messages are in. */
  locale: Locale;
}

/** The locale of a report's messages: the one asked for, else the report's own `language`, else English. */
export function reportLocale(analysis: Analysis, asked?: Locale): Locale {
  return asked ?? (analysis.report.meta.language === 'zh' ? 'zh' : 'en');
}

const KNOWN_RULES: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));

export function runRules(analysis: Analysis, settings: RuleSettings = {}, locale: Locale = 'en'): Finding[] {
  let findings: Finding[] = [];
  const reporter = (rule: Rule): ((draft: FindingDraft) => void) | undefined => {
    const configured = settings[rule.id];
    if (configured === 'off' || (configured === undefined && rule.offByDefault)) return undefined;
    const claimSeverity: Severity | undefined =
      rule.inAccordanceRequirement && analysis.claim !== 'in-accordance' ? 'warning' : undefined;
    return (draft) => {
      const { severity: drafted, messageId, data, fix, ...rest } = draft;
      // An explicit severity from the rule (an `info` note) wins over the default, the config over both.
      const severity = configured ?? drafted ?? claimSeverity ?? rule.defaultSeverity;
      const message = ruleMessage(rule, messageId, data, locale);
      const rendered = fix
        ? { fix: { replacement: fix.replacement, ...(fix.range ? { range: fix.range } : {}), description: ruleMessage(rule, fix.messageId, fix.data, locale), messageId: fix.messageId, ...(fix.data ? { data: fix.data } : {}) } }
        : {};
      findings.push({ ruleId: rule.id, severity, message, messageId, ...(data ? { data } : {}), ...rest, ...rendered });
    };
  };
  const at = (subject: Placeable, section?: number): FindingLocation => placeOf(subject, analysis.report.sections, section);
  for (const rule of rules) {
    const report = reporter(rule);
    if (report) rule.check({ analysis, report, at });
  }
  // Inline suppressions drop findings once every rule ran; the unused ones are findings of their own.
  const { kept, unused } = applySuppressions(findings, analysis.report.suppressions, KNOWN_RULES);
  findings = kept;
  const reportUnused = reporter(ruleById.get(unusedSuppression.id)!);
  if (reportUnused) for (const draft of unused) reportUnused(draft);
  return sortFindings(findings, analysis.report.files.map((f) => f.path));
}

/**
 * The one coverage model: each framework's policy counts it (GRI by its claim, SASB and HKEX by required
 * disclosure, the exchanges by topic). Frameworks counted by disclosure come first, then those counted by
 * topic, each in registry order: the order of `frameworks` in check's JSON since it was first written.
 */
export function frameworkCoverage(analysis: Analysis): Record<string, FrameworkCoverage> {
  const input = { claim: analysis.claim, records: analysis.records, definitions: analysis.definitions, topics: analysis.guidelineTopics };
  const policies = frameworkPolicies();
  const ordered = [...policies.filter((p) => p.policy.countsBy === 'disclosure'), ...policies.filter((p) => p.policy.countsBy === 'topic')];
  const frameworks: Record<string, FrameworkCoverage> = {};
  for (const { framework, policy } of ordered) {
    const coverage = policy.coverage(input, framework);
    if (coverage) frameworks[framework] = coverage;
  }
  return frameworks;
}

/** Coverage counts the partially reported among the reported (issue 16, item 1): `partial`, when there are any. */
function countPartial(analysis: Analysis, records: readonly DisclosureRecord[], frameworks: Record<string, FrameworkCoverage>): void {
  records.forEach((record, i) => {
    const coverage = frameworks[analysis.definitions[i]!.framework];
    if (!coverage || !record.partial || !record.required) return;
    coverage.partial = (coverage.partial ?? 0) + 1;
  });
}

export function checkReport(report: Report, catalog: Catalog, label: string, settings: RuleSettings = {}, options: AnalysisOptions = {}, locale?: Locale): EngineResult {
  const analysis = analyse(report, catalog, options);
  const chosen = reportLocale(analysis, locale);
  const findings = runRules(analysis, settings, chosen);
  const frameworks = frameworkCoverage(analysis);
  const disclosures = recordsWithEvidence(analysis);
  countPartial(analysis, disclosures, frameworks);
  const result: ReportResult = {
    file: label,
    files: report.files.map((f) => f.path),
    locale: chosen,
    frameworks,
    disclosures,
    findings,
    // Only a PDF or DOCX report has them: Markdown's JSON stays as it was.
    ...(report.inferred && Object.keys(report.inferred).length > 0 ? { meta: { inferred: report.inferred } } : {}),
    ...(report.notes && report.notes.length > 0 ? { notes: [...report.notes] } : {}),
  };
  return { analysis, result, locale: chosen };
}
