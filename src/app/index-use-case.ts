// The `index` use case: config (its `templates` entry for the framework, its defaults and `ignore`),
// output guard, the content index built and rendered, returned as data; `disclose index` writes it.
import { DiscloseError } from '../model/errors.js';
import type { FrameworkIndexId } from '../model/framework-index.js';
import { renderIndex, renderIndexWorkbook } from '../render/index.js';
import { buildIndex, buildIndexSet } from './library.js';
import { engineOptions, loadConfigChoice, type ConfigOptions } from './config.js';
import { messages } from './messages.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from './output-guard.js';
import type { UseCaseResult } from './outputs.js';
import { noteReadFiles } from './read-note.js';
import type { DraftOptions } from '../suggest/draft.js';

export type IndexUseCaseFormat = 'md' | 'html' | 'csv' | 'json' | 'xlsx';

export interface IndexUseCaseOptions extends ConfigOptions {
  /** Whose index; undefined: GRI's (for xlsx: every index the report declares). */
  framework?: 'gri' | FrameworkIndexId;
  format?: IndexUseCaseFormat;
  /** A Handlebars template; else the config's `templates` entry for the framework; else the built-in one. */
  template?: string;
  lang?: 'en' | 'zh';
  /** undefined: stdout (never for xlsx). */
  output?: string;
  crosswalk?: boolean;
  /** Write a GRI index whose in-accordance claim the report does not meet (else exit 1, nothing written). */
  force?: boolean;
  /** A draft: accepted suggestions placed where the report has no tag (src/suggest/draft.ts). */
  draft?: boolean;
  /** With `draft`: the lowest score placed (default: suggest's). */
  minScore?: number;
  /** With `draft`: also look for every topic disclosure of the frameworks in play (as `suggest --all`). */
  all?: boolean;
  /** With `draft`: only the disclosures of these standards (as `suggest --standards`). */
  standards?: string[];
}

function draftOptions(options: IndexUseCaseOptions): DraftOptions {
  return {
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.all ? { all: true } : {}),
    ...(options.standards ? { standards: options.standards } : {}),
  };
}

export async function indexUseCase(paths: string[], options: IndexUseCaseOptions = {}): Promise<UseCaseResult> {
  const format = options.format ?? 'md';
  // A workbook is bytes: never to stdout (a terminal would show garbage), always to a file written whole.
  if (format === 'xlsx' && options.output === undefined) throw new DiscloseError('usage', messages.xlsxNeedsOutput());
  if (format === 'xlsx' && options.template) throw new DiscloseError('usage', messages.xlsxTemplate());
  if (options.minScore !== undefined && !options.draft) throw new DiscloseError('usage', messages.needsDraft('--min-score'));
  if (options.all && !options.draft) throw new DiscloseError('usage', messages.needsDraft('--all'));
  if (options.standards && !options.draft) throw new DiscloseError('usage', messages.needsDraft('--standards'));
  const config = loadConfigChoice(options);
  const framework = options.framework ?? 'gri';
  const mapped = engineOptions(config, {}, options.cwd);
  // --template wins over the config's `templates` entry for this framework.
  const template = options.template ?? mapped.templates?.[framework];
  refuseOutputOverInput(
    [{ option: '--output', path: options.output }],
    [
      { what: REPORT_FILES, paths: await reportInputFiles(paths, mapped.ignore) },
      { what: CONFIG_FILE, paths: [config?.file] },
      { what: 'the template in use', paths: [format === 'xlsx' ? undefined : template] },
    ],
  );
  const notes: string[] = [];
  const finalNotes: string[] = [];
  let unmet: string[] = [];
  const buildOptions = {
    // The config found above, already mapped (config.ts): not searched for again.
    config: false as const,
    ...(mapped.defaults ? { defaults: mapped.defaults } : {}),
    ...(mapped.ignore ? { ignore: mapped.ignore } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    crosswalk: options.crosswalk === true,
    ...(options.draft ? { draft: draftOptions(options) } : {}),
    onFiles: noteReadFiles(notes),
    onUnmetClaim: (ids: string[]) => {
      unmet = ids;
    },
  };
  // GRI 1, Requirement 8: no "in accordance" statement the report does not meet, unless --force.
  const refused = (): UseCaseResult | undefined =>
    unmet.length === 0 ? undefined : options.force ? (finalNotes.push(messages.unmetClaimForced(unmet)), undefined) : { outputs: [], notes, finalNotes: [messages.unmetClaim(unmet)], exitCode: 1 };
  const file = options.output === undefined ? {} : { file: options.output };
  if (format === 'xlsx') {
    // Without a framework, the workbook holds every index the report declares.
    const chosen = options.framework === undefined ? {} : { frameworks: [options.framework] };
    const set = await buildIndexSet(paths, { ...buildOptions, ...chosen });
    if (!set.documents.some((d) => d.framework === 'gri')) unmet = [];
    const stop = refused();
    if (stop) return stop;
    const bytes = await renderIndexWorkbook(set);
    return { outputs: [{ format, ...file, content: bytes }], notes, finalNotes, exitCode: 0 };
  }
  const document = await buildIndex(paths, { ...buildOptions, framework });
  if (framework !== 'gri') unmet = [];
  const stop = refused();
  if (stop) return stop;
  const text = renderIndex(document, format, template ? { template } : {});
  return { outputs: [{ format, ...file, content: text }], notes, finalNotes, exitCode: 0 };
}
