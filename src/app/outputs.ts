// What a use case hands back instead of writing: the outputs (each to stdout or a file), the notes for
// stderr, and the exit code. The CLI writes them in order and exits; a library caller may do anything.
import type { CheckResult } from '../model/finding.js';

export interface UseCaseOutput {
  /** What it is: a format name (`stylish`, `sarif`, `md`, `xlsx` …), `baseline`, `config`, `diff`. */
  format: string;
  /** undefined: stdout. */
  file?: string;
  content: string | Uint8Array;
}

export interface UseCaseResult {
  /** Written first, in this order (the baseline a check updates comes before its formats). */
  outputs: UseCaseOutput[];
  /** Lines for stderr, without the `disclose: ` prefix; written before the outputs. */
  notes: string[];
  /** Lines for stderr after the outputs (the line that explains an exit code). */
  finalNotes: string[];
  /** 0 clean, 1 findings at or above --fail-on (or too many warnings), 2 bad input (contracts.md §3). */
  exitCode: 0 | 1 | 2;
}

export interface CheckUseCaseResult extends UseCaseResult {
  /** The checked result (after the baseline), before --quiet drops warnings; undefined when nothing could be read. */
  result?: CheckResult;
}

/** An output the user named, and how they named it (`--output`, `--format sarif=`), for the output guard. */
export interface OutputTarget {
  format: string;
  file?: string;
  /** The option that named `file`, as typed: `--output`, `--format sarif=`. */
  option?: string;
}
