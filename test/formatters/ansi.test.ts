// Colours come from picocolors, but whether to colour is decided once, by the CLI (wantsColor: NO_COLOR,
// FORCE_COLOR, a terminal), not by picocolors' own look at the environment.
import { painter } from '../../src/formatters/ansi.js';

describe('colour', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('painter colours exactly when enabled, whatever the environment says', () => {
    process.env['NO_COLOR'] = '1';
    expect(painter(true)('red', 'x')).toBe('\u001b[31mx\u001b[39m');
    delete process.env['NO_COLOR'];
    process.env['FORCE_COLOR'] = '1';
    expect(painter(false)('red', 'x')).toBe('x');
    expect(painter(true)('underline', 'f')).toBe('\u001b[4mf\u001b[24m');
  });
});
