// Shared helpers for the ingest tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscloseError } from '../../src/model/errors.js';

export const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const fixture = (...parts: string[]): string => join(fixtures, ...parts);

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `fn`, expecting a DiscloseError of kind 'input'; returns it. */
export function inputError(fn: () => unknown): DiscloseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    const e = error as DiscloseError;
    expect(e.kind).toBe('input');
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error('expected a DiscloseError, but nothing was thrown');
}

export async function inputErrorAsync(promise: Promise<unknown>): Promise<DiscloseError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    const e = error as DiscloseError;
    expect(e.kind).toBe('input');
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error('expected a DiscloseError, but nothing was thrown');
}
