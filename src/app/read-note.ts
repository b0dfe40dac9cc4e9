// "Say what was read": when a folder held Markdown that is not part of the report (ignored by
// .gitignore or the config's `ignore`, or a README), one line on stderr says so, with the first few
// names, so a draft left out (or a chapter left out by mistake) is never a surprise. Silent when every
// Markdown file found was read (the common case: no noise) and with --quiet.
import type { ReportFileList, SkippedFile, SkipReason } from '../ingest/index.js';

const SHOWN = 3;

// File names come from the disk: control and bidi characters are shown as escapes, not obeyed by the terminal.
const visible = (name: string): string =>
  name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const REASONS: Record<SkipReason, string> = { gitignore: 'ignored by .gitignore', ignore: "ignored by the config's `ignore`", readme: 'README' };

/** `2 ignored by .gitignore, 1 README`: what was skipped, by reason, in a fixed order. */
function skippedSummary(skipped: readonly SkippedFile[]): string {
  return (Object.keys(REASONS) as SkipReason[])
    .map((reason) => [reason, skipped.filter((s) => s.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${REASONS[reason]}`)
    .join(', ');
}

/** The note for a report's file list (without the CLI's `disclose: ` prefix), or undefined when nothing was skipped. */
export function readNote(list: ReportFileList): string | undefined {
  if (list.skipped.length === 0) return undefined;
  const names = list.skipped.slice(0, SHOWN).map((s) => `\`${visible(s.path)}\``);
  const more = list.skipped.length > SHOWN ? `, and ${list.skipped.length - SHOWN} more` : '';
  const files = list.files.length === 1 ? '1 file' : `${list.files.length} files`;
  return `read ${files}; skipped ${skippedSummary(list.skipped)}: ${names.join(', ')}${more}`;
}

/** An `onFiles` callback that adds the report's read note (if any) to `notes`. */
export const noteReadFiles = (notes: string[]) => (list: ReportFileList): void => {
  const note = readNote(list);
  if (note) notes.push(note);
};
