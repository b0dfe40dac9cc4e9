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
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .option('--crosswalk', 'list a disclosure as answered where an equivalent disclosure of another framework is')
    .action(async (paths: string[], options: { framework: IndexFramework; format: 'md' | 'html' | 'csv' | 'json'; template?: string; lang?: 'en' | 'zh'; output?: string; config?: string | false; crosswalk?: boolean }) => {
      const { buildIndex, renderIndex, rules, resolveConfig, ignoreMatcher } = await import('../../index.js');
      const config = resolveConfig(options.config === undefined ? {} : { config: options.config }, rules.map((r) => r.id));
      // --template wins over the config's `templates` entry for this framework.
      const template = options.template ?? config?.templates?.[options.framework];
      const document = await buildIndex(paths, {
        ...(config ? { defaults: config.defaults } : {}),
        ...(config?.ignore?.length ? { ignore: ignoreMatcher(config.ignore, config.dir ?? process.cwd()) } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
        framework: options.framework,
        crosswalk: options.crosswalk === true,
      });
      const text = renderIndex(document, options.format, template ? { template } : {});
      writeOutput(text, options.output);
    });
}
