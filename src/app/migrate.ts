// The `migrate` use case: config (its report keys: the dates choose between code versions), the
// migration planned and, with `write`, applied; the summary returned as an output.
import { formatMigrationJson, formatMigrationStylish, migrate } from '../migrate.js';
import { engineOptions, loadConfigChoice, type ConfigOptions } from './config.js';
import type { UseCaseResult } from './outputs.js';

export interface MigrateUseCaseOptions extends ConfigOptions {
  /** Apply the changes to the files (each replaced atomically); else a dry run. */
  write?: boolean;
  format?: 'stylish' | 'json';
}

// Exit code 0 for a dry run and for a write, whether or not items need review: migrate is an editing tool,
// not a gate (`disclose check` is the gate, and flags what is left).
export async function migrateUseCase(paths: string[], options: MigrateUseCaseOptions = {}): Promise<UseCaseResult> {
  const mapped = engineOptions(loadConfigChoice(options), {}, options.cwd);
  const summary = await migrate(paths, { write: options.write === true, ...(mapped.defaults ? { defaults: mapped.defaults } : {}) });
  const format = options.format ?? 'stylish';
  const text = format === 'json' ? formatMigrationJson(summary) : formatMigrationStylish(summary);
  return { outputs: [{ format, content: text }], notes: [], finalNotes: [], exitCode: 0 };
}
