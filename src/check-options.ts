// The options of the library's `check` (app/library.ts), in a file of their own: the batch (batch/types.ts,
// batch/run-task.ts) names them too, and importing them from the library made a circle (library -> batch ->
// library; test/meta/import-cycles.test.ts).
import type { ReportMeta } from './model/report.js';
import type { Locale } from './model/message.js';
import type { RuleSettings } from './engine/run.js';
import type { ReportFileList } from './ingest/index.js';
import type { ConfigOptions } from './app/config.js';

/** The options of a check once its config is applied (what the engine is called with). */
export interface FileOptions {
  /** Defaults under each report's front matter, over the config's report keys. */
  defaults?: Partial<ReportMeta>;
  /** Rule severities, over the config's `rules`. */
  rules?: RuleSettings;
  /** Folder of standards catalogs; the bundled `standards/` by default. */
  standardsDir?: string;
  /** Credit a disclosure through `equivalent` crosswalk links to one the report does locate. */
  crosswalk?: boolean;
  /** Skips a file found in a folder when it returns true; replaces the config's `ignore` globs (see ignoreMatcher). */
  ignore?: (file: string) => boolean;
  /** Use suggestions as weak evidence: a missing disclosure with a strong candidate section says where it probably is. */
  suggest?: boolean;
  /** The language of the findings' messages: this, else the config's `locale`, else each report's own `language` (zh -> zh), else en. */
  locale?: Locale;
  /** Told which files the report is read from and what its folders held that was skipped, before reading. */
  onFiles?: (list: ReportFileList) => void;
  /**
   * Index only: told the GRI disclosures an in-accordance claim requires that the report neither reports nor
   * validly omits (empty when the claim is met), before the index is built.
   */
  onUnmetClaim?: (missing: string[]) => void;
}

/** The library's `check` options: the above, and which config to apply (`config: 'auto' | path | false`). */
export interface CheckOptions extends FileOptions, ConfigOptions {}
