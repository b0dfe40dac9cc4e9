// Baselines (issue #5 §3): accept the findings a report already has, so a team can adopt the gate on an
// old report and fail only on new problems. A finding is known by a fingerprint that leaves out line and
// column numbers, so moving text does not break it:
//   sha256(ruleId, file relative to the baseline's folder, disclosure, message with line numbers masked).
// Matching counts: each baseline entry accepts one finding, so a second identical finding is new.
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { readUserFile } from '../user-file.js';
import { DiscloseError } from '../model/errors.js';
import { PROBABLY_ANSWERED, type CheckResult, type Finding } from '../model/finding.js';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  disclosure?: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** The finding's file as stored in a baseline: relative to the baseline's folder, `/` separators. */
function baselinePath(file: string, baselineDir: string): string {
  return relative(baselineDir, resolve(file)).split(sep).join('/');
}

/** Masks line (and page-free column) numbers a message may quote: `line 283`, `lines 12-14`, `:283:1`. */
export function normalizeMessage(message: string): string {
  const hint = message.indexOf(PROBABLY_ANSWERED);
  return (hint >= 0 ? message.slice(0, hint) : message)
    .replace(/\b(lines?)\s+\d+(?:\s*[-–,]\s*\d+)*/gi, '$1 #')
    .replace(/第\s*\d+\s*行/g, '第#行')
    .replace(/:\d+(?::\d+)?\b/g, ':#')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fingerprint(finding: Pick<Finding, 'ruleId' | 'disclosure' | 'message'>, file: string): string {
  return createHash('sha256')
    .update([finding.ruleId, file, finding.disclosure ?? '', normalizeMessage(finding.message)].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function entryFor(finding: Finding, baselineDir: string): BaselineEntry {
  const file = baselinePath(finding.file, baselineDir);
  return { ruleId: finding.ruleId, file, ...(finding.disclosure ? { disclosure: finding.disclosure } : {}), fingerprint: fingerprint(finding, file) };
}

/** A baseline accepting every finding of `result`; `baselineFile` is where it will be written. */
export function createBaseline(result: CheckResult, baselineFile: string): Baseline {
  const dir = dirname(resolve(baselineFile));
  const findings = result.reports.flatMap((r) => r.findings.map((f) => entryFor(f, dir)));
  findings.sort((a, b) => (a.file + a.ruleId + a.fingerprint < b.file + b.ruleId + b.fingerprint ? -1 : 1));
  return { version: 1, findings };
}

export function baselineText(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

const bad = (file: string, detail: string): DiscloseError =>
  new DiscloseError('config', `${file}: not a disclose baseline: ${detail}; expected {"version": 1, "findings": [...]} as written by --update-baseline.`, file);

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
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) throw bad(file, '`version` is not 1');
  const findings = (data as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw bad(file, '`findings` is not an array');
  findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (typeof e !== 'object' || e === null || typeof e.ruleId !== 'string' || typeof e.file !== 'string' || typeof e.fingerprint !== 'string') {
      throw bad(file, `\`findings.${i}\` needs string \`ruleId\`, \`file\` and \`fingerprint\``);
    }
  });
  return { version: 1, findings: findings as BaselineEntry[] };
}

/**
 * Removes the findings the baseline accepts (each entry accepts one finding). Returns a new result and
 * how many findings were suppressed; the formatters never see the suppressed ones.
 */
export function applyBaseline(result: CheckResult, baseline: Baseline, baselineFile: string): { result: CheckResult; suppressed: number } {
  const dir = dirname(resolve(baselineFile));
  const budget = new Map<string, number>();
  for (const entry of baseline.findings) budget.set(entry.fingerprint, (budget.get(entry.fingerprint) ?? 0) + 1);
  let suppressed = 0;
  const reports = result.reports.map((report) => ({
    ...report,
    findings: report.findings.filter((finding) => {
      const key = entryFor(finding, dir).fingerprint;
      const left = budget.get(key) ?? 0;
      if (left === 0) return true;
      budget.set(key, left - 1);
      suppressed++;
      return false;
    }),
  }));
  return { result: { ...result, reports }, suppressed };
}
