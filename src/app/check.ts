// The `check` use case: config, output guard, the check (one report or a batch), baseline, --quiet, the
// formats and the exit code, returned as data (outputs, notes, exit code). `disclose check` parses its
// options, calls this, writes what it returns and sets the exit code; nothing here writes or exits.
import { availableParallelism } from 'node:os';
import { DiscloseError } from '../model/errors.js';
import type { CheckResult } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import type { Shard } from '../batch/shard.js';
import { applyBaseline, baselineText, createBaseline, loadBaseline } from '../config/baseline.js';
import { englishMessage } from '../engine/finding-message.js';
import { rules } from '../rules/index.js';
import { check, checkBatch } from './library.js';
import { engineOptions, loadConfigChoice, type ConfigOptions, type EngineOptions } from './config.js';
import { checkOutcome, errorsOnly, type ExitPolicy, type FailOn } from './exit-policy.js';
import { formatResult } from './format-result.js';
import { messages } from './messages.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from './output-guard.js';
import type { CheckUseCaseResult, OutputTarget, UseCaseOutput } from './outputs.js';
import { printedConfig, printedConfigText } from './print-config.js';
import { noteReadFiles } from './read-note.js';
import { fixesDiff, planCheckFixes, writeCheckFixes } from '../fix-files.js';

export interface CheckUseCaseOptions extends ConfigOptions {
  /** The outputs (none: stylish on stdout). */
  targets?: readonly OutputTarget[];
  failOn?: FailOn;
  maxWarnings?: number;
  /** ESLint's --quiet: errors only, no notes. */
  quiet?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  crosswalk?: boolean;
  suggest?: boolean;
  /** Each path a report of its own (implied by jobs or shard). */
  batch?: boolean;
  jobs?: number | 'auto';
  shard?: Shard;
  /** Messages' language: this, else the config's `locale`, else each report's `language`. */
  locale?: Locale;
  /** The resolved config as JSON (to the target without a file), instead of a check. */
  printConfig?: boolean;
  /** Whether an output (undefined file: stdout) gets terminal colours; none by default. */
  color?: (file: string | undefined) => boolean;
  /** Apply every certain fix to the report's files in place, then check what remains (ESLint's --fix). */
  fix?: boolean;
  /** With fix: the fixes as a unified diff (an output), nothing written, exit 0. */
  dryRun?: boolean;
  /** A batch's progress, as reports finish. */
  onProgress?: (done: number, total: number) => void;
}

const done = (partial: Partial<CheckUseCaseResult> & Pick<CheckUseCaseResult, 'exitCode'>): CheckUseCaseResult => ({ outputs: [], notes: [], finalNotes: [], ...partial });

/** Combinations of options that make no sense, refused before any work. */
function refuseBadUsage(paths: readonly string[], options: CheckUseCaseOptions): void {
  if (paths.length === 0 && !options.printConfig) throw new DiscloseError('usage', messages.noPaths());
  if (options.updateBaseline && !options.baseline) throw new DiscloseError('usage', messages.updateBaselineNeedsFile());
  if (options.updateBaseline && options.shard) throw new DiscloseError('usage', messages.updateBaselineWithShard());
  if (options.dryRun && !options.fix) throw new DiscloseError('usage', messages.dryRunNeedsFix());
  if (options.fix && paths.includes('-')) throw new DiscloseError('usage', messages.fixStdin());
  if (options.fix && (options.batch === true || options.jobs !== undefined || options.shard !== undefined)) throw new DiscloseError('usage', messages.fixBatch());
}

