// check --fix as a library call on real files: planned in passes from the bytes read, shown as a diff,
// written atomically keeping BOM and CRLF, refused when a file changed since it was read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, fixesDiff, planCheckFixes, writeCheckFixes } from '../../src/index.js';
import { MAX_REPORT_BYTES } from '../../src/limits.js';
import { frontMatter, STATEMENT } from '../helpers/run-rule.js';

const REPORT =
  frontMatter('published: 2024-04-30\norganization: Acme\nperiod: { start: 2023-01-01, end: 2023-12-31 }\nframeworks:\n  gri:\n    claim: with-reference') +
  '# Acme 2023 Sustainability Report\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
  `## GRI Content Index\n\n${STATEMENT['with-reference'].replace(/2024/g, '2023')}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
  '| GRI Standard | Disclosure | Title | Location |\n|---|---|---|---|\n' +
  '| GRI 2: General Disclosures 2021 | 2-7 | Staff | About Acme |\n' +
  '| | 102-14 | Statement from senior decision-maker | About Acme |\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-fix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ruleIds = async (file: string): Promise<string[]> => (await check([file])).reports[0]!.findings.map((f) => f.ruleId).filter((id) => id === 'title-mismatch' || id === 'superseded-disclosure');

describe('check --fix (library)', () => {
  test('fixes in passes (the code, then its row\'s title), keeps BOM and CRLF, and the fixed file has no such findings left', async () => {
    const file = join(dir, 'report.md');
    const crlf = REPORT.replace(/\n/g, '\r\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    expect(await ruleIds(file)).toEqual(['title-mismatch', 'superseded-disclosure']);
    const planned = await planCheckFixes([file]);
    expect(planned.fixes).toBe(3);
    const diff = fixesDiff(planned);
    expect(diff).toContain('-| GRI 2: General Disclosures 2021 | 2-7 | Staff | About Acme |\r\n');
    expect(diff).toContain('+| | 2-22 | Statement on sustainable development strategy | About Acme |\r\n');
    expect(readFileSync(file, 'latin1')).toBe(`\u00ef\u00bb\u00bf${crlf}`); // planning wrote nothing
    expect(writeCheckFixes(planned)).toEqual({ files: 1, fixes: 3 });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toBe(crlf.replace('| Staff |', '| Employees |').replace('| 102-14 | Statement from senior decision-maker |', '| 2-22 | Statement on sustainable development strategy |'));
    expect(await ruleIds(file)).toEqual([]);
    expect((await planCheckFixes([file])).pending).toEqual([]);
  });

  test('a file changed since it was read is refused and left as it is', async () => {
    const file = join(dir, 'report.md');
    writeFileSync(file, REPORT);
    const planned = await planCheckFixes([file]);
    writeFileSync(file, `${REPORT}\nEdited meanwhile.\n`);
    expect(() => writeCheckFixes(planned)).toThrow(/changed since it was read; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(`${REPORT}\nEdited meanwhile.\n`);
  });

  test('a report larger than the limit together is refused before anything is read, as check refuses it', async () => {
    const half = Buffer.alloc(MAX_REPORT_BYTES / 2 + 1024, 'a\n');
    writeFileSync(join(dir, 'a.md'), half);
    writeFileSync(join(dir, 'b.md'), half);
    await expect(planCheckFixes([join(dir, 'a.md'), join(dir, 'b.md')])).rejects.toThrow(/together larger than the .* limit/);
  });

  test('rules turned off make no fixes', async () => {
    const file = join(dir, 'report.md');
    writeFileSync(file, REPORT);
    const planned = await planCheckFixes([file], { rules: { 'title-mismatch': 'off', 'superseded-disclosure': 'off' } });
    expect(planned.pending).toEqual([]);
  });
});
