// Applying a plan's edits to a file's text: every offset refers to the text as read, and every character
// outside the edits (line endings, spacing, everything else) is kept.
import type { MigrationEdit, MigrationPlan } from './types.js';

/**
 * `text` with `edits` applied (each edit's offsets refer to the original text). Overlapping edits are a bug
 * in the plan and throw, never silently merged. Equivalent to splicing from the end backwards, in one pass.
 */
export function applyEdits(text: string, edits: readonly MigrationEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at || edit.endOffset < edit.offset || edit.endOffset > text.length) {
      throw new Error(`disclose: migration edits overlap or fall outside the text at offset ${edit.offset}`);
    }
    pieces.push(text.slice(at, edit.offset), edit.text);
    at = edit.endOffset;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Every edit of one file in a plan. */
export function editsOf(plan: MigrationPlan, file: string): MigrationEdit[] {
  return plan.files.filter((f) => f.file === file).flatMap((f) => f.changes.flatMap((c) => c.edits));
}
