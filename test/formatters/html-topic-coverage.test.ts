// Issue 12 §2: the HTML report showed SZSE as "19 required · 3 missing" by framework but "17 of 17 covered"
// by standard (cited articles). One coverage model: the standard's bar shows its framework's topic counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import { packageRoot } from '../../src/paths.js';
import { frameworkBars, groupBars } from '../../src/formatters/html/coverage-charts.js';
import { groupRecords } from '../../src/formatters/html/groups.js';
import { HTML_CHROME } from '../../src/formatters/html/chrome.js';

const file = join('test', 'fixtures', 'reports', 'szse-topics.md');
const result = checkReport(parseMarkdownReport([{ path: file, text: readFileSync(join(packageRoot, file), 'utf8') }]), catalog, file, {}, {}, 'en').result;

describe('HTML coverage of an exchange guideline', () => {
  const szse = result.frameworks['szse']!;
  const standardBar = groupBars(groupRecords(result.disclosures), HTML_CHROME.en, result.frameworks).find((bar) => bar.label.startsWith('SZSE'))!;

  test('the standard bar counts topics, as the framework bar and JSON do', () => {
    expect(szse).toEqual({ required: 19, reported: 14, omitted: 2, missing: 3 });
    expect(standardBar.summary).toBe('16 of 19 topics covered');
    expect(standardBar.segments.map((s) => s.value)).toEqual([szse.reported, szse.omitted, szse.missing]);
    expect(frameworkBars(result).find((bar) => bar.label === 'SZSE')!.summary).toBe('19 required · 84% covered');
  });

  test('in Chinese too', () => {
    expect(groupBars(groupRecords(result.disclosures), HTML_CHROME.zh, result.frameworks).find((bar) => bar.label.startsWith('SZSE'))!.summary).toBe('19 项议题中已覆盖 16 项');
  });
});
