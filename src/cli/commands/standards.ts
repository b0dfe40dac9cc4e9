import { Command } from 'commander';
import { DiscloseError } from '../../model/errors.js';
import { parseDisclosureId } from '../../model/ids.js';
import { frameworkIds } from '../../model/frameworks.js';
import { messages } from '../messages.js';
import { writeOutput } from '../output.js';


export function standardsCommand(): Command {
  const FRAMEWORKS = frameworkIds();
  const standards = new Command('standards').description('browse the bundled standards catalogs');
  standards
    .command('list')
    .description('list every disclosure version (of one framework)')
    .argument('[framework]', `one of ${FRAMEWORKS.join(', ')}`)
    .option('--json', 'print JSON (contracts.md §3)')
    .action(async (framework: string | undefined, options: { json?: boolean }) => {
      if (framework !== undefined && !FRAMEWORKS.includes(framework.toLowerCase())) {
        throw new DiscloseError('usage', messages.unknownFramework(framework, FRAMEWORKS));
      }
      const { loadCatalog } = await import('../../index.js');
      const { listEntries, formatList } = await import('../standards-view.js');
      const entries = listEntries(loadCatalog(), framework?.toLowerCase());
      writeOutput(options.json ? `${JSON.stringify(entries, null, 2)}\n` : formatList(entries), undefined);
    });
  standards
    .command('show')
    .description('show one disclosure: every version, its requirements, dates and replacements')
    .argument('<id>', 'a disclosure id, such as "GRI <standard>-<number>" (quote it in the shell)')
    .option('--json', 'print JSON')
    .action(async (text: string, options: { json?: boolean }) => {
      const { loadCatalog } = await import('../../index.js');
      const { showEntry, formatShow } = await import('../standards-view.js');
      const catalog = loadCatalog();
      // A bare code is a GRI code (`305-1`) or, by its shape, a SASB metric (`TC-HW-230a.1`).
      const parsed = parseDisclosureId(text, 'gri') ?? parseDisclosureId(text, 'sasb');
      const versions = parsed ? catalog.byId.get(parsed.id) : undefined;
      if (!parsed || !versions) throw new DiscloseError('usage', messages.unknownDisclosureId(text));
      const entry = showEntry(catalog, parsed.id, versions);
      writeOutput(options.json ? `${JSON.stringify(entry, null, 2)}\n` : formatShow(entry), undefined);
    });
  return standards;
}
