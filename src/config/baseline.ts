// Baselines (issue #5 §3): accept the findings a report already has, so a team can adopt the gate on an
// old report and fail only on new problems. A finding is known by a fingerprint of its identity, not its
// text, and without line and column numbers, so moving text does not break it, nor does a reworded message
// or a run in another locale (issue #12 §5). Version 2:
//   sha256(ruleId, file relative to the baseline's folder, disclosure, messageId, data without line numbers).
// Version 1 (still read) fingerprinted the English text instead:
//   sha256(ruleId, file, disclosure, message with line numbers masked).
// Matching counts: each baseline entry accepts one finding, so a second identical finding is new.
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { readUserFile } from '../user-file.js';
import { DiscloseError } from '../model/errors.js';
import { PROBABLY_ANSWERED, PROBABLY_ANSWERED_ZH, type CheckResult, type Finding } from '../model/finding.js';
import type { MessageData, MessageValue } from '../model/message.js';

/** The version `--update-baseline` writes; baselines of every earlier version are read too. */
export const BASELINE_VERSION = 2;
export type BaselineVersion = 1 | 2;

export interface BaselineEntry {
  ruleId: string;
  file: string;
  disclosure?: string;
  /** Version 2: the finding's message id (for people reading the file; the fingerprint covers it). */
  messageId?: string;
  fingerprint: string;
}

export interface Baseline {
  version: BaselineVersion;
  findings: BaselineEntry[];
}

/** The finding's message in English, for matching version 1 baselines from a run in another locale. */
export type EnglishMessage = (finding: Finding) => string | undefined;

/** The finding's file as stored in a baseline: relative to the baseline's folder, `/` separators. */
function baselinePath(file: string, baselineDir: string): string {
  return relative(baselineDir, resolve(file)).split(sep).join('/');
}

/** Masks line (and page-free column) numbers a message may quote: `line 283`, `lines 12-14`, `:283:1`. */
export function normalizeMessage(message: string): string {
  const hint = [PROBABLY_ANSWERED, PROBABLY_ANSWERED_ZH].map((h) => message.indexOf(h)).find((at) => at >= 0);
  return (hint !== undefined ? message.slice(0, hint) : message)
    .replace(/\b(lines?)\s+\d+(?:\s*[-–,]\s*\d+)*/gi, '$1 #')
    .replace(/第\s*\d+\s*行/g, '第#行')
    .replace(/:\d+(?::\d+)?\b/g, ':#')
    .replace(/\s+/g, ' ')
    .trim();
}

const hash = (parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** Version 1: the message text, line numbers masked and `--suggest`'s hint cut off. */
export function textFingerprint(finding: Pick<Finding, 'ruleId' | 'disclosure' | 'message'>, file: string): string {
  return hash([finding.ruleId, file, finding.disclosure ?? '', normalizeMessage(finding.message)]);
}

/** Data keys that hold line numbers: they change when text moves, so they are no part of a finding's identity. */
const LINE_KEY = /^lines?$|Lines?$/;

/**
 * The data as canonical JSON: keys sorted, line-number values left out, line numbers quoted inside text
 * (a directive problem's wording) masked as in version 1.
 */
function stableData(value: MessageValue | MessageData | undefined): unknown {
  if (value === undefined || typeof value === 'number') return value;
  if (typeof value === 'string') return normalizeMessage(value);
  if (Array.isArray(value)) return value.map((item) => stableData(item as MessageValue));
  const entries = Object.entries(value as Record<string, MessageValue | MessageData>)
    .filter(([key]) => !LINE_KEY.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, stableData(item)]));
}

/**
 * Version 2: the finding's identity (rule, message id, disclosure, data), whatever the locale or wording of
 * its text. A finding without a message id (a result from before version 2) falls back to its text.
 */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'disclosure' | 'message' | 'messageId' | 'data'>, file: string): string {
  if (finding.messageId === undefined) return textFingerprint(finding, file);
  return hash([finding.ruleId, file, finding.disclosure ?? '', finding.messageId, JSON.stringify(stableData(finding.data ?? {}))]);
}

function entryFor(finding: Finding, baselineDir: string): BaselineEntry {
  const file = baselinePath(finding.file, baselineDir);
  return {
    ruleId: finding.ruleId,
    file,
    ...(finding.disclosure ? { disclosure: finding.disclosure } : {}),
    ...(finding.messageId ? { messageId: finding.messageId } : {}),
    fingerprint: fingerprint(finding, file),
  };
}

/** A baseline accepting every finding of `result`; `baselineFile` is where it will be written. */
export function createBaseline(result: CheckResult, baselineFile: string): Baseline {
  const dir = dirname(resolve(baselineFile));
  const findings = result.reports.flatMap((r) => r.findings.map((f) => entryFor(f, dir)));
  findings.sort((a, b) => (a.file + a.ruleId + a.fingerprint < b.file + b.ruleId + b.fingerprint ? -1 : 1));
  return { version: BASELINE_VERSION, findings };
}

export function baselineText(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

const bad = (file: string, detail: string): DiscloseError =>
  new DiscloseError('config', `${file}: not a disclose baseline: ${detail}; expected {"version": ${BASELINE_VERSION}, "findings": [...]} as written by --update-baseline.`, file);

export function loadBaseline(file: string): Baseline {
  const text = readUserFile(file, {
    what: 'baseline',
    kind: 'config',
    cannotRead: () => new DiscloseError('config', `${file}: cannot read the baseline; create it with \`--baseline ${file} --update-baseline\`.`, file),
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw bad(file, `invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (version !== 1 && version !== 2) throw bad(file, `\`version\` is not 1 or ${BASELINE_VERSION}`);
  const findings = (data as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw bad(file, '`findings` is not an array');
  findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (typeof e !== 'object' || e === null || typeof e.ruleId !== 'string' || typeof e.file !== 'string' || typeof e.fingerprint !== 'string') {
      throw bad(file, `\`findings.${i}\` needs string \`ruleId\`, \`file\` and \`fingerprint\``);
    }
  });
  return { version, findings: findings as BaselineEntry[] };
}

/**
 * Removes the findings the baseline accepts (each entry accepts one finding). Returns a new result and
 * how many findings were suppressed; the formatters never see the suppressed ones.
 */
export function applyBaseline(
  result: CheckResult,
  baseline: Baseline,
  baselineFile: string,
  englishMessage?: EnglishMessage,
): { result: CheckResult; suppressed: number } {
  const dir = dirname(resolve(baselineFile));
  // A version 1 baseline knows findings by their English text: a zh run is matched on its English rendering.
  const key =
    baseline.version === 1
      ? (finding: Finding): string => textFingerprint({ ...finding, message: englishMessage?.(finding) ?? finding.message }, baselinePath(finding.file, dir))
      : (finding: Finding): string => entryFor(finding, dir).fingerprint;
  const budget = new Map<string, number>();
  for (const entry of baseline.findings) budget.set(entry.fingerprint, (budget.get(entry.fingerprint) ?? 0) + 1);
  let suppressed = 0;
  const reports = result.reports.map((report) => ({
    ...report,
    findings: report.findings.filter((finding) => {
      const known = key(finding);
      const left = budget.get(known) ?? 0;
      if (left === 0) return true;
      budget.set(known, left - 1);
      suppressed++;
      return false;
    }),
  }));
  return { result: { ...result, reports }, suppressed };
}
