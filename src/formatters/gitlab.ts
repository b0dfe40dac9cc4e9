// GitLab Code Quality (`artifacts: reports: codequality`): a JSON array in the subset of the Code Climate
// issue format that GitLab reads — description, check_name, fingerprint, severity, location.path and
// location.lines.begin. GitLab shows the issues in the merge request and compares them by fingerprint
// with the target branch, so a fingerprint must not change when lines move.
import { createHash } from 'node:crypto';
import { PROBABLY_ANSWERED, type Finding, type Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { chromeLocale } from './chrome.js';
import { messageWithPlace } from './location.js';

// GitLab's severities are info, minor, major, critical, blocker; an error fails the gate, so it is major.
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Rule, disclosure, file and message: no line, so moving a section keeps it. The `check --suggest`
 * hint (where the answer probably is) is left out, as baselines do, so it does not change the identity.
 */
function identity(f: Finding): string {
  const message = f.message.split(PROBABLY_ANSWERED)[0]!;
  return sha256([f.ruleId, f.disclosure ?? '', f.file, message].join('\0'));
}

export const gitlab: Formatter = (result, context) => {
  const locale = chromeLocale(result, context);
  // Two findings with the same identity (the same message twice in one file) get distinct fingerprints,
  // numbered in output order, or GitLab would show only one of them.
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = [];
  for (const report of result.reports) {
    for (const f of report.findings) {
      const base = identity(f);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      issues.push({
        // Code Quality has no place but a line: a finding without one names its page and section here.
        description: messageWithPlace(f, locale),
        check_name: f.ruleId,
        fingerprint: n === 0 ? base : sha256(`${base}\0${n}`),
        severity: SEVERITY[f.severity],
        // A path relative to the repository root with forward slashes; a finding about the whole file
        // (something missing) is shown on line 1.
        location: { path: f.file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''), lines: { begin: Math.max(1, f.line ?? 1) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
