import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { DiscloseError } from '../../model/errors.js';
import { writeOutput } from '../output.js';
import { messages } from '../messages.js';
import { maxOf } from '../../arrays.js';

export const INIT_FILE = 'disclose.config.yaml';

/**
 * The starter config: every key explained in YAML comments, everything that would change a check
 * commented out (a severity set here would also override "severity follows the claim"), so a fresh
 * config loads, validates and changes nothing until edited.
 */
export function starterConfig(rules: readonly { id: string; description: string; defaultSeverity: string }[]): string {
  const width = maxOf(rules.map((r) => r.id.length));
  const ruleLines = rules.map((r) => `#   ${`${r.id}:`.padEnd(width + 1)} ${r.defaultSeverity.padEnd(7)} # ${r.description}`);
  return [
    '# disclose config, written by `disclose init`.',
    '# disclose finds it from the working directory upward (disclose.config.json, disclose.config.yaml,',
    '# disclose.config.yml, or the "disclose" key of package.json: the first found wins).',
    '# `--config FILE` uses another file; `--no-config` uses none.',
    '# Validated by schemas/config.schema.json in the disclose package; an editor with the YAML language',
    '# server can use it:',
    '# yaml-language-server: $schema=./node_modules/disclose/schemas/config.schema.json',
    '',
    '# Report defaults: the same keys as a report\'s front matter. A report\'s own front matter wins.',
    '# organization: Acme Group Co., Ltd.',
    '# language: en                      # en | zh',
    '# frameworks:',
    '#   gri:',
    '#     claim: in-accordance          # in-accordance | with-reference',
    '#     sector: [GRI 14]              # applicable GRI sector standards, optional',
    '#   sasb: { industries: [TC-HW] }',
    '#   hkex: {}',
    '',
    '# Rule severities: error | warning | info, or off. A rule left out keeps its default, and rules that',
    '# GRI 1 requires of an in-accordance report become warnings under a with-reference claim.',
    '# Setting one here fixes it for every claim. The rules and their defaults:',
    '# rules:',
    ...ruleLines,
    '',
    '# Report files to skip when a folder is checked: globs relative to this file\'s folder.',
    '# A glob without "/" matches a file name at any depth (`draft-*.md`); `archive/**` matches a path.',
    'ignore: []',
    '',
    '# Handlebars templates for `disclose index`, by framework (gri, sasb, szse, sse, bse, hkex),',
    '# relative to this file. `--template FILE` wins.',
    '# templates:',
    '#   gri: templates/our-gri-index.hbs',
    '',
  ].join('\n');
}

export function initCommand(): Command {
  return new Command('init')
    .description(`write a commented starter config (${INIT_FILE}) in the working directory`)
    .option('--force', 'overwrite an existing config file')
    .action(async (options: { force?: boolean }) => {
      const { rules, CONFIG_FILES } = await import('../../index.js');
      const target = join(process.cwd(), INIT_FILE);
      const existing = CONFIG_FILES.find((name) => existsSync(join(process.cwd(), name)));
      if (existing && !options.force) {
        throw new DiscloseError('usage', messages.initExists(existing, INIT_FILE));
      }
      writeOutput(starterConfig(rules), target);
      process.stdout.write(`disclose: wrote ${INIT_FILE}\n`);
      if (existing && existing !== INIT_FILE) {
        process.stderr.write(`disclose: note: ${existing} is found before ${INIT_FILE}; remove it for the new file to apply.\n`);
      }
    });
}
