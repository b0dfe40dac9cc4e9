// The derived vocabulary files (sse.json, bse.json, sasb-same-wording.json) are what scripts/descriptors.mjs
// makes of their sources and of the catalog, and every curated file is in the house format: a catalog
// change (issue 17 reworded a SASB metric) once left sasb-same-wording.json a descriptor behind, unnoticed.
// The script runs on dist/, which `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const checkIn = (dir: string) => spawnSync(process.execPath, [join(dir, 'scripts', 'descriptors.mjs'), '--check'], { encoding: 'utf8' });

describe('standards/descriptors', () => {
  test('the derived files are what `npm run descriptors` makes (node scripts/descriptors.mjs --check)', () => {
    const run = checkIn(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);

  test('the check names a derived file that has fallen behind', () => {
    // A copy of the pieces the script reads, with one derived descriptor dropped.
    const dir = mkdtempSync(join(tmpdir(), 'disclose-descriptors-'));
    try {
      for (const part of ['scripts', 'standards', 'schemas', 'dist', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const file = join(dir, 'standards', 'descriptors', 'sse.json');
      const sse = JSON.parse(readFileSync(file, 'utf8')) as { descriptors: unknown[] };
      sse.descriptors.pop();
      writeFileSync(file, JSON.stringify(sse, null, 2));
      const run = checkIn(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('standards/descriptors/sse.json: not what npm run descriptors makes of it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Copying dist/ and standards/ and starting node twice: seconds on a busy machine, not jest's default 5.
  }, 30_000);
});
