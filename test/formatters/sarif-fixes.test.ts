// SARIF results carry a finding's certain fix (issue 12 item 5) as SARIF 2.1.0 `fixes`, valid against the
// official schema; a fix without a range (advice) is not a SARIF fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import type { Ajv } from 'ajv';
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';
import { rules } from '../../src/rules/index.js';

const dir = join(packageRoot, 'test', 'fixtures', 'formatters');
const context = { color: false, rules: rules.map(({ id, description, help, defaultSeverity }) => ({ id, description, help, defaultSeverity })) };

/** result.json with a ranged fix on its superseded finding (line 8, column 6: `102-14` -> `2-22`) and an unranged one on another. */
function withFixes(): CheckResult {
  const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as CheckResult;
  const findings = result.reports[0]!.findings;
  const superseded = findings.find((f) => f.ruleId === 'superseded-disclosure')!;
  superseded.fix = {
    replacement: '2-22',
    description: 'Replace with GRI 2-22',
    range: { file: superseded.file, start: { line: 8, column: 6, offset: 120 }, end: { line: 8, column: 12, offset: 126 } },
  };
  const advice: Finding = findings.find((f) => f.ruleId === 'unknown-disclosure')!;
  advice.fix = { replacement: 'GRI 305-1', description: 'Did you mean GRI 305-1?' };
  return result;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const log = (): any => JSON.parse(formatters['sarif']!(withFixes(), context));

describe('sarif fixes', () => {
  test('a ranged fix becomes one artifact change replacing its region; an unranged fix none', () => {
    const results = log().runs[0].results;
    const superseded = results.find((r: { ruleId: string }) => r.ruleId === 'superseded-disclosure');
    expect(superseded.fixes).toEqual([
      {
        description: { text: 'Replace with GRI 2-22' },
        artifactChanges: [
          {
            artifactLocation: { uri: superseded.locations[0].physicalLocation.artifactLocation.uri },
            replacements: [{ deletedRegion: { startLine: 8, startColumn: 6, endLine: 8, endColumn: 12 }, insertedContent: { text: '2-22' } }],
          },
        ],
      },
    ]);
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'unknown-disclosure').fixes).toBeUndefined();
  });

  test('valid against the official SARIF 2.1.0 schema', () => {
    // As in sarif.test.ts: the draft-04 schema, formats not checked, unicodeRegExp off for its `language` pattern.
    const loaded = AjvDraft04Module as unknown as { default?: typeof Ajv };
    const AjvDraft04 = loaded.default ?? (AjvDraft04Module as unknown as typeof Ajv);
    const validate = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false })
      .compile(JSON.parse(readFileSync(join(dir, 'sarif-schema-2.1.0.json'), 'utf8')) as object);
    const valid = validate(log());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The check can fail: a replacement without its deleted region is not SARIF.
    const broken = log();
    delete broken.runs[0].results.find((r: { fixes?: unknown }) => r.fixes).fixes[0].artifactChanges[0].replacements[0].deletedRegion;
    expect(validate(broken)).toBe(false);
  });
});
