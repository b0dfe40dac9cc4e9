// `check --fix` as a library call over files: read the report's bytes once, check exactly those texts,
// plan every certain fix (src/fix/plan-fixes.ts), and show (`--dry-run`) or write the result. This file
// wires ingest, catalog and engine together, which only the top level may do (architecture.md); index.ts
// re-exports it.
//
// Writing goes through src/file-replace.ts (as `suggest --write` and `migrate --write`): a file changed
// since it was read is refused and nothing is written; each file is replaced atomically; its BOM, line
// endings and every byte outside the fixes stay as they were.
import { createTwoFilesPatch } from 'diff';
import { loadCatalog } from './catalog/index.js';
import { decodeReportBytes, parseMarkdownReport, refuseLargeReport, reportFiles } from './ingest/index.js';
import { checkReport } from './engine/run.js';
import { planFixes, type SkippedFix } from './fix/plan-fixes.js';
import { readBytes, replaceFiles } from './file-replace.js';
import type { Finding } from './model/finding.js';
import type { FileOptions } from './check-options.js';

/** Passes of fixing before giving up (ESLint's limit): each pass re-checks the fixed texts. */
const MAX_PASSES = 10;

/** A file `--fix` changes: its bytes as read, its text before and after (both without a BOM), the fixes in it. */
export interface PendingFixFile {
  path: string;
  bytes: Buffer;
  before: string;
  output: string;
  applied: Finding[];
}

export interface PlannedFixes {
  pending: PendingFixFile[];
  /** Fixes of the last pass left out (overlapping an earlier one, or not fitting their file). */
  skipped: SkippedFix[];
  /** Fixes that would be applied, over all files. */
  fixes: number;
}

/** The options of `check` that change which findings (and so which fixes) a report has. */
export type FixOptions = Pick<FileOptions, 'defaults' | 'rules' | 'standardsDir' | 'crosswalk' | 'ignore' | 'onFiles'>;

/** Reads the report formed by `paths` and plans every certain fix of its findings. Writes nothing. */
export async function planCheckFixes(paths: string[], options: FixOptions = {}): Promise<PlannedFixes> {
  const list = await reportFiles(paths, options.ignore ? { ignore: options.ignore } : {});
  options.onFiles?.(list);
  const { files } = list;
  // Bounded as check is: a report too large is refused before anything is read.
  await refuseLargeReport(files);
  const bytes = await Promise.all(files.map((path) => readBytes(path)));
  const before = new Map(files.map((path, i) => [path, decodeReportBytes(bytes[i]!, path)]));
  const label = paths.length === 1 ? paths[0]! : paths.join(', ');
  const catalog = loadCatalog(options.standardsDir);
  // Like ESLint, fix in passes: a fix can make another certain (a code replaced, then its row's title)
  // and an overlapping one waits for the next pass; the texts are re-checked in memory each time.
  let texts = before;
  const applied = new Map<string, Finding[]>();
  let skipped: SkippedFix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const report = parseMarkdownReport(
      files.map((path) => ({ path, text: texts.get(path)! })),
      options.defaults,
    );
    const { result } = checkReport(report, catalog, label, options.rules, { crosswalk: options.crosswalk === true });
    const plan = planFixes(result.findings, texts);
    skipped = plan.skipped;
    // A fix that writes what is already there (a rule that keeps reporting it) ends the passes too.
    const changed = plan.files.filter((f) => f.output !== texts.get(f.path));
    if (changed.length === 0) break;
    texts = new Map(texts);
    for (const file of changed) {
      texts.set(file.path, file.output);
      applied.set(file.path, [...(applied.get(file.path) ?? []), ...file.applied]);
    }
  }
  const pending = files.flatMap((path, i) => {
    const output = texts.get(path)!;
    const fixed = applied.get(path);
    return fixed && output !== before.get(path) ? [{ path, bytes: bytes[i]!, before: before.get(path)!, output, applied: fixed }] : [];
  });
  return { pending, skipped, fixes: pending.reduce((n, f) => n + f.applied.length, 0) };
}

/** The planned fixes as a unified diff (`--fix --dry-run`), file by file in report order; empty when there are none. */
export function fixesDiff(planned: PlannedFixes): string {
  return planned.pending.map((f) => createTwoFilesPatch(f.path, f.path, f.before, f.output, '', '', { context: 3 })).join('');
}

/**
 * Writes the planned fixes. Refuses (DiscloseError, nothing written) when any file changed since it was
 * read; each file is replaced atomically, its BOM, line endings and every other byte kept.
 */
export function writeCheckFixes(planned: PlannedFixes): { files: number; fixes: number } {
  replaceFiles(planned.pending, 'disclose check --fix');
  return { files: planned.pending.length, fixes: planned.fixes };
}
