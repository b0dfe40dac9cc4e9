// Which certain fixes (`fix.range`) `check --fix` applies to each file, and the text they give (issue 12
// item 5). Pure: texts in, texts out; reading and writing files is src/fix-files.ts's.
import type { Finding, FixRange } from '../model/finding.js';

/** A fix that was not applied, and why. */
export interface SkippedFix {
  finding: Finding;
  reason: 'overlap' | 'out-of-range';
}

export interface FixedFile {
  path: string;
  /** The file's text as the check read it (without a byte order mark) and after the fixes. */
  before: string;
  output: string;
  /** Fixes applied to it. */
  applied: Finding[];
}

export interface FixPlan {
  /** Files with at least one fix applied, in report order. */
  files: FixedFile[];
  skipped: SkippedFix[];
}

type Ranged = Finding & { fix: { range: FixRange; replacement: string } };
const hasRange = (f: Finding): f is Ranged => f.fix?.range !== undefined;

/**
 * Plans every ranged fix of `findings` against the texts they were found in (by path, in report order).
 * Fixes are taken in order of where they start; one that overlaps a fix already taken is skipped (ESLint
 * does the same; the next run finds it again if it still applies), as is one whose range does not fit
 * its file. Two findings with the same fix (same range and text) apply it once.
 */
export function planFixes(findings: readonly Finding[], texts: ReadonlyMap<string, string>): FixPlan {
  const skipped: SkippedFix[] = [];
  const byFile = new Map<string, Ranged[]>();
  for (const finding of findings) {
    if (!hasRange(finding)) continue;
    const list = byFile.get(finding.fix.range.file) ?? [];
    list.push(finding);
    byFile.set(finding.fix.range.file, list);
  }
  const files: FixedFile[] = [];
  for (const [path, before] of texts) {
    const ranged = byFile.get(path);
    if (!ranged) continue;
    // Stable sort: at one start, the finding the engine listed first wins.
    const sorted = [...ranged].sort((a, b) => a.fix.range.start.offset - b.fix.range.start.offset || a.fix.range.end.offset - b.fix.range.end.offset);
    const taken: Ranged[] = [];
    for (const finding of sorted) {
      const { start, end } = finding.fix.range;
      if (start.offset < 0 || end.offset < start.offset || end.offset > before.length) {
        skipped.push({ finding, reason: 'out-of-range' });
        continue;
      }
      const last = taken[taken.length - 1];
      if (last && sameEdit(last, finding)) continue;
      if (last && start.offset < last.fix.range.end.offset) {
        skipped.push({ finding, reason: 'overlap' });
        continue;
      }
      taken.push(finding);
    }
    if (taken.length === 0) continue;
    let output = '';
    let at = 0;
    for (const { fix } of taken) {
      output += before.slice(at, fix.range.start.offset) + fix.replacement;
      at = fix.range.end.offset;
    }
    output += before.slice(at);
    files.push({ path, before, output, applied: taken });
  }
  return { files, skipped };
}

const sameEdit = (a: Ranged, b: Ranged): boolean =>
  a.fix.range.start.offset === b.fix.range.start.offset && a.fix.range.end.offset === b.fix.range.end.offset && a.fix.replacement === b.fix.replacement;
