import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const github = (name: string): string => formatters['github']!(load(name), { color: false });

describe('github', () => {
  test('snapshot', () => {
    expect(github('result.json')).toMatchSnapshot();
    expect(github('hostile.json')).toMatchSnapshot();
  });

  test('one workflow command per finding, severities mapped, file-level findings without line', () => {
    expect(github('result.json').split('\n')).toEqual([
      '::error file=report/01-about.md,line=40,col=16,title=unknown-disclosure::Tag `GRI 2-99` is not a disclosure of any standard in the catalog; check the code (`disclose standards list`).',
      '::warning file=report/01-about.md,line=112,col=1,title=omission-reason-missing::Omission of `GRI 2-21` has no explanation; GRI 1 requires an explanation with every reason for omission.',
      '::notice file=report/02-environment.md,line=8,col=6,title=superseded-disclosure::`GRI 101-5` (Locations with biodiversity impacts) is from GRI 101: Biodiversity 2024, used before its effective date; early adoption is permitted.',
      '::error file=report/01-about.md,title=missing-disclosure::`GRI 2-7` (Employees) is required by the in-accordance claim but is neither tagged nor omitted; tag the section that answers it or give a reason for omission.',
      '',
    ]);
    expect(github('clean.json')).toBe('');
  });

  test('escapes % CR LF in data and also , : in properties', () => {
    expect(escapeData('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab:c,d');
    expect(escapeProperty('a%,b:c\n')).toBe('a%25%2Cb%3Ac%0A');
    const lines = github('hostile.json').trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('not 100%25 right | see%0Aline two%0D%0Aline three');
    expect(lines.find((l) => l.includes('location-unresolved'))).toMatch(/^::error file=报告 2024\/02%2Cenv%3Ax%25\.md,line=12,title=location-unresolved::/);
    expect(lines[1]).toBe('::error file=报告 2024/01 关于.md,title=missing-disclosure::`GRI 2-7` (Employees) is required, 50%25 of @team knows, a,b:c');
  });
});
