import { Command, InvalidArgumentError, Option } from 'commander';
import { wantsColor } from '../output.js';
import { messages } from '../messages.js';
import { writeUseCaseResult } from '../write-result.js';
import { parseCount } from './check.js';

interface SuggestCliOptions {
  top?: number;
  minScore?: number;
  all?: boolean;
  standards?: string[];
  format: 'stylish' | 'json';
  write?: boolean;
  dryRun?: boolean;
  output?: string;
  /** A file, `false` for --no-config, undefined to search upward from the working directory. */
  config?: string | false;
}

export function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) throw new InvalidArgumentError(messages.score());
  return score;
}

function parseTop(value: string): number {
  const top = parseCount(value);
  if (top < 1) throw new InvalidArgumentError(messages.positiveNumber());
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
    .option('--all', 'also look for every topic disclosure of the frameworks in play, not only those the claim requires or the report cites')
    .option('--standards <labels...>', 'only the disclosures of these standards: a series (`GRI 300`), a topic (`GRI 305`), `GRI 2`, a SASB industry (`SASB TC-HW`)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-w, --write', 'insert a `disclose:` directive in each untagged disclosure\'s best section (each file replaced atomically)')
    .option('--dry-run', 'with or without --write: print the edits --write would make as a unified diff, and write nothing')
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .action(async (paths: string[], options: SuggestCliOptions) => {
      const { suggestUseCase } = await import('../../app/suggest.js');
      writeUseCaseResult(
        await suggestUseCase(paths, {
          config: options.config ?? 'auto',
          ...(options.top !== undefined ? { top: options.top } : {}),
          ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
          ...(options.all ? { all: true } : {}),
          ...(options.standards ? { standards: options.standards } : {}),
          format: options.format,
          write: options.write === true,
          dryRun: options.dryRun === true,
          ...(options.output !== undefined ? { output: options.output } : {}),
          color: (file) => wantsColor(file !== undefined),
        }),
      );
    });
}
