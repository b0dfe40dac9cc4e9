// `(did you mean …?)` for a misspelt front matter key: Levenshtein from fastest-levenshtein, with a swap
// of neighbouring letters counted as one edit (people type `gir` for `gri`).
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { inputError } from './support.js';

const messageFor = (frontMatter: string): string =>
  inputError(() => parseMarkdownReport([{ path: 'report.md', text: `---\n${frontMatter}\n---\n\n# Body\n` }])).message;

describe('key suggestions', () => {
  test.each([
    ['a swap of neighbours in a short key', 'frameworks:\n  gir: {}', '`gir` (did you mean `gri`?)'],
    ['a swap in a long key', 'frameworks:\n  gri:\n    materail-topics: [GRI 305]', '`materail-topics` (did you mean `material-topics`?)'],
    ['a dropped and a wrong letter in a long key', 'organisaton: Acme', '`organisaton` (did you mean `organization`?)'],
    ['a case slip', 'Title: Acme', '`Title` (did you mean `title`?)'],
  ])('%s', (_name, frontMatter, expected) => {
    expect(messageFor(frontMatter)).toContain(expected);
  });

  test('nothing close: the allowed keys instead', () => {
    expect(messageFor('frameworks:\n  gri:\n    zzz: 1')).toMatch(/unknown key `zzz`; expected one of `claim`/);
  });
});
