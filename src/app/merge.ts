// The `merge` use case: the JSON outputs of `check --shard i/n` runs joined, formatted and judged as one
// check (the same exit policy and formats as check.ts).
import { mergeResults } from '../merge-results.js';
import { judgeResult } from './check.js';
import type { FailOn } from './exit-policy.js';
import { refuseOutputOverInput } from './output-guard.js';
import type { CheckUseCaseResult, OutputTarget } from './outputs.js';
import { readResult } from './read-result.js';

export interface MergeUseCaseOptions {
  targets?: readonly OutputTarget[];
  failOn?: FailOn;
  maxWarnings?: number;
  quiet?: boolean;
  color?: (file: string | undefined) => boolean;
}

export function mergeUseCase(files: string[], options: MergeUseCaseOptions = {}): CheckUseCaseResult {
  const targets = options.targets?.length ? options.targets : [{ format: 'stylish' }];
  // `merge a.json b.json --format json=a.json` would replace a shard's output before it is read.
  refuseOutputOverInput(
    targets.map((t) => ({ option: t.option ?? `--format ${t.format}=`, path: t.file })),
    [{ what: 'one of the JSON files being merged', paths: files }],
  );
  const result = mergeResults(files.map(readResult));
  const policy = { failOn: options.failOn ?? 'error', quiet: options.quiet === true, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) };
  const judged = judgeResult(result, targets, policy, undefined, options.color);
  return { result, outputs: judged.outputs, notes: [], finalNotes: judged.finalNotes, exitCode: judged.exitCode };
}
