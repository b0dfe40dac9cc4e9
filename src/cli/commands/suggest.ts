import { Command, InvalidArgumentError, Option } from 'commander';
import { writeOutput, wantsColor } from '../output.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from '../output-guard.js';
import { parseCount } from './check.js';
import { readNoteOption } from '../read-note.js';

interface SuggestCliOptions {
  top?: number;
  minScore?: number;
  format: 'stylish' | 'json';
  write?: boolean;
  dryRun?: boolean;
  output?: string;
  /** A file, `false` for --no-config, undefined to search upward from the working directory. */
  config?: string | false;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.5.');
  return score;
}

function parseTop(value: string): number {
  const top = parseCount(value);
  if (top < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return top;
}

// Exit codes: 0 whatever is suggested or unanswered (suggest is an editing aid; `disclose check` is the
// gate); 2 for bad input or usage, including a file that changed between reading and writing.
export function suggestCommand(): Command {
  return new Command('suggest')
    .description('suggest, for each disclosure the report\'s frameworks require, the sections that answer it; --write tags them')
    .argument('<paths...>', 'Markdown files or folders forming one report')
    .option('-n, --top <n>', 'candidate sections per disclosure (default: 3)', parseTop)
    .option('--min-score <x>', 'lowest score (0 to 1) listed, written by --write, and counted as an answer (default: 0.5)', parseScore)
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-w, --write', 'insert a `disclose:` directive in each untagged disclosure\'s best section (each file replaced atomically)')
    .option('--dry-run', 'with or without --write: print the edits --write would make as a unified diff, and write nothing')
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .action(async (paths: string[], options: SuggestCliOptions) => {
      const library = await import('../../index.js');
      const config = library.resolveConfig(options.config === undefined ? {} : { config: options.config }, library.rules.map((r) => r.id));
      const ignore = config?.ignore?.length ? library.ignoreMatcher(config.ignore, config.dir ?? process.cwd()) : undefined;
      // Before --write edits the report: the suggestions must not then overwrite one of its files.
      refuseOutputOverInput(
        [{ option: '--output', path: options.output }],
        [
          { what: REPORT_FILES, paths: await reportInputFiles(paths, ignore) },
          { what: CONFIG_FILE, paths: [config?.file] },
        ],
      );
      const suggestOptions = {
        ...(config ? { defaults: config.defaults } : {}),
        ...(ignore ? { ignore } : {}),
        ...(options.top !== undefined ? { top: options.top } : {}),
        ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
        ...readNoteOption(false),
      };
      if (options.dryRun) {
        const planned = await library.planSuggestedTags(paths, suggestOptions);
        writeOutput(library.suggestedTagsDiff(planned), options.output);
        process.stderr.write(`disclose: would tag ${planned.disclosures} disclosure(s) in ${planned.pending.length} file(s); nothing written (--dry-run)\n`);
        process.exitCode = 0;
        return;
      }
      const planned = options.write ? await library.planSuggestedTags(paths, suggestOptions) : undefined;
      const result = planned?.result ?? (await library.suggest(paths, suggestOptions));
      if (planned) {
        const written = library.writeSuggestedTags(planned);
        process.stderr.write(`disclose: tagged ${written.disclosures} disclosure(s) in ${written.files} file(s)\n`);
      }
      const context = { color: wantsColor(options.output !== undefined), minScore: options.minScore ?? library.DEFAULT_MIN_SCORE, strongScore: library.STRONG_SCORE };
      writeOutput(options.format === 'json' ? library.formatSuggestionsJson(result) : library.formatSuggestionsStylish(result, context), options.output);
      process.exitCode = 0;
    });
}
