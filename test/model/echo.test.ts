// Input echoed in a message is cut to 80 characters and `…` (issue 11: a 120 KB id was echoed whole).
import { echo } from '../../src/echo.js';
import { configFromData } from '../../src/config/load-config.js';
import { findings } from '../helpers/run-rule.js';
import { errorOf } from '../helpers/catalog-dir.js';

describe('echo', () => {
  test('short text unchanged; long text cut to 80 characters and `…`, never half an astral character', () => {
    expect(echo('GRI 2-1')).toBe('GRI 2-1');
    expect(echo('x'.repeat(80))).toBe('x'.repeat(80));
    expect(echo('x'.repeat(120_000))).toBe(`${'x'.repeat(80)}…`);
    expect(echo(`${'x'.repeat(79)}😀tail`)).toBe(`${'x'.repeat(79)}…`);
  });
});

describe('messages that echo report or config text', () => {
  const long = `GRI ${'9'.repeat(120_000)}`;

  test('a finding about a 120 KB id', () => {
    const [finding] = findings('unknown-disclosure', `# A\n\n<!-- disclose: ${long} -->\n`);
    expect(finding!.message).toBe(`Tag \`${long.slice(0, 80)}…\` is not a disclosure id; expected a framework and a code, like \`GRI <standard>-<number>\`.`);
  });

  test('an unknown rule id or key in a config', () => {
    const id = 'x'.repeat(10_000);
    expect(errorOf(() => configFromData({ rules: { [id]: 'off' } }, 'c.yaml', ['unknown-disclosure'])).message).toBe(
      `c.yaml: config names an unknown rule \`${'x'.repeat(80)}…\`; expected one of unknown-disclosure.`,
    );
    expect(errorOf(() => configFromData({ [id]: 1 }, 'c.yaml', [])).message.length).toBeLessThan(400);
  });
});
