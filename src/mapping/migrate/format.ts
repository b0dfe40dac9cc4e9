// `disclose migrate` output: a summary a person reads (stylish) or data (json). Pure: text in, text out.
import type { FileMigration, MigrationChange, MigrationReview } from './types.js';
import { maxOf } from '../../arrays.js';

export interface MigrationSummary {
  tool: { name: string; version: string };
  /** True when the changes were written to the files. */
  written: boolean;
  files: FileMigration[];
}

const pos = (x: { line: number; column: number }): string => `${x.line}:${x.column}`;

function changeLine(change: MigrationChange): string {
  const targets = `${change.to.join(', ')} (${change.toTitles.join('; ')})`;
  const dropped = change.after === '' ? `; already listed in the directive, \`${change.before}\` removed` : '';
  return `${change.from} → ${targets}${dropped}`;
}

function reviewLine(review: MigrationReview): string {
  const title = review.fromTitle ? ` (${review.fromTitle})` : '';
  const detail = review.detail ? ` (correspondence: ${review.detail})` : '';
  return `${review.from}${title}: ${review.reason}${detail}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Per file: `line:column  GRI 102-14 → GRI 2-22 (Statement on sustainable development strategy)`, then the
 * items that need review; last a one-line total.
 */
export function formatMigrationStylish(summary: MigrationSummary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    if (file.changes.length === 0 && file.review.length === 0) continue;
    lines.push(file.file);
    const width = maxOf([...file.changes, ...file.review].map((x) => pos(x).length));
    for (const change of file.changes) lines.push(`  ${pos(change).padEnd(width)}  ${changeLine(change)}`);
    if (file.review.length > 0) {
      lines.push('  needs review:');
      for (const review of file.review) lines.push(`  ${pos(review).padEnd(width)}  ${reviewLine(review)}`);
    }
    lines.push('');
  }
  const changes = summary.files.reduce((n, f) => n + f.changes.length, 0);
  const review = summary.files.reduce((n, f) => n + f.review.length, 0);
  const files = summary.files.filter((f) => f.changes.length > 0).length;
  const needs = review > 0 ? `; ${plural(review, 'item')} ${review === 1 ? 'needs' : 'need'} review` : '';
  if (changes === 0) lines.push(`Nothing to migrate${needs}.`);
  else if (summary.written) lines.push(`Migrated ${plural(changes, 'code')} in ${plural(files, 'file')}${needs}.`);
  else lines.push(`${plural(changes, 'code')} to migrate in ${plural(files, 'file')}${needs}. Nothing written: run with --write to apply.`);
  return `${lines.join('\n')}\n`;
}

/** The summary as JSON; edits (offsets) are internal and left out. */
export function formatMigrationJson(summary: MigrationSummary): string {
  const files = summary.files.map((f) => ({
    file: f.file,
    changes: f.changes.map(({ edits: _edits, ...change }) => change),
    review: f.review,
  }));
  const totals = {
    changes: files.reduce((n, f) => n + f.changes.length, 0),
    review: files.reduce((n, f) => n + f.review.length, 0),
  };
  return `${JSON.stringify({ tool: summary.tool, written: summary.written, ...totals, files }, null, 2)}\n`;
}
