import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';
import { findings } from '../helpers/run-rule.js';

const RULE = 'item-not-addressed';

describe(RULE, () => {
  test.each([
    ['an answer in other words than the label', '## Our people\n\n<!-- disclose: GRI 2-7 -->\n\nWe employed 1,240 people, 530 women and 710 men, in the UK and Poland.\n'],
    ['items omitted with a reason are not looked for', '## Pay\n\n<!-- disclose: GRI 2-21 (a) -->\n<!-- omit: GRI 2-21 (b, c) | confidentiality-constraints | Sensitive. -->\n\nThe annual total compensation ratio was 12.4.\n'],
    ['Chinese words of the disclosure', '## 员工\n\n<!-- disclose: GRI 2-7 -->\n\n截至年末公司共有员工4,682人。\n'],
    ['a disclosure answered in two places, one of them about something else', '## Community\n\n<!-- disclose: GRI 413-1 -->\n\nOur volunteers planted trees along the river path.\n\n## Local engagement\n\n<!-- disclose: GRI 413-1 -->\n\nEvery one of our 14 operations ran a local community engagement programme and an impact assessment.\n'],
    ['a heading that names the item, over text in other words', '## Stakeholder Engagement\n\n<!-- disclose: GRI 2-29 -->\n\nWe talk with employees, unions, customers and the neighbours of our quarries every quarter.\n'],
    ['a Chinese heading that names the disclosure', '## 举报机制\n\n<!-- disclose: GRI 2-26 -->\n\n员工可通过邮箱反映问题，公司对反映人的身份保密。\n'],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body, /\p{Script=Han}/u.test(body) ? 'zh' : 'en'))).toEqual([]);
  });

  test.each([
    // `Community` is one of the item's words: a heading names an item with two.
    ['a section about something else', '## Community\n\n<!-- disclose: GRI 413-1 -->\n\nOur volunteers planted trees along the river path.\n', "`GRI 413-1`: 'Community' (p. 3) does not address 413-1-a; looked for percentage, operations, implemented, local, community, engagement, impact, or assessments."],
    ['a Chinese section about something else', '## 社区\n\n<!-- disclose: GRI 2-7 -->\n\n公司在河边种植了树木，并为周边居民组织了读书活动。\n', expect.stringMatching(/^`GRI 2-7`：“社区”一节（第 3 页）未涉及该披露内容；已查找.+。$/)],
    ['a disclosure in two places, neither about it: once, at the first', '## Community\n\n<!-- disclose: GRI 413-1 -->\n\nOur volunteers planted trees along the river path.\n\n## Volunteering\n\n<!-- disclose: GRI 413-1 -->\n\nStaff gave 300 hours to the food bank.\n', "`GRI 413-1`: 'Community' (p. 3) does not address 413-1-a; looked for percentage, operations, implemented, local, community, engagement, impact, or assessments."],
    ['a heading that names the item, with no text under it', '## Stakeholder Engagement\n\n<!-- disclose: GRI 2-29 -->\n', "`GRI 2-29`: 'Stakeholder Engagement' (p. 3) does not address 2-29-a; looked for engaging or stakeholders."],
  ])('reports: %s', (_name, body, message) => {
    const zh = /\p{Script=Han}/u.test(body);
    expect(evidenceFindings(RULE, reportOf(body, zh ? 'zh' : 'en'), zh ? 'zh' : 'en').map((f) => f.message)).toEqual([message]);
  });

  test('off unless configured', () => {
    expect(findings(RULE, reportOf('## Community\n\n<!-- disclose: GRI 413-1 -->\n\nOur volunteers planted trees.\n'))).toEqual([]);
  });
});
