// Every `disclose …` command shown in the README's code blocks uses options the CLI really has, so the
// copy-paste snippets (GitHub Actions, GitLab, pre-commit) never drift from the CLI (issue #5 §6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../src/paths.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { indexCommand } from '../../src/cli/commands/index-command.js';
import { initCommand } from '../../src/cli/commands/init.js';
import { mergeCommand } from '../../src/cli/commands/merge.js';
import { migrateCommand } from '../../src/cli/commands/migrate.js';
import { standardsCommand } from '../../src/cli/commands/standards.js';
import { suggestCommand } from '../../src/cli/commands/suggest.js';
import { convertCommand } from '../../src/cli/commands/convert.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const codeBlocks = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
const invocations = codeBlocks
  .flatMap((block) => block.split('\n'))
  // Comments in the YAML and shell snippets are prose, not commands.
  .map((line) => line.replace(/(^|\s)#.*$/, ''))
  .flatMap((line) => [...line.matchAll(/(?:^|[\s:$])(?:npx )?disclose ((?:standards )?[a-z]+)((?:[^#\n])*)/g)])
  .map((m) => ({ command: m[1]!, rest: m[2]! }));

const standards = standardsCommand();
const commands = new Map<string, Command>([
  ['check', checkCommand()],
  ['merge', mergeCommand()],
  ['index', indexCommand()],
  ['init', initCommand()],
  ['migrate', migrateCommand()],
  ['suggest', suggestCommand()],
  ['convert', convertCommand()],
  ...standards.commands.map((c) => [`standards ${c.name()}`, c] as [string, Command]),
]);

describe('README commands', () => {
  test('the README shows commands to check', () => {
    expect(invocations.length).toBeGreaterThan(15);
    expect(invocations.map((i) => i.command)).toEqual(expect.arrayContaining(['check', 'index', 'migrate', 'standards show']));
  });

  test.each(invocations.map((i) => [`disclose ${i.command}${i.rest}`.trim(), i.command, i.rest]))('%s', (_line, name, rest) => {
    const command = commands.get(name);
    expect(command).toBeDefined();
    const known = new Set(command!.options.flatMap((o) => [o.long, o.short].filter(Boolean) as string[]).concat(['--help', '-h']));
    const used = [...rest.matchAll(/(?:^|\s|\[)(--?[a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(used.filter((flag) => !known.has(flag))).toEqual([]);
  });
});