export async function checkUseCase(paths: string[], options: CheckUseCaseOptions = {}): Promise<CheckUseCaseResult> {
  refuseBadUsage(paths, options);
  const targets = options.targets?.length ? options.targets : [{ format: 'stylish' }];
  const config = loadConfigChoice(options);
  if (options.printConfig) {
    const how = options.config === false ? 'none' : typeof options.config === 'string' && options.config !== 'auto' ? 'explicit' : 'discovered';
    const text = printedConfigText(printedConfig(config, { how, cwd: options.cwd ?? process.cwd() }, rules));
    // To stdout, or to the file --output names (never to a format's own NAME=FILE).
    return done({ outputs: [{ format: 'config', ...fileOf(targets.find((t) => t.option === '--output')), content: text }], exitCode: 0 });
  }
  const mapped = engineOptions(config, options.locale ? { locale: options.locale } : {}, options.cwd);
  // Before anything is read or written: no output (a format's file, the baseline written) may land on a file this run reads.
  refuseOutputOverInput(
    [
      ...targets.map((t) => ({ option: t.option ?? `--format ${t.format}=`, path: t.file })),
      { option: '--baseline', path: options.updateBaseline ? options.baseline : undefined },
    ],
    [
      { what: REPORT_FILES, paths: await reportInputFiles(paths, mapped.ignore) },
      { what: CONFIG_FILE, paths: [config?.file] },
      { what: 'the baseline read by --baseline', paths: [options.updateBaseline ? undefined : options.baseline] },
    ],
  );
  // Read the baseline before checking, so a bad baseline fails fast.
  const baseline = options.baseline && !options.updateBaseline ? loadBaseline(options.baseline) : undefined;
  const notes: string[] = [];
  if (options.fix) {
    // Fixes first, on the texts as read; the check below then reports what remains, on the files as written.
    const planned = await planCheckFixes(paths, {
      ...(mapped.defaults ? { defaults: mapped.defaults } : {}),
      ...(mapped.rules ? { rules: mapped.rules } : {}),
      ...(mapped.ignore ? { ignore: mapped.ignore } : {}),
      crosswalk: options.crosswalk === true,
    });
    const overlapping = planned.skipped.filter((s) => s.reason === 'overlap').length;
    if (options.dryRun) {
      const stdout = targets.find((t) => t.option === '--output') ?? targets.find((t) => t.file === undefined);
      const diff = { format: 'diff', ...fileOf(stdout), content: fixesDiff(planned) };
      return done({ outputs: [diff], notes: options.quiet ? [] : [messages.wouldFix(planned.fixes, planned.pending.length, overlapping)], exitCode: 0 });
    }
    if (planned.pending.length > 0) {
      const written = writeCheckFixes(planned);
      if (!options.quiet) notes.push(messages.fixed(written.fixes, written.files, overlapping));
    }
  }
  const checked = await checkPaths(paths, options, mapped, notes);
  if (checked.exitCode === 2 && options.updateBaseline) {
    // A baseline without the unreadable reports would turn their accepted findings into new ones next time.
    return done({ notes: [...notes, messages.baselineNotWritten(checked.unreadable)], exitCode: 2 });
  }
  // No report could be read: the reasons are the notes; nothing on stdout.
  if (!checked.result) return done({ notes, exitCode: 2 });
  const outputs: UseCaseOutput[] = [];
  const written: string[] = [];
  let result = checked.result!;
  if (options.baseline) {
    const file = options.baseline;
    const created = options.updateBaseline ? createBaseline(result, file) : undefined;
    const applied = applyBaseline(result, created ?? baseline!, file, englishMessage);
    if (created) {
      outputs.push({ format: 'baseline', file, content: baselineText(created) });
      // After the outputs: said once the file is written.
      if (!options.quiet) written.push(messages.baselineWritten(created.findings.length, file));
    } else if (applied.suppressed > 0 && !options.quiet) {
      // The formatters stay pure (they see only the remaining findings); the count is a note.
      notes.push(messages.baselineAccepted(applied.suppressed, file));
    }
    result = applied.result;
  }
  // --update-baseline accepts what it wrote: nothing can fail the run (exit 0).
  const policy: ExitPolicy = options.updateBaseline
    ? { failOn: 'none', quiet: options.quiet === true }
    : { failOn: options.failOn ?? 'error', quiet: options.quiet === true, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) };
  const judged = judgeResult(result, targets, policy, mapped.locale, options.color);
  // A batch with a report that could not be read: 2 (bad input), whatever the findings.
  return { result, outputs: [...outputs, ...judged.outputs], notes, finalNotes: [...written, ...judged.finalNotes], exitCode: checked.exitCode === 2 ? 2 : judged.exitCode };
}

