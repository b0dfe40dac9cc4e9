// The header row of a content index: a baseline whose short cells name the index's columns, a disclosure
// column among them; its roles left to right are the table's signature, which a header repeated on a
// later page must match.
import { columnsOf } from '../../mapping/content-index/index.js';
import type { IndexColumn } from '../../model/content-index.js';
import { chunksOf, type Baseline, type Chunk } from './table-baselines.js';
import { isShortLabel, rolesOf, startsWithCode } from './table-words.js';

export type Roles = Partial<Record<IndexColumn, number>>;

/** The header cells of a baseline when its words name an index's columns (a disclosure column among them). */
export function indexHeaderAt(baseline: Baseline): { chunks: Chunk[]; roles: Roles } | undefined {
  const chunks = chunksOf(baseline.runs);
  if (chunks.length < 2) return undefined;
  // Cheapest test first: every baseline of every page comes here, and the code test (startsWithCode, which
  // tries every framework's grammar) is the dearest, so it runs only on a baseline that already reads as a header.
  if (chunks.some((c) => !isShortLabel(c.text))) return undefined;
  const named = chunks.filter((c) => rolesOf(c.text).length > 0).length;
  if (named < 2 || named < chunks.length - 1) return undefined;
  if (chunks.some((c) => startsWithCode(c.text))) return undefined;
  const roles = columnsOf(chunks.map((c) => c.text));
  return roles.disclosure === undefined ? undefined : { chunks, roles };
}

export const signatureOf = (roles: Roles): string =>
  (Object.entries(roles) as Array<[IndexColumn, number]>)
    .sort((a, b) => a[1] - b[1])
    .map(([role]) => role)
    .join(',');
