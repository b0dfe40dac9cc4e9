// SARIF 2.1.0 (OASIS): one run, the rule registry as tool.driver.rules, one result per finding.
// Consumed by GitHub code scanning and IDE viewers; validated against the official schema in the tests.
import { createHash } from 'node:crypto';
import type { Finding, Fix, FixRange, Severity } from '../model/finding.js';
import type { Formatter, RuleMeta } from './formatter.js';
import { chromeLocale } from './chrome.js';
import { messageWithPlace } from './location.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

const levelOf = (severity: string): Level => LEVEL[severity as Severity] ?? 'warning';

/** The one place a rule's documentation link is derived (README "Rules"). */
export function ruleHelpUri(toolUri: string, ruleId: string): string {
  return `${toolUri}#rule-${ruleId}`;
}

/** SARIF `help`: when the rule fires, then what to do (Markdown for viewers that render it, such as GitHub). */
function ruleHelp(meta: RuleMeta): { text: string; markdown: string } | undefined {
  if (!meta.help) return undefined;
  return { text: `${meta.description} ${meta.help}`, markdown: `${meta.description}\n\n**What to do:** ${meta.help}` };
}

/** A relative URI reference with forward slashes, each segment percent-encoded (spaces, CJK). */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** Stable across line shifts: rule, file and what the finding is about. */
function fingerprint(finding: Finding): string {
  const subject = finding.disclosure ?? finding.topic ?? finding.message;
  return createHash('sha256').update(`${finding.ruleId}\0${finding.file}\0${subject}`).digest('hex').slice(0, 32);
}

/** SARIF `region`: only where the source has lines (Markdown); end line and column when the finding has them. */
function region(finding: Finding): Record<string, number> | undefined {
  if (finding.line === undefined) return undefined;
  return {
    startLine: Math.max(1, finding.line),
    startColumn: Math.max(1, finding.column ?? 1),
    ...(finding.endLine !== undefined ? { endLine: Math.max(1, finding.endLine) } : {}),
    ...(finding.endColumn !== undefined ? { endColumn: Math.max(1, finding.endColumn) } : {}),
  };
}

/**
 * A finding without a line (a PDF or DOCX source) is placed by its section, as a SARIF logical location
 * (its heading path as the qualified name), and its page, as a property of the location (SARIF has no
 * pages). Viewers that show neither get them in the message text as well.
 */
function location(finding: Finding): Record<string, unknown> {
  const where = region(finding);
  const page = where === undefined && (finding.page !== undefined || finding.pageLabel !== undefined);
  const section = where === undefined ? finding.section : undefined;
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, ...(where ? { region: where } : {}) },
    ...(section !== undefined
      ? { logicalLocations: [{ name: section, fullyQualifiedName: (finding.headingPath && finding.headingPath.length > 0 ? finding.headingPath : [section]).join(' > ') }] }
      : {}),
    ...(page
      ? { properties: { ...(finding.page !== undefined ? { page: finding.page } : {}), ...(finding.pageLabel !== undefined ? { pageLabel: finding.pageLabel } : {}) } }
      : {}),
  };
}

export const sarif: Formatter = (result, context = {}) => {
  const locale = chromeLocale(result, context);
  const known: RuleMeta[] = [...(context.rules ?? [])];
  const seen = new Set(known.map((r) => r.id));
  // Findings of rules the context does not list still get a descriptor, so every ruleIndex is valid.
  const extra = [...new Set(result.reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].filter((id) => !seen.has(id)).sort();
  const metas: RuleMeta[] = [...known, ...extra.map((id) => ({ id, description: id, defaultSeverity: 'warning' }))];
  const index = new Map(metas.map((meta, i) => [meta.id, i]));

  const driver = {
    name: result.tool.name,
    version: result.tool.version,
    ...(context.toolUri ? { informationUri: context.toolUri } : {}),
    rules: metas.map((meta) => {
      const help = ruleHelp(meta);
      return {
        id: meta.id,
        shortDescription: { text: meta.description },
        ...(help ? { help } : {}),
        ...(context.toolUri ? { helpUri: ruleHelpUri(context.toolUri, meta.id) } : {}),
        defaultConfiguration: { level: levelOf(meta.defaultSeverity) },
      };
    }),
  };

  const results = result.reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId)!,
      level: LEVEL[finding.severity],
      message: { text: messageWithPlace(finding, locale) },
      locations: [location(finding)],
      partialFingerprints: { 'disclose/v1': fingerprint(finding) },
      ...(finding.fix?.range ? { fixes: [sarifFix(finding.fix, finding.fix.range)] } : {}),
      ...(finding.disclosure || finding.standard || finding.topic
        ? {
            properties: {
              ...(finding.disclosure ? { disclosure: finding.disclosure } : {}),
              ...(finding.standard ? { standard: finding.standard } : {}),
              ...(finding.topic ? { topic: finding.topic } : {}),
            },
          }
        : {}),
    })),
  );

  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'unicodeCodePoints', results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * A certain fix as SARIF 2.1.0 §3.55 (`fix` → `artifactChange` → `replacement`): the region by line and
 * column (end exclusive, as SARIF's endColumn is), which editors apply; offsets are left out because
 * they count UTF-16 code units and this log declares `unicodeCodePoints` columns.
 */
function sarifFix(fix: Fix, range: FixRange): object {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: artifactUri(range.file) },
        replacements: [
          {
            deletedRegion: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column },
            insertedContent: { text: fix.replacement },
          },
        ],
      },
    ],
  };
}
