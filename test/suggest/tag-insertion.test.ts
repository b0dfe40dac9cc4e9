// Where `suggest --write` puts directives, in the text (pure), and which suggestions it accepts.
import { acceptedTags, catalogOrder, insertTags, type AcceptedTags } from '../../src/suggest/index.js';
import type { ReportSuggestions } from '../../src/model/suggestion.js';
import { catalog, report } from './reports.js';

/** Accepts `ids` for the section titled `title` of `text`. */
function accept(text: string, title: string, ids: string[]): AcceptedTags[] {
  const section = report(text).sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section ${title}`);
  return [{ section, ids }];
}

describe('insertTags', () => {
  test('on its own line right after the heading; every other byte kept', () => {
    const text = '# Report\n\n## Emissions\n\nScope 1 emissions were 14,630 tCO2e.\n';
    expect(insertTags(text, accept(text, 'Emissions', ['GRI 305-1', 'GRI 305-2']))).toBe(
      '# Report\n\n## Emissions\n<!-- disclose: GRI 305-1, GRI 305-2 -->\n\nScope 1 emissions were 14,630 tCO2e.\n',
    );
  });

  test('after the directive lines that already follow the heading', () => {
    const text = '# Report\n\n## Emissions\n\n<!-- page: 14 -->\n<!-- disclose: GRI 3-3 (GRI 305) -->\n\nText.\n';
    expect(insertTags(text, accept(text, 'Emissions', ['GRI 305-1']))).toBe(
      '# Report\n\n## Emissions\n\n<!-- page: 14 -->\n<!-- disclose: GRI 3-3 (GRI 305) -->\n<!-- disclose: GRI 305-1 -->\n\nText.\n',
    );
  });

  test('a Setext heading: after its underline', () => {
    const text = 'Report\n======\n\nEmissions\nand climate\n---------\nText.\n';
    expect(insertTags(text, accept(text, 'Emissions and climate', ['GRI 305-1']))).toBe(
      'Report\n======\n\nEmissions\nand climate\n---------\n<!-- disclose: GRI 305-1 -->\nText.\n',
    );
  });

  test('CRLF: the new line ends with CRLF too', () => {
    const text = '# Report\r\n\r\n## Emissions\r\n\r\nText.\r\n';
    expect(insertTags(text, accept(text, 'Emissions', ['GRI 305-1']))).toBe('# Report\r\n\r\n## Emissions\r\n<!-- disclose: GRI 305-1 -->\r\n\r\nText.\r\n');
  });

  test('a heading on the last line without a line ending: the directive becomes the last line, without one either', () => {
    const text = '# Report\n\n## Emissions';
    expect(insertTags(text, accept(text, 'Emissions', ['GRI 305-1']))).toBe('# Report\n\n## Emissions\n<!-- disclose: GRI 305-1 -->');
  });

  test('several sections: each gets its own directive, the text between them untouched', () => {
    const text = '# Report\n## A\nText A.\n## B\nText B.\n';
    const parsed = report(text);
    const sections = ['A', 'B'].map((t) => parsed.sections.find((s) => s.title === t)!);
    expect(insertTags(text, [{ section: sections[0]!, ids: ['GRI 2-1'] }, { section: sections[1]!, ids: ['GRI 2-7'] }])).toBe(
      '# Report\n## A\n<!-- disclose: GRI 2-1 -->\nText A.\n## B\n<!-- disclose: GRI 2-7 -->\nText B.\n',
    );
  });

  test('the inserted directive is read back as a tag of that section', () => {
    const text = '# Report\n\n## Emissions\nScope 1 emissions.\n';
    const tagged = report(insertTags(text, accept(text, 'Emissions', ['GRI 305-1', 'GRI 305-2'])));
    expect(tagged.tags.map((t) => [t.id, tagged.sections[t.section]!.title])).toEqual([
      ['GRI 305-1', 'Emissions'],
      ['GRI 305-2', 'Emissions'],
    ]);
  });
});

describe('acceptedTags', () => {
  const text = '# Report\n\n## Emissions\n\nText.\n\n## People\n\nText.\n';
  const parsed = report(text);
  const at = (title: string): { section: string; headingPath: string[]; file: string; line: number } => {
    const s = parsed.sections.find((x) => x.title === title)!;
    return { section: s.title, headingPath: s.headingPath, file: s.file, line: s.line! };
  };
  const suggestion = (disclosure: string, score: number, title: string, extra: Partial<{ tagged: boolean; answered: boolean }> = {}) => ({
    disclosure,
    title: disclosure,
    tagged: false,
    required: true,
    answered: false,
    ...extra,
    candidates: [{ ...at(title), score }],
  });
  const suggestions: ReportSuggestions = {
    file: 'report.md',
    unanswered: [],
    suggestions: [
      suggestion('GRI 305-2', 0.9, 'Emissions'),
      suggestion('GRI 305-1', 0.8, 'Emissions'),
      suggestion('GRI 2-7', 0.49, 'People'),
      suggestion('GRI 2-8', 0.9, 'People', { tagged: true, answered: true }),
      suggestion('GRI 2-30', 0.9, 'People', { answered: true }),
      suggestion('GRI 3-3', 0.95, 'People'),
    ],
  };

  test('one directive per section, ids in catalog order; below the minimum, answered, tagged and per-topic disclosures left out', () => {
    const accepted = acceptedTags(parsed, catalog, suggestions, 0.5, catalogOrder(catalog));
    expect(accepted.map((a) => [a.section.title, a.ids])).toEqual([['Emissions', ['GRI 305-1', 'GRI 305-2']]]);
  });

  test('a lower minimum accepts more', () => {
    const accepted = acceptedTags(parsed, catalog, suggestions, 0.4, catalogOrder(catalog));
    expect(accepted.map((a) => [a.section.title, a.ids])).toEqual([
      ['Emissions', ['GRI 305-1', 'GRI 305-2']],
      ['People', ['GRI 2-7']],
    ]);
  });
});
