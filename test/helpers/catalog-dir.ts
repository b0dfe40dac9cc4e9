// A small standards folder for loader tests: GRI's foundation and GRI 2 alone (without the 2016
// standards GRI 2 supersedes, which such a folder does not have).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscloseError } from '../../src/model/errors.js';
import { standardsDir } from '../../src/paths.js';

/** A new temporary standards folder holding `gri/foundation.json` and `gri/gri-2.json`. */
export function griTwoStandardsDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'gri'));
  copyFileSync(join(standardsDir, 'gri', 'foundation.json'), join(dir, 'gri', 'foundation.json'));
  const gri2 = JSON.parse(readFileSync(join(standardsDir, 'gri', 'gri-2-general-disclosures-2021.json'), 'utf8')) as { supersedes: string[] };
  writeFileSync(join(dir, 'gri', 'gri-2.json'), JSON.stringify({ ...gri2, supersedes: [] }));
  return dir;
}

/** The DiscloseError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): DiscloseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    return error as DiscloseError;
  }
  throw new Error('expected a DiscloseError');
}
