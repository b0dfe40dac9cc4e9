// The end of every command that runs a use case: notes on stderr (each line prefixed `disclose: `), the
// outputs to stdout or their files (src/cli/output.ts), the notes that follow them, and the exit code.
import type { UseCaseResult } from '../app/outputs.js';
import { writeOutput } from './output.js';

export function writeUseCaseResult(result: UseCaseResult): void {
  for (const note of result.notes) process.stderr.write(`disclose: ${note}\n`);
  for (const output of result.outputs) writeOutput(output.content, output.file);
  for (const note of result.finalNotes) process.stderr.write(`disclose: ${note}\n`);
  process.exitCode = result.exitCode;
}
