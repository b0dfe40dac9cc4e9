import { Command, Option } from 'commander';
import { DiscloseError } from '../../model/errors.js';
import { indexedFrameworkIds } from '../../model/frameworks.js';
import { writeOutput } from '../output.js';
import { readNoteOption } from '../read-note.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from '../output-guard.js';

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
    .action(async (paths: string[], options: { framework: IndexFramework; format: IndexCliFormat; template?: string; lang?: 'en' | 'zh'; output?: string; config?: string | false; crosswalk?: boolean }, command: Command) => {
      // A workbook is bytes: never to stdout (a terminal would show garbage), always to a file written whole.
      if (options.format === 'xlsx' && options.output === undefined) throw new DiscloseError('usage', 'xlsx is binary: give --output FILE');
      if (options.format === 'xlsx' && options.template) throw new DiscloseError('usage', 'A template applies to the md, html and csv formats, not xlsx.');
      const { buildIndex, buildIndexSet, renderIndex, renderIndexWorkbook, rules, resolveConfig, ignoreMatcher } = await import('../../index.js');
      const config = resolveConfig(options.config === undefined ? {} : { config: options.config }, rules.map((r) => r.id));
      const ignore = config?.ignore?.length ? ignoreMatcher(config.ignore, config.dir ?? process.cwd()) : undefined;
      // --template wins over the config's `templates` entry for this framework.
      const template = options.template ?? config?.templates?.[options.framework];
      refuseOutputOverInput(
        [{ option: '--output', path: options.output }],
        [
          { what: REPORT_FILES, paths: await reportInputFiles(paths, ignore) },
          { what: CONFIG_FILE, paths: [config?.file] },
          { what: 'the template in use', paths: [options.format === 'xlsx' ? undefined : template] },
        ],
      );
      const buildOptions = {
        ...(config ? { defaults: config.defaults } : {}),
        ...(ignore ? { ignore } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
        crosswalk: options.crosswalk === true,
        ...readNoteOption(false),
      };
      if (options.format === 'xlsx') {
        // Without --framework, the workbook holds every index the report declares.
        const chosen = command.getOptionValueSource('framework') === 'default' ? {} : { frameworks: [options.framework] };
        writeOutput(await renderIndexWorkbook(await buildIndexSet(paths, { ...buildOptions, ...chosen })), options.output);
        return;
      }
      const document = await buildIndex(paths, { ...buildOptions, framework: options.framework });
      const text = renderIndex(document, options.format, template ? { template } : {});
      writeOutput(text, options.output);
    });
}
