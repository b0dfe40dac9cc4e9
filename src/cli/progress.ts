// The progress bar of a batch check, on stderr, only where a person watches: stderr is a terminal, the run
// is not in CI (the `CI` variable that GitHub Actions, GitLab CI and most others set) and not --quiet.
// It is cleared when the batch ends, before the result is printed, so the output stays clean even when
// stdout is the same terminal. cli-progress is loaded only when a bar is shown.

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

function inCi(): boolean {
  const ci = process.env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

export function wantsProgress(quiet: boolean): boolean {
  return !quiet && process.stderr.isTTY === true && !inCi();
}

export async function progressBar(): Promise<Progress> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: process.stderr, clearOnComplete: true, hideCursor: true, format: 'disclose check {bar} {value}/{total} reports | {duration_formatted}' },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (started) bar.update(done);
      else {
        bar.start(total, done);
        started = true;
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
