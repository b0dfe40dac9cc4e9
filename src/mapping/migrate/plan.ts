// The migration plan of one report: directive ids and index code cells that name a GRI 2016 universal
// disclosure (or a withdrawn 307-1 / 419-1), what each becomes in GRI 2021, and what a person must decide.
import type { Catalog } from '../../model/catalog.js';
import type { ContentIndexTable } from '../../model/content-index.js';
import type { Report } from '../../model/report.js';
import { planTables } from './cells.js';
import { correspondence } from './decide.js';
import { planDirectives, type PlanOut } from './directives.js';
import { Lines } from './text.js';
import type { MigrationLookup, MigrationPlan, MinConfidence } from './types.js';

export interface PlanInput {
  report: Report;
  /** Each file's text as the report was parsed from (BOM excluded), by `Report.files[].path`. */
  texts: ReadonlyMap<string, string>;
  catalog: Catalog;
  lookup: MigrationLookup;
  /** The report's content indexes when known (column roles); else code columns are found from the cells. */
  indexes?: readonly ContentIndexTable[];
  /** Lowest confidence of a correspondence that is applied; lower ones are listed for review. Default `medium`. */
  minConfidence?: MinConfidence;
}

const byPosition = <T extends { line: number; column: number }>(a: T, b: T): number => a.line - b.line || a.column - b.column;

export function planMigration(input: PlanInput): MigrationPlan {
  const c = correspondence(input.catalog, input.lookup, input.minConfidence);
  const cache = new Map<string, Lines>();
  const lines = (file: string): Lines => {
    let l = cache.get(file);
    if (!l) cache.set(file, (l = new Lines(input.texts.get(file) ?? '')));
    return l;
  };
  const out: PlanOut = { changes: [], review: [] };
  planDirectives(c, input.report, input.texts, lines, out);
  planTables(c, input.report, input.texts, lines, out, input.indexes);
  return {
    files: input.report.files.map(({ path }) => ({
      file: path,
      changes: out.changes.filter((x) => x.file === path).sort(byPosition),
      review: out.review.filter((x) => x.file === path).sort(byPosition),
    })),
  };
}
