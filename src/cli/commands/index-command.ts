import { Command, Option } from 'commander';
import { indexedFrameworkIds } from '../../model/frameworks.js';
import { writeUseCaseResult } from '../write-result.js';
import { parseScore } from './suggest.js';

type IndexFramework = string;
const FORMATS = ['md', 'html', 'csv', 'json', 'xlsx'] as const;
type IndexCliFormat = (typeof FORMATS)[number];

export function indexCommand(): Command {
  return new Command('index')
    .description('write the content index of a report')
    .argument('<paths...>', 'Markdown files, folders, quoted globs or - (stdin) forming one report')
    .addOption(new Option('--framework <name>', 'framework of the index (other than gri: one the report declares); xlsx: every declared one unless given').choices(indexedFrameworkIds()).default(indexedFrameworkIds()[0]))
    .addOption(new Option('-f, --format <name>', 'output format (xlsx: one sheet per framework and one of gaps; needs --output)').choices(FORMATS).default('md'))
    .option('-t, --template <file>', 'a Handlebars template to use instead of the built-in one')
    .addOption(new Option('--lang <lang>', 'language of labels (default: the report\'s `language`)').choices(['en', 'zh']))
    .option('-o, --output <file>', 'write the index to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .option('--crosswalk', 'list a disclosure as answered where an equivalent disclosure of another framework is')
    .option('--force', 'write a GRI index that claims "in accordance" although required disclosures are missing (else exit 1)')
    .option('--draft', 'a first draft: where the report has no tag, place each disclosure in the section suggest finds for it (rows marked with their score; lower scores listed "to review")')
    .option('--min-score <x>', 'with --draft: lowest score (0 to 1) placed in the index (default: 0.5)', parseScore)
    .option('--all', 'with --draft: also look for every topic disclosure of the frameworks in play (as suggest --all)')
    .option('--standards <labels...>', 'with --draft: only the disclosures of these standards (as suggest --standards)')
    .action(async (paths: string[], options: { framework: IndexFramework; format: IndexCliFormat; template?: string; lang?: 'en' | 'zh'; output?: string; config?: string | false; crosswalk?: boolean; draft?: boolean; minScore?: number; all?: boolean; standards?: string[]; force?: boolean }, command: Command) => {
      const { indexUseCase } = await import('../../app/index-use-case.js');
      // For xlsx, no --framework means every index the report declares: only a framework given counts.
      const framework = options.format === 'xlsx' && command.getOptionValueSource('framework') === 'default' ? {} : { framework: options.framework };
      writeUseCaseResult(
        await indexUseCase(paths, {
          config: options.config ?? 'auto',
          ...framework,
          format: options.format,
          ...(options.template !== undefined ? { template: options.template } : {}),
          ...(options.lang ? { lang: options.lang } : {}),
          ...(options.output !== undefined ? { output: options.output } : {}),
          crosswalk: options.crosswalk === true,
          force: options.force === true,
          ...(options.draft ? { draft: true } : {}),
          ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
          ...(options.all ? { all: true } : {}),
          ...(options.standards ? { standards: options.standards } : {}),
        }),
      );
    });
}