const fileOf = (target: OutputTarget | undefined): { file?: string } => (target?.file === undefined ? {} : { file: target.file });

/** The result written in every format asked for (errors only under --quiet), the exit code, and the line explaining a --max-warnings failure. */
export function judgeResult(
  result: CheckResult,
  targets: readonly OutputTarget[],
  policy: ExitPolicy,
  locale?: Locale,
  color?: (file: string | undefined) => boolean,
): { outputs: UseCaseOutput[]; finalNotes: string[]; exitCode: 0 | 1 } {
  const shown = policy.quiet ? errorsOnly(result) : result;
  const outputs = targets.map((t) => ({ format: t.format, ...fileOf(t), content: formatResult(shown, t.format, color?.(t.file) === true, locale) }));
  const outcome = checkOutcome(result, policy);
  const finalNotes = outcome.tooManyWarnings ? [messages.tooManyWarnings(outcome.tooManyWarnings.count, outcome.tooManyWarnings.max)] : [];
  return { outputs, finalNotes, exitCode: outcome.exitCode };
}

interface Checked {
  result?: CheckResult;
  unreadable: number;
  exitCode: 0 | 2;
}

/** The report (or, with --batch, --jobs or --shard, the batch) checked. */
async function checkPaths(paths: string[], options: CheckUseCaseOptions, mapped: EngineOptions, notes: string[]): Promise<Checked> {
  // The config found before, already mapped (config.ts): not searched for again.
  const common = {
    config: false as const,
    ...(mapped.defaults ? { defaults: mapped.defaults } : {}),
    ...(mapped.rules ? { rules: mapped.rules } : {}),
    ...(mapped.locale ? { locale: mapped.locale } : {}),
    crosswalk: options.crosswalk === true,
    suggest: options.suggest === true,
  };
  if (options.batch === true || options.jobs !== undefined || options.shard !== undefined) {
    const cores = availableParallelism();
    // Said, not silent: the user asked for more; workerCount (batch/pool.ts) caps it.
    if (typeof options.jobs === 'number' && options.jobs > cores && !options.quiet) notes.push(messages.jobsCapped(options.jobs, cores));
    const batch = await checkBatch(paths, {
      ...common,
      ...(mapped.ignoreGlobs ? { ignoreGlobs: mapped.ignoreGlobs } : {}),
      jobs: options.jobs ?? 'auto',
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // After the batch, in report order (not as they happened), so stderr is as deterministic as stdout.
    for (const failure of batch.failures) notes.push(failure.message);
    if (!options.quiet) for (const note of readerNotes(batch.result.reports)) notes.push(note);
    if (batch.failures.length > 0 && batch.result.reports.length === 0) return { unreadable: batch.failures.length, exitCode: 2 };
    return { result: batch.result, unreadable: batch.failures.length, exitCode: batch.failures.length > 0 ? 2 : 0 };
  }
  const result = await check(paths, {
    ...common,
    ...(mapped.ignore ? { ignore: mapped.ignore } : {}),
    ...(options.quiet ? {} : { onFiles: noteReadFiles(notes) }),
  });
  if (!options.quiet) for (const note of readerNotes(result.reports)) notes.push(note);
  return { result, unreadable: 0, exitCode: 0 };
}

/** A PDF or DOCX report's notes (pages approximate, metadata inferred), on stderr as in its JSON. */
const readerNotes = (reports: readonly { notes?: string[] }[]): string[] => reports.flatMap((report) => report.notes ?? []);
