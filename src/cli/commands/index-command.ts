import { Command, Option } from 'commander';
import { FRAMEWORK_INDEX_IDS } from '../../model/framework-index.js';
import { writeOutput } from '../output.js';

const FRAMEWORKS = ['gri', ...FRAMEWORK_INDEX_IDS] as const;
type IndexFramework = (typeof FRAMEWORKS)[number];

export function indexCommand(): Command {
  return new Command('index')
    .description('write the content index of a report')
    .argument('<paths...>', 'Markdown files or folders forming one report')
    .addOption(new Option('--framework <name>', 'framework of the index (other than gri: one the report declares)').choices(FRAMEWORKS).default('gri'))
    .addOption(new Option('-f, --format <name>', 'output format').choices(['md', 'html', 'csv', 'json']).default('md'))
    .option('-t, --template <file>', 'a Handlebars template to use instead of the built-in one')
    .addOption(new Option('--lang <lang>', 'language of labels (default: the report\'s `language`)').choices(['en', 'zh']))
    .option('-o, --output <file>', 'write the index to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file')
    .action(async (paths: string[], options: { framework: IndexFramework; format: 'md' | 'html' | 'csv' | 'json'; template?: string; lang?: 'en' | 'zh'; output?: string; config?: string }) => {
      const { buildIndex, renderIndex, loadConfig, rules } = await import('../../index.js');
      const config = options.config ? loadConfig(options.config, rules.map((r) => r.id)) : undefined;
      const document = await buildIndex(paths, {
        ...(config ? { defaults: config.defaults } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
        framework: options.framework,
      });
      const text = renderIndex(document, options.format, options.template ? { template: options.template } : {});
      writeOutput(text, options.output);
    });
}
