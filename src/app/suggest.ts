// The `suggest` use case: config, output guard, the suggestions (and for --write / --dry-run the planned
// `disclose:` directives), returned as data. Writing the tags into the report is this use case's own
// edit (--write asked for it), done atomically by suggest-files.ts; the suggestions themselves are outputs.
import { DEFAULT_MIN_SCORE, STRONG_SCORE } from '../suggest/index.js';
import { formatSuggestionsJson, formatSuggestionsStylish } from '../formatters/suggestions.js';
import { planSuggestedTags, suggest, suggestedTagsDiff, writeSuggestedTags } from '../suggest-files.js';
import { engineOptions, loadConfigChoice, type ConfigOptions } from './config.js';
import { messages } from './messages.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from './output-guard.js';
import type { UseCaseResult } from './outputs.js';
import { noteReadFiles } from './read-note.js';

export interface SuggestUseCaseOptions extends ConfigOptions {
  top?: number;
  minScore?: number;
  /** Every topic disclosure of the frameworks in play (asked-scope.ts). */
  all?: boolean;
  /** Only these standards (`GRI 300`, `GRI 305`). */
  standards?: string[];
  format?: 'stylish' | 'json';
  /** Insert the accepted `disclose:` directives into the report's files. */
  write?: boolean;
  /** The edits --write would make, as a unified diff; nothing written. */
  dryRun?: boolean;
  /** undefined: stdout. */
  output?: string;
  color?: (file: string | undefined) => boolean;
}

// Exit code 0 whatever is suggested or unanswered: suggest is an editing aid; `disclose check` is the gate.
export async function suggestUseCase(paths: string[], options: SuggestUseCaseOptions = {}): Promise<UseCaseResult> {
  const config = loadConfigChoice(options);
  const mapped = engineOptions(config, {}, options.cwd);
  // Before --write edits the report: the suggestions must not then overwrite one of its files.
  refuseOutputOverInput(
    [{ option: '--output', path: options.output }],
    [
      { what: REPORT_FILES, paths: await reportInputFiles(paths, mapped.ignore) },
      { what: CONFIG_FILE, paths: [config?.file] },
    ],
  );
  const notes: string[] = [];
  const suggestOptions = {
    ...(mapped.defaults ? { defaults: mapped.defaults } : {}),
    ...(mapped.ignore ? { ignore: mapped.ignore } : {}),
    ...(options.top !== undefined ? { top: options.top } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.all ? { all: true } : {}),
    ...(options.standards ? { standards: options.standards } : {}),
    onFiles: noteReadFiles(notes),
  };
  const file = options.output === undefined ? {} : { file: options.output };
  if (options.dryRun) {
    const planned = await planSuggestedTags(paths, suggestOptions);
    return { outputs: [{ format: 'diff', ...file, content: suggestedTagsDiff(planned) }], notes, finalNotes: [messages.wouldTag(planned.disclosures, planned.pending.length)], exitCode: 0 };
  }
  const planned = options.write ? await planSuggestedTags(paths, suggestOptions) : undefined;
  const result = planned?.result ?? (await suggest(paths, suggestOptions));
  if (planned) {
    const written = writeSuggestedTags(planned);
    notes.push(messages.tagged(written.disclosures, written.files));
  }
  const format = options.format ?? 'stylish';
  const context = { color: options.color?.(options.output) === true, minScore: options.minScore ?? DEFAULT_MIN_SCORE, strongScore: STRONG_SCORE };
  const text = format === 'json' ? formatSuggestionsJson(result) : formatSuggestionsStylish(result, context);
  return { outputs: [{ format, ...file, content: text }], notes, finalNotes: [], exitCode: 0 };
}
