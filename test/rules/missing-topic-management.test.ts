import { findings, frontMatter } from '../helpers/run-rule.js';

const RULE = 'missing-topic-management';
const head = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: in-accordance\n    material-topics: [GRI 305, GRI 403]');

describe(RULE, () => {
  test.each([
    ['3-3 in the same section as the topic disclosures', '## Emissions\n<!-- disclose: GRI 3-3, GRI 305-1 -->\n## Safety\n<!-- disclose: GRI 3-3, GRI 403-9 -->\n'],
    ['3-3 in a parent section', '## Environment\n<!-- disclose: GRI 3-3 -->\n### Emissions\n<!-- disclose: GRI 305-1 -->\n### Safety\n<!-- disclose: GRI 403-9 -->\n'],
    ['3-3 naming its topics explicitly', '## Approach\n<!-- disclose: GRI 3-3 (GRI 305), GRI 3-3 (GRI 403) -->\n'],
    ['3-3 omitted for a topic with a reason', '## Approach\n<!-- disclose: GRI 3-3 (GRI 305) -->\n<!-- omit: GRI 3-3 (GRI 403) | information-unavailable | Being developed. -->\n'],
  ])('valid: %s', (_name, body) => {
    expect(findings(RULE, head + body)).toEqual([]);
  });

  test.each([
    ['no 3-3 at all', '## Emissions\n<!-- disclose: GRI 305-1 -->\n', ['GRI 305', 'GRI 403']],
    ['a 3-3 in a sibling section does not cover', '## Emissions\n<!-- disclose: GRI 305-1 -->\n## Safety\n<!-- disclose: GRI 3-3, GRI 403-9 -->\n', ['GRI 305']],
    ['a 3-3 naming another topic', '## Approach\n<!-- disclose: GRI 3-3 (GRI 403) -->\n', ['GRI 305']],
  ])('invalid: %s', (_name, body, topics) => {
    const result = findings(RULE, head + body);
    expect(result.map((f) => f.message.match(/`(GRI \d+)`/)?.[1])).toEqual(topics);
    expect(result.every((f) => f.severity === 'error' && f.line === undefined)).toBe(true);
  });
});
