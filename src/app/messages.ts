// User-facing texts of the use cases, together: errors (each says what was wrong and what is expected) and
// the notes a command prints on stderr. Notes are returned as data, without the `disclose: ` prefix the
// CLI puts before every line it writes on stderr.

/** An output as the user typed it: `--output r.md`, or `--format sarif=r.md`. */
const named = (option: string, file: string): string => (option.endsWith('=') ? `${option}${file}` : `${option} ${file}`);

const fileCount = (n: number): string => (n === 1 ? '1 file' : `${n} files`);
const overlapNote = (n: number): string => (n > 0 ? `; ${n} overlapping fix(es) left for the next run` : '');

export const messages = {
  // Usage: options that make no sense together, refused before any work.
  noPaths: () => "missing required argument 'paths'; expected one or more Markdown files or folders.",
  updateBaselineNeedsFile: () => '--update-baseline needs --baseline FILE (where to write the baseline).',
  updateBaselineWithShard: () => '--update-baseline writes the baseline of the whole batch; run it without --shard.',
  dryRunNeedsFix: () => '--dry-run shows what --fix would change; use it with --fix.',
  fixStdin: () => "--fix rewrites the report's files; it cannot fix a report read from stdin (-). Name the files instead.",
  fixBatch: () => "--fix rewrites one report's files; run it without --batch, --jobs or --shard (once per report).",
  xlsxNeedsOutput: () => 'xlsx is binary: give --output FILE',
  xlsxTemplate: () => 'A template applies to the md, html and csv formats, not xlsx.',
  unmetClaim: (missing: readonly string[]) =>
    `the report claims to be in accordance with the GRI Standards but ${missing.length} required disclosure(s) are neither reported nor validly omitted (${listed(missing)}); the index would state a claim the report does not meet. Report or omit them (\`disclose check\` says how), or give --force to write it anyway.`,
  unmetClaimForced: (missing: readonly string[]) =>
    `written with --force: its statement of use claims "in accordance" although ${missing.length} required disclosure(s) are missing (${listed(missing)}).`,
  needsDraft: (option: string) => `${option} applies to a draft index (--draft) only.`,
  outputIsInput: (option: string, file: string, input: string) => `${named(option, file)} is ${input}; refusing to overwrite it, expected a path that disclose does not read.`,
  outputsCollide: (option: string, file: string, other: string) => `${named(option, file)} is also written by ${other}; expected a different file for each output.`,
  // Bad input.
  resultNotFile: (file: string) => `${file}: not a regular file; expected the JSON output of \`disclose check --format json\`.`,
  resultTooLarge: (file: string, mib: number) => `${file}: larger than ${mib} MiB; expected the JSON output of \`disclose check --format json\`.`,
  resultNotJson: (file: string, detail: string) => `${file}: not JSON (${detail}); expected the JSON output of \`disclose check --format json\`.`,
  unreadable: (file: string, reason: string) => `${file}: cannot read (${reason}).`,
  // Bad input found after the work started.
  baselineNotWritten: (unreadable: number) => `the baseline was not written: ${unreadable} report(s) could not be read; fix them or leave them out`,
  // Notes.
  baselineWritten: (count: number, file: string) => `wrote ${count} finding(s) to the baseline ${file}`,
  baselineAccepted: (count: number, file: string) => `${count} known finding(s) accepted by the baseline ${file}`,
  tooManyWarnings: (count: number, max: number) => `${count} warning(s), more than --max-warnings ${max}`,
  jobsCapped: (jobs: number, cores: number) => `--jobs ${jobs} is more than the ${cores} cores available; using ${cores}`,
  wouldTag: (disclosures: number, files: number) => `would tag ${disclosures} disclosure(s) in ${files} file(s); nothing written (--dry-run)`,
  wouldFix: (fixes: number, files: number, overlapping: number) => `would apply ${fixes} fix(es) in ${fileCount(files)}${overlapNote(overlapping)}; nothing written (--dry-run)`,
  fixed: (fixes: number, files: number, overlapping: number) => `applied ${fixes} fix(es) in ${fileCount(files)}${overlapNote(overlapping)}`,
  tagged: (disclosures: number, files: number) => `tagged ${disclosures} disclosure(s) in ${files} file(s)`,
};

/** The first few ids, then how many more: a note stays one readable line. */
function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
