// Issue 15: suggest's figures count only on reports its coefficients were not fitted on. The held-out reports
// (test/fixtures/suggest-held-out/) must never reach the fit: scripts/calibrate-suggest.mjs, and every script
// module it imports, neither names that folder nor imports the module that lists it (scripts/lib/held-out.mjs),
// and the reports the fit reads (evaluationReports, fittingFixtures) lie outside it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { evaluationReports, fittingFixtures } from '../../scripts/lib/suggest-metrics.mjs';

const HELD_OUT = 'suggest-held-out';

/** The calibration script and the relative script modules it imports, transitively (dist/ is the library, not fitting code). */
function fittingModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, fromSpec, dynamicSpec] of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), (fromSpec ?? dynamicSpec)!);
      if (target.startsWith(join(packageRoot, 'scripts') + sep)) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

describe('the held-out suggest reports stay out of the fit', () => {
  const modules = fittingModules(join(packageRoot, 'scripts', 'calibrate-suggest.mjs'));

  test('calibrate-suggest.mjs and its script modules never name the held-out folder or import its list', () => {
    const offending = modules
      .filter((file) => { const text = readFileSync(file, 'utf8'); return text.includes(HELD_OUT) || /held-out\.mjs/.test(text); })
      .map((file) => relative(packageRoot, file));
    expect(offending).toEqual([]);
    expect(modules.map((file) => relative(packageRoot, file).split(sep).join('/'))).toContain('scripts/lib/suggest-metrics.mjs');
  });

  test('the reports the fit reads are none of the held-out ones', () => {
    const paths = [...evaluationReports(packageRoot), ...fittingFixtures(packageRoot)].flatMap((r) => r.paths).map((p) => relative(packageRoot, p).split(sep).join('/'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.includes(HELD_OUT))).toEqual([]);
    expect(paths.filter((p) => p.includes('suggest-fitting/')).length).toBeGreaterThan(0);
  });
});
