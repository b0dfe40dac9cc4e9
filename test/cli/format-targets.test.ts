import { formatTargets } from '../../src/cli/format-targets.js';
import { FORMATS } from '../../src/cli/commands/check.js';

const targets = (values: string[] | undefined, output?: string) => formatTargets(values, output, FORMATS);

describe('check --format, repeatable', () => {
  test.each([
    ['nothing: stylish on stdout', undefined, undefined, [{ format: 'stylish' }]],
    ['one format on stdout', ['json'], undefined, [{ format: 'json' }]],
    ['--output is the file of the stdout format', ['sarif'], 'out.sarif', [{ format: 'sarif', file: 'out.sarif' }]],
    ['stdout and files, in the order given', ['stylish', 'sarif=out.sarif', 'junit=reports/junit.xml'], undefined, [{ format: 'stylish' }, { format: 'sarif', file: 'out.sarif' }, { format: 'junit', file: 'reports/junit.xml' }]],
    ['files only', ['json=a.json', 'markdown=summary.md'], undefined, [{ format: 'json', file: 'a.json' }, { format: 'markdown', file: 'summary.md' }]],
    ['a file name with = in it', ['json=a=b.json'], undefined, [{ format: 'json', file: 'a=b.json' }]],
  ])('%s', (_name, values, output, expected) => {
    expect(targets(values, output)).toEqual(expected);
  });

  test.each([
    ['an unknown format', ['stylish', 'sarf=out.sarif'], undefined, /^--format `sarf` is not a format; expected one of stylish, json, .*, alone or as NAME=FILE\.$/],
    ['two formats on stdout', ['stylish', 'json'], undefined, /^--format stylish and json would both go to stdout/],
    ['an empty file name', ['sarif='], undefined, /^--format sarif= names no file/],
    ['one file for two formats', ['json=out', 'sarif=./out'], undefined, /^\.\/out is named by two outputs/],
    ['--output when every format has a file', ['json=a.json'], 'b.json', /^--output names the file of the format given without =FILE/],
    ['--output naming a format\'s file', ['stylish', 'json=a.json'], 'a.json', /named by two outputs/],
  ])('refuses %s in one line', (_name, values, output, message) => {
    expect(() => targets(values, output)).toThrow(message);
    try {
      targets(values, output);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as { kind?: string }).kind).toBe('usage');
    }
  });
});
